package org.seen.insight.internal.dashboard;

import static org.seen.insight.internal.CinXml.assessment;
import static org.seen.insight.internal.CinXml.census;
import static org.seen.insight.internal.CinXml.child;
import static org.seen.insight.internal.CinXml.described;
import static org.seen.insight.internal.CinXml.episode;
import static org.seen.insight.internal.CinXml.protectionPlan;

import java.util.ArrayList;
import java.util.List;

/** Hand-made census returns for the dashboard's tests. Every child and date in them is invented. */
public final class DashboardReturns {

	private DashboardReturns() {
	}

	/**
	 * The year to 31 March 2025: three referrals (a small number), all neglect; six children on
	 * neglect plans open since 2023 (four girls, two boys); five plans ended in the year after
	 * more than two years; eight assessments authorised in the year, three of them for neglect.
	 */
	public static String latest(String lea) {
		List<String> children = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			children.add(child("R" + i, "2016-05-01", episode("2024-06-01", assessment("2024-06-01", "2024-06-20", "16A"))));
		}
		for (int i = 1; i <= 6; i++) {
			children.add(described("P" + i, "2012-05-01", i <= 4 ? "<Sex>F</Sex>" : "<Sex>M</Sex>", "WBRI", "NONE",
					episode("2023-06-01", protectionPlan("2023-07-01", null, "NEG", "NEG", 0))));
		}
		for (int i = 1; i <= 5; i++) {
			children.add(child("E" + i, "2010-02-01",
					episode("2022-01-10", protectionPlan("2022-02-01", "2024-05-01", "PHY", "PHY", 0))));
		}
		for (int i = 1; i <= 5; i++) {
			children.add(child("A" + i, "2019-09-01",
					episode("2024-03-01", assessment("2024-03-05", "2024-04-10", "3A"))));
		}
		return census(lea, "2025-03-31", children.toArray(String[]::new));
	}

	/** The year to 31 March 2024: seven referrals, none for neglect, no plans. */
	public static String earlier(String lea) {
		List<String> children = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			children.add(child("T" + i, "2015-01-10", episode("2023-06-01")));
		}
		return census(lea, "2024-03-31", children.toArray(String[]::new));
	}
}
