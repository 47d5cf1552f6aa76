package org.seen.assessment.internal.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.assessment.Tool;
import org.seen.assessment.Tools;
import org.seen.assessment.internal.tools.ToolVersions.Source;
import org.seen.assessment.internal.tools.ToolVersions.StoredVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of assessment tools. At start-up it reads every definition shipped in
 * {@code classpath:tools/}, refuses to start if any is invalid, and records each in the table of
 * versions, where uploaded versions join them. The table is the library: every node reads it, so
 * an upload on one node is seen by all. Parsed tools are cached by the digest of their text,
 * which is safe to lose and can never be stale.
 */
@Component
class ToolLibrary implements Tools, SmartInitializingSingleton {

	/** Where the shipped definitions are: every *.yaml and *.yml file in the folder (property seen.tools.location). */
	static final String SHIPPED_LOCATION = "classpath*:tools/";

	static final String RECORD = "ASSESSMENT_TOOL";

	private static final Logger log = LoggerFactory.getLogger(ToolLibrary.class);

	private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version\\s*:");

	private final ToolVersions versions;

	private final Accreditations accreditations;

	private final AuditTrail audit;

	private final Clock clock;

	private final ResourcePatternResolver resources;

	private final String shippedLocation;

	private final ToolDefinitionReader reader = new ToolDefinitionReader();

	private final Map<String, Tool> parsed = new ConcurrentHashMap<>();

	ToolLibrary(ToolVersions versions, Accreditations accreditations, AuditTrail audit, Clock clock,
			@Value("${seen.tools.location:" + SHIPPED_LOCATION + "}") String shippedLocation) {
		this.versions = versions;
		this.accreditations = accreditations;
		this.audit = audit;
		this.clock = clock;
		this.resources = new PathMatchingResourcePatternResolver(ToolLibrary.class.getClassLoader());
		this.shippedLocation = shippedLocation.endsWith("/") ? shippedLocation : shippedLocation + "/";
	}

	/** What an upload came to. */
	sealed interface Upload {

		/** A new version, now in the library. */
		record Stored(Tool tool) implements Upload {
		}

		/** The library already had this version word for word: nothing changed. */
		record Unchanged(Tool tool) implements Upload {
		}

		/** The file is not a valid tool, or clashes with a version already loaded: nothing stored. */
		record Refused(List<ToolDefinitionProblem> problems) implements Upload {
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		loadShipped(shippedLocation);
	}

	/**
	 * Reads the shipped definitions and records each; any invalid file, two files for one version,
	 * or a shipped version clashing with one an administrator uploaded stops start-up, naming every
	 * problem. A missing or empty folder is fine: the library is then what was uploaded.
	 */
	void loadShipped(String location) {
		List<ToolDefinition> shipped = readShipped(location);
		List<String> problems = new ArrayList<>();
		Map<String, String> files = new HashMap<>();
		for (ToolDefinition definition : shipped) {
			if (!definition.valid()) {
				definition.problems().forEach(problem -> problems.add(problem.describe()));
				continue;
			}
			String first = files.putIfAbsent(definition.tool().key(), definition.fileName());
			if (first != null) {
				problems.add(definition.fileName() + ": defines " + definition.tool().key() + ", as " + first
						+ " does; give each version one file");
			}
		}
		if (problems.isEmpty()) {
			Instant now = Instant.now(clock);
			for (ToolDefinition definition : shipped) {
				record(definition, now).ifPresent(problems::add);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The assessment tools shipped in " + location + " cannot be loaded:\n  "
					+ String.join("\n  ", problems));
		}
		log.info("Assessment tools shipped: {}", shipped.stream().map(d -> d.tool().key()).toList());
	}

	private Optional<String> record(ToolDefinition definition, Instant now) {
		Tool tool = definition.tool();
		if (versions.insert(UUID.randomUUID(), tool.id(), tool.version(), definition.text(), Source.SHIPPED,
				definition.fileName(), null, null, now)) {
			return Optional.empty();
		}
		StoredVersion stored = versions.find(tool.id(), tool.version()).orElseThrow();
		if (stored.digest().equals(ToolVersions.digest(definition.text()))) {
			return Optional.empty();
		}
		if (stored.source() == Source.UPLOADED) {
			return Optional.of(definition.fileName() + ": " + tool.key() + " was uploaded by " + stored.loadedBy()
					+ " with different wording; a shipped tool cannot replace it: ship it as a new version");
		}
		// a released version should never change, but a development build may edit one in place
		log.warn("The shipped file {} changes {}, which was loaded before with other wording; "
				+ "assessments made with it will now show the new wording", definition.fileName(), tool.key());
		versions.replaceShipped(tool.id(), tool.version(), definition.text(), definition.fileName(), now);
		return Optional.empty();
	}

	List<ToolDefinition> readShipped(String location) {
		List<ToolDefinition> definitions = new ArrayList<>();
		try {
			List<Resource> files = new ArrayList<>();
			for (String pattern : List.of("*.yaml", "*.yml")) {
				files.addAll(List.of(resources.getResources(location + pattern)));
			}
			files.sort(Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					definitions.add(reader.read(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the assessment tools in " + location, ex);
		}
		return definitions;
	}

	@Override
	public List<Tool> current() {
		List<Tool> tools = new ArrayList<>();
		for (StoredVersion stored : versions.newest()) {
			try {
				tools.add(tool(stored));
			}
			catch (IllegalStateException ex) {
				log.error("Stored tool {} v{} cannot be read: {}", stored.toolId(), stored.version(), ex.getMessage());
			}
		}
		return tools;
	}

	@Override
	public Optional<Tool> find(String toolId, int version) {
		return versions.find(toolId, version).map(this::tool);
	}

	@Override
	public Optional<Tool> latest(String toolId) {
		return versions.newest(toolId).map(this::tool);
	}

	@Override
	public boolean mayUse(UUID practitionerId, Tool tool) {
		return !tool.restricted() || practitionerId != null && accreditations.holds(practitionerId, tool.id());
	}

	/** Every version in the library, newest first within each tool, with where it came from. */
	List<LibraryEntry> entries() {
		List<StoredVersion> all = versions.all();
		Map<String, Integer> newest = all.stream()
			.collect(Collectors.toMap(StoredVersion::toolId, StoredVersion::version, Math::max));
		List<LibraryEntry> entries = new ArrayList<>();
		for (StoredVersion stored : all) {
			try {
				entries.add(new LibraryEntry(tool(stored), stored, newest.get(stored.toolId()) == stored.version()));
			}
			catch (IllegalStateException ex) {
				log.error("Stored tool {} v{} cannot be read: {}", stored.toolId(), stored.version(), ex.getMessage());
			}
		}
		return entries;
	}

	/**
	 * Checks the file and, if it is a valid tool, stores it as a new version and audits the upload.
	 * A version the library already has is refused unless the text is the same word for word.
	 */
	@Transactional
	Upload upload(Actor actor, String fileName, String text) {
		ToolDefinition definition = reader.read(fileName, text);
		if (!definition.valid()) {
			return new Upload.Refused(definition.problems());
		}
		Tool tool = definition.tool();
		UUID id = UUID.randomUUID();
		if (versions.insert(id, tool.id(), tool.version(), definition.text(), Source.UPLOADED, fileName,
				actor.accountId(), actor.username(), Instant.now(clock))) {
			audit.record(actor, AuditAction.CREATE, RECORD, id, null,
					"uploaded " + tool.key() + (tool.restricted() ? " (restricted)" : "") + " from " + fileName);
			return new Upload.Stored(tool);
		}
		StoredVersion stored = versions.find(tool.id(), tool.version()).orElseThrow();
		if (stored.digest().equals(ToolVersions.digest(definition.text()))) {
			return new Upload.Unchanged(tool);
		}
		String already = stored.source() == Source.SHIPPED ? "ships with Seen"
				: "was uploaded by " + stored.loadedBy() + " from " + stored.fileName();
		return new Upload.Refused(List.of(new ToolDefinitionProblem(fileName, versionLine(definition.text()),
				"version", "is " + tool.version() + ", but version " + tool.version() + " of " + tool.id() + " " + already
						+ " with different wording: give the changed tool a new version number")));
	}

	private static int versionLine(String text) {
		Matcher matcher = VERSION_LINE.matcher(text);
		return matcher.find() ? (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1 : 1;
	}

	/** The stored version as a tool, parsed once per distinct text. */
	private Tool tool(StoredVersion stored) {
		return parsed.computeIfAbsent(stored.digest(), digest -> {
			ToolDefinition definition = reader.read(stored.fileName(), versions.definition(stored.id()));
			if (!definition.valid()) {
				throw new IllegalStateException(definition.problems()
					.stream()
					.map(ToolDefinitionProblem::describe)
					.collect(Collectors.joining("; ")));
			}
			return definition.tool();
		});
	}

	/** One version as the administrator's list shows it. */
	record LibraryEntry(Tool tool, StoredVersion stored, boolean current) {

		public boolean shipped() {
			return stored.source() == Source.SHIPPED;
		}

		public int itemCount() {
			return tool.items().size();
		}
	}
}
