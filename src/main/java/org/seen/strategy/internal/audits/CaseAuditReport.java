package org.seen.strategy.internal.audits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.springframework.stereotype.Service;

/**
 * The case audits' part of the quarterly report for the quality and performance subgroup: audits
 * completed in the period, cases audited, each question's grades (small numbers withheld, since the
 * report is circulated), the areas for improvement found most often, and the actions still open.
 * No child is named: the audits hold none.
 */
@Service
public class CaseAuditReport {

	private final CaseAuditing auditing;

	CaseAuditReport(CaseAuditing auditing) {
		this.auditing = auditing;
	}

	/** One question's grades over the period: each grade's count as shown ("c" when withheld) and the share good or better. */
	public record QuestionGrades(String template, int position, String question, String scale,
			Map<String, String> grades, String total, String shareGoodOrBetter) {
	}

	/**
	 * @param auditsCompleted audits dated in the period and closed
	 * @param auditsInProgress audits dated in the period still open
	 * @param casesAudited sampled cases graded by at least one panel member (shown, "c" when 1 to 4)
	 * @param topFindings texts of areas for improvement, the questions with most of them first (at most 5)
	 */
	public record Summary(LocalDate from, LocalDate to, int auditsCompleted, int auditsInProgress, String casesAudited,
			List<QuestionGrades> questions, List<String> topFindings, int actionsOpen, int actionsOverdue) {
	}

	public Summary summary(Actor actor, LocalDate from, LocalDate to) {
		Themes themes = auditing.themes(actor, from, to);
		int completed = (int) themes.audits().stream().filter(a -> !a.open()).count();
		int inProgress = themes.audits().size() - completed;
		List<QuestionGrades> questions = themes.questions().stream()
			.map(q -> new QuestionGrades(q.templateName(), q.position(), q.question(), q.scale().label(),
					q.scale().grades().stream().collect(Collectors.toMap(Grade::label, g -> q.count(g).shown(),
							(a, b) -> a, java.util.LinkedHashMap::new)),
					q.shownTotal(), q.shareGoodOrBetter()))
			.toList();
		List<String> top = themes.findings().stream()
			.sorted(Comparator.comparingInt((Themes.FindingGroup g) -> g.areasForImprovement().size()).reversed())
			.flatMap(g -> g.areasForImprovement().stream())
			.limit(5)
			.toList();
		return new Summary(from, to, completed, inProgress, Figure.of(auditing.casesGraded(themes.audits()), true).shown(),
				questions, top, themes.openActions().size(), (int) themes.overdue());
	}
}
