package org.seen.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.seen.assessment.Tool;
import org.seen.assessment.ToolArea;
import org.seen.assessment.ToolItem;

/**
 * An assessment set beside an earlier one of the same child, item by item. Items are matched by
 * id, so a later version of the same tool still compares where its items carry on.
 */
public record Comparison(Assessment earlier, Assessment later, List<ItemChange> items) {

	public static Comparison of(Assessment earlier, Assessment later, Tool laterTool) {
		List<ItemChange> changes = laterTool.areas()
			.stream()
			.flatMap(area -> area.items().stream().map(item -> change(earlier, later, area, item)))
			.filter(change -> change.before() != null || change.after() != null)
			.toList();
		return new Comparison(earlier, later, changes);
	}

	private static ItemChange change(Assessment earlier, Assessment later, ToolArea area, ToolItem item) {
		return new ItemChange(item.id(), item.title(), area.title(), earlier.item(item.id()).grade(),
				later.item(item.id()).grade());
	}

	public long count(ItemChange.Direction direction) {
		return items.stream().filter(item -> item.direction() == direction).count();
	}

	public long better() {
		return count(ItemChange.Direction.BETTER);
	}

	public long same() {
		return count(ItemChange.Direction.SAME);
	}

	public long worse() {
		return count(ItemChange.Direction.WORSE);
	}

	public Map<ItemChange.Direction, Long> counts() {
		return items.stream().collect(Collectors.groupingBy(ItemChange::direction, Collectors.counting()));
	}

	public ItemChange.Direction[] directions() {
		return ItemChange.Direction.values();
	}
}
