package org.seen.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The axe-core gate itself: it must fail a bad page, or every journey passing it proves nothing. */
class AccessibilityCheckTest {

	static Browser browser;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void a_page_with_an_unlabelled_field_fails_and_the_failure_names_the_rule_and_the_element() {
		browser.show("<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body>"
				+ "<main><h1>Bad</h1><input id=\"nameless\" type=\"text\"></main></body></html>");

		assertThatThrownBy(browser::assertAccessible).hasMessageContaining("[critical] label")
			.hasMessageContaining("#nameless");
	}

	@Test
	void a_page_with_a_labelled_field_passes() {
		browser.show("<!DOCTYPE html><html lang=\"en\"><head><title>Good</title></head><body>"
				+ "<main><h1>Good</h1><label for=\"name\">Name</label><input id=\"name\" type=\"text\"></main></body></html>");

		assertThatCode(browser::assertAccessible).doesNotThrowAnyException();
	}
}
