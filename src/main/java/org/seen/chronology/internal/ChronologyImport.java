package org.seen.chronology.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.chronology.internal.ImportRejected.LineProblem;
import org.seen.people.ChildRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an agency system's events from CSV (columns in docs/chronology-import.md). All or
 * nothing: every line is checked first and any bad line rejects the file, naming every bad line.
 * Idempotent on the agency's own reference: a line sent again unchanged changes nothing, a line
 * sent again with new content is recorded as a correction.
 */
@Service
class ChronologyImport {

	static final List<String> IDENTIFIERS = List.of("child_nhs_number", "child_upn", "child_local_id");

	static final List<String> REQUIRED = List.of("agency_reference", "date", "type", "summary", "significance");

	static final List<String> OPTIONAL = List.of("time", "detail", "attendance_percent", "people_involved");

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("date", "date", "time", "time", "type", "type",
			"summary", "summary", "detail", "detail", "significance", "significance", "peopleInvolved",
			"people_involved", "attendancePercent", "attendance_percent", "agencyReference", "agency_reference");

	private final ChildRecords children;

	private final ChildAccess access;

	private final AuditTrail audit;

	private final ChronologyEvents events;

	private final Chronology chronology;

	private final PatternAlerts alerts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int maxRows;

	ChronologyImport(ChildRecords children, ChildAccess access, AuditTrail audit, ChronologyEvents events,
			Chronology chronology, PatternAlerts alerts, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${seen.chronology.import.max-rows:10000}") int maxRows) {
		this.children = children;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.chronology = chronology;
		this.alerts = alerts;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.maxRows = maxRows;
	}

	record Outcome(int imported, int corrected, int unchanged) {
	}

	private record Line(long number, UUID childId, NewEvent event) {
	}

	Outcome importCsv(Actor actor, String csv) {
		if (actor.agencyId() == null) {
			throw new ImportRejected(List.of(new LineProblem(0, null, "Only an agency or its practitioners can import events")));
		}
		List<Line> lines = check(actor, csv);
		return transaction.execute(status -> record(actor, lines));
	}

	private List<Line> check(Actor actor, String csv) {
		List<LineProblem> problems = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(false)
			.get();
		LocalDate today = chronology.today();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")), format)) {
			List<String> header = parser.getHeaderNames();
			checkHeader(header, problems);
			if (!problems.isEmpty()) {
				throw new ImportRejected(problems);
			}
			Map<String, Long> references = new HashMap<>();
			for (CSVRecord row : parser) {
				// the header is line 1, so a record's line is its number plus one
				long line = row.getRecordNumber() + 1;
				if (row.getRecordNumber() > maxRows) {
					problems.add(new LineProblem(line, null, "A file may hold at most " + maxRows + " events; split it"));
					break;
				}
				checkLine(actor, row, line, today, references, problems).ifPresent(lines::add);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new LineProblem(1, null, "The file is not valid CSV with a header line: " + ex.getMessage()));
		}
		if (problems.isEmpty() && lines.isEmpty()) {
			problems.add(new LineProblem(2, null, "The file has no events after its header line"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		return lines;
	}

	private static void checkHeader(List<String> header, List<LineProblem> problems) {
		Set<String> known = new LinkedHashSet<>(IDENTIFIERS);
		known.addAll(REQUIRED);
		known.addAll(OPTIONAL);
		for (String column : REQUIRED) {
			if (!header.contains(column)) {
				problems.add(new LineProblem(1, column, "The header has no " + column + " column"));
			}
		}
		if (IDENTIFIERS.stream().noneMatch(header::contains)) {
			problems.add(new LineProblem(1, "child_nhs_number",
					"The header needs a column naming the child: child_nhs_number, child_upn or child_local_id"));
		}
		for (String column : header) {
			if (!known.contains(column)) {
				problems.add(new LineProblem(1, column, "Unknown column " + column + "; the columns are " + known));
			}
		}
	}

	private Optional<Line> checkLine(Actor actor, CSVRecord row, long line, LocalDate today,
			Map<String, Long> references, List<LineProblem> problems) {
		int before = problems.size();
		if (!row.isConsistent()) {
			problems.add(new LineProblem(line, null, "The line has " + row.size() + " values; the header has "
					+ row.getParser().getHeaderNames().size()));
			return Optional.empty();
		}
		UUID childId = child(actor, row, line, problems);
		String reference = value(row, "agency_reference");
		if (reference == null) {
			problems.add(new LineProblem(line, "agency_reference", "Enter your agency's reference for the event"));
		}
		else if (references.containsKey(reference)) {
			problems.add(new LineProblem(line, "agency_reference",
					"The reference " + reference + " is also used on line " + references.get(reference)));
		}
		else {
			references.put(reference, line);
		}
		EventDraft.Checked checked = new EventDraft(value(row, "date"), value(row, "time"), value(row, "type"),
				value(row, "summary"), value(row, "detail"), value(row, "significance"), value(row, "people_involved"),
				value(row, "attendance_percent"), reference)
			.check(today);
		checked.problems()
			.stream()
			.filter(p -> !(p.field().equals("agencyReference") && reference == null))
			.forEach(p -> problems.add(new LineProblem(line, COLUMN_OF_FIELD.get(p.field()), p.message())));
		if (reference != null && childId != null) {
			events.byReference(actor.agencyId(), reference).ifPresent(existing -> {
				if (!existing.childId().equals(childId)) {
					problems.add(new LineProblem(line, "agency_reference",
							"Your agency has already used the reference " + reference + " for another child"));
				}
				else if (existing.removed()) {
					problems.add(new LineProblem(line, "agency_reference",
							"The event with reference " + reference + " was removed; it cannot be imported again"));
				}
			});
		}
		return problems.size() == before ? Optional.of(new Line(line, childId, checked.event())) : Optional.empty();
	}

	private UUID child(Actor actor, CSVRecord row, long line, List<LineProblem> problems) {
		List<String[]> given = new ArrayList<>();
		for (String column : IDENTIFIERS) {
			String value = value(row, column);
			if (value != null) {
				given.add(new String[] { column, value });
			}
		}
		if (given.size() != 1) {
			problems.add(new LineProblem(line, "child_nhs_number", given.isEmpty()
					? "Name the child by one of child_nhs_number, child_upn or child_local_id"
					: "Name the child by only one of child_nhs_number, child_upn or child_local_id"));
			return null;
		}
		String column = given.get(0)[0];
		String value = given.get(0)[1];
		String scheme = switch (column) {
			case "child_nhs_number" -> "NHS";
			case "child_upn" -> "UPN";
			default -> "LOCAL";
		};
		String normalised = scheme.equals("NHS") ? value.replace(" ", "") : scheme.equals("UPN") ? value.toUpperCase() : value;
		Optional<UUID> found = children.idByIdentifier(scheme, normalised);
		// a child the agency may not see reads exactly like one that does not exist; the attempt is audited
		if (found.isPresent() && !access.canSee(actor, found.get())) {
			audit.record(actor, AuditAction.DENIED, Chronology.RECORD, null, found.get(), AuditAction.IMPORT.name());
			found = Optional.empty();
		}
		if (found.isEmpty()) {
			problems.add(new LineProblem(line, column, "No child your agency works with has this " + column.substring(6).replace('_', ' ')));
			return null;
		}
		return found.get();
	}

	private Outcome record(Actor actor, List<Line> lines) {
		// one import per agency at a time, so the same file sent twice at once cannot double up
		jdbc.sql("select pg_advisory_xact_lock(hashtext('chronology.import'), hashtext(?))")
			.param(actor.agencyId().toString())
			.query()
			.singleRow();
		int imported = 0;
		int corrected = 0;
		int unchanged = 0;
		Set<UUID> touched = new LinkedHashSet<>();
		Instant now = Instant.now(clock);
		for (Line line : lines) {
			Optional<ChronologyEvent> existing = events.byReference(actor.agencyId(), line.event().agencyReference());
			if (existing.isPresent() && !existing.get().childId().equals(line.childId())) {
				throw new ImportRejected(List.of(new LineProblem(line.number(), "agency_reference",
						"Your agency has already used this reference for another child")));
			}
			if (existing.isPresent() && line.event().sameAs(existing.get())) {
				unchanged++;
				continue;
			}
			if (existing.isPresent()) {
				access.require(actor, line.childId(), AuditAction.IMPORT, Chronology.RECORD, existing.get().id(), "corrected");
				events.correct(existing.get().id(), existing.get().version(), line.event(), actor,
						"Corrected by import", now);
				corrected++;
			}
			else {
				UUID id = UUID.randomUUID();
				access.require(actor, line.childId(), AuditAction.IMPORT, Chronology.RECORD, id, line.event().type().name());
				events.insert(id, line.childId(), actor.agencyId(), actor, line.event(), now);
				imported++;
			}
			if (touched.add(line.childId())) {
				chronology.involve(actor, line.childId());
			}
		}
		touched.forEach(alerts::evaluate);
		return new Outcome(imported, corrected, unchanged);
	}

	private static String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column);
		return value == null || value.isBlank() ? null : value.trim();
	}
}
