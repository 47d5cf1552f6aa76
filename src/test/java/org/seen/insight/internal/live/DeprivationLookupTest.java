package org.seen.insight.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seen.DemoActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Uploading the deprivation lookup: every bad line named with its number, all or nothing, replaced whole. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeprivationLookupTest {

	static final String HEADER = "postcode,lsoa,imd_decile\n";

	@Autowired
	DeprivationLookup lookup;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoActors actors;

	/** Other tests read the demo lookup: put it back. */
	@AfterEach
	void demoLookup() {
		lookup.upload(actors.actor("admin"), DemoDeprivationLookup.demoFile());
	}

	private List<String> stored() {
		return jdbc.sql("select postcode || ',' || lsoa || ',' || imd_decile from deprivation_postcode order by postcode")
			.query(String.class)
			.list();
	}

	private List<DeprivationLookup.LineProblem> problems(String csv) {
		try {
			DeprivationLookup.read(csv);
		}
		catch (DeprivationLookup.Rejected rejected) {
			return rejected.problems();
		}
		throw new AssertionError("the file was accepted");
	}

	@Test
	void a_bad_postcode_is_named_with_its_line() {
		assertThat(problems(HEADER + "NB1 1AA,E01999001,2\nNOT A POSTCODE,E01999001,2\n"))
			.containsExactly(new DeprivationLookup.LineProblem(3, "Postcode \"NOT A POSTCODE\" is not a valid UK postcode"));
	}

	@Test
	void a_decile_must_be_from_1_to_10() {
		assertThat(problems(HEADER + "NB1 1AA,E01999001,0\nNB1 1AB,E01999001,11\nNB1 1AD,E01999001,ten\nNB1 1AE,E01999001,10\n"))
			.extracting(DeprivationLookup.LineProblem::line)
			.containsExactly(2L, 3L, 4L);
		assertThat(problems(HEADER + "NB1 1AA,E01999001,0\n").get(0).message()).contains("from 1 (most deprived) to 10");
	}

	@Test
	void the_header_is_required() {
		assertThat(problems("NB1 1AA,E01999001,2\n"))
			.containsExactly(new DeprivationLookup.LineProblem(1, "The first line must be the header postcode,lsoa,imd_decile"));
		assertThat(problems("")).extracting(DeprivationLookup.LineProblem::line).containsExactly(1L);
		assertThat(problems(HEADER)).extracting(DeprivationLookup.LineProblem::message)
			.containsExactly("The file has a header but no postcodes");
	}

	@Test
	void a_postcode_may_appear_once_however_it_is_written() {
		assertThat(problems(HEADER + "NB1 1AA,E01999001,2\nNB2 2BB,E01999002,3\nnb11aa,E01999001,2\n"))
			.containsExactly(new DeprivationLookup.LineProblem(4,
					"Postcode NB1 1AA is already on line 2: each postcode may appear once"));
	}

	@Test
	void a_bad_lsoa_code_and_a_short_line_are_named() {
		assertThat(problems(HEADER + "NB1 1AA,X123,2\nNB1 1AB,E01999001\n"))
			.extracting(DeprivationLookup.LineProblem::line)
			.containsExactly(2L, 3L);
	}

	@Test
	void a_file_with_any_bad_line_stores_nothing_and_a_good_one_replaces_the_whole_lookup() {
		List<String> before = stored();
		assertThat(before).isNotEmpty();
		assertThatThrownBy(() -> lookup.upload(actors.actor("analyst"), HEADER + "NB7 1AA,E01999001,2\nNB7 1AB,E01999001,0\n"))
			.isInstanceOf(DeprivationLookup.Rejected.class);
		assertThat(stored()).isEqualTo(before);

		long audited = jdbc.sql("select count(*) from audit_entry where record_type = 'DEPRIVATION_LOOKUP' and username = 'analyst'")
			.query(Long.class)
			.single();
		// postcodes are stored in the standard form, LSOA codes in capitals
		assertThat(lookup.upload(actors.actor("analyst"), "\uFEFFPostcode,LSOA,IMD_Decile\r\nnb71aa,e01999001,2\r\n NB7 1AB ,E01999002,9\r\n"))
			.isEqualTo(2);
		assertThat(stored()).containsExactly("NB7 1AA,E01999001,2", "NB7 1AB,E01999002,9");
		assertThat(lookup.current()).get().extracting(DeprivationLookup.Current::postcodes).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'DEPRIVATION_LOOKUP' and username = 'analyst'")
			.query(Long.class)
			.single()).isEqualTo(audited + 1);
	}

	@Test
	void the_api_answers_201_with_the_rows_or_422_naming_every_bad_line() throws Exception {
		List<String> before = stored();
		mvc.perform(post("/api/v1/insight/deprivation").header("Authorization", "Bearer demo-analyst")
			.contentType("text/csv")
			.content(HEADER + "NB1 1AA,E01999001,11\nBAD,E01999001,2\nNB1 1AA,E01999001,2\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errorCount").value(3))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[1].line").value(3))
			.andExpect(jsonPath("$.errors[2].line").value(4))
			.andExpect(jsonPath("$.detail").value("3 problem(s) in the file. Nothing was stored."));
		assertThat(stored()).isEqualTo(before);

		mvc.perform(post("/api/v1/insight/deprivation").header("Authorization", "Bearer demo-admin")
			.contentType("text/csv")
			.content(HEADER + "NB1 1AA,E01999001,1\nNB1 1AB,E01999001,1\nNB2 1AB,E01999002,7\n"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rows").value(3));
		assertThat(stored()).hasSize(3);

		mvc.perform(post("/api/v1/insight/deprivation").header("Authorization", "Bearer demo-manager")
			.contentType("text/csv")
			.content(HEADER + "NB1 1AA,E01999001,1\n"))
			.andExpect(status().isForbidden());
		assertThat(stored()).hasSize(3);
	}

	@Test
	void the_demo_lookup_covers_every_demo_household_and_leans_to_the_most_deprived() {
		// the demo households' postcodes, made as org.seen.demo.DemoFamilies makes them
		String inward = "ABDEFGHJLNPQRSTUWXYZ";
		List<String> missing = new java.util.ArrayList<>();
		for (int h = 0; h < 34; h++) {
			String postcode = "NB" + (1 + h % 4) + " " + (1 + h % 9) + inward.charAt(h % inward.length())
					+ inward.charAt((h * 7) % inward.length());
			if (jdbc.sql("select count(*) from deprivation_postcode where postcode = ?").param(postcode).query(Long.class)
				.single() == 0) {
				missing.add(postcode);
			}
		}
		assertThat(missing).isEmpty();
		List<Integer> deciles = jdbc.sql("select imd_decile from deprivation_postcode").query(Integer.class).list();
		assertThat(deciles).contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(deciles.stream().filter(d -> d <= 3).count()).isGreaterThan(deciles.size() / 2);
	}
}
