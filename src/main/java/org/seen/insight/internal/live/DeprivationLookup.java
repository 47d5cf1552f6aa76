package org.seen.insight.internal.live;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.people.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partnership's postcode → LSOA → IMD decile lookup, uploaded as CSV
 * ({@code postcode,lsoa,imd_decile} with that header). Every line is checked first; a file with
 * any bad line stores nothing and names every bad line. A good file replaces the whole lookup in
 * one transaction, so readers see the old lookup or the new one, never a mixture.
 */
@Service
class DeprivationLookup {

	static final List<String> HEADER = List.of("postcode", "lsoa", "imd_decile");

	/** England's and Wales's 2011 and 2021 LSOA codes: E01 or W01 and six digits. */
	static final Pattern LSOA = Pattern.compile("^[EW]01[0-9]{6}$");

	/** Far more postcodes than a partnership's area holds; a file beyond it is refused before it is checked. */
	static final int MAX_ROWS = 300_000;

	/** The most problems listed; the count says how many there are in all. */
	static final int MAX_PROBLEMS_LISTED = 100;

	private static final int CHUNK = 5_000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	private final Clock clock;

	DeprivationLookup(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	/** One postcode of the lookup. */
	record Row(String postcode, String lsoa, int decile) {
	}

	/** What is wrong on one line of the file; line 1 is the header. */
	record LineProblem(long line, String message) {
	}

	/** A file with at least one bad line: nothing was stored. */
	static class Rejected extends RuntimeException {

		private final List<LineProblem> problems;

		private final int count;

		Rejected(List<LineProblem> problems) {
			super(problems.size() + " problem(s) in the deprivation lookup");
			this.count = problems.size();
			this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED)));
		}

		List<LineProblem> problems() {
			return problems;
		}

		int count() {
			return count;
		}
	}

	/** The current lookup: how many postcodes, when and by whom it was loaded. */
	record Current(int postcodes, Instant uploadedAt, String uploadedBy) {
	}

	/** Checks the file and, when every line is good, replaces the lookup and audits it. */
	int upload(Actor actor, String csv) {
		List<Row> rows = read(csv);
		transaction.executeWithoutResult(status -> {
			replace(rows, actor.username());
			audit.record(actor, AuditAction.IMPORT, "DEPRIVATION_LOOKUP", null, null,
					"replaced the deprivation lookup: " + rows.size() + " postcodes");
		});
		return rows.size();
	}

	/** Loads the demo lookup when there is none; no person is acting. */
	boolean loadIfEmpty(String csv, String loadedBy) {
		List<Row> rows = read(csv);
		return Boolean.TRUE.equals(transaction.execute(status -> {
			lock();
			if (jdbc.sql("select exists (select 1 from deprivation_postcode)").query(Boolean.class).single()) {
				return false;
			}
			replace(rows, loadedBy);
			return true;
		}));
	}

	Optional<Current> current() {
		return jdbc.sql("select postcodes, uploaded_at, uploaded_by from deprivation_upload order by uploaded_at desc limit 1")
			.query((rs, n) -> new Current(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.optional();
	}

	/** Every line checked; throws {@link Rejected} naming each bad line. */
	static List<Row> read(String csv) {
		List<LineProblem> problems = new ArrayList<>();
		if (csv == null || csv.isBlank()) {
			throw new Rejected(List.of(new LineProblem(1, "The file is empty: it needs the header postcode,lsoa,imd_decile "
					+ "and a line for each postcode")));
		}
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		List<Row> rows = new ArrayList<>();
		Map<String, Long> lineOfPostcode = new HashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			boolean header = true;
			for (CSVRecord record : parser) {
				// empty lines are records too, so a record's number is its line
				long line = record.getRecordNumber();
				if (header) {
					header = false;
					List<String> names = record.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
					if (!names.equals(HEADER)) {
						throw new Rejected(List.of(new LineProblem(line,
								"The first line must be the header postcode,lsoa,imd_decile")));
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (rows.size() + problems.size() >= MAX_ROWS) {
					throw new Rejected(List.of(new LineProblem(line, "The file has more than " + MAX_ROWS
							+ " postcodes: upload the postcodes of the partnership's area only")));
				}
				if (record.size() != HEADER.size()) {
					problems.add(new LineProblem(line, "Line must have 3 values (postcode, LSOA code and IMD decile), "
							+ "not " + record.size()));
					continue;
				}
				row(record, line, lineOfPostcode, problems).ifPresent(rows::add);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new Rejected(List.of(new LineProblem(1, "The file could not be read as CSV")));
		}
		if (problems.isEmpty() && rows.isEmpty()) {
			problems.add(new LineProblem(2, "The file has a header but no postcodes"));
		}
		if (!problems.isEmpty()) {
			throw new Rejected(problems);
		}
		return rows;
	}

	private static Optional<Row> row(CSVRecord record, long line, Map<String, Long> lineOfPostcode,
			List<LineProblem> problems) {
		int before = problems.size();
		String postcode = record.get(0);
		String normalised = Postcode.normalise(postcode);
		if (postcode.isBlank()) {
			problems.add(new LineProblem(line, "Enter a postcode"));
		}
		else if (!Postcode.isValid(normalised)) {
			problems.add(new LineProblem(line, "Postcode \"" + shorten(postcode) + "\" is not a valid UK postcode"));
		}
		else if (lineOfPostcode.containsKey(normalised)) {
			problems.add(new LineProblem(line, "Postcode " + normalised + " is already on line "
					+ lineOfPostcode.get(normalised) + ": each postcode may appear once"));
		}
		else {
			lineOfPostcode.put(normalised, line);
		}
		String lsoa = record.get(1).toUpperCase(Locale.ROOT);
		if (!LSOA.matcher(lsoa).matches()) {
			problems.add(new LineProblem(line, "LSOA code \"" + shorten(record.get(1))
					+ "\" is not valid: it must be E01 or W01 followed by 6 digits, like E01000001"));
		}
		Integer decile = null;
		try {
			decile = Integer.valueOf(record.get(2));
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (decile == null || decile < 1 || decile > 10) {
			problems.add(new LineProblem(line, "IMD decile \"" + shorten(record.get(2))
					+ "\" must be a whole number from 1 (most deprived) to 10 (least deprived)"));
		}
		return problems.size() == before ? Optional.of(new Row(normalised, lsoa, decile)) : Optional.empty();
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('seen.deprivation-lookup'))").query().singleRow();
	}

	/** Within the caller's transaction: the old lookup out, the new one in, set by set. */
	private void replace(List<Row> rows, String by) {
		lock();
		jdbc.sql("delete from deprivation_postcode").update();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			StringBuilder json = new StringBuilder("[");
			for (Row row : chunk) {
				json.append(json.length() > 1 ? "," : "")
					.append("{\"postcode\":").append(Json.string(row.postcode()))
					.append(",\"lsoa\":").append(Json.string(row.lsoa()))
					.append(",\"imd_decile\":").append(row.decile()).append('}');
			}
			jdbc.sql("""
					insert into deprivation_postcode (postcode, lsoa, imd_decile)
					select postcode, lsoa, imd_decile
					from jsonb_to_recordset(cast(:rows as jsonb)) as r(postcode text, lsoa text, imd_decile int)""")
				.param("rows", json.append(']').toString())
				.update();
		}
		jdbc.sql("insert into deprivation_upload (id, postcodes, uploaded_at, uploaded_by) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), rows.size(), Timestamp.from(Instant.now(clock)), by)
			.update();
	}
}
