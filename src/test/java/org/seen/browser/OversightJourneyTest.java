package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oversight pages: a school's safeguarding lead reads a child's chronology and who has seen
 * the record; a police officer opens a record in an emergency; an auditor checks the audit
 * chain. Every page is checked with axe-core.
 */
class OversightJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/** A demo child known to Northbrook Primary School with at least one chronology entry. */
	private String schoolChild() {
		return jdbc.sql("""
				select c.id::text from child c
				join involvement i on i.child_id = c.id join agency a on a.id = i.agency_id and a.code = 'SCH1'
				where exists (select 1 from chronology_event e where e.child_id = c.id and e.agency_id = a.id)
				  and not exists (select 1 from involvement p join agency pa on pa.id = p.agency_id
				                  where p.child_id = c.id and pa.code = 'POL')
				order by c.family_name limit 1""")
			.query(String.class)
			.single();
	}

	@Test
	void a_safeguarding_lead_reads_the_chronology_and_who_has_seen_the_record() {
		String child = schoolChild();
		browser.signInAs("school.dsl");
		browser.visit("/children/" + child);
		browser.assertAccessible();
		browser.visit("/children/" + child + "/chronology");
		assertThat(browser.heading()).contains("Chronology");
		browser.screenshot("chronology");
		browser.assertAccessible();
		browser.visit("/children/" + child + "/events/new");
		browser.press("Add entry");
		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem");
		browser.assertAccessible();
		browser.visit("/children/" + child + "/audit");
		assertThat(browser.text("main")).contains("Owen Pritchard");
		browser.screenshot("who-has-seen");
		browser.assertAccessible();
	}

	@Test
	void a_police_officer_breaks_glass_with_a_reason_and_the_record_opens() {
		String child = schoolChild();
		String nhs = jdbc.sql("select nhs_number from child where id = ?::uuid").param(child).query(String.class).single();
		browser.signInAs("police.officer");
		browser.visit("/children/" + child);
		assertThat(browser.heading()).isEqualTo("Page not found");
		browser.assertAccessible();

		browser.visit("/break-glass");
		browser.assertAccessible();
		browser.fillIn("identifier", nhs);
		browser.fillIn("reason", "short");
		browser.press("Open the record");
		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem");
		browser.assertAccessible();
		browser.fillIn("reason", "Child found alone at the roadside at night; need to know who cares for them.");
		browser.press("Open the record");
		assertThat(browser.path()).startsWith("/children/" + child);
		browser.assertAccessible();
	}

	@Test
	void an_auditor_checks_the_audit_chain() {
		browser.signInAs("auditor");
		browser.visit("/audit");
		browser.assertAccessible();
		browser.press("Check the audit chain");
		assertThat(browser.text("main")).containsIgnoringCase("chain");
		browser.screenshot("audit-chain");
		browser.assertAccessible();

		browser.visit("/account/password");
		browser.press("Change password");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter your current password");
		browser.assertAccessible();
	}
}
