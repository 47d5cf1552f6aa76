package org.seen.assessment.internal.tools;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.seen.assessment.AgeBand;
import org.seen.assessment.Grade;
import org.seen.assessment.NeglectType;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolArea;
import org.seen.assessment.ToolItem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a tool definition (the YAML format in docs/assessment-tools.md) and checks every rule,
 * collecting all the problems rather than stopping at the first, each with its line and the path
 * of the field. It reads YAML as a tree of nodes and never builds objects from it, so a file
 * cannot make Seen create arbitrary types; explicit tags are refused, aliases and size limited.
 */
final class ToolDefinitionReader {

	/** Ids of tools, bands, areas and items: lower-case letters and digits, joined by single hyphens. */
	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_ID_LENGTH = 64;

	/** Larger than any real tool (a full one is tens of kilobytes), small enough to parse safely. */
	static final int MAX_CHARACTERS = 1_000_000;

	static final int MAX_ALIASES = 50;

	private static final int MAX_DEPTH = 12;

	private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT, Tag.TIMESTAMP,
			Tag.MAP, Tag.SEQ);

	private static final List<String> TOOL_FIELDS = List.of("tool", "version", "title", "licence", "restricted",
			"ageBands", "areas");

	private static final List<String> BAND_FIELDS = List.of("id", "label", "unborn", "fromMonths", "toMonths");

	private static final List<String> AREA_FIELDS = List.of("id", "title", "summary", "items");

	private static final List<String> ITEM_FIELDS = List.of("id", "title", "neglectTypes", "ageBands", "household",
			"scale", "guidance", "prompts", "descriptors");

	private static final Set<String> SCALES = Set.of(ToolItem.HOME_CONDITIONS);

	ToolDefinition read(String fileName, String text) {
		Reading reading = new Reading(fileName);
		String normalised = normalise(text);
		Tool tool = null;
		if (normalised.length() > MAX_CHARACTERS) {
			reading.problem(1, "", String.format(Locale.UK, "The file is larger than %,d characters; a tool definition is far smaller", MAX_CHARACTERS));
		}
		else {
			Node root = compose(normalised, reading);
			if (root != null) {
				reading.checkTags(root, "", 0, Collections.newSetFromMap(new IdentityHashMap<>()));
				tool = reading.tool(root);
			}
		}
		// in the order of the file, as the person putting it right will read it (the sort keeps ties in order found)
		List<ToolDefinitionProblem> problems = reading.problems.stream()
			.sorted(java.util.Comparator.comparingInt(ToolDefinitionProblem::line))
			.toList();
		return problems.isEmpty() ? new ToolDefinition(fileName, normalised, tool, List.of())
				: new ToolDefinition(fileName, normalised, null, problems);
	}

	/** Line endings and a byte-order mark do not make a different version of a tool. */
	static String normalise(String text) {
		String plain = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
		return plain.startsWith("\uFEFF") ? plain.substring(1) : plain;
	}

	private static Node compose(String text, Reading reading) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(MAX_DEPTH * 2);
		options.setCodePointLimit(MAX_CHARACTERS + 1);
		options.setMergeOnCompose(false);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		try {
			Node root = yaml.compose(new StringReader(text));
			if (root == null) {
				reading.problem(1, "", "The file is empty: it must define a tool");
			}
			return root;
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			reading.problem(line, "", "The file is not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			reading.problem(1, "", "The file is not valid YAML: " + ex.getMessage());
		}
		return null;
	}

	/** One file being read: where the problems collect. */
	private static final class Reading {

		private final String file;

		private final List<ToolDefinitionProblem> problems = new ArrayList<>();

		Reading(String file) {
			this.file = file;
		}

		void problem(int line, String path, String message) {
			problems.add(new ToolDefinitionProblem(file, line, path, message));
		}

		void problem(Node node, String path, String message) {
			problem(line(node), path, message);
		}

		static int line(Node node) {
			return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
		}

		void checkTags(Node node, String path, int depth, Set<Node> above) {
			if (depth > MAX_DEPTH || !above.add(node)) {
				problem(node, path, depth > MAX_DEPTH ? "is nested too deeply" : "refers to itself through an alias");
				return;
			}
			if (!PLAIN_TAGS.contains(node.getTag())) {
				problem(node, path, "has the YAML tag " + node.getTag().getValue() + ": tags are not allowed");
			}
			if (node instanceof MappingNode mapping) {
				for (NodeTuple tuple : mapping.getValue()) {
					String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
					checkTags(tuple.getValueNode(), join(path, key), depth + 1, above);
				}
			}
			else if (node instanceof SequenceNode sequence) {
				for (int i = 0; i < sequence.getValue().size(); i++) {
					checkTags(sequence.getValue().get(i), path + "[" + i + "]", depth + 1, above);
				}
			}
			above.remove(node);
		}

		Tool tool(Node root) {
			Fields fields = fields(root, "", TOOL_FIELDS);
			if (fields == null) {
				return null;
			}
			String id = id(fields, "tool");
			Integer version = fields.integer("version");
			if (version != null && version < 1) {
				problem(fields.node("version"), "version", "must be a whole number from 1 up");
			}
			String title = fields.text("title");
			String licence = fields.text("licence");
			Boolean restricted = fields.bool("restricted", true);
			List<AgeBand> bands = ageBands(fields);
			List<ToolArea> areas = areas(fields, bands);
			if (!problems.isEmpty()) {
				return null;
			}
			return new Tool(id, version, title, licence, restricted, List.copyOf(bands), List.copyOf(areas));
		}

		private List<AgeBand> ageBands(Fields tool) {
			List<AgeBand> bands = new ArrayList<>();
			List<Node> nodes = tool.list("ageBands", true);
			if (nodes == null) {
				return bands;
			}
			if (nodes.isEmpty()) {
				problem(tool.node("ageBands"), "ageBands", "is empty: a tool needs at least one age band");
			}
			Map<String, Integer> ids = new LinkedHashMap<>();
			AgeBand previous = null;
			String previousPath = null;
			for (int i = 0; i < nodes.size(); i++) {
				String path = "ageBands[" + i + "]";
				Fields fields = fields(nodes.get(i), path, BAND_FIELDS);
				if (fields == null) {
					continue;
				}
				String id = id(fields, "id");
				if (ToolItem.ALL_BANDS.equals(id)) {
					problem(fields.node("id"), path + ".id",
							"cannot be all: that word is kept for descriptors that apply to every band");
				}
				unique(id, fields.node("id"), path + ".id", ids, "band");
				String label = fields.text("label");
				boolean unborn = Boolean.TRUE.equals(fields.bool("unborn", false));
				Integer from = null;
				Integer to = null;
				if (unborn) {
					for (String months : List.of("fromMonths", "toMonths")) {
						if (fields.has(months)) {
							problem(fields.node(months), path + "." + months, "must not be given for the unborn band");
						}
					}
					if (bands.stream().anyMatch(AgeBand::unborn)) {
						problem(fields.node("unborn"), path + ".unborn", "is true for a second band: only one band may be unborn");
					}
					else if (!bands.isEmpty()) {
						problem(fields.node("unborn"), path + ".unborn",
								"is true for a band that is not first: bands run youngest first, so the unborn band comes first");
					}
				}
				else {
					from = fields.integer("fromMonths");
					to = fields.integer("toMonths");
					if (from != null && from < 0) {
						problem(fields.node("fromMonths"), path + ".fromMonths", "must not be negative");
					}
					if (from != null && to != null && from >= to) {
						problem(fields.node("toMonths"), path + ".toMonths",
								"must be more than fromMonths (" + from + "): the band runs from fromMonths up to, not including, toMonths");
					}
					if (from != null && previous != null && !previous.unborn() && from != previous.toMonths()) {
						problem(fields.node("fromMonths"), path + ".fromMonths", "is " + from + " but " + previousPath
								+ " ends at " + previous.toMonths()
								+ " months: bands run youngest first, each starting where the one before ends");
					}
				}
				if (id != null && label != null && (unborn || from != null && to != null)) {
					previous = new AgeBand(id, label, unborn, unborn ? 0 : from, unborn ? 0 : to);
					previousPath = path;
					bands.add(previous);
				}
				else {
					// a band that could not be read breaks the chain; don't compare the next one with the one before
					previous = null;
				}
			}
			return bands;
		}

		private List<ToolArea> areas(Fields tool, List<AgeBand> bands) {
			List<ToolArea> areas = new ArrayList<>();
			List<Node> nodes = tool.list("areas", true);
			if (nodes == null) {
				return areas;
			}
			if (nodes.isEmpty()) {
				problem(tool.node("areas"), "areas", "is empty: a tool needs at least one area");
			}
			Map<String, Integer> areaIds = new LinkedHashMap<>();
			Map<String, Integer> itemIds = new LinkedHashMap<>();
			for (int i = 0; i < nodes.size(); i++) {
				String path = "areas[" + i + "]";
				Fields fields = fields(nodes.get(i), path, AREA_FIELDS);
				if (fields == null) {
					continue;
				}
				String id = id(fields, "id");
				unique(id, fields.node("id"), path + ".id", areaIds, "area");
				String title = fields.text("title");
				String summary = fields.text("summary");
				List<ToolItem> items = new ArrayList<>();
				List<Node> itemNodes = fields.list("items", true);
				if (itemNodes != null && itemNodes.isEmpty()) {
					problem(fields.node("items"), path + ".items", "is empty: an area needs at least one item");
				}
				if (itemNodes != null) {
					for (int j = 0; j < itemNodes.size(); j++) {
						ToolItem item = item(itemNodes.get(j), path + ".items[" + j + "]", bands, itemIds);
						if (item != null) {
							items.add(item);
						}
					}
				}
				if (id != null && title != null && summary != null) {
					areas.add(new ToolArea(id, title, summary, List.copyOf(items)));
				}
			}
			return areas;
		}

		private ToolItem item(Node node, String path, List<AgeBand> bands, Map<String, Integer> itemIds) {
			Fields fields = fields(node, path, ITEM_FIELDS);
			if (fields == null) {
				return null;
			}
			String id = id(fields, "id");
			unique(id, fields.node("id"), path + ".id", itemIds, "item");
			String title = fields.text("title");
			Set<NeglectType> neglectTypes = neglectTypes(fields, path);
			List<String> itemBands = itemBands(fields, path, bands);
			Boolean household = fields.bool("household", false);
			String scale = null;
			if (fields.has("scale")) {
				scale = fields.text("scale");
				if (scale != null && !SCALES.contains(scale)) {
					problem(fields.node("scale"), path + ".scale",
							"is " + scale + ", which is not a known scale; the only scale is " + ToolItem.HOME_CONDITIONS);
				}
			}
			String guidance = fields.text("guidance");
			List<String> prompts = texts(fields, "prompts", path);
			// with unreadable ageBands, which bands need descriptors can't be known: only the grades are checked
			List<AgeBand> applies = itemBands == null ? null : itemBands.isEmpty() ? bands
					: bands.stream().filter(band -> itemBands.contains(band.id())).toList();
			Map<String, List<String>> descriptors = descriptors(fields, path, bands, applies);
			if (id == null || title == null || neglectTypes == null || itemBands == null || household == null
					|| guidance == null || prompts == null || descriptors == null) {
				return null;
			}
			return new ToolItem(id, title, guidance, prompts, neglectTypes, itemBands, household, scale, descriptors);
		}

		private Set<NeglectType> neglectTypes(Fields fields, String path) {
			List<Node> nodes = fields.list("neglectTypes", true);
			if (nodes == null) {
				return null;
			}
			if (nodes.isEmpty()) {
				problem(fields.node("neglectTypes"), path + ".neglectTypes",
						"is empty: name at least one of " + neglectTypeNames());
				return null;
			}
			Set<NeglectType> types = EnumSet.noneOf(NeglectType.class);
			boolean ok = true;
			for (int i = 0; i < nodes.size(); i++) {
				String itemPath = path + ".neglectTypes[" + i + "]";
				String name = scalar(nodes.get(i), itemPath);
				NeglectType type = name == null ? null : neglectType(name);
				if (name != null && type == null) {
					problem(nodes.get(i), itemPath, "is " + name + ", which is not a type of neglect; the types are "
							+ neglectTypeNames());
				}
				else if (type != null && !types.add(type)) {
					problem(nodes.get(i), itemPath, "repeats " + name);
				}
				ok &= type != null;
			}
			return ok ? Collections.unmodifiableSet(types) : null;
		}

		private static NeglectType neglectType(String name) {
			for (NeglectType type : NeglectType.values()) {
				if (type.name().toLowerCase(Locale.ROOT).equals(name)) {
					return type;
				}
			}
			return null;
		}

		private static String neglectTypeNames() {
			return String.join(", ", java.util.Arrays.stream(NeglectType.values())
				.map(t -> t.name().toLowerCase(Locale.ROOT))
				.toList());
		}

		/** The bands an item names, or an empty list when it names none (it then applies to all). */
		private List<String> itemBands(Fields fields, String path, List<AgeBand> bands) {
			if (!fields.has("ageBands")) {
				return List.of();
			}
			List<Node> nodes = fields.list("ageBands", false);
			if (nodes == null) {
				return null;
			}
			if (nodes.isEmpty()) {
				problem(fields.node("ageBands"), path + ".ageBands",
						"is empty: leave it out for an item that applies to every band");
				return null;
			}
			Set<String> known = bandIds(bands);
			List<String> ids = new ArrayList<>();
			boolean ok = true;
			for (int i = 0; i < nodes.size(); i++) {
				String bandPath = path + ".ageBands[" + i + "]";
				String id = scalar(nodes.get(i), bandPath);
				if (id != null && !known.contains(id)) {
					problem(nodes.get(i), bandPath, "is " + id + ", which is not one of the tool's age bands ("
							+ String.join(", ", known) + ")");
					ok = false;
				}
				else if (id != null && ids.contains(id)) {
					problem(nodes.get(i), bandPath, "repeats " + id);
					ok = false;
				}
				else if (id != null) {
					ids.add(id);
				}
				else {
					ok = false;
				}
			}
			return ok ? List.copyOf(ids) : null;
		}

		/**
		 * The five descriptors for {@code all} when it is complete, and for every band with its own
		 * block (filled from {@code all} where the band leaves a grade out), so that
		 * {@link ToolItem#descriptor} finds a whole set for every band the item applies to.
		 */
		private Map<String, List<String>> descriptors(Fields item, String path, List<AgeBand> bands,
				List<AgeBand> applies) {
			String descriptorsPath = path + ".descriptors";
			Fields descriptors = item.mapping("descriptors", descriptorsPath);
			if (descriptors == null) {
				return null;
			}
			int before = problems.size();
			Set<String> known = bandIds(bands);
			Map<String, Map<Integer, String>> blocks = new LinkedHashMap<>();
			Map<String, Node> blockNodes = new LinkedHashMap<>();
			for (Map.Entry<String, NodeTuple> entry : descriptors.entries().entrySet()) {
				String key = entry.getKey();
				Node value = entry.getValue().getValueNode();
				String blockPath = descriptorsPath + "." + key;
				if (!ToolItem.ALL_BANDS.equals(key) && !known.contains(key)) {
					problem(entry.getValue().getKeyNode(), blockPath, "names no age band of the tool: use all or one of "
							+ String.join(", ", known));
					continue;
				}
				if (!ToolItem.ALL_BANDS.equals(key) && applies != null && applies.stream().noneMatch(b -> b.id().equals(key))) {
					problem(entry.getValue().getKeyNode(), blockPath,
							"is for a band the item does not apply to: add " + key + " to the item's ageBands or remove these descriptors");
					continue;
				}
				Map<Integer, String> grades = grades(value, blockPath);
				if (grades != null) {
					blocks.put(key, grades);
					blockNodes.put(key, entry.getValue().getKeyNode());
				}
			}
			Map<Integer, String> all = blocks.get(ToolItem.ALL_BANDS);
			if (applies == null || all == null && descriptors.has(ToolItem.ALL_BANDS)) {
				// the all block is there but unreadable, already said; what falls back on it can't be judged
				return null;
			}
			for (int grade = Grade.BEST; grade <= Grade.WORST; grade++) {
				List<String> lacking = new ArrayList<>();
				for (AgeBand band : applies) {
					Map<Integer, String> own = blocks.get(band.id());
					if (own != null && !own.containsKey(grade)) {
						lacking.add(band.id());
					}
				}
				if (all != null && !all.containsKey(grade) && (!lacking.isEmpty()
						|| applies.stream().anyMatch(band -> !blocks.containsKey(band.id())))) {
					problem(blockNodes.get(ToolItem.ALL_BANDS), descriptorsPath + ".all." + grade, "is missing");
				}
				else if (all == null) {
					for (String band : lacking) {
						problem(blockNodes.get(band), descriptorsPath + "." + band + "." + grade,
								"is missing (and there is no all block to fall back on)");
					}
				}
			}
			if (all == null) {
				for (AgeBand band : applies) {
					if (!blocks.containsKey(band.id()) && !descriptors.has(band.id())) {
						problem(item.keyNode("descriptors"), descriptorsPath + "." + band.id(),
								"is missing: give grades 1 to 5 for this band, or for all bands under all");
					}
				}
			}
			if (problems.size() > before) {
				return null;
			}
			Map<String, List<String>> result = new LinkedHashMap<>();
			if (all != null && all.size() == Grade.WORST) {
				result.put(ToolItem.ALL_BANDS, five(all, Map.of()));
			}
			blocks.forEach((band, own) -> {
				if (!ToolItem.ALL_BANDS.equals(band)) {
					result.put(band, five(own, all == null ? Map.of() : all));
				}
			});
			return Collections.unmodifiableMap(result);
		}

		private static List<String> five(Map<Integer, String> own, Map<Integer, String> fallback) {
			List<String> five = new ArrayList<>();
			for (int grade = Grade.BEST; grade <= Grade.WORST; grade++) {
				five.add(own.containsKey(grade) ? own.get(grade) : fallback.get(grade));
			}
			return List.copyOf(five);
		}

		private Map<Integer, String> grades(Node node, String path) {
			if (!(node instanceof MappingNode mapping)) {
				problem(node, path, "must be the grades 1 to 5, each with its descriptor");
				return null;
			}
			Map<Integer, String> grades = new LinkedHashMap<>();
			Set<String> seen = new LinkedHashSet<>();
			for (NodeTuple tuple : mapping.getValue()) {
				String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
				String gradePath = path + "." + (key == null ? "?" : key);
				if (key == null || !key.matches("[1-5]")) {
					problem(tuple.getKeyNode(), gradePath, "is not a grade: the grades are 1 to 5");
					continue;
				}
				if (!seen.add(key)) {
					problem(tuple.getKeyNode(), gradePath, "appears twice");
					continue;
				}
				// an empty descriptor is reported as empty, not again as missing
				grades.put(Integer.parseInt(key), scalar(tuple.getValueNode(), gradePath));
			}
			return grades;
		}

		private List<String> texts(Fields fields, String name, String path) {
			List<Node> nodes = fields.list(name, true);
			if (nodes == null) {
				return null;
			}
			List<String> texts = new ArrayList<>();
			boolean ok = true;
			for (int i = 0; i < nodes.size(); i++) {
				String text = scalar(nodes.get(i), join(path, name) + "[" + i + "]");
				ok &= text != null;
				if (text != null) {
					texts.add(text);
				}
			}
			return ok ? List.copyOf(texts) : null;
		}

		private static Set<String> bandIds(List<AgeBand> bands) {
			Set<String> ids = new LinkedHashSet<>();
			bands.forEach(band -> ids.add(band.id()));
			return ids;
		}

		private String id(Fields fields, String name) {
			String id = fields.text(name);
			if (id == null) {
				return null;
			}
			if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
				problem(fields.node(name), fields.path(name), "is " + id + ": an id must be lower-case letters, digits and "
						+ "single hyphens, at most " + MAX_ID_LENGTH + " characters, like physical-care");
				return null;
			}
			return id;
		}

		private void unique(String id, Node node, String path, Map<String, Integer> seen, String what) {
			if (id == null) {
				return;
			}
			Integer first = seen.putIfAbsent(id, line(node));
			if (first != null) {
				problem(node, path, "is " + id + ", which another " + what + " already uses (line " + first
						+ "): ids must be unique");
			}
		}

		/** A non-empty text value; a problem (and null) otherwise. */
		String scalar(Node node, String path) {
			if (!(node instanceof ScalarNode scalar)) {
				problem(node, path, "must be text, not a " + (node instanceof SequenceNode ? "list" : "set of fields"));
				return null;
			}
			if (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
				problem(node, path, "is empty");
				return null;
			}
			return scalar.getValue().strip();
		}

		/** The fields of a mapping, after checking its keys: unknown, repeated or non-text keys are problems. */
		Fields fields(Node node, String path, List<String> known) {
			if (!(node instanceof MappingNode mapping)) {
				String fieldNames = known == null ? "" : ", like " + String.join(", ", known);
				problem(node, path, (path.isEmpty() ? "The file must" : "must") + " be a set of fields (name: value)"
						+ fieldNames);
				return null;
			}
			Map<String, NodeTuple> entries = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
					problem(tuple.getKeyNode(), path, "has a field whose name is not text");
					continue;
				}
				String name = key.getValue();
				String fieldPath = join(path, name);
				if (known != null && !known.contains(name)) {
					problem(key, fieldPath, "is not a known field; the fields " + (path.isEmpty() ? "of a tool" : "here")
							+ " are " + String.join(", ", known));
				}
				else if (entries.containsKey(name)) {
					problem(key, fieldPath, "appears twice");
				}
				else {
					entries.put(name, tuple);
				}
			}
			return new Fields(this, mapping, path, entries);
		}
	}

	/** The checked fields of one mapping, with typed reads that record what is wrong. */
	private record Fields(Reading reading, MappingNode mapping, String path, Map<String, NodeTuple> entries) {

		boolean has(String name) {
			return entries.containsKey(name);
		}

		String path(String name) {
			return join(path, name);
		}

		/** The value's node, or the mapping's own when the field is missing (a missing field is placed there). */
		Node node(String name) {
			return has(name) ? entries.get(name).getValueNode() : mapping;
		}

		/** The field's name in the file, where a problem with the whole field is best placed. */
		Node keyNode(String name) {
			return has(name) ? entries.get(name).getKeyNode() : mapping;
		}

		private boolean present(String name) {
			if (!has(name)) {
				reading.problem(mapping, path(name), "is missing");
				return false;
			}
			return true;
		}

		String text(String name) {
			return present(name) ? reading.scalar(node(name), path(name)) : null;
		}

		Integer integer(String name) {
			if (!present(name)) {
				return null;
			}
			Node node = node(name);
			if (node instanceof ScalarNode scalar && scalar.getValue().strip().matches("-?[0-9]{1,9}")) {
				return Integer.parseInt(scalar.getValue().strip());
			}
			reading.problem(node, path(name), "must be a whole number");
			return null;
		}

		Boolean bool(String name, boolean required) {
			if (!has(name)) {
				return required && !present(name) ? null : Boolean.FALSE;
			}
			Node node = node(name);
			if (node instanceof ScalarNode scalar && scalar.getValue().strip().matches("(?i)true|false")) {
				return Boolean.parseBoolean(scalar.getValue().strip());
			}
			reading.problem(node, path(name), "must be true or false");
			return null;
		}

		List<Node> list(String name, boolean required) {
			if (required && !present(name)) {
				return null;
			}
			Node node = node(name);
			if (node instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			reading.problem(node, path(name), "must be a list");
			return null;
		}

		Fields mapping(String name, String fieldPath) {
			if (!present(name)) {
				return null;
			}
			return reading.fields(node(name), fieldPath, null);
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
