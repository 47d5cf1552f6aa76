package org.seen.pathway.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a referral carried when it was made, kept as it was: the level then, the latest completed
 * assessment's needs, the open alerts and a summary of the chronology. The front door reads what
 * the referrer read, whatever has changed since.
 */
record Attachments(String levelName, Assessment assessment, List<Alert> alerts, Chronology chronology, String consent) {

	/** The assessment's tool and date, how many items were graded, and the needs (grades 3 to 5). */
	record Assessment(String toolTitle, LocalDate assessedOn, int graded, int highestGrade, List<Need> needs) {
	}

	record Need(String title, String area, int grade) {
	}

	record Alert(String label, String reason, Instant raisedAt) {
	}

	record Chronology(int entries, int highSignificance, int agencies, List<Entry> recent) {
	}

	record Entry(LocalDate occurredOn, String type, String summary, String significance, String agency) {
	}
}
