package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership analyst adds a local child safeguarding practice review to the register with its
 * themes, a recommendation cross-referenced to one of the strategy's aims and an action plan item,
 * and records what changed; a teacher then reads the register and the review. Every page is checked
 * with axe-core.
 */
class LearningJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/** An aim and an item of the current strategy: the demo's when it has one, otherwise one made here. */
	private String[] aimAndItem() {
		var found = jdbc.sql("""
				select a.reference as aim, i.reference as item from strategy_aim a
				join strategy_priority p on p.id = a.priority_id join strategy s on s.id = p.strategy_id and s.current
				join action_item i on i.priority_id = p.id and i.status <> 'WITHDRAWN'
				order by p.position, a.reference, i.reference limit 1""")
			.query((rs, n) -> new String[] { rs.getString("aim"), rs.getString("item") })
			.optional();
		if (found.isPresent()) {
			return found.get();
		}
		UUID strategy = UUID.randomUUID();
		UUID priority = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy (id, title, starts_on, ends_on, current, created_at)
				values (?, 'Journey strategy', date '2024-04-01', date '2027-03-31', true, now())""").param(strategy).update();
		jdbc.sql("insert into strategy_priority (id, strategy_id, position, title) values (?, ?, 1, 'Prevention')")
			.params(priority, strategy)
			.update();
		jdbc.sql("insert into strategy_aim (id, priority_id, reference, statement) values (?, ?, '1.1', 'Neglect is recognised early')")
			.params(UUID.randomUUID(), priority)
			.update();
		jdbc.sql("""
				insert into action_item (id, priority_id, reference, title, activities, lead_name, lead_agency_id, created_at)
				values (?, ?, '1.1', 'Roll out the neglect tool', 'Train practitioners', 'A lead',
				  (select id from agency where code = 'CSC'), now())""")
			.params(UUID.randomUUID(), priority)
			.update();
		return new String[] { "1.1", "1.1" };
	}

	private String theme(String name) {
		return jdbc.sql("select id::text from learning_theme where name = ?").param(name).query(String.class).single();
	}

	@Test
	void an_analyst_records_a_review_and_what_changed_and_a_teacher_reads_the_register() {
		String[] refs = aimAndItem();
		String title = "Child J: a local review of neglect in the early years";
		browser.signInAs("analyst");
		browser.visit("/strategy/learning");
		assertThat(browser.heading()).isEqualTo("Learning from reviews");
		browser.assertAccessible();

		browser.follow("Add a review");
		browser.assertAccessible();
		browser.press("Add the review");
		assertThat(browser.text(".govuk-error-summary")).contains("Select the kind of review", "Enter the review's title");
		browser.assertAccessible();
		browser.choose("kind-LOCAL_CSPR");
		browser.choose("scope-LOCAL");
		browser.fillIn("title", title);
		browser.fillIn("publishedBy", "Northbrook Safeguarding Children Partnership");
		LocalDate published = LocalDate.now().minusMonths(2);
		browser.fillIn("publishedOn-day", String.valueOf(published.getDayOfMonth()));
		browser.fillIn("publishedOn-month", String.valueOf(published.getMonthValue()));
		browser.fillIn("publishedOn-year", String.valueOf(published.getYear()));
		browser.fillIn("summary", "Missed appointments and poor home conditions were each recorded but never put together.");
		browser.choose("theme-" + theme("Recognising cumulative neglect"));
		browser.choose("theme-" + theme("Was not brought: missed health appointments"));
		browser.press("Add the review");
		assertThat(browser.heading()).isEqualTo(title);
		assertThat(browser.text("main")).contains("Review added to the register", "Recognising cumulative neglect");
		browser.assertAccessible();

		browser.follow("Add a recommendation");
		browser.assertAccessible();
		browser.fillIn("text", "Health visitors and GPs should follow up every child not brought to two appointments in a row.");
		browser.fillIn("ownerName", "Designated nurse for safeguarding");
		browser.select("ownerAgencyId", jdbc.sql("select id::text from agency where code = 'HV'").query(String.class).single());
		browser.choose("aim-" + refs[0]);
		browser.choose("item-" + refs[1]);
		browser.press("Add the recommendation");
		assertThat(browser.text("#recommendation-1")).contains("Designated nurse for safeguarding", "Not started");
		assertThat(browser.text("#recommendation-1")).contains(refs[0]);
		browser.assertAccessible();

		browser.follow("Record evidence of change");
		browser.assertAccessible();
		browser.press("Record the evidence");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter the date the change was made", "Enter what changed");
		browser.assertAccessible();
		LocalDate changed = LocalDate.now().minusDays(3);
		browser.fillIn("changedOn-day", String.valueOf(changed.getDayOfMonth()));
		browser.fillIn("changedOn-month", String.valueOf(changed.getMonthValue()));
		browser.fillIn("changedOn-year", String.valueOf(changed.getYear()));
		browser.fillIn("whatChanged", "Was-not-brought procedure revised and briefed to every GP practice");
		browser.press("Record the evidence");
		assertThat(browser.text("#recommendation-1")).contains("Was-not-brought procedure revised");
		browser.assertAccessible();

		browser.visit("/strategy/learning/cross-references");
		assertThat(browser.text("main")).contains(title + ", recommendation 1", "Aim " + refs[0]);
		browser.assertAccessible();
		assertThat(browser.download("/strategy/learning/cross-references.xlsx"))
			.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		browser.visit("/strategy/learning/themes");
		browser.assertAccessible();
		browser.followLinkTo("/strategy/learning/themes/");
		assertThat(browser.heading()).isEqualTo("Change a theme");
		browser.assertAccessible();
		browser.signOut();

		browser.signInAs("teacher");
		browser.visit("/strategy/learning");
		assertThat(browser.text("main")).contains(title).doesNotContain("Add a review");
		browser.assertAccessible();
		browser.select("theme", theme("Was not brought: missed health appointments"));
		browser.press("Apply filter");
		assertThat(browser.text("main")).contains(title, "Clear the filter");
		browser.assertAccessible();
		browser.follow(title);
		assertThat(browser.text("main")).contains("Was-not-brought procedure revised").doesNotContain("Add a recommendation");
		browser.assertAccessible();
	}
}
