package org.seen.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seen.web.PdfText;
import org.seen.assessment.AreaGradeRule;
import org.seen.DemoActors;
import org.seen.access.Actor;
import org.seen.access.TestChildren;
import org.seen.access.internal.SeenUser;
import org.seen.assessment.ToolItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The printed copies, read back as a person would read them: the PDF's text, page by page. A
 * health visitor assesses an invented child twice, with the family, and downloads both copies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedAssessmentTest {

	static final String TOOL = "family-strengths-and-needs";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoActors actors;

	@Autowired
	ChildAssessments assessments;

	@Autowired
	ChildVoices voices;

	Actor visitor;

	UUID child;

	AssessmentView earlier;

	AssessmentView later;

	@BeforeAll
	void twoAssessmentsWithTheFamily() {
		visitor = actors.actor("health.visitor");
		TestChildren children = new TestChildren(jdbc);
		child = children.involve(children.create("Esme"), "health.visitor", "INVOLVED").id();
		UUID mother = adult(child, "Roxanne", "Quillfeather", "MOTHER");
		UUID father = adult(child, "Dariusz", "Quillfeather", "FATHER");
		LocalDate today = assessments.today();

		earlier = assessments.start(visitor, child, TOOL, today.minusDays(120));
		for (ToolItem item : earlier.items()) {
			save(earlier, item, new ItemEntry(3, "Earlier evidence about " + item.title(), EvidenceSource.SEEN, null, null,
					null, item.homeConditions() ? 5 : null, 2, today.plusDays(30)));
		}
		earlier = assessments.complete(visitor, earlier.assessment().id(), version(earlier));

		later = assessments.start(visitor, child, TOOL, today);
		later = assessments.setPresent(visitor, later.assessment().id(), later.assessment().version(), List.of(mother, father),
				"An interpreter");
		List<ToolItem> items = later.items();
		for (int i = 0; i < items.size(); i++) {
			ToolItem item = items.get(i);
			int grade = gradeOf(i);
			boolean reported = i % 3 == 0;
			save(later, item, new ItemEntry(grade, evidence(i, item), reported ? EvidenceSource.REPORTED : EvidenceSource.HEARD,
					reported ? "School nurse at Larkspur Primary" : null,
					grade >= 3 ? "We are trying hard with " + item.title().toLowerCase() + " since the move." : null,
					i == 1 ? "I like my tea when Dad cooks pasta" : null, item.homeConditions() ? 3 : null,
					grade >= 3 ? grade - 1 : null, grade >= 3 ? today.plusDays(60 + i) : null));
		}
		voices.record(visitor, child, new VoiceEntry(VoiceKind.WORDS, today, "Home is nice when the heating is on",
				"I worry when nobody is there after school", "My bike and my cat", "A bedroom of my own", null, null,
				"Talked while drawing at the kitchen table", List.of(items.get(0).id())), later.assessment().id());
		later = assessments.complete(visitor, later.assessment().id(), version(later));
	}

	/** A mix of grades: strengths (1, 2) and needs (3, 4). */
	static int gradeOf(int index) {
		return new int[] { 2, 1, 3, 4, 2 }[index % 5];
	}

	/** Evidence long enough that the full copy runs over several pages, each with a marker to look for. */
	static String evidence(int index, ToolItem item) {
		return "Practitioner note HV-" + index + " on " + item.title().toLowerCase() + ". "
				+ "Seen at two home visits and discussed with both parents; what was seen matched what the school reported. "
				+ "The family agreed the plan and said what help would make a difference this term. "
				+ "Checked again with the school and the GP surgery before grading.";
	}

	@Test
	void the_full_copy_has_the_marking_and_the_child_on_every_page_and_holds_grades_evidence_and_the_comparison()
			throws Exception {
		MvcResult result = download("health.visitor", "/assessments/{id}/assessment.pdf", later);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"assessment-" + later.assessment().assessedOn() + ".pdf\"")
			.doesNotContain("Esme")
			.doesNotContain("Testchild");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");

		List<String> pages = pages(result.getResponse().getContentAsByteArray());
		assertThat(pages).hasSizeGreaterThan(2);
		everyPageIsMarked(pages);
		String all = String.join(" ", pages);
		assertThat(pages.get(0)).contains("Family Strengths and Needs Profile, version 1", "5 to 10 years",
				"Roxanne Quillfeather (Mother)", "Dariusz Quillfeather (Father)", "An interpreter",
				"By " + visitor.displayName());
		List<ToolItem> items = later.items();
		for (int i = 0; i < items.size(); i++) {
			ToolItem item = items.get(i);
			int grade = gradeOf(i);
			assertThat(all).contains("Practitioner note HV-" + i + " on")
				.contains(flat(later.descriptor(item, grade)).substring(0, 40));
		}
		assertThat(all).contains("Grade 4", "School nurse at Larkspur Primary", "3 of 9", "I like my tea when Dad cooks pasta",
				"Home is nice when the heating is on", flat(AreaGradeRule.IN_WORDS).substring(0, 60));
		Comparison comparison = assessments.comparison(later).orElseThrow();
		assertThat(comparison.better()).isPositive();
		assertThat(comparison.worse()).isPositive();
		assertThat(all).contains("Compared with the assessment of " + FamilyCopy.date(earlier.assessment().assessedOn()) + ": "
				+ comparison.better() + " better, " + comparison.same() + " the same, " + comparison.worse() + " worse.");
		assertThat(all).doesNotContain("DRAFT");
	}

	@Test
	void the_family_copy_says_what_is_going_well_and_what_needs_to_change_in_plain_words_without_evidence()
			throws Exception {
		MvcResult result = download("health.visitor", "/assessments/{id}/family-copy.pdf", later);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"family-copy-" + later.assessment().assessedOn() + ".pdf\"");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");

		List<String> pages = pages(result.getResponse().getContentAsByteArray());
		assertThat(pages).hasSizeGreaterThan(1);
		everyPageIsMarked(pages);
		String all = String.join(" ", pages);
		int well = all.indexOf("What is going well");
		int change = all.indexOf("What needs to change");
		int told = all.indexOf("What Esme told us");
		int next = all.indexOf("What happens next");
		assertThat(well).isPositive();
		assertThat(change).isGreaterThan(well);
		assertThat(told).isGreaterThan(change);
		assertThat(next).isGreaterThan(told);
		String goingWell = all.substring(well, change);
		String toChange = all.substring(change, told);
		List<ToolItem> items = later.items();
		for (int i = 0; i < items.size(); i++) {
			String title = items.get(i).title();
			if (gradeOf(i) <= 2) {
				assertThat(goingWell).as("going well").contains(title);
				assertThat(toChange).as("to change").doesNotContain(title);
			}
			else {
				assertThat(toChange).as("to change").contains(title, "We agreed to work on " + FamilyCopy.lower(title) + ".",
						"By " + FamilyCopy.date(assessments.today().plusDays(60 + i)) + " we hope"
								+ (gradeOf(i) - 1 <= 2 ? " that:" : " to see this first step:"));
				assertThat(goingWell).as("going well").doesNotContain(title);
			}
		}
		// the tool's words about "the child" are about Esme in her family's copy
		assertThat(goingWell).contains("Esme").doesNotContainPattern("\\b[Tt]he child\\b");
		assertThat(all.substring(told, next)).contains("Home is nice when the heating is on", "My bike and my cat",
				"A bedroom of my own", "I like my tea when Dad cooks pasta");
		assertThat(all).contains("We are trying hard with", "please talk to " + visitor.displayName())
			.containsPattern("It is for (Roxanne|Dariusz) Quillfeather and (Roxanne|Dariusz) Quillfeather\\.");
		assertThat(all).doesNotContain("Practitioner note", "School nurse", "Larkspur", "Grade", "grade", "inadequate",
				"I worry when nobody is there", "DRAFT");
	}

	@Test
	void a_draft_says_so_on_every_page_of_both_copies() throws Exception {
		TestChildren children = new TestChildren(jdbc);
		UUID other = children.involve(children.create("Tobiah"), "health.visitor", "INVOLVED").id();
		AssessmentView draft = assessments.start(visitor, other, TOOL, assessments.today());
		ToolItem first = draft.items().get(0);
		save(draft, first, new ItemEntry(4, "Draft evidence", EvidenceSource.SEEN, null, null, null, null, null, null));
		for (String path : List.of("/assessments/{id}/assessment.pdf", "/assessments/{id}/family-copy.pdf")) {
			MvcResult result = download("health.visitor", path, draft);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getHeader("Content-Disposition")).endsWith("-draft.pdf\"");
			List<String> pages = pages(result.getResponse().getContentAsByteArray());
			for (String page : pages) {
				assertThat(page).contains("DRAFT – not yet signed off", "OFFICIAL-SENSITIVE", "Tobiah Testchild");
			}
		}
		String full = String.join(" ", pages(download("health.visitor", "/assessments/{id}/assessment.pdf", draft)
			.getResponse().getContentAsByteArray()));
		assertThat(full).contains("4 (proposed)", "Not yet completed", "Not graded yet");
	}

	@Test
	void an_unborn_baby_is_named_with_the_due_date_and_the_family_copy_quotes_no_words() throws Exception {
		UUID id = UUID.randomUUID();
		LocalDate due = assessments.today().plusMonths(3);
		jdbc.sql("""
				insert into child (id, given_name, family_name, expected_date_of_birth, sex, local_id, created_at)
				values (?, 'Baby', 'Quillfeather', ?, 'UNKNOWN', ?, ?)""")
			.params(id, due, "T-" + id.toString().substring(0, 13), Timestamp.from(Instant.now()))
			.update();
		new TestChildren(jdbc).involve(new TestChildren.Child(id, null), "health.visitor", "INVOLVED");
		AssessmentView prebirth = assessments.start(visitor, id, TOOL, assessments.today());
		assertThat(prebirth.band().unborn()).isTrue();
		ToolItem first = prebirth.items().get(0);
		save(prebirth, first, new ItemEntry(2, "Midwife's note", EvidenceSource.SEEN, null, null, null, null, null, null));
		for (String path : List.of("/assessments/{id}/assessment.pdf", "/assessments/{id}/family-copy.pdf")) {
			for (String page : pages(download("health.visitor", path, prebirth).getResponse().getContentAsByteArray())) {
				assertThat(page).contains("Baby Quillfeather – unborn, due " + FamilyCopy.date(due), "OFFICIAL-SENSITIVE");
			}
		}
		String family = String.join(" ",
				pages(download("health.visitor", "/assessments/{id}/family-copy.pdf", prebirth).getResponse().getContentAsByteArray()));
		assertThat(family).contains("What is going well", first.title(), "going well for your baby")
			.doesNotContain("told us", "Midwife's note");
	}

	@Test
	void someone_who_may_not_see_the_child_gets_404_and_a_denied_entry_and_no_copy() throws Exception {
		long before = audits("DENIED", "teacher");
		for (String path : List.of("/assessments/{id}/assessment.pdf", "/assessments/{id}/family-copy.pdf")) {
			MvcResult result = download("teacher", path, later);
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("%PDF");
		}
		assertThat(audits("DENIED", "teacher")).isEqualTo(before + 2);
		assertThat(mvc.perform(get("/assessments/{id}/assessment.pdf", UUID.randomUUID())
			.with(user(new SeenUser(visitor, "", true, true)))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void each_download_is_audited_as_an_export_of_the_assessment() throws Exception {
		long full = exports("assessment pdf");
		long family = exports("family copy pdf");
		download("health.visitor", "/assessments/{id}/assessment.pdf", later);
		download("health.visitor", "/assessments/{id}/family-copy.pdf", later);
		download("health.visitor", "/assessments/{id}/family-copy.pdf", later);
		assertThat(exports("assessment pdf")).isEqualTo(full + 1);
		assertThat(exports("family copy pdf")).isEqualTo(family + 2);
	}

	private MvcResult download(String username, String path, AssessmentView view) throws Exception {
		return mvc.perform(get(path, view.assessment().id()).with(user(new SeenUser(actors.actor(username), "", true, true))))
			.andReturn();
	}

	private void everyPageIsMarked(List<String> pages) {
		for (int i = 0; i < pages.size(); i++) {
			String page = pages.get(i);
			assertThat(page.split("OFFICIAL-SENSITIVE", -1)).as("page %d marked top and bottom", i + 1).hasSize(3);
			assertThat(page).as("page %d", i + 1)
				.contains("Esme Testchild – born 1 May 2018")
				.contains("Page " + (i + 1) + " of " + pages.size());
		}
	}

	/** The text of each page, with line breaks and runs of spaces made single spaces. */
	static List<String> pages(byte[] pdf) throws IOException {
		return PdfText.pages(pdf);
	}

	static String flat(String text) {
		return PdfText.flat(text);
	}

	private long audits(String action, String username) {
		return jdbc.sql("select count(*) from audit_entry where child_id = ? and action = ? and username = ?")
			.params(child, action, username)
			.query(Long.class)
			.single();
	}

	private long exports(String detail) {
		return jdbc.sql("""
				select count(*) from audit_entry where child_id = ? and action = 'EXPORT' and record_type = 'ASSESSMENT'
				  and record_id = ? and detail = ? and username = 'health.visitor'""")
			.params(child, later.assessment().id(), detail)
			.query(Long.class)
			.single();
	}

	private void save(AssessmentView view, ToolItem item, ItemEntry entry) {
		assessments.saveItem(visitor, view.assessment().id(), item.id(), entry, -1);
	}

	private int version(AssessmentView view) {
		return assessments.read(visitor, view.assessment().id()).assessment().version();
	}

	private UUID adult(UUID childId, String givenName, String familyName, String kind) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into adult (id, given_name, family_name, sex, created_at) values (?, ?, ?, 'UNKNOWN', ?)")
			.params(id, givenName, familyName, Timestamp.from(Instant.now()))
			.update();
		jdbc.sql("""
				insert into relationship (id, child_id, adult_id, kind, parental_responsibility, lives_with_child)
				values (?, ?, ?, ?, true, true)""")
			.params(UUID.randomUUID(), childId, id, kind)
			.update();
		return id;
	}
}
