package org.seen.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.seen.assessment.AgeBand;
import org.seen.assessment.AreaGradeRule;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolArea;
import org.seen.assessment.ToolItem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's graded assessments and the children's voices. Most children have been heard in the
 * last two months; some have not, so the "no child's voice" alert shows. A few families have two
 * completed assessments months apart, so change over time shows; some have a draft in progress.
 * Written before the alerts are first run.
 */
class DemoAssessments {

	private static final String[] WORDS = { "I like it when Mum walks me to school", "Dad makes pancakes on Saturdays",
			"I get hungry at school before dinner time", "I don't like it when they shout", "My room is my favourite place",
			"I wish we had a garden", "Nana takes me swimming", "I want to be a vet", "It is noisy at night",
			"I look after my little brother" };

	private static final String[] OBSERVED = {
			"Settled quickly when picked up by Mum; fed on demand; clean and dressed for the weather",
			"Crawled towards Dad and babbled when he spoke; toys within reach; nappy needed changing",
			"Watched Mum closely and was quiet; startled at loud voices from the next room" };

	private final JdbcClient jdbc;

	private final Northbrook northbrook;

	private final Clock clock;

	private final Tool tool;

	private final Random random = new Random(20261125L);

	DemoAssessments(JdbcClient jdbc, Northbrook northbrook, Clock clock, Tool tool) {
		this.jdbc = jdbc;
		this.northbrook = northbrook;
		this.clock = clock;
		this.tool = tool;
	}

	void write(DemoFamilies.DemoChild child) {
		LocalDate today = LocalDate.now(clock);
		if (child.born() == null) {
			return;
		}
		String author = child.born().isAfter(today.minusYears(5)) ? "health.visitor"
				: child.born().isAfter(today.minusYears(11)) ? "teacher" : "sch2.dsl";
		// one household in four has not heard from its children for months
		if (child.household() % 4 != 3) {
			voice(child, today.minusDays(10 + random.nextInt(50)), author);
		}
		// households whose under-fives the demo health visitor knows
		if (child.household() % 3 == 1) {
			int base = 2 + child.household() / 3 % 2;
			UUID earlier = assessment(child, today.minusMonths(5), author, base + 1, true);
			if (child.index() == 0) {
				assessment(child, today.minusWeeks(3), author, base, true);
			}
			else if (child.household() % 2 == 0) {
				assessment(child, today.minusDays(2), author, base, false);
			}
			linkVoice(child, earlier);
		}
	}

	private UUID assessment(DemoFamilies.DemoChild child, LocalDate on, String author, int base, boolean completed) {
		UUID id = Northbrook.id("assessment", child.id() + ":" + on);
		AgeBand band = tool.ageBandFor(child.born(), on);
		String by = northbrook.name(author);
		Instant at = on.atTime(11, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
		jdbc.sql("""
				insert into assessment (id, child_id, tool_id, tool_version, age_band, assessed_on, status, others_present,
				  created_by, agency_id, created_at, completed_by, completed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, child.id(), tool.id(), tool.version(), band.id(), on, completed ? "COMPLETED" : "DRAFT",
					"The child, for part of the visit", by, northbrook.agencyOf(author), Timestamp.from(at),
					completed ? by : null, completed ? Timestamp.from(at.plusSeconds(3600)) : null)
			.update();
		jdbc.sql("insert into assessment_present (assessment_id, adult_id) select ?, adult_id from relationship where child_id = ?")
			.params(id, child.id())
			.update();
		for (ToolArea area : tool.areas()) {
			List<Integer> grades = new ArrayList<>();
			for (ToolItem item : area.items()) {
				if (!item.appliesTo(band) || !completed && random.nextInt(3) == 0) {
					continue;
				}
				int grade = Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
				grades.add(grade);
				item(id, item, grade, on, by, at);
			}
			if (completed) {
				int proposed = AreaGradeRule.propose(grades).orElse(1);
				jdbc.sql("""
						insert into assessment_area (assessment_id, area_id, proposed_grade, confirmed_grade)
						values (?, ?, ?, ?)""")
					.params(id, area.id(), proposed, proposed)
					.update();
			}
		}
		return id;
	}

	private void item(UUID assessmentId, ToolItem item, int grade, LocalDate on, String by, Instant at) {
		boolean needsChange = grade >= 3;
		jdbc.sql("""
				insert into assessment_item (assessment_id, item_id, grade, evidence, evidence_source, parent_view,
				  home_conditions, target_grade, review_by, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(assessmentId, item.id(), grade, grade <= 2 ? "Seen at the home visit; consistent with school and GP records"
					: "Seen at the home visit and discussed with the family", "SEEN",
					grade <= 2 ? "Happy with how things are" : "Agrees this is hard at the moment and wants help",
					item.homeConditions() ? Math.min(9, grade * 2 - 1) : null, needsChange ? grade - 1 : null,
					needsChange ? on.plusWeeks(12) : null, by, Timestamp.from(at))
			.update();
	}

	private void voice(DemoFamilies.DemoChild child, LocalDate on, String author) {
		boolean baby = child.born().isAfter(on.minusYears(2));
		jdbc.sql("""
				insert into child_voice (id, child_id, gathered_on, kind, words, observed, how_gathered, gathered_by,
				  agency_id, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Northbrook.id("voice", child.id() + ":" + on), child.id(), on, baby ? "OBSERVED" : "WORDS",
					baby ? null : WORDS[random.nextInt(WORDS.length)], baby ? OBSERVED[random.nextInt(OBSERVED.length)] : null,
					baby ? "Observed during a home visit" : "Talking alone, with a drawing of three houses",
					northbrook.name(author), northbrook.agencyOf(author), Timestamp.from(Instant.now(clock)))
			.update();
	}

	private void linkVoice(DemoFamilies.DemoChild child, UUID assessmentId) {
		jdbc.sql("""
				update child_voice set assessment_id = ?, item_ids = ?
				where child_id = ? and assessment_id is null""")
			.params(assessmentId, new String[] { "warmth-and-responsiveness" }, child.id())
			.update();
	}
}
