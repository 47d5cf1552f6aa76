package org.seen.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A journey through Seen in a real browser: the whole application on a random port, on a fresh
 * embedded PostgreSQL holding the demo partnership, and one headless Chromium per test class.
 * Every test starts signed out. A failing test leaves a screenshot in target/screenshots/.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserJourney {

	static Browser browser;

	@LocalServerPort
	int port;

	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = this::screenshotIfFailed;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@BeforeEach
	void signedOut() {
		browser.forgetSessionAndUse(port);
	}

	private void screenshotIfFailed(ExtensionContext context) {
		if (context.getExecutionException().isPresent() && browser != null) {
			browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
		}
	}
}
