package org.seen.strategy.internal.actionplan;

import java.math.BigDecimal;
import java.util.List;

import org.seen.strategy.internal.actionplan.KpiMeasures.Point;
import org.seen.strategy.internal.actionplan.StrategyParts.Kpi;

/**
 * A key performance indicator with its figures: from the linked measure, or typed as readings. The
 * current value is the newest figure and the status is worked out from it, never typed.
 */
public record KpiView(Kpi kpi, String measureLabel, String measureSource, List<Point> points) {

	/** The newest figure, or null when there is none yet. */
	public Point current() {
		return points.isEmpty() ? null : points.get(points.size() - 1);
	}

	public BigDecimal currentValue() {
		Point current = current();
		return current == null || current.withheld() ? null : current.value();
	}

	public KpiStatus status() {
		return KpiStatus.of(kpi.direction(), kpi.baselineValue(), kpi.targetValue(), currentValue());
	}

	public String shownCurrent() {
		Point current = current();
		if (current == null) {
			return "No data yet";
		}
		return current.withheld() ? Figures.WITHHELD : current.value() == null ? "Not recorded" : show(current.value());
	}

	public String show(BigDecimal value) {
		return Figures.show(value, kpi.unit());
	}

	public String shownPoint(Point point) {
		return point.withheld() ? Figures.WITHHELD : point.value() == null ? "Not recorded" : show(point.value());
	}

	public String baseline() {
		return kpi.baselineValue() == null ? "Not set" : show(kpi.baselineValue());
	}

	public String target() {
		return kpi.targetValue() == null ? "Not set" : show(kpi.targetValue());
	}

	public boolean anyWithheld() {
		return points.stream().anyMatch(Point::withheld);
	}

	/** The line of the trend drawn in a box of the given size, or null with fewer than two figures. */
	public String sparkline(int width, int height) {
		return Sparkline.path(points.stream().map(p -> p.withheld() ? null : p.value()).toList(), width, height);
	}
}
