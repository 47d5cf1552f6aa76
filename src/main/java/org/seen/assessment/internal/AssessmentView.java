package org.seen.assessment.internal;

import java.util.List;
import java.util.OptionalInt;

import org.seen.assessment.AreaGradeRule;
import org.seen.assessment.AgeBand;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolArea;
import org.seen.assessment.ToolItem;
import org.seen.people.ChildSummary;

/**
 * An assessment read with the tool version it was made with, the child's age band in that tool,
 * and the child: everything a page, the API or a printed copy needs to show it.
 */
public record AssessmentView(Assessment assessment, Tool tool, AgeBand band, ChildSummary child) {

	/** The items that apply to this child, area by area; areas with none are left out. */
	public List<AreaItems> areas() {
		return tool.areas()
			.stream()
			.map(area -> new AreaItems(area, area.items().stream().filter(item -> item.appliesTo(band)).toList()))
			.filter(area -> !area.items().isEmpty())
			.toList();
	}

	public List<ToolItem> items() {
		return tool.itemsFor(band);
	}

	public List<ToolItem> ungraded() {
		return items().stream().filter(item -> !assessment.item(item.id()).graded()).toList();
	}

	public long gradedCount() {
		return items().size() - ungraded().size();
	}

	public AssessedItem recorded(String itemId) {
		return assessment.item(itemId);
	}

	public String descriptor(ToolItem item, int grade) {
		return item.descriptor(grade, band);
	}

	/** The proposed grade of an area by {@link AreaGradeRule}, or 0 while none of its items is graded. */
	public int proposed(AreaItems area) {
		OptionalInt grade = AreaGradeRule
			.propose(area.items().stream().map(item -> assessment.item(item.id()).grade()).toList());
		return grade.orElse(0);
	}

	/** The confirmed grade of an area, or the proposed one while it has not been confirmed. */
	public int areaGrade(AreaItems area) {
		AreaDecision decision = assessment.areas().get(area.area().id());
		return decision != null ? decision.confirmedGrade() : proposed(area);
	}

	public AreaDecision decision(String areaId) {
		return assessment.areas().get(areaId);
	}

	/** Items graded 3 to 5: what needs to change, with their targets. */
	public List<ToolItem> needingChange() {
		return items().stream().filter(item -> assessment.item(item.id()).needsChange()).toList();
	}

	/** Items graded 1 or 2: what is going well. */
	public List<ToolItem> strengths() {
		return items().stream().filter(item -> {
			Integer grade = assessment.item(item.id()).grade();
			return grade != null && grade <= 2;
		}).toList();
	}

	public ToolArea areaOf(ToolItem item) {
		return tool.areaOf(item.id()).orElseThrow();
	}

	public String ruleInWords() {
		return AreaGradeRule.IN_WORDS;
	}

	public record AreaItems(ToolArea area, List<ToolItem> items) {
	}
}
