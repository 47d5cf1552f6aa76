package org.seen.strategy.internal.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.strategy.internal.actionplan.StrategyParts.Item;
import org.seen.strategy.internal.actionplan.StrategyParts.Priority;
import org.seen.strategy.internal.actionplan.StrategyParts.Progress;
import org.seen.strategy.internal.actionplan.StrategyParts.Strategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan as it stood on a date, for the quarterly report and the plan's exports: each
 * action's latest rating up to that date, and each indicator's figures up to it. Small counts are
 * withheld, as everywhere the plan leaves Seen.
 */
@Service
@Transactional
public class ActionPlanReport {

	static final int NARRATIVE = 300;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final ActionPlans plans;

	private final StrategyActionPlan plan;

	private final AuditTrail audit;

	ActionPlanReport(ActionPlans plans, StrategyActionPlan plan, AuditTrail audit) {
		this.plans = plans;
		this.plan = plan;
		this.audit = audit;
	}

	/** The plan at {@code asAt}; with no strategy written yet, an empty summary with no title. */
	public Summary summary(Actor actor, LocalDate asAt) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		Optional<Strategy> current = plans.current();
		if (current.isEmpty()) {
			return new Summary(null, asAt, List.of(), new Counts(0, 0, 0, 0));
		}
		audit.record(actor, AuditAction.VIEW, "ACTION_PLAN", current.get().id(), null, "summary as at " + asAt);
		List<PriorityLine> priorities = new ArrayList<>();
		List<Item> items = plans.items(current.get().id());
		for (Priority priority : plans.priorities(current.get().id())) {
			List<ItemLine> lines = items.stream()
				.filter(i -> i.priorityId().equals(priority.id()))
				.map(i -> line(actor, i, asAt))
				.toList();
			priorities.add(new PriorityLine(priority.position(), priority.title(), lines, Counts.of(lines)));
		}
		return new Summary(current.get().title(), asAt, priorities,
				Counts.of(priorities.stream().flatMap(p -> p.items().stream()).toList()));
	}

	private ItemLine line(Actor actor, Item item, LocalDate asAt) {
		Progress latest = plans.progress(item.id()).stream().filter(p -> !p.asAt().isAfter(asAt)).findFirst().orElse(null);
		List<KpiLine> kpis = plans.kpis(item.id()).stream().map(k -> {
			KpiView v = plan.kpiView(actor, k, asAt);
			return new KpiLine(k.description(), dated(v.baseline(), k.baselineOn(), k.baselineValue() != null),
					dated(v.target(), k.targetOn(), k.targetValue() != null), v.shownCurrent(), v.status().label(),
					v.status().name(), k.measureKey());
		}).toList();
		return new ItemLine(item.reference(), item.title(), item.activities(), item.leadName(), item.leadAgencyName(),
				latest == null ? null : latest.rag().name(), latest == null ? null : latest.asAt(),
				latest == null ? "" : shorten(latest.narrative()), latest == null ? "" : latest.narrative(),
				latest == null ? "" : latest.impact(), kpis);
	}

	private static String dated(String value, LocalDate on, boolean set) {
		return set && on != null ? value + " (" + DAY.format(on) + ")" : value;
	}

	static String shorten(String text) {
		if (text.length() <= NARRATIVE) {
			return text;
		}
		return text.substring(0, NARRATIVE - 1).stripTrailing() + "…";
	}

	public record Summary(String strategyTitle, LocalDate asAt, List<PriorityLine> priorities, Counts counts) {
	}

	public record PriorityLine(int position, String title, List<ItemLine> items, Counts counts) {
	}

	/**
	 * An action as it stood: {@code rag} is RED, AMBER, GREEN or null (not yet rated); {@code narrative}
	 * is the latest update's first 300 characters and {@code fullNarrative} all of it.
	 */
	public record ItemLine(String reference, String title, String activities, String leadName, String leadAgency,
			String rag, LocalDate ragAsAt, String narrative, String fullNarrative, String impact,
			List<KpiLine> kpis) {

		public String lead() {
			return leadName + ", " + leadAgency;
		}

		public String ragLabel() {
			return rag == null ? "Not yet rated" : rag.charAt(0) + rag.substring(1).toLowerCase();
		}

		/** The indicators as one cell of the appendix table, one line each. */
		public String kpiText() {
			return kpis.stream()
				.map(k -> k.description() + ": now " + k.current() + " (" + k.status() + ")")
				.collect(Collectors.joining("\n"));
		}

		public String baselineText() {
			return kpis.stream().map(KpiLine::baseline).collect(Collectors.joining("\n"));
		}

		public String targetText() {
			return kpis.stream().map(KpiLine::target).collect(Collectors.joining("\n"));
		}

		public String progressText() {
			return rag == null ? "Not yet rated"
					: ragLabel() + " at " + DAY.format(ragAsAt) + ": " + fullNarrative;
		}
	}

	/**
	 * An indicator's figures as shown: small counts as "c", "No data yet" when there are none;
	 * {@code measureKey} names the measure it is linked to, null when its values are typed.
	 */
	public record KpiLine(String description, String baseline, String target, String current, String status,
			String statusCode, String measureKey) {
	}

	public record Counts(int red, int amber, int green, int notRated) {

		public int total() {
			return red + amber + green + notRated;
		}

		static Counts of(List<ItemLine> items) {
			int red = 0, amber = 0, green = 0, none = 0;
			for (ItemLine item : items) {
				if (item.rag() == null) {
					none++;
				}
				else if (item.rag().equals("RED")) {
					red++;
				}
				else if (item.rag().equals("AMBER")) {
					amber++;
				}
				else {
					green++;
				}
			}
			return new Counts(red, amber, green, none);
		}
	}
}
