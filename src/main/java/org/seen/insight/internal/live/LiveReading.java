package org.seen.insight.internal.live;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.Role;
import org.seen.insight.internal.Suppression;
import org.springframework.stereotype.Service;

/**
 * Reading the live measures as one person: analysts see every figure, the other partnership
 * roles see small numbers withheld. Every reading and export is audited (no child is named).
 */
@Service
public class LiveReading {

	private final LiveMeasures measures;

	private final AuditTrail audit;

	LiveReading(LiveMeasures measures, AuditTrail audit) {
		this.measures = measures;
		this.audit = audit;
	}

	static Suppression suppressionFor(Actor actor) {
		return actor.is(Role.ANALYST) ? Suppression.NONE : Suppression.SMALL_NUMBERS;
	}

	LiveView read(Actor actor, int quarters, String where) {
		LiveView view = view(actor, quarters);
		audit.record(actor, AuditAction.VIEW, "LIVE_MEASURES", null, null,
				"live measures, " + quarters + " quarters (" + where + ")" + (view.suppressed() ? ", small numbers withheld" : ""));
		return view;
	}

	LiveView export(Actor actor, int quarters) {
		LiveView view = view(actor, quarters);
		audit.record(actor, AuditAction.EXPORT, "LIVE_MEASURES", null, null,
				"live measures as CSV, " + quarters + " quarters" + (view.suppressed() ? ", small numbers withheld" : ""));
		return view;
	}

	/**
	 * The live measures for the printed quarterly report, which is written to be circulated: small
	 * numbers are withheld whoever prints it, and the printing is audited as an export.
	 */
	public LiveView forReport(Actor actor, int quarters) {
		var chosen = measures.lastQuarters(quarters);
		LiveView view = LiveView.of(chosen, measures.compute(chosen), Suppression.SMALL_NUMBERS);
		audit.record(actor, AuditAction.EXPORT, "LIVE_MEASURES", null, null,
				"live measures in the quarterly report, " + quarters + " quarters, small numbers withheld");
		return view;
	}

	private LiveView view(Actor actor, int count) {
		var quarters = measures.lastQuarters(count);
		return LiveView.of(quarters, measures.compute(quarters), suppressionFor(actor));
	}
}
