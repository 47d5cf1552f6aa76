package org.seen.insight.internal.dashboard;

import java.util.List;

import org.seen.insight.internal.Breakdown;
import org.seen.insight.internal.CensusReturn;
import org.seen.insight.internal.Measure;
import org.seen.insight.internal.Rate;

/**
 * Everything the dashboard, the exports and the printed report show for one choice of LEA,
 * return and breakdown, with numbers already withheld where the reader may not see them.
 */
public record DashboardView(CensusReturn census, Breakdown breakdown, boolean suppressed, List<Section> sections,
		List<CensusReturn> years, List<TrendRow> trend) {

	public record Section(String title, String id, List<MeasureView> measures) {
	}

	/**
	 * One measure: its count and share in the chosen return, the share's national comparator,
	 * and its figures by the breakdown's categories or, with no breakdown, by year.
	 */
	public record MeasureView(Measure measure, String definition, Object count, Object share, Measure shareOf,
			Rate comparator, List<Row> rows, BarChart bars, LineChart line) {

		public String id() {
			return measure.key().replace('_', '-');
		}

		public String countText() {
			return Figures.count(count);
		}

		public String shareText() {
			return Figures.share(share);
		}

		public String shareOfLabel() {
			return shareOf == null ? null : shareOf.label().substring(0, 1).toLowerCase() + shareOf.label().substring(1);
		}

		/** What the chart shows, for its title and the table's caption. */
		public String chartDescription(Breakdown breakdown) {
			return measure.label() + (breakdown == null ? ", by year" : ", by " + breakdown.label().toLowerCase());
		}
	}

	/** A row of a measure's table: a category or a year, its count and its share. */
	public record Row(String label, Object count, Object share) {

		public String countText() {
			return Figures.count(count);
		}

		public String shareText() {
			return Figures.share(share);
		}
	}

	/** A measure's counts in each of the LEA's returns, oldest first. */
	public record TrendRow(String label, List<Object> values, boolean percent) {

		public List<String> texts() {
			return values.stream().map(v -> percent ? Figures.share(v) : Figures.count(v)).toList();
		}
	}

	public boolean hasShares() {
		return sections.stream().flatMap(s -> s.measures().stream()).anyMatch(m -> m.shareOf() != null);
	}
}
