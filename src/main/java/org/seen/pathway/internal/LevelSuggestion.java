package org.seen.pathway.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.seen.assessment.LatestAssessment;
import org.seen.chronology.AlertCode;
import org.seen.chronology.ChildPatterns.OpenAlert;
import org.seen.pathway.LevelOfNeed;
import org.seen.pathway.Levels;
import org.seen.people.ChildRecords.Circumstances;
import org.seen.people.ContributoryFactor;
import org.seen.people.Vulnerability;

/**
 * Seen's suggested level of need, with the reasons for it in words a practitioner can check. The
 * rules (written out in docs/pathway.md) work on the kinds of level, so a partnership that
 * renames or adds levels keeps them:
 * <ol>
 * <li>the latest completed assessment sets the starting level: any grade 5, or three or more
 * grades of 4, suggest the statutory level; a grade 4, targeted early help; a grade 3, early
 * help; all grades 1 or 2, universal;</li>
 * <li>open alerts lift it to at least early help; three or more, or concerns accumulating from
 * several agencies, to at least targeted early help;</li>
 * <li>one or two of domestic abuse, substance misuse and mental ill-health, or two other
 * contributory factors, lift it to at least early help; all three together (the "toxic trio")
 * raise it one level, to at least targeted early help;</li>
 * <li>two or more other vulnerabilities lift a universal suggestion to early help;</li>
 * <li>an unborn or newborn baby (under one) raises any suggestion above universal one level.</li>
 * </ol>
 * A suggestion is never the decision: the practitioner decides, and says why when they differ.
 */
final class LevelSuggestion {

	static final int SEVERAL_FOURS = 3;

	static final int MANY_ALERTS = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Levels levels;

	LevelSuggestion(Levels levels) {
		this.levels = levels;
	}

	/** The suggested level and, in order, every reason that put it there. */
	record Suggestion(LevelOfNeed level, List<String> reasons) {
	}

	Suggestion suggest(Optional<LatestAssessment> latest, List<OpenAlert> alerts, Circumstances circumstances,
			boolean babyOrUnborn) {
		List<String> reasons = new ArrayList<>();
		LevelOfNeed level = fromAssessment(latest, reasons);

		// open alerts: cumulative patterns nobody has yet looked at
		Set<AlertCode> open = alerts.stream().map(OpenAlert::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertCode.class)));
		if (open.size() >= MANY_ALERTS || open.contains(AlertCode.CONCERNS_ACCUMULATING)) {
			level = atLeast(level, targetedEarlyHelp(), reasons, open.size() + " open alert" + (open.size() == 1 ? "" : "s")
					+ ": " + labels(open) + (open.contains(AlertCode.CONCERNS_ACCUMULATING)
							? " (concerns are accumulating from several agencies)" : ""));
		}
		else if (!open.isEmpty()) {
			level = atLeast(level, earlyHelp(), reasons, "Open alert" + (open.size() == 1 ? "" : "s") + ": " + labels(open));
		}

		// contributory factors in the adults' lives
		Set<ContributoryFactor> factors = circumstances.factors();
		Set<ContributoryFactor> trio = EnumSet.noneOf(ContributoryFactor.class);
		factors.stream().filter(ContributoryFactor.TOXIC_TRIO::contains).forEach(trio::add);
		long others = factors.stream().filter(f -> !ContributoryFactor.TOXIC_TRIO.contains(f)).count();
		if (trio.size() == ContributoryFactor.TOXIC_TRIO.size()) {
			LevelOfNeed raised = max(raise(level), targetedEarlyHelp());
			reasons.add("Domestic abuse, substance misuse and mental ill-health together (the \"toxic trio\") raise the suggestion to "
					+ raised.name());
			level = raised;
		}
		else if (!trio.isEmpty() || others >= 2) {
			List<String> named = factors.stream().sorted().map(ContributoryFactor::label).toList();
			level = atLeast(level, earlyHelp(), reasons, "Contributory factors: " + String.join(", ", named).toLowerCase());
		}

		// the child's own vulnerabilities
		Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
		vulnerabilities.addAll(circumstances.vulnerabilities());
		boolean baby = babyOrUnborn || vulnerabilities.remove(Vulnerability.UNBORN_OR_NEWBORN);
		if (vulnerabilities.size() >= 2) {
			level = atLeast(level, earlyHelp(), reasons, "Vulnerable: " + vulnerabilities.stream()
				.sorted()
				.map(Vulnerability::label)
				.collect(Collectors.joining(", "))
				.toLowerCase());
		}
		if (baby && level.rank() > levels.lowest().rank()) {
			LevelOfNeed raised = raise(level);
			if (raised != level) {
				reasons.add("An unborn or newborn baby is the most vulnerable to neglect: raised to " + raised.name());
				level = raised;
			}
		}
		if (reasons.isEmpty()) {
			reasons.add("Nothing recorded points above universal services");
		}
		return new Suggestion(level, List.copyOf(reasons));
	}

	private LevelOfNeed fromAssessment(Optional<LatestAssessment> latest, List<String> reasons) {
		if (latest.isEmpty() || latest.get().items().isEmpty()) {
			reasons.add("No completed assessment yet: the suggestion rests on alerts and circumstances only");
			return levels.lowest();
		}
		LatestAssessment a = latest.get();
		String of = " in the " + a.toolTitle() + " of " + DAY.format(a.assessedOn());
		List<LatestAssessment.GradedItem> fives = graded(a, 5);
		List<LatestAssessment.GradedItem> fours = graded(a, 4);
		List<LatestAssessment.GradedItem> threes = graded(a, 3);
		if (!fives.isEmpty()) {
			reasons.add("Graded 5 (needs not met, the child is harmed)" + of + ": " + titles(fives));
			return statutory();
		}
		if (fours.size() >= SEVERAL_FOURS) {
			reasons.add(fours.size() + " areas graded 4" + of + ": " + titles(fours));
			return statutory();
		}
		if (!fours.isEmpty()) {
			reasons.add("Graded 4" + of + ": " + titles(fours));
			return targetedEarlyHelp();
		}
		if (!threes.isEmpty()) {
			reasons.add("Graded 3" + of + ": " + titles(threes));
			return earlyHelp();
		}
		reasons.add("Every item graded 1 or 2" + of);
		return levels.lowest();
	}

	private static List<LatestAssessment.GradedItem> graded(LatestAssessment a, int grade) {
		return a.items().stream().filter(item -> item.grade() == grade).toList();
	}

	private static String titles(List<LatestAssessment.GradedItem> items) {
		return items.stream().map(LatestAssessment.GradedItem::title).collect(Collectors.joining(", "));
	}

	private static String labels(Set<AlertCode> codes) {
		return codes.stream().map(AlertCode::label).collect(Collectors.joining(", "));
	}

	/**
	 * Lifts the level to {@code floor} if it is lower. The reason is given either way: when it
	 * does not lift the level it still supports it, and the practitioner should see it.
	 */
	private static LevelOfNeed atLeast(LevelOfNeed level, LevelOfNeed floor, List<String> reasons, String reason) {
		reasons.add(reason);
		return floor.rank() > level.rank() ? floor : level;
	}

	private static LevelOfNeed max(LevelOfNeed a, LevelOfNeed b) {
		return a.rank() >= b.rank() ? a : b;
	}

	private LevelOfNeed raise(LevelOfNeed level) {
		return level.rank() >= levels.highest().rank() ? level : levels.levels().get(level.rank());
	}

	/** The first early-help level (one agency), or the second level when none is of that kind. */
	LevelOfNeed earlyHelp() {
		return levels.levels().stream().filter(LevelOfNeed::earlyHelp).findFirst().orElse(levels.levels().get(1));
	}

	/** The last early-help level (several agencies, a Team Around the Family). */
	LevelOfNeed targetedEarlyHelp() {
		return levels.levels()
			.stream()
			.filter(LevelOfNeed::earlyHelp)
			.max(Comparator.comparingInt(LevelOfNeed::rank))
			.orElse(levels.levels().get(levels.levels().size() - 2));
	}

	/** The first statutory level. */
	LevelOfNeed statutory() {
		return levels.levels().stream().filter(LevelOfNeed::statutory).findFirst().orElse(levels.highest());
	}
}
