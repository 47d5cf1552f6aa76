package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Team Around the Family plans for the demo's early-help families (the households the early help
 * team works with), each with a level decided and the family's consent (written only if the
 * pathway's demo has not already), and reviews over past months: two families improving, one
 * drifting (its review missed and an action overdue), one open for thirteen months with little
 * change, and one just started whose lead has not yet accepted.
 */
class DemoPlans {

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final Clock clock;

	private LocalDate today;

	DemoPlans(JdbcClient jdbc, Northbrook northbrook, Clock clock) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.clock = clock;
	}

	/** The story each early-help household's plan tells. */
	private enum Story {
		IMPROVING, DRIFTING, OPEN_LONG, STEADY, JUST_STARTED
	}

	void write(List<DemoFamilies.DemoChild> children) {
		today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
		Story[] stories = Story.values();
		int n = 0;
		for (DemoFamilies.DemoChild child : children) {
			// the first child of each household the early help team leads for
			if (child.household() % 7 != 3 || child.index() != 0 || child.born() == null) {
				continue;
			}
			write(child, stories[n++ % stories.length]);
		}
	}

	private void write(DemoFamilies.DemoChild child, Story story) {
		String lead = switch (story) {
			case IMPROVING, OPEN_LONG -> "family.worker";
			case DRIFTING -> "manager";
			case STEADY -> "health.visitor";
			case JUST_STARTED -> "teacher";
		};
		LocalDate started = switch (story) {
			case IMPROVING -> today.minusWeeks(19);
			case DRIFTING -> today.minusWeeks(16);
			case OPEN_LONG -> today.minusMonths(13);
			case STEADY -> today.minusWeeks(8);
			case JUST_STARTED -> today.minusDays(3);
		};
		levelAndConsent(child.id(), started);
		UUID plan = Northbrook.id("plan", child.id().toString());
		UUID leadId = northbrook.practitioner(lead);
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, lead_practitioner_id, lead_accepted_at,
				  meeting_place, started_on, started_by, created_at, next_review_on)
				values (?, ?, 'TARGETED_EARLY_HELP', 'EARLY_HELP', true, ?, ?, ?, ?, 'Ruth Dunmore', ?, ?)""")
			.params(plan, child.id(), leadId,
					story == Story.JUST_STARTED ? null : Timestamp.from(started.plusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)),
					story == Story.STEADY ? "The family home" : "Canal Street Children’s Centre", started,
					Timestamp.from(Instant.now(clock)), story == Story.DRIFTING ? today.minusDays(10)
							: story == Story.JUST_STARTED ? today.plusWeeks(6) : today.plusWeeks(3))
			.update();
		involve(child.id(), lead, story == Story.JUST_STARTED ? "INVOLVED" : "LEAD_PROFESSIONAL", started);
		UUID leadMember = member(plan, lead);
		UUID manager = lead.equals("manager") ? leadMember : member(plan, "manager");
		UUID mother = family(plan, child.id(), "MOTHER");
		UUID father = family(plan, child.id(), "FATHER");
		UUID carer = mother != null ? mother : father;

		// outcomes tied to the needs of the latest completed assessment, and one to the child's voice
		List<Map<String, Object>> needs = jdbc.sql("""
				select a.id, ai.item_id, ai.grade from assessment a join assessment_item ai on ai.assessment_id = a.id
				where a.child_id = ? and a.status = 'COMPLETED' and ai.grade >= 2
				  and a.assessed_on = (select max(assessed_on) from assessment where child_id = ? and status = 'COMPLETED')
				order by ai.grade desc, ai.item_id limit 2""")
			.params(child.id(), child.id())
			.query()
			.listOfRows();
		int position = 0;
		UUID[] outcomes = new UUID[needs.size() + 1];
		int[] baselines = new int[needs.size() + 1];
		for (Map<String, Object> need : needs) {
			UUID outcome = Northbrook.id("plan-outcome", plan + ":" + position);
			int grade = ((Number) need.get("grade")).intValue();
			jdbc.sql("""
					insert into plan_outcome (id, plan_id, kind, assessment_id, item_id, item_title, difference,
					  baseline_grade, target_grade, target_on, position, created_at)
					values (?, ?, 'ITEM', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(outcome, plan, need.get("id"), need.get("item_id"), title((String) need.get("item_id")),
						difference((String) need.get("item_id")), grade, grade - 1, started.plusMonths(6), position + 1,
						Timestamp.from(Instant.now(clock)))
				.update();
			outcomes[position] = outcome;
			baselines[position] = grade;
			position++;
		}
		UUID voice = Northbrook.id("plan-outcome", plan + ":voice");
		jdbc.sql("""
				insert into plan_outcome (id, plan_id, kind, child_said, difference, target_on, position, created_at)
				values (?, ?, 'CHILD_VOICE', 'I don’t like it when it is noisy at night', 'Bedtimes are calm and the child sleeps through',
				  ?, ?, ?)""")
			.params(voice, plan, started.plusMonths(4), position + 1, Timestamp.from(Instant.now(clock)))
			.update();
		outcomes[position] = voice;

		action(plan, leadMember, "Help the family apply for free school meals and the holiday food scheme",
				started.plusWeeks(2), "DONE");
		if (carer != null) {
			action(plan, carer, "Keep to the bedtime routine agreed with the family support worker", started.plusWeeks(8),
					story == Story.DRIFTING ? "IN_PROGRESS" : "DONE");
		}
		action(plan, manager, "Refer to the housing officer about the damp in the back bedroom",
				story == Story.DRIFTING ? today.minusDays(12) : today.plusWeeks(2),
				story == Story.DRIFTING ? "NOT_STARTED" : "IN_PROGRESS");

		int reviews = switch (story) {
			case IMPROVING -> 3;
			case DRIFTING -> 1;
			case OPEN_LONG -> 6;
			case STEADY -> 1;
			case JUST_STARTED -> 0;
		};
		for (int r = 1; r <= reviews; r++) {
			LocalDate held = started.plusWeeks(6L * r);
			boolean last = r == reviews;
			UUID review = Northbrook.id("plan-review", plan + ":" + r);
			jdbc.sql("""
					insert into plan_review (id, plan_id, held_on, child_voice, child_voice_missing_reason, family_view,
					  going_well, decisions, next_review_on, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Leah Carrow', ?)""")
				.params(review, plan, held,
						story == Story.OPEN_LONG && last ? null : "It is better at home now. I like helping with tea.",
						story == Story.OPEN_LONG && last ? "The child was unwell on the day of the meeting" : null,
						story == Story.OPEN_LONG ? "Mum feels things keep slipping back when money runs out"
								: "Mum and Dad say mornings are calmer and the house feels more like home",
						story == Story.OPEN_LONG ? "The children go to school most days"
								: "The children have breakfast before school\nBedtimes are calmer",
						"Keep going with the plan; next review in six weeks", last ? (story == Story.DRIFTING ? today.minusDays(10)
								: today.plusWeeks(3)) : held.plusWeeks(6),
						Timestamp.from(held.atTime(15, 0).toInstant(java.time.ZoneOffset.UTC)))
				.update();
			jdbc.sql("insert into plan_review_attendee (review_id, member_id) values (?, ?)").params(review, leadMember).update();
			if (carer != null) {
				jdbc.sql("insert into plan_review_attendee (review_id, member_id) values (?, ?)").params(review, carer).update();
			}
			for (int o = 0; o < outcomes.length; o++) {
				boolean graded = o < outcomes.length - 1;
				int baseline = graded ? baselines[o] : 0;
				// improving plans come down a grade by the second review; the long plan stays where it was
				Integer grade = !graded ? null : story == Story.OPEN_LONG ? baseline
						: Math.max(1, baseline - (r >= 2 ? 1 : 0));
				String direction = story == Story.OPEN_LONG ? (r % 2 == 0 ? "WORSE" : "SAME")
						: r >= 2 || story == Story.STEADY ? "BETTER" : "SAME";
				jdbc.sql("insert into plan_review_progress (review_id, outcome_id, progress, grade, note) values (?, ?, ?, ?, ?)")
					.params(review, outcomes[o], direction, grade, null)
					.update();
			}
		}
		drift(plan, child.id(), story);
	}

	/** The findings the daily check would have opened, so the demo's worklists show them from the start. */
	private void drift(UUID plan, UUID child, Story story) {
		if (story == Story.DRIFTING) {
			finding(plan, child, "REVIEW_OVERDUE", "The review was due 10 days ago", today.minusDays(9));
			finding(plan, child, "ACTIONS_OVERDUE", "1 action is past its due date", today.minusDays(11));
		}
		if (story == Story.OPEN_LONG) {
			finding(plan, child, "PLAN_OPEN_LONG", "The early help plan has been open more than 12 months", today.minusMonths(1));
			finding(plan, child, "NO_IMPROVEMENT", "None of the assessed areas the plan is working on is better after 6 reviews",
					today.minusWeeks(3));
			finding(plan, child, "NO_CHILD_VOICE_AT_REVIEW", "The last review did not record the child's voice",
					today.minusWeeks(3));
		}
	}

	private void finding(UUID plan, UUID child, String code, String detail, LocalDate found) {
		jdbc.sql("""
				insert into drift_finding (id, plan_id, child_id, code, detail, found_on) values (?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(Northbrook.id("drift", plan + code), plan, child, code, detail, found)
			.update();
	}

	/** The level and consent, written only if the pathway's demo has not recorded them already. */
	private void levelAndConsent(UUID child, LocalDate started) {
		jdbc.sql("""
				insert into level_decision (id, child_id, level_code, suggested_code, rationale, decided_by, decided_at)
				select ?, ?, 'TARGETED_EARLY_HELP', 'TARGETED_EARLY_HELP',
				  'Needs in several areas of care; school, health and early help all involved', 'Ruth Dunmore', ?
				where not exists (select 1 from level_decision where child_id = ?)""")
			.params(Northbrook.id("level", child.toString()), child,
					Timestamp.from(started.minusDays(7).atTime(11, 0).toInstant(java.time.ZoneOffset.UTC)), child)
			.update();
		jdbc.sql("""
				insert into early_help_consent (id, child_id, given_by, purpose, how_given, given_on, lawful_basis,
				  recorded_by, recorded_at)
				select ?, ?, 'Mother', 'Early help from a Team Around the Family, and sharing information between its members',
				  'WRITTEN', ?, 'CONSENT', 'Ruth Dunmore', ?
				where not exists (select 1 from early_help_consent where child_id = ? and withdrawn_on is null)""")
			.params(Northbrook.id("consent", child.toString()), child, started.minusDays(7),
					Timestamp.from(Instant.now(clock)), child)
			.update();
	}

	private void involve(UUID child, String practitioner, String kind, LocalDate since) {
		jdbc.sql("""
				insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
				select ?, ?, p.agency_id, p.id, p.team_id, ?, ?, ? from practitioner p where p.id = ?
				and not exists (select 1 from involvement i where i.child_id = ? and i.practitioner_id = p.id and i.kind = ?)""")
			.params(Northbrook.id("plan-involvement", child + practitioner), child, kind, since,
					Timestamp.from(Instant.now(clock)), northbrook.practitioner(practitioner), child, kind)
			.update();
	}

	private UUID member(UUID plan, String practitioner) {
		UUID id = Northbrook.id("plan-member", plan + practitioner);
		jdbc.sql("insert into plan_member (id, plan_id, kind, practitioner_id, added_at) values (?, ?, 'PRACTITIONER', ?, ?)")
			.params(id, plan, northbrook.practitioner(practitioner), Timestamp.from(Instant.now(clock)))
			.update();
		return id;
	}

	private UUID family(UUID plan, UUID child, String kind) {
		List<Map<String, Object>> adult = jdbc.sql("""
				select a.id, a.given_name || ' ' || a.family_name as name from relationship r join adult a on a.id = r.adult_id
				where r.child_id = ? and r.kind = ? limit 1""")
			.params(child, kind)
			.query()
			.listOfRows();
		if (adult.isEmpty()) {
			return null;
		}
		UUID id = Northbrook.id("plan-family", plan + kind);
		jdbc.sql("""
				insert into plan_member (id, plan_id, kind, adult_id, name, relationship, added_at)
				values (?, ?, 'FAMILY', ?, ?, ?, ?)""")
			.params(id, plan, adult.get(0).get("id"), adult.get(0).get("name"), kind.equals("MOTHER") ? "Mother" : "Father",
					Timestamp.from(Instant.now(clock)))
			.update();
		return id;
	}

	private void action(UUID plan, UUID owner, String what, LocalDate due, String status) {
		jdbc.sql("""
				insert into plan_action (id, plan_id, what, owner_member_id, due_on, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Northbrook.id("plan-action", plan + what), plan, what, owner, due, status,
					Timestamp.from(Instant.now(clock)), Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** What will be different for the child, in words a family would use. */
	private static String difference(String itemId) {
		return switch (itemId) {
			case "nutrition" -> "Regular meals at home, and breakfast before school every day";
			case "home-conditions" -> "A safe, warm home with a clear space to play and a bed of their own";
			case "hygiene" -> "Clean clothes and a bath or shower every other day";
			case "health-and-dental-care" -> "Taken to every health and dental appointment";
			case "supervision-with-carer", "supervision-when-carer-absent" -> "Always looked after by an adult the family trusts";
			default -> "Things get better in " + title(itemId).toLowerCase(java.util.Locale.UK) + ", as the family and the team agreed";
		};
	}

	private static String title(String itemId) {
		String words = itemId.replace('-', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
