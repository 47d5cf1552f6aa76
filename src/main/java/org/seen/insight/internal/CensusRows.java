package org.seen.insight.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.copy.CopyManager;
import org.seen.insight.internal.CensusChild.Assessment;
import org.seen.insight.internal.CensusChild.CinPlan;
import org.seen.insight.internal.CensusChild.Episode;
import org.seen.insight.internal.CensusChild.ProtectionPlan;

/**
 * Writes a return's rows into PostgreSQL with COPY while the file is still being read. Each table's
 * rows gather in a buffer of about a megabyte; a full buffer goes to a writer thread, which copies
 * it on the import's own connection (and so inside its transaction) while reading carries on. At
 * most {@link #QUEUED} buffers wait, so memory stays bounded however large the return is.
 */
final class CensusRows implements AutoCloseable {

	static final int BUFFER_CHARS = 1 << 20;

	static final int QUEUED = 6;

	private enum Table {
		CHILD("copy cin_census_child (return_id, child_no, la_child_id, birth_date, expected_birth_date, sex, ethnicity, disabled) from stdin"),
		REFERRAL("copy cin_referral (return_id, child_no, episode_no, referral_date, closure_date, reason_for_closure, referral_nfa, neglect) from stdin"),
		ASSESSMENT("copy cin_assessment (return_id, child_no, episode_no, start_date, authorisation_date, factors) from stdin"),
		PLAN("copy cin_plan (return_id, child_no, episode_no, start_date, end_date) from stdin"),
		PROTECTION_PLAN("copy cin_protection_plan (return_id, child_no, episode_no, start_date, end_date, initial_category, latest_category, previous_plans) from stdin");

		private final String copy;

		Table(String copy) {
			this.copy = copy;
		}
	}

	private record Batch(Table table, byte[] rows) {
	}

	private static final Batch END = new Batch(null, null);

	private final CopyManager copy;

	private final String returnId;

	private final StringBuilder[] buffers = new StringBuilder[Table.values().length];

	private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);

	private final Thread writer;

	private volatile Exception failure;

	private volatile boolean abandoned;

	private long rows;

	/** Time the reader waited for the writer, and the writer spent copying: where an import's time goes. */
	private long waitedNanos;

	private volatile long copyingNanos;

	CensusRows(CopyManager copy, UUID returnId) {
		this.copy = copy;
		this.returnId = returnId.toString();
		for (int i = 0; i < buffers.length; i++) {
			buffers[i] = new StringBuilder(BUFFER_CHARS + 4096);
		}
		this.writer = new Thread(this::write, "cin-census-copy");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** Rows written or queued so far. */
	long rows() {
		return rows;
	}

	void add(int childNo, CensusChild child) {
		StringBuilder row = start(Table.CHILD, childNo);
		text(row, child.laChildId()).append('\t');
		date(row, child.birthDate()).append('\t');
		date(row, child.expectedBirthDate()).append('\t');
		row.append(child.sex()).append('\t').append(child.ethnicity()).append('\t').append(child.disabled() ? 't' : 'f');
		end(Table.CHILD);
		int episodeNo = 0;
		for (Episode episode : child.episodes()) {
			episodeNo++;
			row = start(Table.REFERRAL, childNo).append(episodeNo).append('\t');
			date(row, episode.referralDate()).append('\t');
			date(row, episode.closureDate()).append('\t');
			(episode.reasonForClosure() == null ? row.append("\\N") : row.append(episode.reasonForClosure())).append('\t');
			row.append(episode.referralNfa() ? 't' : 'f').append('\t').append(episode.neglect() ? 't' : 'f');
			end(Table.REFERRAL);
			for (Assessment assessment : episode.assessments()) {
				row = start(Table.ASSESSMENT, childNo).append(episodeNo).append('\t');
				date(row, assessment.startDate()).append('\t');
				date(row, assessment.authorisationDate()).append('\t').append('{');
				// factors are checked codes: letters and digits, nothing to escape
				row.append(String.join(",", assessment.factors())).append('}');
				end(Table.ASSESSMENT);
			}
			for (CinPlan plan : episode.cinPlans()) {
				row = start(Table.PLAN, childNo).append(episodeNo).append('\t');
				date(row, plan.startDate()).append('\t');
				date(row, plan.endDate());
				end(Table.PLAN);
			}
			for (ProtectionPlan plan : episode.protectionPlans()) {
				row = start(Table.PROTECTION_PLAN, childNo).append(episodeNo).append('\t');
				date(row, plan.startDate()).append('\t');
				date(row, plan.endDate()).append('\t');
				row.append(plan.initialCategory()).append('\t').append(plan.latestCategory()).append('\t')
					.append(plan.previousPlans());
				end(Table.PROTECTION_PLAN);
			}
		}
	}

	/** Copies what is left and waits for the writer; throws what the database refused. */
	void finish() {
		for (Table table : Table.values()) {
			flush(table);
		}
		put(END);
		join();
		if (failure != null) {
			throw new IllegalStateException("The census rows could not be copied", failure);
		}
	}

	/** Stops copying; the transaction is rolled back by the caller. */
	void abandon() {
		abandoned = true;
		queue.clear();
		put(END);
		join();
	}

	@Override
	public void close() {
		if (writer.isAlive()) {
			abandon();
		}
	}

	private StringBuilder start(Table table, int childNo) {
		rows++;
		return buffers[table.ordinal()].append(returnId).append('\t').append(childNo).append('\t');
	}

	private void end(Table table) {
		StringBuilder buffer = buffers[table.ordinal()].append('\n');
		if (buffer.length() >= BUFFER_CHARS) {
			flush(table);
		}
	}

	private void flush(Table table) {
		StringBuilder buffer = buffers[table.ordinal()];
		if (buffer.length() == 0) {
			return;
		}
		if (failure != null) {
			throw new IllegalStateException("The census rows could not be copied", failure);
		}
		put(new Batch(table, buffer.toString().getBytes(StandardCharsets.UTF_8)));
		buffer.setLength(0);
	}

	long waitedNanos() {
		return waitedNanos;
	}

	long copyingNanos() {
		return copyingNanos;
	}

	private void put(Batch batch) {
		try {
			long started = System.nanoTime();
			queue.put(batch);
			waitedNanos += System.nanoTime() - started;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while copying census rows", ex);
		}
	}

	private void join() {
		try {
			writer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void write() {
		try {
			while (true) {
				Batch batch = queue.take();
				if (batch == END) {
					return;
				}
				if (failure == null && !abandoned) {
					long started = System.nanoTime();
					copy.copyIn(batch.table().copy, new ByteArrayInputStream(batch.rows()), 65536);
					copyingNanos += System.nanoTime() - started;
				}
			}
		}
		catch (SQLException | java.io.IOException ex) {
			failure = ex;
			// keep taking batches so the reader never blocks on a full queue
			drain();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void drain() {
		try {
			while (queue.take() != END) {
				// discarded: the transaction will be rolled back
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** COPY's text format: a backslash, tab, newline or carriage return is escaped. */
	private static StringBuilder text(StringBuilder row, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
		return row;
	}

	private static StringBuilder date(StringBuilder row, LocalDate date) {
		if (date == null) {
			return row.append("\\N");
		}
		int year = date.getYear();
		int month = date.getMonthValue();
		int day = date.getDayOfMonth();
		row.append(year).append('-');
		if (month < 10) {
			row.append('0');
		}
		row.append(month).append('-');
		if (day < 10) {
			row.append('0');
		}
		return row.append(day);
	}
}
