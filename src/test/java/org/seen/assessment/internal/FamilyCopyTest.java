package org.seen.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.seen.assessment.AgeBand;
import org.seen.assessment.NeglectType;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolArea;
import org.seen.assessment.ToolItem;
import org.seen.people.AdultSummary;
import org.seen.people.ChildSummary;
import org.seen.people.RelationshipKind;

/** The wording rules of the family's copy, on a small invented tool. */
class FamilyCopyTest {

	static final LocalDate ON = LocalDate.of(2026, 11, 20);

	static final AgeBand PRE_BIRTH = new AgeBand("pre-birth", "Pre-birth", true, 0, 0);

	static final AgeBand SCHOOL = new AgeBand("5-10", "5 to 10 years", false, 60, 132);

	static final ToolItem MEALS = item("meals", "Meals");

	static final ToolItem BEDTIME = item("bedtime", "Bedtime");

	static final ToolItem SCHOOL_DAYS = item("school-days", "School days");

	static final ToolItem PLAY = item("play", "Play");

	static final Tool TOOL = new Tool("invented", 1, "Invented Profile", "open", false, List.of(PRE_BIRTH, SCHOOL),
			List.of(new ToolArea("care", "Care", "Day-to-day care", List.of(MEALS, BEDTIME, SCHOOL_DAYS, PLAY))));

	static final List<AdultSummary> PARENTS = List.of(
			new AdultSummary(UUID.randomUUID(), "Marigold Fennimore-Ashcroft", RelationshipKind.MOTHER, true),
			new AdultSummary(UUID.randomUUID(), "Leopold Fennimore-Ashcroft", RelationshipKind.STEP_PARENT, true));

	/** Five descriptors per item, each naming its grade, and speaking of "the child" as the tool does. */
	static ToolItem item(String id, String title) {
		List<String> five = IntStream.rangeClosed(1, 5)
			.mapToObj(g -> "At grade-word " + g + " for " + id + ", the child's needs and the children's room are looked at by the child.")
			.toList();
		return new ToolItem(id, title, "guidance", List.of(), Set.of(NeglectType.PHYSICAL), List.of(), false, null,
				Map.of(ToolItem.ALL_BANDS, five));
	}

	static AssessedItem recorded(ToolItem item, int grade, Integer target, LocalDate reviewBy, String parentView,
			String childView) {
		return new AssessedItem(item.id(), grade, "CONFIDENTIAL evidence from the police about " + item.id(),
				EvidenceSource.REPORTED, "REPORTER Sergeant of the neighbourhood team", parentView, childView, null,
				target, reviewBy, null, "someone", Instant.now(), 0);
	}

	static AssessmentView view(AssessmentStatus status, ChildSummary child, AgeBand band, AssessedItem... items) {
		Map<String, AssessedItem> byId = Arrays.stream(items).collect(Collectors.toMap(AssessedItem::itemId, Function.identity()));
		Assessment a = new Assessment(UUID.randomUUID(), child.id(), TOOL.id(), TOOL.version(), band.id(), ON, status,
				PARENTS.stream().map(AdultSummary::id).toList(), null, "Ffion Hale", UUID.randomUUID(), Instant.now(),
				status == AssessmentStatus.COMPLETED ? "Ffion Hale" : null, null, null, null, null, 3, byId, Map.of());
		return new AssessmentView(a, TOOL, band, child);
	}

	static final ChildSummary ESME = new ChildSummary(UUID.randomUUID(), "Esme", "Fennimore-Ashcroft", LocalDate.of(2018, 5, 1),
			null, false);

	static AssessmentView completed() {
		return view(AssessmentStatus.COMPLETED, ESME, SCHOOL, recorded(MEALS, 1, null, null, null, "I like fish fingers"),
				recorded(BEDTIME, 4, 2, ON.plusWeeks(8), "Bedtime is hard since the baby came", null),
				recorded(SCHOOL_DAYS, 2, null, null, null, null), recorded(PLAY, 5, 4, ON.plusWeeks(6), null, null));
	}

	static ChildVoice said(VoiceKind kind) {
		return new ChildVoice(UUID.randomUUID(), ESME.id(), ON, kind, "I want my own bed", "WORRY about Dad shouting",
				"My dog Pip", "To go swimming", kind == VoiceKind.OBSERVED ? "OBSERVED sat alone at lunch" : null, null,
				"Drawing together", "Ffion Hale, Health visiting", Instant.now(), null, List.of());
	}

	@Test
	void what_is_going_well_holds_grades_1_and_2_and_what_needs_to_change_holds_3_to_5_with_their_targets() {
		FamilyCopy copy = FamilyCopy.of(completed(), PARENTS, List.of(), "Ffion Hale", "Northbrook Health Visiting");

		assertThat(copy.goingWell()).extracting(FamilyCopy.Strength::title).containsExactly("Meals", "School days");
		assertThat(copy.goingWell().get(0).words()).startsWith("At grade-word 1 for meals");
		assertThat(copy.toChange()).extracting(FamilyCopy.Change::title).containsExactly("Bedtime", "Play");
		FamilyCopy.Change bedtime = copy.toChange().get(0);
		assertThat(bedtime.agreed()).isEqualTo("We agreed to work on bedtime.");
		assertThat(bedtime.hope()).isEqualTo("By 15 January 2027 we hope that:");
		assertThat(bedtime.hopeWords()).startsWith("At grade-word 2 for bedtime");
		assertThat(bedtime.parentView()).isEqualTo("Bedtime is hard since the baby came");
		assertThat(copy.toChange().get(1).hope()).isEqualTo("By 1 January 2027 we hope to see this first step:");
		assertThat(copy.next()).contains("We will look at how things are going by 1 January 2027.");
	}

	@Test
	void the_tool_speaks_of_the_child_and_the_family_copy_speaks_of_the_child_by_name() {
		FamilyCopy copy = FamilyCopy.of(completed(), PARENTS, List.of(), "Ffion Hale", "");

		assertThat(copy.goingWell().get(0).words())
			.isEqualTo("At grade-word 1 for meals, Esme's needs and the children's room are looked at by Esme.");
		assertThat(FamilyCopy.personal("The baby is fed. The child's coat.", "Ola", false)).isEqualTo("Ola is fed. Ola's coat.");
		assertThat(FamilyCopy.personal("The child is fed.", "Ola", true)).isEqualTo("The child is fed.");
	}

	@Test
	void nothing_practitioner_only_reaches_the_family_copy() {
		FamilyCopy copy = FamilyCopy.of(completed(), PARENTS, List.of(said(VoiceKind.WORDS), said(VoiceKind.OBSERVED)),
				"Ffion Hale", "Northbrook Health Visiting");

		assertThat(copy.toString()).doesNotContain("CONFIDENTIAL", "REPORTER", "OBSERVED", "WORRY");
		assertThat(copy.childSaid()).extracting(FamilyCopy.Said::words)
			.containsExactly("I want my own bed", "My dog Pip", "To go swimming", "I like fish fingers");
		assertThat(copy.childSaid()).extracting(FamilyCopy.Said::about)
			.containsExactly("In Esme's own words", "What Esme likes", "What Esme wishes for", "About meals");
	}

	@Test
	void its_own_sentences_are_short_and_free_of_jargon() {
		for (AssessmentView view : List.of(completed(),
				view(AssessmentStatus.DRAFT, ESME, SCHOOL, recorded(BEDTIME, 3, null, null, null, null)))) {
			FamilyCopy copy = FamilyCopy.of(view, PARENTS, List.of(), "Ffion Hale", "Northbrook Health Visiting Service");
			for (String sentence : copy.ownSentences()) {
				for (String part : sentence.split("(?<=[.:?!])\\s+")) {
					assertThat(part.split("\\s+")).as(part).hasSizeLessThanOrEqualTo(20);
				}
				assertThat(sentence.toLowerCase()).as(sentence)
					.doesNotContain("grade", "inadequate", "neglect", "evidence", "concern", "risk");
			}
		}
	}

	@Test
	void a_draft_says_so_first_and_a_need_without_a_target_is_still_kindly_put() {
		FamilyCopy copy = FamilyCopy.of(view(AssessmentStatus.DRAFT, ESME, SCHOOL, recorded(BEDTIME, 3, null, null, null, null)),
				List.of(), List.of(), "Ffion Hale", "");

		assertThat(copy.draft()).isTrue();
		assertThat(copy.about().get(0)).isEqualTo("This copy is a draft. It may still change before it is signed off.");
		assertThat(copy.about()).contains("It is for Esme's family.", "Ffion Hale did the assessment with you.");
		assertThat(copy.toChange().get(0).hope()).isEqualTo("We will agree together what should change, and by when.");
		assertThat(copy.toChange().get(0).hopeWords()).isNull();
		assertThat(copy.next()).contains("If you have a question, or something changes, please talk to Ffion Hale.");
	}

	@Test
	void an_unborn_baby_is_your_baby_and_has_no_words_to_quote() {
		ChildSummary unborn = new ChildSummary(UUID.randomUUID(), "Baby", "Fennimore-Ashcroft", null, ON.plusMonths(3), false);
		FamilyCopy copy = FamilyCopy.of(view(AssessmentStatus.COMPLETED, unborn, PRE_BIRTH,
				recorded(MEALS, 2, null, null, null, "not a child's view")), PARENTS, List.of(said(VoiceKind.WORDS)),
				"Ffion Hale", "");

		assertThat(copy.unborn()).isTrue();
		assertThat(copy.childSaid()).isEmpty();
		assertThat(copy.about()).contains("It says what is going well for your baby and what we agreed needs to change.");
		assertThat(copy.goingWell().get(0).words()).contains("the child's needs");
		assertThat(copy.next()).contains("Nothing needs to change at the moment.");
	}

	@Test
	void names_read_as_a_list_and_titles_read_inside_a_sentence() {
		assertThat(FamilyCopy.names(List.of("A"))).isEqualTo("A");
		assertThat(FamilyCopy.names(List.of("A", "B", "C"))).isEqualTo("A, B and C");
		assertThat(FamilyCopy.lower("Home conditions")).isEqualTo("home conditions");
		assertThat(FamilyCopy.lower("GP visits")).isEqualTo("GP visits");
	}
}
