package org.seen.insight.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.springframework.stereotype.Service;

/**
 * What the API and the pages show of the returns: their measures, rates and breakdowns, shown
 * raw to analysts and with small numbers withheld for everyone else, every read audited.
 */
@Service
public class CensusFigures {

	private final CensusReturns returns;

	private final NeglectMeasures measures;

	private final AuditTrail audit;

	private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

	CensusFigures(CensusReturns returns, NeglectMeasures measures, AuditTrail audit) {
		this.returns = returns;
		this.measures = measures;
		this.audit = audit;
	}

	static Suppression suppressionFor(Actor actor) {
		return actor.is(Role.ANALYST) ? Suppression.NONE : Suppression.SMALL_NUMBERS;
	}

	/**
	 * The warnings stored with the return (the first 200), for analysts only: they name census
	 * children by their LAchildID, which the others' suppressed figures never do.
	 */
	List<CensusProblem> warnings(Actor actor, UUID id) {
		if (!actor.is(Role.ANALYST)) {
			return List.of();
		}
		return List.of(json.readValue(returns.warnings(id), CensusProblem[].class));
	}

	/** The LEA of the latest return by reference date: the partnership's own council. */
	public java.util.Optional<String> latestLea() {
		return returns.all().stream().max(java.util.Comparator.comparing(CensusReturn::referenceDate)).map(CensusReturn::lea);
	}

	/** Whether any return of the LEA is stored. */
	public boolean hasReturns(String lea) {
		return !returns.forLea(lea).isEmpty();
	}

	public List<CensusReturn> list(Actor actor) {
		audit.record(actor, AuditAction.VIEW, CensusImport.RECORD, null, null, "list of returns");
		return returns.all();
	}

	CensusReturn find(Actor actor, UUID id) {
		CensusReturn found = returns.find(id).orElseThrow(RecordNotFound::new);
		audit.record(actor, AuditAction.VIEW, CensusImport.RECORD, id, null, "return");
		return found;
	}

	/** The return's measures as shown to the actor. */
	Shown measures(Actor actor, UUID id) {
		CensusReturn found = returns.find(id).orElseThrow(RecordNotFound::new);
		audit.record(actor, AuditAction.VIEW, CensusImport.RECORD, id, null, "measures");
		return shown(found, measures.stored(id, found.referenceDate()), suppressionFor(actor));
	}

	/** The measures of every return of the LEA, oldest first. */
	public List<Shown> trend(Actor actor, String lea) {
		return trend(actor, lea, suppressionFor(actor));
	}

	/**
	 * The same with small numbers withheld whoever reads it: for figures that travel beyond the
	 * analysts, such as the key performance indicators of the partnership's action plan.
	 */
	public List<Shown> trendToShare(Actor actor, String lea) {
		return trend(actor, lea, Suppression.SMALL_NUMBERS);
	}

	private List<Shown> trend(Actor actor, String lea, Suppression suppression) {
		List<CensusReturn> found = returns.forLea(lea);
		if (found.isEmpty()) {
			throw new RecordNotFound();
		}
		audit.record(actor, AuditAction.VIEW, CensusImport.RECORD, null, null, "trend for LEA " + lea);
		return found.stream().map(r -> shown(r, measures.stored(r.id(), r.referenceDate()), suppression)).toList();
	}

	private static Shown shown(CensusReturn census, MeasureFigures figures, Suppression suppression) {
		Map<String, Object> totals = new LinkedHashMap<>();
		Map<String, Object> breakdowns = new LinkedHashMap<>();
		for (Measure measure : Measure.values()) {
			totals.put(measure.key(), suppression.count(figures.total(measure)));
			Map<String, Object> byBreakdown = new LinkedHashMap<>();
			for (Breakdown breakdown : Breakdown.values()) {
				Map<String, Object> counts = new LinkedHashMap<>();
				for (String category : breakdown.categories()) {
					counts.put(category, suppression.count(figures.count(measure, breakdown, category)));
				}
				byBreakdown.put(breakdown.key(), counts);
			}
			breakdowns.put(measure.key(), byBreakdown);
		}
		Map<String, Object> rates = new LinkedHashMap<>();
		for (Rate rate : Rate.values()) {
			rates.put(rate.key(), rate.of(figures, suppression));
		}
		return new Shown(census, !suppression.raw(), totals, rates, breakdowns);
	}

	/** A return's figures as one actor may see them: numbers, or "c" where withheld. */
	public record Shown(CensusReturn census, boolean suppressed, Map<String, Object> measures, Map<String, Object> rates,
			Map<String, Object> breakdowns) {

		/** A measure's total as shown. */
		public Object total(String key) {
			return measures.get(key);
		}
	}
}
