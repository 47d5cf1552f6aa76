package org.seen.family;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real Team Around the Family plan for a test child, written as the plans module stores one, so
 * that the family's pages read it through the plans module's own {@link FamilyPlanSource}: led by
 * the health visitor, with the child's mother in the team, two things to change, two actions and a
 * review at which mornings got better.
 */
public final class TestFamilyPlans {

	private TestFamilyPlans() {
	}

	public static void giveAPlanTo(JdbcClient jdbc, UUID childId) {
		LocalDate today = LocalDate.now();
		UUID plan = UUID.randomUUID();
		UUID lead = UUID.randomUUID();
		UUID mother = UUID.randomUUID();
		UUID school = UUID.randomUUID();
		UUID bedroom = UUID.randomUUID();
		UUID review = UUID.randomUUID();
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, lead_practitioner_id, lead_accepted_at,
				  meeting_place, started_on, started_by, created_at, next_review_on)
				select ?, ?, 'TARGETED_EARLY_HELP', 'EARLY_HELP', true, a.practitioner_id, now(), 'Northbrook Family Hub',
				  ?, 'A health visitor', now(), ?
				from account a where a.username = 'health.visitor'""")
			.params(plan, childId, today.minusMonths(2), today.plusWeeks(3))
			.update();
		jdbc.sql("""
				insert into plan_member (id, plan_id, kind, practitioner_id, added_at)
				select ?, ?, 'PRACTITIONER', a.practitioner_id, now() from account a where a.username = 'health.visitor'""")
			.params(lead, plan)
			.update();
		jdbc.sql("""
				insert into plan_member (id, plan_id, kind, name, relationship, added_at)
				values (?, ?, 'FAMILY', 'The mother', 'Mother', now())""")
			.params(mother, plan)
			.update();
		jdbc.sql("""
				insert into plan_outcome (id, plan_id, kind, child_said, difference, target_on, position, created_at)
				values (?, ?, 'CHILD_VOICE', 'I am always late and the teacher tells me off',
				  'Getting to school on time every day', ?, 1, now()),
				  (?, ?, 'CHILD_VOICE', 'My room is messy and I have no sheets',
				  'A bed with clean sheets and a clear floor at the next home visit', ?, 2, now())""")
			.params(school, plan, today.plusWeeks(6), bedroom, plan, today.plusWeeks(8))
			.update();
		jdbc.sql("""
				insert into plan_action (id, plan_id, outcome_id, what, owner_member_id, due_on, status, created_at, updated_at)
				values (?, ?, ?, 'Walk to school together each morning', ?, ?, 'IN_PROGRESS', now(), now()),
				  (?, ?, ?, 'Arrange a bed and bedding from the furniture project', ?, ?, 'DONE', now(), now())""")
			.params(UUID.randomUUID(), plan, school, mother, today.plusWeeks(2), UUID.randomUUID(), plan, bedroom, lead,
					today.minusDays(3))
			.update();
		jdbc.sql("""
				insert into plan_review (id, plan_id, held_on, child_voice, family_view, going_well, next_review_on,
				  recorded_by, recorded_at)
				values (?, ?, ?, 'Mornings are better now', 'Things are calmer at home',
				  'Breakfast is on the table before school every day.', ?, 'A health visitor', now())""")
			.params(review, plan, today.minusWeeks(3), today.plusWeeks(3))
			.update();
		jdbc.sql("""
				insert into plan_review_progress (review_id, outcome_id, progress) values (?, ?, 'BETTER'), (?, ?, 'SAME')""")
			.params(review, school, review, bedroom)
			.update();
	}
}
