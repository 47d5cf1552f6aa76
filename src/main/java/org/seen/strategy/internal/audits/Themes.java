package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the audits found, question by question: how often each grade was given, the share good or
 * better (or yes), the findings grouped by question, and the actions still open. Across audits,
 * counts from 1 to 4 and any share worked out from one are withheld as "c".
 */
public record Themes(LocalDate from, LocalDate to, List<CaseAudit> audits, List<QuestionTheme> questions,
		List<FindingGroup> findings, List<CaseAudits.ActionLine> openActions, LocalDate today, boolean withheld) {

	public record QuestionTheme(UUID questionId, String templateName, int position, String question, Scale scale,
			Map<Grade, Figure> counts, Figure total, String shareGoodOrBetter) {

		public Figure count(Grade grade) {
			return counts.get(grade);
		}

		/**
		 * The total as shown: withheld when any grade is, or the withheld grade could be had by
		 * taking the others from the total.
		 */
		public String shownTotal() {
			return counts.values().stream().anyMatch(Figure::withheld) ? "c" : total.shown();
		}
	}

	public record FindingGroup(String question, List<String> strengths, List<String> areasForImprovement) {
	}

	public long overdue() {
		return openActions.stream().filter(a -> a.action().overdueOn(today)).count();
	}

	static Themes of(LocalDate from, LocalDate to, List<CaseAudit> audits, List<CaseAudits.GradeCount> counts,
			List<CaseAudits.FindingText> findingTexts, List<CaseAudits.ActionLine> actions, LocalDate today,
			boolean withhold) {
		Map<UUID, Map<Grade, Integer>> byQuestion = new LinkedHashMap<>();
		Map<UUID, CaseAudits.GradeCount> first = new LinkedHashMap<>();
		for (CaseAudits.GradeCount count : counts) {
			byQuestion.computeIfAbsent(count.questionId(), q -> new EnumMap<>(Grade.class)).merge(count.grade(),
					count.count(), Integer::sum);
			first.putIfAbsent(count.questionId(), count);
		}
		List<QuestionTheme> questions = first.values().stream().map(q -> {
			Map<Grade, Integer> raw = byQuestion.get(q.questionId());
			Map<Grade, Figure> shown = new EnumMap<>(Grade.class);
			int total = 0;
			int good = 0;
			for (Grade grade : q.scale().grades()) {
				int n = raw.getOrDefault(grade, 0);
				shown.put(grade, Figure.of(n, withhold));
				total += n;
				good += grade.goodOrBetter() ? n : 0;
			}
			boolean hideShare = withhold && (Figure.small(good) || Figure.small(total) || Figure.small(total - good));
			String share = total == 0 ? "-" : hideShare ? "c" : Math.round(100.0 * good / total) + "%";
			return new QuestionTheme(q.questionId(), q.templateName(), q.position(), q.question(), q.scale(), shown,
					Figure.of(total, withhold), share);
		}).toList();
		Map<String, FindingGroup> groups = new LinkedHashMap<>();
		for (CaseAudits.FindingText f : findingTexts) {
			String question = f.question() == null ? "The case as a whole" : f.question();
			FindingGroup group = groups.computeIfAbsent(question,
					k -> new FindingGroup(k, new java.util.ArrayList<>(), new java.util.ArrayList<>()));
			(f.kind() == Finding.Kind.STRENGTH ? group.strengths() : group.areasForImprovement()).add(f.text());
		}
		List<CaseAudits.ActionLine> open = actions.stream()
			.filter(a -> a.action().status() == CaseAction.Status.OPEN)
			.toList();
		return new Themes(from, to, audits, questions, List.copyOf(groups.values()), open, today, withhold);
	}
}
