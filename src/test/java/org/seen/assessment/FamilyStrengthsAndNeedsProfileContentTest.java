package org.seen.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the wording of Seen's own tool as a practitioner will meet it: every item gives all five
 * grades, in real sentences, for every age band it applies to. The YAML is read as plain maps so
 * that this test stands apart from the tool parser and catches gaps in the content itself.
 */
class FamilyStrengthsAndNeedsProfileContentTest {

	static final String RESOURCE = "/tools/family-strengths-and-needs-v1.yaml";

	static final List<String> BANDS = List.of("pre-birth", "under-1", "1-4", "5-10", "11-17");

	static final Set<String> TOP_LEVEL_KEYS = Set.of("tool", "version", "title", "licence", "restricted", "ageBands",
			"areas");

	static final Set<String> AREA_KEYS = Set.of("id", "title", "summary", "items");

	static final Set<String> ITEM_KEYS = Set.of("id", "title", "neglectTypes", "ageBands", "household", "scale",
			"guidance", "prompts", "descriptors");

	static final int SHORTEST_DESCRIPTOR = 40;

	static Map<String, Object> tool;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = FamilyStrengthsAndNeedsProfileContentTest.class.getResourceAsStream(RESOURCE)) {
			assertThat(in).as("the tool is on the classpath at " + RESOURCE).isNotNull();
			tool = new Yaml().load(in);
		}
	}

	@Test
	void names_itself_as_an_open_tool_of_seen() {
		assertThat(tool.keySet()).isSubsetOf(TOP_LEVEL_KEYS);
		assertThat(tool.get("tool")).isEqualTo("family-strengths-and-needs");
		assertThat(tool.get("version")).isEqualTo(1);
		assertThat(tool.get("title")).isEqualTo("Family Strengths and Needs Profile");
		assertThat(tool.get("restricted")).isEqualTo(false);
		assertThat((String) tool.get("licence")).contains("Seen").containsIgnoringCase("free").hasSizeGreaterThan(40);
	}

	@Test
	void has_the_five_age_bands_from_pre_birth_to_seventeen_without_gaps() {
		List<Map<String, Object>> bands = list(tool.get("ageBands"));

		assertThat(bands).extracting(band -> band.get("id")).containsExactlyElementsOf(BANDS);
		assertThat(bands.get(0)).containsEntry("unborn", true).doesNotContainKeys("fromMonths", "toMonths");
		int from = 0;
		for (Map<String, Object> band : bands.subList(1, bands.size())) {
			assertThat(band.get("label")).as("label of " + band.get("id")).isInstanceOf(String.class);
			assertThat(band.get("fromMonths")).as("%s starts where the band before it ends", band.get("id")).isEqualTo(from);
			from = (Integer) band.get("toMonths");
		}
		assertThat(from).as("the oldest band runs to 18 years").isEqualTo(216);
	}

	@Test
	void has_at_least_four_areas_and_thirteen_items_with_unique_ids_and_known_keys() {
		List<String> areaIds = new ArrayList<>();
		List<String> itemIds = new ArrayList<>();
		for (Map<String, Object> area : areas()) {
			assertThat(area.keySet()).as("keys of area " + area.get("id")).isSubsetOf(AREA_KEYS);
			assertThat((String) area.get("summary")).as("summary of " + area.get("id")).isNotBlank();
			areaIds.add((String) area.get("id"));
			for (Map<String, Object> item : FamilyStrengthsAndNeedsProfileContentTest.<Map<String, Object>>list(area.get("items"))) {
				assertThat(item.keySet()).as("keys of item " + item.get("id")).isSubsetOf(ITEM_KEYS);
				itemIds.add((String) item.get("id"));
			}
		}

		assertThat(areaIds).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
		assertThat(itemIds).hasSizeGreaterThanOrEqualTo(13).doesNotHaveDuplicates();
	}

	@Test
	void every_item_has_guidance_prompts_and_known_neglect_types() {
		Set<String> known = new HashSet<>();
		Arrays.stream(NeglectType.values()).forEach(type -> known.add(type.name().toLowerCase(Locale.ROOT)));

		for (Map<String, Object> item : items()) {
			String id = (String) item.get("id");
			assertThat((String) item.get("title")).as("title of " + id).isNotBlank();
			assertThat((String) item.get("guidance")).as("guidance of " + id).hasSizeGreaterThan(80);
			assertThat(list(item.get("prompts"))).as("prompts of " + id).hasSizeBetween(2, 4);
			assertThat(list(item.get("neglectTypes"))).as("neglect types of " + id).isNotEmpty().allMatch(known::contains);
			if (item.containsKey("ageBands")) {
				assertThat(list(item.get("ageBands"))).as("age bands of " + id).isNotEmpty().allMatch(BANDS::contains);
			}
		}
	}

	@Test
	void only_home_conditions_is_about_the_household_and_carries_the_picture_scale() {
		for (Map<String, Object> item : items()) {
			boolean homeConditions = "home-conditions".equals(item.get("id"));
			assertThat(item.get("scale")).as("scale of " + item.get("id")).isEqualTo(homeConditions ? "home-conditions" : null);
			assertThat(item.get("household")).as("household of " + item.get("id")).isEqualTo(homeConditions ? true : null);
		}
	}

	@Test
	void every_grade_reads_as_a_real_descriptor_for_every_band_an_item_applies_to() {
		List<String> gaps = new ArrayList<>();
		for (Map<String, Object> item : items()) {
			Map<Object, Object> descriptors = map(item.get("descriptors"));
			List<String> bands = appliesTo(item);
			for (Object blockBand : descriptors.keySet()) {
				if (!"all".equals(blockBand) && !bands.contains(blockBand)) {
					gaps.add(item.get("id") + " has descriptors for " + blockBand + ", a band it does not apply to");
				}
			}
			for (String band : bands) {
				Object block = descriptors.containsKey(band) ? descriptors.get(band) : descriptors.get("all");
				for (int grade = 1; grade <= 5; grade++) {
					Object text = block == null ? null : map(block).get(grade);
					if (!(text instanceof String words) || words.strip().length() < SHORTEST_DESCRIPTOR) {
						gaps.add(item.get("id") + " / " + band + " / grade " + grade + ": " + text);
					}
				}
				if (block != null) {
					assertThat(map(block).keySet()).as("grades of %s for %s", item.get("id"), band)
						.containsExactlyInAnyOrder(1, 2, 3, 4, 5);
				}
			}
		}

		assertThat(gaps).isEmpty();
	}

	@Test
	void every_band_has_a_sensible_set_of_items() {
		for (String band : BANDS) {
			long count = items().stream().filter(item -> appliesTo(item).contains(band)).count();
			assertThat(count).as("items for " + band).isGreaterThanOrEqualTo(8);
		}
		assertThat(items().stream().filter(item -> "online-safety".equals(item.get("id"))).findFirst().map(this::appliesTo))
			.as("online safety is not graded before school age")
			.hasValue(List.of("5-10", "11-17"));
	}

	@Test
	void no_wording_is_taken_from_a_licensed_tool() {
		List<String> texts = new ArrayList<>();
		collectStrings(tool, texts);

		assertThat(texts).isNotEmpty().noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("graded care profile"));
	}

	List<String> appliesTo(Map<String, Object> item) {
		return item.containsKey("ageBands") ? list(item.get("ageBands")) : BANDS;
	}

	static List<Map<String, Object>> areas() {
		return list(tool.get("areas"));
	}

	static List<Map<String, Object>> items() {
		List<Map<String, Object>> items = new ArrayList<>();
		areas().forEach(area -> items.addAll(list(area.get("items"))));
		return items;
	}

	static void collectStrings(Object node, List<String> into) {
		if (node instanceof String text) {
			into.add(text);
		}
		else if (node instanceof Map<?, ?> map) {
			map.values().forEach(value -> collectStrings(value, into));
		}
		else if (node instanceof List<?> list) {
			list.forEach(value -> collectStrings(value, into));
		}
	}

	@SuppressWarnings("unchecked")
	static <T> List<T> list(Object node) {
		assertThat(node).isInstanceOf(List.class);
		return (List<T>) node;
	}

	@SuppressWarnings("unchecked")
	static Map<Object, Object> map(Object node) {
		assertThat(node).isInstanceOf(Map.class);
		return (Map<Object, Object>) node;
	}
}
