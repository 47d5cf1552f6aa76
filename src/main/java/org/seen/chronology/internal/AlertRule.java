package org.seen.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.chronology.AlertCode;

/** One cumulative-pattern rule: pure, so that its thresholds are tested without a database. */
interface AlertRule {

	AlertCode code();

	Optional<PatternMatch> evaluate(ChildFacts child, List<EventFact> events, LocalDate today);
}
