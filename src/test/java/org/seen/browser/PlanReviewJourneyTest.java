package org.seen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead professional holds a review of a Team Around the Family plan: who came, progress on
 * the outcome with its area graded again, the child's voice, the family's view and the next date.
 * Later the next review is missed: the plan and the child's page show the drift, and the early help
 * team manager records a decision. Every page is checked with axe-core.
 */
class PlanReviewJourneyTest extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/** A plan the health visitor leads for a demo child, with the mother in it and one outcome tied to an item. */
	private Map<String, Object> planToReview() {
		return jdbc.sql("""
				with chosen as (
				  select c.id as child_id, a.id as assessment_id, ai.item_id, ai.grade, p.id as lead,
				         (select r.adult_id from relationship r where r.child_id = c.id and r.kind = 'MOTHER' limit 1) as mother
				  from child c
				  join involvement i on i.child_id = c.id
				  join practitioner p on p.id = i.practitioner_id and p.email = 'health.visitor@northbrook.example'
				  join assessment a on a.child_id = c.id and a.status = 'COMPLETED'
				  join assessment_item ai on ai.assessment_id = a.id and ai.grade >= 3
				  where not exists (select 1 from plan pl where pl.child_id = c.id)
				    and exists (select 1 from relationship r where r.child_id = c.id and r.kind = 'MOTHER')
				  order by c.family_name desc, c.given_name, a.assessed_on desc, ai.item_id limit 1),
				plan_row as (
				  insert into plan (id, child_id, level_code, level_kind, with_consent, lead_practitioner_id, lead_accepted_at,
				    started_on, started_by, created_at, next_review_on)
				  select gen_random_uuid(), child_id, 'TARGETED_EARLY_HELP', 'EARLY_HELP', true, lead, now(),
				    current_date - 42, 'Bethan Rooke', now(), current_date + 1 from chosen
				  returning id, child_id)
				select pr.id::text as plan, pr.child_id::text as child, ch.assessment_id::text as assessment, ch.item_id,
				       ch.grade, ch.lead::text as lead, ch.mother::text as mother
				from plan_row pr join chosen ch on ch.child_id = pr.child_id""")
			.query()
			.singleRow();
	}

	@Test
	void the_lead_holds_a_review_and_a_missed_review_shows_as_drift_for_the_manager_to_decide() {
		Map<String, Object> row = planToReview();
		String plan = (String) row.get("plan");
		String child = (String) row.get("child");
		int baseline = ((Number) row.get("grade")).intValue();
		jdbc.sql("insert into plan_member (id, plan_id, kind, practitioner_id, added_at) values (gen_random_uuid(), ?::uuid, 'PRACTITIONER', ?::uuid, now())")
			.params(plan, row.get("lead"))
			.update();
		jdbc.sql("""
				insert into plan_member (id, plan_id, kind, adult_id, name, relationship, added_at)
				select gen_random_uuid(), ?::uuid, 'FAMILY', a.id, a.given_name || ' ' || a.family_name, 'Mother', now()
				from adult a where a.id = ?::uuid""")
			.params(plan, row.get("mother"))
			.update();
		String outcome = jdbc.sql("""
				insert into plan_outcome (id, plan_id, kind, assessment_id, item_id, item_title, difference, baseline_grade,
				  target_grade, target_on, position, created_at)
				values (gen_random_uuid(), ?::uuid, 'ITEM', ?::uuid, ?, 'The area worked on', 'Things at home are calmer and safer',
				  ?, ?, current_date + 90, 1, now()) returning id::text""")
			.params(plan, row.get("assessment"), row.get("item_id"), baseline, baseline - 1)
			.query(String.class)
			.single();

		browser.signInAs("health.visitor");
		browser.visit("/plans/" + plan);
		browser.assertAccessible();
		browser.follow("Record a review");
		assertThat(browser.heading()).isEqualTo("Record a review meeting");
		browser.assertAccessible();

		// nothing chosen: every missing part is named
		browser.press("Record the review");
		assertThat(browser.text(".govuk-error-summary")).contains("Select who attended the review",
				"Select the progress on", "Enter the family's view at the review");
		browser.assertAccessible();

		jdbc.sql("select id::text from plan_member where plan_id = ?::uuid").param(plan).query(String.class).list()
			.forEach(member -> browser.choose("attendees-" + member));
		browser.choose("progress-" + outcome + "-BETTER");
		browser.select("grade-" + outcome, String.valueOf(baseline - 1));
		browser.fillIn("note-" + outcome, "Bedroom cleared and a new bed in");
		browser.fillIn("childVoice", "I like my new bed. It is quiet at night now.");
		browser.fillIn("familyView", "Mum says the support worker made the difference");
		browser.fillIn("goingWell", "The children sleep in their own beds");
		LocalDate next = LocalDate.now().plusWeeks(8);
		browser.fillIn("nextReviewOn-day", String.valueOf(next.getDayOfMonth()));
		browser.fillIn("nextReviewOn-month", String.valueOf(next.getMonthValue()));
		browser.fillIn("nextReviewOn-year", String.valueOf(next.getYear()));
		browser.press("Record the review");
		assertThat(browser.text("main")).contains("Review recorded", "Better",
				"now " + (baseline - 1), next.getYear() + "");
		browser.assertAccessible();
		browser.follow(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
		assertThat(browser.text("main")).contains("I like my new bed", "Mum says the support worker", "Bedroom cleared");
		browser.assertAccessible();

		// weeks on, the review was missed: drift shows on the plan and on the child's page
		jdbc.sql("update plan set next_review_on = current_date - 3 where id = ?::uuid").param(plan).update();
		browser.visit("/plans/" + plan);
		assertThat(browser.text("#drift")).contains("Review overdue", "Escalate", "Step up to the front door");
		assertThat(browser.shows("#drift a[href*='/decision']")).as("only managers record decisions").isFalse();
		browser.assertAccessible();
		browser.visit("/children/" + child);
		assertThat(browser.text("#plan-heading + dl")).contains("Review overdue");
		browser.assertAccessible();
		browser.signOut();

		// the early help team manager, whose service works with the family, records a decision
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select gen_random_uuid(), ?::uuid, p.agency_id, p.id, p.team_id, 'INVOLVED', current_date - 10, now()
				from practitioner p where p.email = 'manager@northbrook.example'""")
			.param(child)
			.update();
		browser.signInAs("manager");
		browser.visit("/plans/" + plan);
		assertThat(browser.text("#drift")).contains("Review overdue");
		browser.follow("Record a manager’s decision");
		assertThat(browser.heading()).isEqualTo("Record a decision on drift");
		browser.assertAccessible();
		browser.press("Record the decision");
		assertThat(browser.text(".govuk-error-summary")).contains("Enter what you have decided will happen");
		browser.assertAccessible();
		browser.fillIn("decision", "Review to be held next week, chaired by me; health visitor to invite the school");
		LocalDate again = LocalDate.now().plusWeeks(2);
		browser.fillIn("lookAgainOn-day", String.valueOf(again.getDayOfMonth()));
		browser.fillIn("lookAgainOn-month", String.valueOf(again.getMonthValue()));
		browser.fillIn("lookAgainOn-year", String.valueOf(again.getYear()));
		browser.press("Record the decision");
		assertThat(browser.text("main")).contains("Decision recorded", "Decision by", "chaired by me");
		browser.assertAccessible();

		// the manager's other pages for this family, each checked with axe-core
		browser.visit("/inbox");
		assertThat(browser.heading()).isEqualTo("Inbox");
		browser.assertAccessible();
		browser.visit("/plans/" + plan + "/close");
		assertThat(browser.heading()).isEqualTo("Close the plan");
		browser.assertAccessible();
		browser.visit("/children/" + child + "/step-down");
		assertThat(browser.heading()).isEqualTo("Step down to early help");
		browser.assertAccessible();
		String consent = jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, purpose, how_given, given_on, lawful_basis,
				  recorded_by, recorded_at)
				values (gen_random_uuid(), ?::uuid, 'Mother', 'Early help and sharing with the team', 'VERBAL',
				  current_date - 3, 'CONSENT', 'Ruth Dunmore', now()) returning id::text""")
			.param(child)
			.query(String.class)
			.single();
		browser.visit("/consents/" + consent + "/withdraw");
		assertThat(browser.heading()).isEqualTo("Withdraw consent");
		browser.assertAccessible();
	}
}
