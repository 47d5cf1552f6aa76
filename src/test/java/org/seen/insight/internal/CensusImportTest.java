package org.seen.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.seen.insight.internal.CinXml.assessment;
import static org.seen.insight.internal.CinXml.census;
import static org.seen.insight.internal.CinXml.child;
import static org.seen.insight.internal.CinXml.episode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.seen.access.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The importer's bad paths: each is a clear error naming child, element and line, and nothing is stored. */
@SpringBootTest
@ActiveProfiles("test")
class CensusImportTest {

	@Autowired
	CensusImport importer;

	@Autowired
	CensusReturns returns;

	@Autowired
	DemoActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Autowired
	NeglectMeasures measures;

	private ImportedReturn importXml(String xml) {
		return importer.importReturn(actors.actor("analyst"), new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private CensusRejected rejected(String xml) {
		long before = storedRows();
		CensusRejected rejected = catchThrowableOfType(CensusRejected.class, () -> importXml(xml));
		assertThat(rejected).as("the return is rejected").isNotNull();
		assertThat(storedRows()).as("nothing is stored").isEqualTo(before);
		return rejected;
	}

	private long storedRows() {
		long rows = jdbc.sql("select count(*) from cin_return").query(Long.class).single();
		for (String table : CensusReturns.ROW_TABLES) {
			rows += jdbc.sql("select count(*) from " + table).query(Long.class).single();
		}
		return rows;
	}

	/** The 1-based line of the first occurrence of the text in the file. */
	private static long lineOf(String xml, String text) {
		String before = xml.substring(0, xml.indexOf(text));
		return before.chars().filter(c -> c == '\n').count() + 1;
	}

	private static String good(String lea) {
		return census(lea, "2024-03-31", child("G1", "2015-01-10", episode("2023-06-01")));
	}

	@Test
	void a_good_return_is_stored_with_its_children_and_rows() {
		ImportedReturn imported = importXml(census("401", "2024-03-31",
				child("G1", "2015-01-10", episode("2023-06-01", assessment("2023-06-01", "2023-06-20", "16A"))),
				child("G2", "expected:2024-05-01", episode("2024-01-10"))));
		assertThat(imported.lea()).isEqualTo("401");
		assertThat(imported.year()).isEqualTo(2024);
		assertThat(imported.children()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from cin_census_child where return_id = ?").param(imported.id())
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from cin_referral where return_id = ? and neglect").param(imported.id())
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'CIN_RETURN' and action = 'IMPORT' and record_id = ?")
			.param(imported.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void malformed_xml_is_rejected_with_its_line() {
		String xml = good("402").replace("</CINreferralDate>", "</CINreferral>");
		CensusRejected rejected = rejected(xml);
		CensusProblem problem = rejected.errors().get(0);
		assertThat(problem.message()).startsWith("The file is not well-formed XML");
		assertThat(problem.line()).isEqualTo(lineOf(xml, "</CINreferral>"));
		assertThat(problem.laChildId()).isEqualTo("G1");
	}

	@Test
	void an_external_entity_is_refused_and_never_read() {
		String xml = good("403").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Message [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n")
			.replace("<LAchildID>G1</LAchildID>", "<LAchildID>&secret;</LAchildID>");
		CensusRejected rejected = rejected(xml);
		assertThat(rejected.errors()).hasSize(1);
		assertThat(rejected.errors().get(0).element()).isEqualTo("DOCTYPE");
		assertThat(rejected.errors().get(0).message()).contains("DOCTYPE is not allowed").doesNotContain("root:");
	}

	@Test
	void a_billion_laughs_file_is_refused_at_once() {
		StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			String previous = i == 1 ? "lol" : "lol" + (i - 1);
			entities.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
		}
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [" + entities + "]>\n<Message><Header>&lol9;</Header></Message>";
		Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			CensusRejected rejected = rejected(xml);
			assertThat(rejected.errors().get(0).element()).isEqualTo("DOCTYPE");
		});
	}

	@Test
	void an_undeclared_entity_is_an_error() {
		CensusRejected rejected = rejected(good("404").replace("<LAchildID>G1</LAchildID>", "<LAchildID>&name;</LAchildID>"));
		assertThat(rejected.errors().get(0).message()).contains("not well-formed");
	}

	@Test
	void an_unknown_code_names_the_child_the_element_and_the_line() {
		String xml = census("405", "2024-03-31", child("G1", "2015-01-10", episode("2023-06-01")),
				CinXml.described("G2", "2015-01-10", "<Sex>F</Sex>", "ZZZZ", "NONE", episode("2023-06-01")));
		CensusRejected rejected = rejected(xml);
		assertThat(rejected.errors()).extracting(CensusProblem::laChildId, CensusProblem::element, CensusProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("G2", "Ethnicity", lineOf(xml, "<Ethnicity>ZZZZ")));
		assertThat(rejected.errors().get(0).message()).contains("ZZZZ");
	}

	@Test
	void a_closure_before_its_referral_is_an_error() {
		String xml = census("406", "2024-03-31", child("G1", "2015-01-10", episode("2023-06-01", "2023-05-31", "RC8", false)));
		CensusRejected rejected = rejected(xml);
		assertThat(rejected.errors()).singleElement().satisfies(problem -> {
			assertThat(problem.element()).isEqualTo("CINclosureDate");
			assertThat(problem.line()).isEqualTo(lineOf(xml, "<CINclosureDate>"));
			assertThat(problem.message()).contains("before the CINreferralDate");
		});
	}

	@Test
	void every_error_is_listed_not_only_the_first() {
		String xml = census("407", "2024-03-31",
				child("E1", "2015-02-30", episode("2023-06-01")),
				child("E2", "2015-01-10", episode("2023-06-01", "2023-07-01", null, false)),
				child("E3", "2015-01-10", episode("2025-01-01")),
				child("E4", "2015-01-10", episode("2023-06-01").replace("<ReferralNFA>false", "<ReferralNFA>maybe")),
				child("E1", "2015-01-10", episode("2023-06-01")));
		CensusRejected rejected = rejected(xml);
		assertThat(rejected.errors()).extracting(CensusProblem::laChildId, CensusProblem::element).containsExactly(
				org.assertj.core.groups.Tuple.tuple("E1", "PersonBirthDate"),
				org.assertj.core.groups.Tuple.tuple("E2", "CINclosureDate"),
				org.assertj.core.groups.Tuple.tuple("E3", "CINreferralDate"),
				org.assertj.core.groups.Tuple.tuple("E4", "ReferralNFA"),
				org.assertj.core.groups.Tuple.tuple("E1", "LAchildID"));
	}

	@Test
	void an_element_out_of_place_is_a_structure_error() {
		CensusRejected rejected = rejected(good("408").replace("<ReferralSource>", "<Nickname>x</Nickname><ReferralSource>"));
		assertThat(rejected.errors().get(0).element()).isEqualTo("Nickname");
		assertThat(rejected.errors().get(0).message()).contains("not allowed in CINdetails");
	}

	@Test
	void a_child_without_a_referral_date_is_a_structure_error() {
		CensusRejected rejected = rejected(good("409").replaceAll("<CINreferralDate>.*</CINreferralDate>", ""));
		assertThat(rejected.errors().get(0).message()).isEqualTo("CINdetails has no CINreferralDate");
	}

	@Test
	void a_header_for_another_collection_or_year_is_refused() {
		assertThat(rejected(good("410").replace("<Collection>CIN", "<Collection>SCHOOL")).errors().get(0).element())
			.isEqualTo("Collection");
		assertThat(rejected(census("410", "2020-03-31", child("G1", "2015-01-10", episode("2019-06-01"))))
			.errors().get(0).element()).isEqualTo("Year");
	}

	@Test
	void the_2025_26_pre_proceedings_block_and_the_dfe_booleans_are_accepted() {
		String xml = census("411", "2026-03-31", child("G1", "2015-01-10",
				episode("2025-06-01", "<PreProceedingsandFGDM><PPOStartDate>2025-07-01</PPOStartDate>"
						+ "<FGDMHeld>TRUE</FGDMHeld></PreProceedingsandFGDM>\n").replace("<ReferralNFA>false", "<ReferralNFA>0")));
		assertThat(importXml(xml).children()).isEqualTo(1);
	}

	@Test
	void gender_current_in_a_2024_25_return_is_a_warning_that_does_not_block() {
		ImportedReturn imported = importXml(census("412", "2025-03-31", CinXml.described("G1", "2015-01-10",
				"<GenderCurrent>1</GenderCurrent>", "WBRI", "NONE", episode("2024-06-01"))));
		assertThat(imported.warnings()).extracting(CensusProblem::element).contains("GenderCurrent");
	}

	@Test
	void an_error_in_the_last_of_thousands_of_children_stores_nothing() {
		List<String> children = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			children.add(child("M" + i, "2015-01-10", episode("2023-06-01", assessment("2023-06-01", "2023-06-20", "16A"))));
		}
		children.add(child("LAST", "2015-01-10", episode("2023-06-01", "2023-05-01", "RC8", false)));
		CensusRejected rejected = rejected(census("413", "2024-03-31", children.toArray(String[]::new)));
		assertThat(rejected.errors()).extracting(CensusProblem::laChildId).containsExactly("LAST");
		assertThat(returns.idFor("413", 2024)).isEmpty();
	}

	@Test
	void importing_the_same_lea_and_year_again_replaces_the_earlier_return() {
		ImportedReturn first = importXml(census("414", "2024-03-31", child("R1", "2015-01-10", episode("2023-06-01")),
				child("R2", "2015-01-10", episode("2023-06-01"))));
		ImportedReturn second = importXml(census("414", "2024-03-31", child("R3", "2015-01-10", episode("2023-06-01"))));
		assertThat(second.replaced()).isEqualTo(first.id());
		assertThat(returns.find(first.id())).isEmpty();
		assertThat(returns.idFor("414", 2024)).contains(second.id());
		for (String table : CensusReturns.ROW_TABLES) {
			assertThat(jdbc.sql("select count(*) from " + table + " where return_id = ?").param(first.id())
				.query(Integer.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select la_child_id from cin_census_child where return_id = ?").param(second.id())
			.query(String.class).list()).containsExactly("R3");
	}

	@Test
	void a_rejected_return_leaves_the_earlier_one_in_place() {
		ImportedReturn first = importXml(good("415"));
		rejected(census("415", "2024-03-31", child("R1", "2015-01-10", episode("2023-06-01", "2023-01-01", "RC1", false))));
		assertThat(returns.idFor("415", 2024)).contains(first.id());
	}

	@Test
	void an_upload_over_the_limit_is_stopped_as_it_streams_and_stores_nothing() {
		CensusImport small = new CensusImport(jdbc, dataSource, transaction, audit, clock, returns, measures,
				DataSize.ofKilobytes(64));
		long before = storedRows();
		// a body with no declared length that would go on for ever: it is never held, only read up to the limit
		InputStream endless = new SyntheticCensus(7, Long.MAX_VALUE / 2, "416", java.time.LocalDate.of(2024, 3, 31)).stream();
		assertThatThrownBy(() -> small.importReturn(actors.actor("analyst"), endless)).isInstanceOf(CensusTooLarge.class);
		assertThat(storedRows()).isEqualTo(before);
	}

	@Test
	void a_generated_return_streams_through_the_importer() {
		SyntheticCensus synthetic = new SyntheticCensus(11, 2000, "417", java.time.LocalDate.of(2024, 3, 31));
		ImportedReturn imported = importer.importReturn(actors.actor("analyst"), synthetic.stream());
		assertThat(imported.children()).isEqualTo(2000);
		assertThat(jdbc.sql("select count(*) from cin_referral where return_id = ?").param(imported.id())
			.query(Integer.class).single()).isGreaterThan(2000);
		MeasureFigures counted = measures.stored(imported.id(), imported.referenceDate());
		assertThat(measures.compute(imported.id(), imported.referenceDate()))
			.as("counted while reading, and recomputed in SQL from the stored rows").isEqualTo(counted);
		// the generator's proportions: about a fifth of referrals are re-referrals, about half of plans for neglect
		assertThat((double) counted.total(Measure.RE_REFERRALS) / counted.total(Measure.REFERRALS)).isBetween(0.15, 0.27);
		assertThat((double) counted.total(Measure.CPP_OPEN_NEGLECT) / counted.total(Measure.CPP_OPEN)).isBetween(0.4, 0.6);
		assertThat(counted.total(Measure.CPP_ENDED_2_YEARS_OR_MORE)).isPositive();
		assertThat(counted.total(Measure.CIN_PLANS_NEGLECT_OVER_6_MONTHS)).isPositive();
		assertThat(counted.total(Measure.CLOSED_TO_EARLY_HELP_NEGLECT)).isPositive();
	}

	@Test
	void the_same_seed_gives_the_same_file() throws Exception {
		java.time.LocalDate reference = java.time.LocalDate.of(2025, 3, 31);
		byte[] first = new SyntheticCensus(5, 300, "418", reference).stream().readAllBytes();
		assertThat(new SyntheticCensus(5, 300, "418", reference).stream().readAllBytes()).isEqualTo(first);
		assertThat(new SyntheticCensus(6, 300, "418", reference).stream().readAllBytes()).isNotEqualTo(first);
	}
}
