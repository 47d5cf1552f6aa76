package org.seen.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.seen.access.Actor;
import org.seen.access.RecordNotFound;
import org.seen.assessment.ToolItem;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(Family.class)
class ChildAssessmentsTest {

	static final String TOOL = "family-strengths-and-needs";

	@Autowired
	ChildAssessments assessments;

	@Autowired
	Family family;

	@Autowired
	JdbcClient jdbc;

	Actor visitor() {
		return family.actor("health.visitor");
	}

	static ItemEntry graded(int grade) {
		return grade >= 3 ? new ItemEntry(grade, "Seen at the home visit", EvidenceSource.SEEN, null, "Agrees", null, null,
				grade - 1, LocalDate.now().plusWeeks(6))
				: new ItemEntry(grade, "Seen at the home visit", EvidenceSource.SEEN, null, "Agrees", null, null, null, null);
	}

	/** Grades every item that applies to the child, the home-conditions item as given. */
	AssessmentView gradeAll(AssessmentView view, int grade) {
		AssessmentView now = view;
		for (ToolItem item : view.items()) {
			now = assessments.saveItem(visitor(), now.assessment().id(), item.id(), graded(grade), -1);
		}
		return now;
	}

	@Test
	void an_assessment_is_made_with_the_tool_version_and_age_band_of_its_day() {
		var home = family.create("health.visitor");
		AssessmentView started = assessments.start(visitor(), home.younger(), TOOL, LocalDate.now());
		assertThat(started.assessment().toolVersion()).isEqualTo(started.tool().version());
		assertThat(started.band().id()).isEqualTo("1-4");
		assertThat(started.assessment().draft()).isTrue();
		// online safety is for school-age children and older
		assertThat(started.items()).extracting(ToolItem::id).doesNotContain("online-safety");
		AssessmentView older = assessments.start(visitor(), home.older(), TOOL, LocalDate.now());
		assertThat(older.band().id()).isEqualTo("5-10");
		assertThat(older.items()).extracting(ToolItem::id).contains("online-safety");
	}

	@Test
	void a_grade_outside_one_to_five_is_refused_and_nothing_is_stored() {
		var home = family.create("health.visitor");
		UUID id = assessments.start(visitor(), home.older(), TOOL, LocalDate.now()).assessment().id();
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "nutrition", graded(6), -1))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("grade"));
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "nutrition",
				new ItemEntry(0, null, null, null, null, null, null, null, null), -1))
			.isInstanceOf(InvalidInput.class);
		assertThat(items(id)).isZero();
	}

	@Test
	void an_item_that_is_not_in_the_tool_is_refused_and_nothing_is_stored() {
		var home = family.create("health.visitor");
		UUID id = assessments.start(visitor(), home.older(), TOOL, LocalDate.now()).assessment().id();
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "pocket-money", graded(2), -1))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("itemId"));
		assertThat(items(id)).isZero();
	}

	@Test
	void a_target_must_be_better_than_the_grade_and_the_home_scale_belongs_to_home_conditions() {
		var home = family.create("health.visitor");
		UUID id = assessments.start(visitor(), home.older(), TOOL, LocalDate.now()).assessment().id();
		FormErrors errors = new ItemEntry(3, null, EvidenceSource.REPORTED, " ", null, null, 4, 3, LocalDate.now().minusDays(1))
			.check(assessments.read(visitor(), id).tool().item("nutrition").orElseThrow(),
					assessments.read(visitor(), id).band(), LocalDate.now());
		assertThat(errors.problems()).extracting(FormErrors.Problem::field)
			.containsExactly("reportedBy", "homeConditions", "targetGrade", "reviewBy");
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "home-conditions",
				new ItemEntry(2, null, null, null, null, null, 10, null, null), -1))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("homeConditions"));
		assessments.saveItem(visitor(), id, "home-conditions", new ItemEntry(2, null, null, null, null, null, 3, null, null), -1);
		assertThat(assessments.read(visitor(), id).recorded("home-conditions").homeConditions()).isEqualTo(3);
	}

	@Test
	void a_draft_is_saved_and_resumed_and_a_stale_edit_is_refused() {
		var home = family.create("health.visitor");
		UUID id = assessments.start(visitor(), home.older(), TOOL, LocalDate.now()).assessment().id();
		assessments.saveItem(visitor(), id, "nutrition", graded(2), -1);
		AssessmentView resumed = assessments.read(visitor(), id);
		AssessedItem nutrition = resumed.recorded("nutrition");
		assertThat(nutrition.grade()).isEqualTo(2);
		assessments.saveItem(visitor(), id, "nutrition", graded(3), nutrition.version());
		// a second page still holding the first version loses nothing of the change made since
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "nutrition", graded(1), nutrition.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		// and a page that thought the item was new does not overwrite it either
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "nutrition", graded(1), -1))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(assessments.read(visitor(), id).recorded("nutrition").grade()).isEqualTo(3);
	}

	@Test
	void completing_with_items_ungraded_names_each_of_them_and_changes_nothing() {
		var home = family.create("health.visitor");
		AssessmentView view = assessments.start(visitor(), home.older(), TOOL, LocalDate.now());
		UUID id = view.assessment().id();
		assessments.saveItem(visitor(), id, "nutrition", graded(2), -1);
		int version = assessments.read(visitor(), id).assessment().version();
		assertThatThrownBy(() -> assessments.complete(visitor(), id, version))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.problems()).hasSize(view.items().size() - 1);
				assertThat(ex.problems()).extracting(FormErrors.Problem::message).contains("Grade Hygiene");
				assertThat(ex.problems()).extracting(FormErrors.Problem::field).doesNotContain("item-nutrition");
			});
		assertThat(assessments.read(visitor(), id).assessment().draft()).isTrue();
	}

	@Test
	void a_need_without_a_target_cannot_be_signed_off() {
		var home = family.create("health.visitor");
		AssessmentView view = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now()), 2);
		UUID id = view.assessment().id();
		AssessedItem hygiene = view.recorded("hygiene");
		assessments.saveItem(visitor(), id, "hygiene",
				new ItemEntry(4, "Seen", EvidenceSource.SEEN, null, null, null, null, null, null), hygiene.version());
		int version = assessments.read(visitor(), id).assessment().version();
		assertThatThrownBy(() -> assessments.complete(visitor(), id, version))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(FormErrors.Problem::message)
				.containsExactly("Set a target grade and review date for Hygiene"));
	}

	@Test
	void completion_confirms_the_proposed_area_grades_and_then_nothing_can_change() {
		var home = family.create("health.visitor");
		AssessmentView view = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now()), 2);
		UUID id = view.assessment().id();
		// one item where the child is harmed keeps its area at 4 or worse
		assessments.saveItem(visitor(), id, "hygiene", graded(5), view.recorded("hygiene").version());
		AssessmentView done = assessments.complete(visitor(), id, assessments.read(visitor(), id).assessment().version());
		assertThat(done.assessment().completed()).isTrue();
		assertThat(done.assessment().completedBy()).isNotBlank();
		assertThat(done.decision("physical-care").confirmedGrade()).isEqualTo(4);
		assertThat(done.decision("emotional-care").confirmedGrade()).isEqualTo(2);
		assertThatThrownBy(() -> assessments.saveItem(visitor(), id, "nutrition", graded(1), 0))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("completed"));
	}

	@Test
	void an_overridden_area_grade_needs_a_reason() {
		var home = family.create("health.visitor");
		AssessmentView view = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now()), 2);
		UUID id = view.assessment().id();
		int version = view.assessment().version();
		assertThatThrownBy(() -> assessments.confirmAreas(visitor(), id, version, Map.of("emotional-care", 3), Map.of()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("reason-emotional-care"));
		AssessmentView confirmed = assessments.confirmAreas(visitor(), id, version, Map.of("emotional-care", 3),
				Map.of("emotional-care", "Warmth is there but boundaries are missing most evenings"));
		assertThat(confirmed.decision("emotional-care").overridden()).isTrue();
		assertThat(confirmed.decision("physical-care").confirmedGrade()).isEqualTo(2);
	}

	@Test
	void household_items_are_copied_from_a_sibling_and_the_rest_are_not() {
		var home = family.create("health.visitor");
		AssessmentView olders = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now()), 3);
		AssessmentView youngers = assessments.start(visitor(), home.younger(), TOOL, LocalDate.now());
		AssessmentView copied = assessments.copyFromSibling(visitor(), youngers.assessment().id(),
				youngers.assessment().version(), olders.assessment().id());
		List<String> household = copied.items().stream().filter(ToolItem::household).map(ToolItem::id).toList();
		assertThat(household).isNotEmpty();
		household.forEach(itemId -> {
			assertThat(copied.recorded(itemId).grade()).isEqualTo(3);
			assertThat(copied.recorded(itemId).copiedFrom()).isEqualTo(olders.assessment().id());
		});
		assertThat(copied.gradedCount()).isEqualTo(household.size());
		// and then changed for this child
		String first = household.get(0);
		assessments.saveItem(visitor(), copied.assessment().id(), first, graded(2), copied.recorded(first).version());
		assertThat(assessments.read(visitor(), copied.assessment().id()).recorded(first).grade()).isEqualTo(2);
	}

	@Test
	void an_assessment_of_a_child_in_another_household_cannot_be_copied() {
		var one = family.create("health.visitor");
		var other = family.create("health.visitor");
		AssessmentView source = gradeAll(assessments.start(visitor(), other.older(), TOOL, LocalDate.now()), 3);
		AssessmentView target = assessments.start(visitor(), one.younger(), TOOL, LocalDate.now());
		assertThatThrownBy(() -> assessments.copyFromSibling(visitor(), target.assessment().id(),
				target.assessment().version(), source.assessment().id()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("source"));
		assertThat(items(target.assessment().id())).isZero();
	}

	@Test
	void the_comparison_sets_each_item_beside_the_last_completed_assessment() {
		var home = family.create("health.visitor");
		AssessmentView first = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now().minusMonths(3)), 3);
		assessments.complete(visitor(), first.assessment().id(), first.assessment().version());
		AssessmentView second = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now()), 3);
		second = assessments.saveItem(visitor(), second.assessment().id(), "nutrition", graded(2),
				second.recorded("nutrition").version());
		second = assessments.saveItem(visitor(), second.assessment().id(), "hygiene", graded(4),
				second.recorded("hygiene").version());
		Comparison comparison = assessments.comparison(second).orElseThrow();
		assertThat(comparison.earlier().id()).isEqualTo(first.assessment().id());
		assertThat(comparison.better()).isEqualTo(1);
		assertThat(comparison.worse()).isEqualTo(1);
		assertThat(comparison.same()).isEqualTo(second.items().size() - 2);
		// the first has nothing earlier to compare with
		assertThat(assessments.comparison(assessments.read(visitor(), first.assessment().id()))).isEmpty();
	}

	@Test
	void a_countersignature_is_by_a_manager_or_dsl_on_a_completed_assessment() {
		var home = family.create("health.visitor", "school.dsl");
		AssessmentView view = gradeAll(assessments.start(visitor(), home.older(), TOOL, LocalDate.now()), 1);
		UUID id = view.assessment().id();
		assertThatThrownBy(() -> assessments.countersign(family.actor("school.dsl"), id, view.assessment().version(), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("Complete"));
		AssessmentView done = assessments.complete(visitor(), id, view.assessment().version());
		assertThatThrownBy(() -> assessments.countersign(visitor(), id, done.assessment().version(), null))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("manager"));
		AssessmentView signed = assessments.countersign(family.actor("school.dsl"), id, done.assessment().version(),
				"Agree with the plan");
		assertThat(signed.assessment().countersigned()).isTrue();
		assertThat(signed.assessment().countersignNote()).isEqualTo("Agree with the plan");
	}

	@Test
	void someone_not_working_with_the_child_gets_not_found_and_a_denied_entry() {
		var home = family.create("health.visitor");
		UUID id = assessments.start(visitor(), home.older(), TOOL, LocalDate.now()).assessment().id();
		assertThatThrownBy(() -> assessments.read(family.actor("teacher"), id)).isInstanceOf(RecordNotFound.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ? and action = 'DENIED'")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> assessments.start(family.actor("teacher"), home.older(), TOOL, LocalDate.now()))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void every_read_and_change_is_audited() {
		var home = family.create("health.visitor");
		UUID id = assessments.start(visitor(), home.older(), TOOL, LocalDate.now()).assessment().id();
		assessments.saveItem(visitor(), id, "nutrition", graded(2), -1);
		assessments.read(visitor(), id);
		List<String> actions = jdbc.sql("select action from audit_entry where record_id = ? order by seq")
			.param(id)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("CREATE", "CHANGE", "VIEW");
	}

	@Test
	void a_date_in_the_future_or_an_unknown_tool_is_refused() {
		var home = family.create("health.visitor");
		assertThatThrownBy(() -> assessments.start(visitor(), home.older(), TOOL, LocalDate.now().plusDays(1)))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("assessedOn"));
		assertThatThrownBy(() -> assessments.start(visitor(), home.older(), "no-such-tool", LocalDate.now()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("tool"));
		assertThat(jdbc.sql("select count(*) from assessment where child_id = ?").param(home.older()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void a_licensed_tool_opens_only_for_practitioners_accredited_for_it() throws Exception {
		String yaml;
		try (var in = getClass().getResourceAsStream("/tools-test/restricted-tool-v1.yaml")) {
			yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		jdbc.sql("""
				insert into assessment_tool_version (id, tool_id, version, definition, digest, source, file_name, loaded_by, loaded_at)
				values (?, 'test-licensed-tool', 1, ?, md5(?), 'UPLOADED', 'licensed.yaml', 'admin', now())
				on conflict do nothing""")
			.params(UUID.randomUUID(), yaml, yaml)
			.update();
		var home = family.create("health.visitor", "school.dsl");
		assertThat(assessments.toolsFor(visitor())).extracting(org.seen.assessment.Tool::id).doesNotContain("test-licensed-tool");
		assertThatThrownBy(() -> assessments.start(visitor(), home.older(), "test-licensed-tool", LocalDate.now()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("accredited"));
		jdbc.sql("""
				insert into assessment_accreditation (practitioner_id, tool_id, recorded_by, recorded_at)
				select practitioner_id, 'test-licensed-tool', 'admin', now() from account where username = 'health.visitor'""")
			.update();
		AssessmentView licensed = assessments.start(visitor(), home.older(), "test-licensed-tool", LocalDate.now());
		assessments.saveItem(visitor(), licensed.assessment().id(), "warmth", graded(2), -1);
		// the school's lead may read it but not work on it
		Actor dsl = family.actor("school.dsl");
		assertThat(assessments.read(dsl, licensed.assessment().id()).recorded("warmth").grade()).isEqualTo(2);
		assertThatThrownBy(() -> assessments.saveItem(dsl, licensed.assessment().id(), "warmth", graded(1), 0))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("accredited"));
	}

	@Test
	void copying_from_an_assessment_with_the_home_not_yet_graded_copies_nothing_and_says_why() {
		var home = family.create("health.visitor");
		AssessmentView olders = assessments.start(visitor(), home.older(), TOOL, LocalDate.now());
		assessments.saveItem(visitor(), olders.assessment().id(), "nutrition", graded(2), -1);
		AssessmentView youngers = assessments.start(visitor(), home.younger(), TOOL, LocalDate.now());
		assertThatThrownBy(() -> assessments.copyFromSibling(visitor(), youngers.assessment().id(),
				youngers.assessment().version(), olders.assessment().id()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.getMessage()).contains("nothing to copy"));
		assertThat(assessments.read(visitor(), youngers.assessment().id()).assessment().version())
			.isEqualTo(youngers.assessment().version());
	}

	@Test
	void an_assessment_keeps_the_wording_of_the_tool_version_it_was_made_with() throws Exception {
		String v1;
		try (var in = getClass().getResourceAsStream("/tools-test/open-tool-v1.yaml")) {
			v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("tool: test-open-tool\n", "tool: versioned-tool\n");
		}
		String v2 = v1.replace("version: 1\n", "version: 2\n")
			.replace("1: Meals are regular and suit the child.", "1: Meals are regular, varied and suit the child.");
		store("versioned-tool", 1, v1);
		var home = family.create("health.visitor");
		AssessmentView old = assessments.start(visitor(), home.older(), "versioned-tool", LocalDate.now());
		store("versioned-tool", 2, v2);
		AssessmentView reread = assessments.read(visitor(), old.assessment().id());
		assertThat(reread.tool().version()).isEqualTo(1);
		assertThat(reread.descriptor(reread.tool().item("feeding").orElseThrow(), 1)).isEqualTo("Meals are regular and suit the child.");
		AssessmentView fresh = assessments.start(visitor(), home.older(), "versioned-tool", LocalDate.now());
		assertThat(fresh.tool().version()).isEqualTo(2);
		assertThat(fresh.descriptor(fresh.tool().item("feeding").orElseThrow(), 1)).contains("varied");
	}

	private void store(String toolId, int version, String yaml) {
		jdbc.sql("""
				insert into assessment_tool_version (id, tool_id, version, definition, digest, source, file_name, loaded_by, loaded_at)
				values (?, ?, ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'UPLOADED', 'versioned.yaml', 'admin', now())""")
			.params(UUID.randomUUID(), toolId, version, yaml, yaml)
			.update();
	}

	private int items(UUID assessmentId) {
		return jdbc.sql("select count(*) from assessment_item where assessment_id = ?")
			.param(assessmentId)
			.query(Integer.class)
			.single();
	}
}
