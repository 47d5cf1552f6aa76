package org.seen.assessment.internal.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.seen.assessment.AgeBand;
import org.seen.assessment.NeglectType;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolItem;

/** The tool definition format: what a valid file gives, and every rule a file can break. */
class ToolDefinitionReaderTest {

	private final ToolDefinitionReader reader = new ToolDefinitionReader();

	static String resource(String name) {
		try (InputStream in = ToolDefinitionReaderTest.class.getResourceAsStream("/tools-test/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static final String OPEN = resource("open-tool-v1.yaml");

	private List<String> problems(String yaml) {
		ToolDefinition definition = reader.read("test.yaml", yaml);
		assertThat(definition.tool()).as("a file with problems gives no tool").isNull();
		return definition.problems().stream().map(ToolDefinitionProblem::describe).toList();
	}

	private static String replace(String yaml, String from, String to) {
		assertThat(yaml).contains(from);
		return yaml.replace(from, to);
	}

	@Test
	void a_valid_file_gives_the_tool_with_its_bands_areas_and_items() {
		ToolDefinition definition = reader.read("open-tool-v1.yaml", OPEN);
		assertThat(definition.problems()).isEmpty();
		Tool tool = definition.tool();
		assertThat(tool.key()).isEqualTo("test-open-tool v1");
		assertThat(tool.title()).isEqualTo("Test Care Profile");
		assertThat(tool.licence()).startsWith("Written for Seen's tests");
		assertThat(tool.restricted()).isFalse();
		assertThat(tool.ageBands()).containsExactly(new AgeBand("pre-birth", "Pre-birth", true, 0, 0),
				new AgeBand("under-1", "Under 1", false, 0, 12), new AgeBand("1-17", "1 to 17 years", false, 12, 216));
		assertThat(tool.areas()).extracting(a -> a.id()).containsExactly("physical-care", "supervision");
		assertThat(tool.items()).extracting(ToolItem::id).containsExactly("feeding", "home-conditions", "left-alone");

		ToolItem feeding = tool.item("feeding").orElseThrow();
		assertThat(feeding.neglectTypes()).containsExactlyInAnyOrder(NeglectType.PHYSICAL, NeglectType.NUTRITIONAL);
		assertThat(feeding.prompts()).containsExactly("What did the child eat yesterday?", "Who makes the meals?");
		assertThat(feeding.ageBands()).isEmpty();
		assertThat(feeding.household()).isFalse();
		assertThat(feeding.scale()).isNull();

		ToolItem home = tool.item("home-conditions").orElseThrow();
		assertThat(home.household()).isTrue();
		assertThat(home.homeConditions()).isTrue();
		assertThat(home.prompts()).isEmpty();

		ToolItem alone = tool.item("left-alone").orElseThrow();
		AgeBand baby = tool.ageBands().get(1);
		AgeBand older = tool.ageBands().get(2);
		assertThat(alone.appliesTo(baby)).isFalse();
		assertThat(tool.itemsFor(baby)).extracting(ToolItem::id).containsExactly("feeding", "home-conditions");
		assertThat(alone.descriptor(4, older)).isEqualTo("Often left alone.");
		assertThat(tool.ageBandFor(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(older);
	}

	@Test
	void a_band_block_overrides_the_all_block_grade_by_grade() {
		Tool tool = reader.read("open-tool-v1.yaml", OPEN).tool();
		ToolItem feeding = tool.item("feeding").orElseThrow();
		AgeBand unborn = tool.ageBands().get(0);
		AgeBand baby = tool.ageBands().get(1);
		assertThat(feeding.descriptor(1, unborn)).isEqualTo("The mother eats well and attends antenatal care.");
		assertThat(feeding.descriptor(3, unborn)).as("from all").isEqualTo("Meals are often missed.");
		assertThat(feeding.descriptor(5, unborn)).isEqualTo("The mother's diet puts the unborn child at risk.");
		assertThat(feeding.descriptor(1, baby)).isEqualTo("Meals are regular and suit the child.");
		assertThat(feeding.descriptors().get("pre-birth")).hasSize(5);
	}

	@Test
	void a_restricted_tool_is_read_as_restricted() {
		Tool tool = reader.read("restricted-tool-v1.yaml", resource("restricted-tool-v1.yaml")).tool();
		assertThat(tool.restricted()).isTrue();
		assertThat(tool.items()).hasSize(1);
	}

	@Test
	void a_tool_file_with_a_missing_descriptor_names_the_file_line_and_field() {
		assertThat(reader.read("missing-descriptor.yaml", resource("missing-descriptor.yaml")).problems())
			.extracting(ToolDefinitionProblem::describe)
			.containsExactly("missing-descriptor.yaml line 32: areas[0].items[0].descriptors.all.3 is missing");
	}

	@Test
	void a_file_with_several_problems_lists_them_all_in_the_order_of_the_file() {
		List<ToolDefinitionProblem> problems = reader.read("several-problems.yaml", resource("several-problems.yaml"))
			.problems();
		assertThat(problems).extracting(ToolDefinitionProblem::describe)
			.containsExactly(
					"several-problems.yaml line 1: tool is Several_Problems: an id must be lower-case letters, digits and single hyphens, at most 64 characters, like physical-care",
					"several-problems.yaml line 2: version must be a whole number from 1 up",
					"several-problems.yaml line 5: restricted must be true or false",
					"several-problems.yaml line 13: ageBands[1].fromMonths is 14 but ageBands[0] ends at 12 months: bands run youngest first, each starting where the one before ends",
					"several-problems.yaml line 16: areas[0].items is missing",
					"several-problems.yaml line 19: areas[0].itmes is not a known field; the fields here are id, title, summary, items",
					"several-problems.yaml line 20: areas[1].id is care, which another area already uses (line 16): ids must be unique",
					"several-problems.yaml line 26: areas[1].items[0].neglectTypes[1] is spiritual, which is not a type of neglect; the types are physical, emotional, supervisory, nutritional, medical, educational",
					"several-problems.yaml line 29: areas[1].items[0].scale is ruler, which is not a known scale; the only scale is home-conditions",
					"several-problems.yaml line 34: areas[1].items[0].descriptors.all.3 is empty",
					"several-problems.yaml line 37: areas[1].items[0].descriptors.teenage names no age band of the tool: use all or one of under-1, 1-4");
		assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("several-problems.yaml"));
	}

	@Test
	void every_required_field_must_be_present() {
		assertThat(problems(replace(OPEN, "licence: Written for Seen's tests; free to use.\n", "")))
			.containsExactly("test.yaml line 2: licence is missing");
		assertThat(problems(replace(OPEN, "restricted: false\n", ""))).containsExactly("test.yaml line 2: restricted is missing");
		assertThat(problems(replace(OPEN, "        guidance: Look at the rooms the child uses.\n", "")))
			.containsExactly("test.yaml line 41: areas[0].items[1].guidance is missing");
		assertThat(problems(replace(OPEN, "    summary: Whether the child is kept safe.\n", "")))
			.containsExactly("test.yaml line 55: areas[1].summary is missing");
		assertThat(problems(replace(OPEN, "    label: Under 1\n", ""))).containsExactly("test.yaml line 11: ageBands[1].label is missing");
		assertThat(problems("tool: x\n")).contains("test.yaml line 1: version is missing", "test.yaml line 1: areas is missing",
				"test.yaml line 1: ageBands is missing", "test.yaml line 1: title is missing");
	}

	@Test
	void fields_must_have_the_right_type() {
		assertThat(problems(replace(OPEN, "version: 1", "version: one"))).containsExactly("test.yaml line 3: version must be a whole number");
		assertThat(problems(replace(OPEN, "version: 1", "version: 1.5"))).containsExactly("test.yaml line 3: version must be a whole number");
		assertThat(problems(replace(OPEN, "title: Test Care Profile", "title: [a, b]")))
			.containsExactly("test.yaml line 4: title must be text, not a list");
		assertThat(problems(replace(OPEN, "title: Test Care Profile", "title:"))).containsExactly("test.yaml line 4: title is empty");
		assertThat(problems(replace(OPEN, "        household: true", "        household: yes")))
			.containsExactly("test.yaml line 44: areas[0].items[1].household must be true or false");
		assertThat(problems(replace(OPEN, "        prompts: []", "        prompts: none")))
			.containsExactly("test.yaml line 47: areas[0].items[1].prompts must be a list");
		assertThat(problems(replace(OPEN, "    toMonths: 12\n", "    toMonths: twelve\n")))
			.containsExactly("test.yaml line 14: ageBands[1].toMonths must be a whole number");
		assertThat(problems("- just\n- a list\n")).containsExactly(
				"test.yaml line 1: The file must be a set of fields (name: value), like tool, version, title, licence, restricted, ageBands, areas");
	}

	@Test
	void ids_must_be_well_formed_and_unique() {
		assertThat(problems(replace(OPEN, "- id: left-alone", "- id: Left Alone"))).containsExactly(
				"test.yaml line 59: areas[1].items[0].id is Left Alone: an id must be lower-case letters, digits and single hyphens, at most 64 characters, like physical-care");
		assertThat(problems(replace(OPEN, "- id: left-alone", "- id: feeding")))
			.containsExactly("test.yaml line 59: areas[1].items[0].id is feeding, which another item already uses (line 24): ids must be unique");
		assertThat(problems(replace(OPEN, "- id: supervision", "- id: physical-care"))).containsExactly(
				"test.yaml line 55: areas[1].id is physical-care, which another area already uses (line 20): ids must be unique");
		assertThat(problems(replace(OPEN, "  - id: 1-17\n    label: 1 to 17 years\n    fromMonths: 12",
				"  - id: under-1\n    label: 1 to 17 years\n    fromMonths: 12")))
			.contains("test.yaml line 15: ageBands[2].id is under-1, which another band already uses (line 11): ids must be unique");
		assertThat(problems(replace(OPEN, "tool: test-open-tool", "tool: test--tool"))).hasSize(1);
		assertThat(problems(replace(OPEN, "tool: test-open-tool", "tool: " + "a".repeat(65)))).hasSize(1);
	}

	@Test
	void all_is_not_a_band_id() {
		assertThat(problems(replace(OPEN, "  - id: 1-17\n", "  - id: all\n")))
			.contains("test.yaml line 15: ageBands[2].id cannot be all: that word is kept for descriptors that apply to every band");
	}

	@Test
	void bands_run_youngest_first_without_gaps_or_overlaps() {
		assertThat(problems(replace(OPEN, "    fromMonths: 12\n    toMonths: 216", "    fromMonths: 6\n    toMonths: 216")))
			.containsExactly(
					"test.yaml line 17: ageBands[2].fromMonths is 6 but ageBands[1] ends at 12 months: bands run youngest first, each starting where the one before ends");
		assertThat(problems(replace(OPEN, "    fromMonths: 12\n    toMonths: 216", "    fromMonths: 12\n    toMonths: 12")))
			.containsExactly(
					"test.yaml line 18: ageBands[2].toMonths must be more than fromMonths (12): the band runs from fromMonths up to, not including, toMonths");
		assertThat(problems(replace(OPEN, "    fromMonths: 0\n", "    fromMonths: -3\n")))
			.containsExactly("test.yaml line 13: ageBands[1].fromMonths must not be negative");
	}

	@Test
	void only_one_band_is_unborn_and_it_comes_first() {
		String second = replace(OPEN, "    label: Under 1\n    fromMonths: 0\n    toMonths: 12",
				"    label: Under 1\n    unborn: true");
		assertThat(problems(second)).contains("test.yaml line 13: ageBands[1].unborn is true for a second band: only one band may be unborn");
		String late = replace(replace(OPEN, "    label: Pre-birth\n    unborn: true",
				"    label: Pre-birth\n    fromMonths: 0\n    toMonths: 1"), "    label: Under 1\n    fromMonths: 0\n    toMonths: 12",
				"    label: Under 1\n    unborn: true");
		assertThat(problems(late)).contains(
				"test.yaml line 14: ageBands[1].unborn is true for a band that is not first: bands run youngest first, so the unborn band comes first");
		assertThat(problems(replace(OPEN, "    unborn: true", "    unborn: true\n    fromMonths: 0")))
			.containsExactly("test.yaml line 11: ageBands[0].fromMonths must not be given for the unborn band");
	}

	@Test
	void item_age_bands_and_descriptor_keys_name_known_bands() {
		assertThat(problems(replace(OPEN, "ageBands: [1-17]", "ageBands: [1-17, 18-25]"))).containsExactly(
				"test.yaml line 62: areas[1].items[0].ageBands[1] is 18-25, which is not one of the tool's age bands (pre-birth, under-1, 1-17)");
		assertThat(problems(replace(OPEN, "ageBands: [1-17]", "ageBands: []")))
			.containsExactly("test.yaml line 62: areas[1].items[0].ageBands is empty: leave it out for an item that applies to every band");
		assertThat(problems(replace(OPEN, "ageBands: [1-17]", "ageBands: [1-17, 1-17]")))
			.containsExactly("test.yaml line 62: areas[1].items[0].ageBands[1] repeats 1-17");
		assertThat(problems(replace(OPEN, "          pre-birth:\n", "          pre-natal:\n"))).containsExactly(
				"test.yaml line 38: areas[0].items[0].descriptors.pre-natal names no age band of the tool: use all or one of pre-birth, under-1, 1-17");
		assertThat(problems(replace(OPEN, "ageBands: [1-17]", "ageBands: [under-1]"))).contains(
				"test.yaml line 67: areas[1].items[0].descriptors.1-17 is for a band the item does not apply to: add 1-17 to the item's ageBands or remove these descriptors",
				"test.yaml line 66: areas[1].items[0].descriptors.under-1 is missing: give grades 1 to 5 for this band, or for all bands under all");
	}

	@Test
	void every_band_an_item_applies_to_has_all_five_grades() {
		assertThat(problems(replace(OPEN, "            3: Sometimes left for too long.\n", "")))
			.containsExactly("test.yaml line 67: areas[1].items[0].descriptors.1-17.3 is missing (and there is no all block to fall back on)");
		assertThat(problems(replace(OPEN, "            5: The home harms the child.\n", "")))
			.containsExactly("test.yaml line 49: areas[0].items[1].descriptors.all.5 is missing");
	}

	@Test
	void a_grade_outside_1_to_5_is_an_error() {
		assertThat(problems(replace(OPEN, "            5: The home harms the child.\n",
				"            5: The home harms the child.\n            6: Worse still.\n")))
			.containsExactly("test.yaml line 55: areas[0].items[1].descriptors.all.6 is not a grade: the grades are 1 to 5");
	}

	@Test
	void unknown_keys_are_errors_to_catch_typos() {
		assertThat(problems(replace(OPEN, "title: Test Care Profile", "title: Test Care Profile\ntitel: Typo")))
			.containsExactly(
					"test.yaml line 5: titel is not a known field; the fields of a tool are tool, version, title, licence, restricted, ageBands, areas");
		assertThat(problems(replace(OPEN, "        household: true", "        houshold: true"))).containsExactly(
				"test.yaml line 44: areas[0].items[1].houshold is not a known field; the fields here are id, title, neglectTypes, ageBands, household, scale, guidance, prompts, descriptors");
	}

	@Test
	void a_repeated_field_is_an_error() {
		assertThat(problems(replace(OPEN, "title: Test Care Profile", "title: Test Care Profile\ntitle: Again")))
			.containsExactly("test.yaml line 5: title appears twice");
	}

	@Test
	void unknown_neglect_types_and_scales_are_errors() {
		assertThat(problems(replace(OPEN, "neglectTypes: [supervisory]", "neglectTypes: [Supervisory]"))).hasSize(1);
		assertThat(problems(replace(OPEN, "neglectTypes: [supervisory]", "neglectTypes: []")))
			.containsExactly("test.yaml line 61: areas[1].items[0].neglectTypes is empty: name at least one of physical, emotional, supervisory, nutritional, medical, educational");
		assertThat(problems(replace(OPEN, "scale: home-conditions", "scale: photographs")))
			.containsExactly("test.yaml line 45: areas[0].items[1].scale is photographs, which is not a known scale; the only scale is home-conditions");
	}

	@Test
	void a_tool_needs_an_area_and_every_area_an_item() {
		String noAreas = OPEN.substring(0, OPEN.indexOf("areas:")) + "areas: []\n";
		assertThat(problems(noAreas)).containsExactly("test.yaml line 19: areas is empty: a tool needs at least one area");
		String noItems = OPEN.substring(0, OPEN.indexOf("  - id: supervision")) + """
				  - id: supervision
				    title: Supervision
				    summary: Whether the child is kept safe.
				    items: []
				""";
		assertThat(problems(noItems)).containsExactly("test.yaml line 58: areas[1].items is empty: an area needs at least one item");
	}

	@Test
	void yaml_that_does_not_parse_is_placed_on_its_line() {
		assertThat(problems(replace(OPEN, "    title: Supervision", "    title: [Supervision")))
			.singleElement()
			.asString()
			.startsWith("test.yaml line ")
			.contains("The file is not valid YAML");
		assertThat(problems("")).containsExactly("test.yaml line 1: The file is empty: it must define a tool");
		assertThat(problems("tool: a\n---\ntool: b\n")).singleElement().asString().contains("not valid YAML");
	}

	@Test
	void tags_that_would_build_objects_are_refused() {
		assertThat(problems(replace(OPEN, "title: Test Care Profile", "title: !!javax.script.ScriptEngineManager [x]")))
			.containsExactly("test.yaml line 4: The file is not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
		assertThat(problems(replace(OPEN, "title: Test Care Profile", "title: !custom Profile")))
			.contains("test.yaml line 4: title has the YAML tag !custom: tags are not allowed");
	}

	@Test
	void aliases_are_limited_so_a_small_file_cannot_expand_without_end() {
		StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
		for (char c = 'b'; c <= 'k'; c++) {
			char before = (char) (c - 1);
			laughs.append(c).append(": &").append(c).append(" [");
			laughs.append(String.join(", ", java.util.Collections.nCopies(9, "*" + before)));
			laughs.append("]\n");
		}
		assertThat(problems(laughs.toString())).singleElement().asString().contains("not valid YAML");
	}

	@Test
	void a_file_too_large_is_refused_before_it_is_parsed() {
		assertThat(problems("title: " + "x".repeat(ToolDefinitionReader.MAX_CHARACTERS)))
			.containsExactly("test.yaml line 1: The file is larger than 1,000,000 characters; a tool definition is far smaller");
	}

	@Test
	void line_endings_and_a_byte_order_mark_do_not_change_the_text() {
		ToolDefinition windows = reader.read("w.yaml", "\uFEFF" + OPEN.replace("\n", "\r\n"));
		assertThat(windows.valid()).isTrue();
		assertThat(windows.text()).isEqualTo(OPEN);
	}

	@Test
	void the_tool_is_immutable() {
		Tool tool = reader.read("open-tool-v1.yaml", OPEN).tool();
		assertThat(tool.areas()).isUnmodifiable();
		assertThat(tool.items().get(0).descriptors()).isUnmodifiable();
		assertThat(Set.copyOf(tool.items().get(0).neglectTypes())).hasSize(2);
	}
}
