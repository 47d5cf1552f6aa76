package org.seen.chronology;

import java.util.List;
import java.util.UUID;

import org.seen.chronology.internal.PatternAlerts;
import org.springframework.stereotype.Service;

/**
 * Lets another module ask for a child's cumulative-pattern rules to be run now, for example
 * after loading records in bulk. Recording an event through the chronology already does this.
 */
@Service
public class PatternCheck {

	private final PatternAlerts alerts;

	PatternCheck(PatternAlerts alerts) {
		this.alerts = alerts;
	}

	/** Runs every rule for the child; returns the codes of alerts newly raised. */
	public List<AlertCode> evaluate(UUID childId) {
		return alerts.evaluate(childId);
	}
}
