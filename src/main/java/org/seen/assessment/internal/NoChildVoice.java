package org.seen.assessment.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.seen.chronology.AlertCode;
import org.seen.chronology.PatternSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agencies are involved but nobody has recorded the child's voice for {@code days} days (90 unless
 * {@code seen.alerts.no-child-voice.days} says otherwise), counted from the last record that lets
 * the child be heard, or from when the first current involvement began. A note that the voice
 * could not be gathered does not stop the clock: the child is still unheard. Not for unborn
 * children.
 */
@Component
class NoChildVoice implements PatternSource {

	private final JdbcClient jdbc;

	private final int days;

	NoChildVoice(JdbcClient jdbc, @Value("${seen.alerts.no-child-voice.days:90}") int days) {
		this.jdbc = jdbc;
		this.days = days;
	}

	@Override
	public AlertCode code() {
		return AlertCode.NO_CHILD_VOICE;
	}

	@Override
	public Optional<Found> evaluate(UUID childId, LocalDate dateOfBirth, LocalDate involvedSince, LocalDate today) {
		if (involvedSince == null || dateOfBirth == null || dateOfBirth.isAfter(today)) {
			return Optional.empty();
		}
		Optional<LocalDate> lastHeard = jdbc
			.sql("select max(gathered_on) from child_voice where child_id = ? and kind <> 'NOT_GATHERED'")
			.param(childId)
			.query(LocalDate.class)
			.optional();
		return unheard(lastHeard.orElse(null), involvedSince, today);
	}

	/** The rule itself, apart from the query, so its edges are tested without a database. */
	Optional<Found> unheard(LocalDate lastHeard, LocalDate involvedSince, LocalDate today) {
		LocalDate since = lastHeard != null && lastHeard.isAfter(involvedSince) ? lastHeard : involvedSince;
		long quietFor = ChronoUnit.DAYS.between(since, today);
		if (quietFor < days) {
			return Optional.empty();
		}
		String reason = lastHeard == null
				? "No child's voice recorded since agencies became involved " + quietFor + " days ago"
				: "No child's voice recorded for " + quietFor + " days";
		return Optional.of(new Found(reason, Duration.ofDays(days)));
	}
}
