package org.seen.insight.internal;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a Children in Need census return: reads it once, streaming, checks each child as it
 * is read, and copies the rows into PostgreSQL in the same pass, all in one transaction. A return
 * with any error is rolled back whole and its errors listed; a good one replaces the earlier
 * return for the same LEA and year at commit, so readers see the old one or the new one, never
 * a mixture. Format and checks: docs/cin-census.md.
 */
@Service
class CensusImport {

	static final String RECORD = "CIN_RETURN";

	private static final Logger log = LoggerFactory.getLogger(CensusImport.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	private final Clock clock;

	private final CensusReturns returns;

	private final NeglectMeasures measures;

	private final long maxBytes;

	private final JsonMapper json = JsonMapper.builder().build();

	CensusImport(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction, AuditTrail audit, Clock clock,
			CensusReturns returns, NeglectMeasures measures, @Value("${seen.insight.census.max-size:1536MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
		this.returns = returns;
		this.measures = measures;
		this.maxBytes = maxSize.toBytes();
	}

	/** How long the last import spent counting and storing its measures, for the benchmark. */
	private volatile long lastMeasureNanos;

	long lastMeasureNanos() {
		return lastMeasureNanos;
	}

	/** The largest return accepted, in bytes. */
	long maxBytes() {
		return maxBytes;
	}

	/**
	 * Imports the return read from {@code body}.
	 * @throws CensusRejected listing its errors; nothing is stored
	 * @throws CensusTooLarge past the size limit; nothing is stored
	 */
	ImportedReturn importReturn(Actor actor, InputStream body) {
		SizeLimit limited = new SizeLimit(body, maxBytes);
		try {
			ImportedReturn imported = transaction.execute(status -> read(actor, new BufferedInputStream(limited, 1 << 16)));
			log.info("Imported CIN return {} (LEA {}, {}): {} children, {} warnings", imported.id(), imported.lea(),
					imported.year(), imported.children(), imported.warningCount());
			return imported;
		}
		catch (RuntimeException ex) {
			if (limited.exceeded()) {
				audit.record(actor, AuditAction.IMPORT, RECORD, null, null, "rejected: larger than " + maxBytes + " bytes");
				throw new CensusTooLarge(maxBytes);
			}
			if (ex instanceof CensusRejected rejected) {
				audit.record(actor, AuditAction.IMPORT, RECORD, null, null,
						"rejected: " + rejected.errorCount() + " error(s)");
			}
			throw ex;
		}
	}

	private ImportedReturn read(Actor actor, InputStream in) {
		CensusFindings findings = new CensusFindings();
		CensusChecks checks = new CensusChecks(findings);
		try (CensusReader reader = new CensusReader(in)) {
			CensusHeader header = checks.header(fatal(findings, reader::header));
			if (header == null) {
				throw findings.rejection();
			}
			// one import per LEA and year at a time: the second waits, then replaces the first
			jdbc.sql("select pg_advisory_xact_lock(hashtext('insight.cin'), hashtext(? || '/' || ?))")
				.params(header.lea(), header.year())
				.query()
				.singleRow();
			UUID id = UUID.randomUUID();
			int children = 0;
			MeasureCounts counts = new MeasureCounts(header.referenceDate());
			long countingNanos = 0;
			try (CensusRows rows = new CensusRows(copyManager(), id)) {
				CensusElement element;
				while ((element = fatal(findings, reader::nextChild)) != null) {
					children++;
					CensusChild child = checks.child(element);
					if (child != null && !findings.hasErrors()) {
						rows.add(children, child);
						long counting = System.nanoTime();
						counts.count(child);
						countingNanos += System.nanoTime() - counting;
					}
				}
				if (children == 0) {
					findings.error(new CensusProblem(null, "Children", reader.line(), "The return has no Child"));
				}
				if (findings.hasErrors()) {
					rows.abandon();
					throw findings.rejection();
				}
				long finishing = System.nanoTime();
				rows.finish();
				log.debug("Census rows: {} rows; reading waited {} ms for the writer, which copied for {} ms; {} ms to finish",
						rows.rows(), rows.waitedNanos() / 1_000_000, rows.copyingNanos() / 1_000_000,
						(System.nanoTime() - finishing) / 1_000_000);
			}
			Optional<UUID> replaced = returns.idFor(header.lea(), header.year());
			replaced.ifPresent(returns::delete);
			jdbc.sql("""
					insert into cin_return (id, lea, year, reference_date, children, warnings, warning_list, imported_at, imported_by)
					values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
				.params(id, header.lea(), header.year(), header.referenceDate(), children, findings.warningCount(),
						json.writeValueAsString(findings.warnings().stream().limit(200).toList()),
						Timestamp.from(Instant.now(clock)), actor.username())
				.update();
			long storing = System.nanoTime();
			measures.store(id, counts.figures());
			lastMeasureNanos = countingNanos + System.nanoTime() - storing;
			audit.record(actor, AuditAction.IMPORT, RECORD, id, null, "LEA " + header.lea() + " " + header.label() + ", "
					+ children + " children" + replaced.map(old -> ", replacing " + old).orElse(""));
			return new ImportedReturn(id, header.lea(), header.year(), header.referenceDate(), children,
					findings.warningCount(), List.copyOf(findings.warnings()), replaced.orElse(null));
		}
	}

	/** Reads on; an error that stops reading (malformed XML, a DOCTYPE) ends the return with what was found. */
	private static <T> T fatal(CensusFindings findings, java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (CensusRejected ex) {
			ex.errors().forEach(findings::error);
			throw findings.rejection();
		}
	}

	private org.postgresql.copy.CopyManager copyManager() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class).getCopyAPI();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The census import needs PostgreSQL's COPY", ex);
		}
	}
}
