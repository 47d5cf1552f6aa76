package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.seen.access.Actor;

/**
 * The live and census measures a key performance indicator can be linked to, as the action plan
 * needs them: the catalogue to choose from, and a measure's figures oldest first. It is answered by
 * the insight module's measures; the plan never works a measure out itself.
 */
public interface KpiMeasures {

	List<Choice> choices();

	/** The measure's figures, oldest first; empty when no measure has that key. */
	Optional<Trend> trend(String key, Actor actor);

	default Optional<Choice> choice(String key) {
		return choices().stream().filter(c -> c.key().equals(key)).findFirst();
	}

	record Choice(String key, String label, String source) {
	}

	record Trend(String key, String label, String source, List<Point> points) {
	}

	/** A figure for a period; {@code value} is null when withheld (1 to 4) or not recorded. */
	record Point(String period, LocalDate asAt, BigDecimal value, boolean withheld) {
	}
}
