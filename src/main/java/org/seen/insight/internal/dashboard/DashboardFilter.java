package org.seen.insight.internal.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.seen.insight.internal.Breakdown;
import org.seen.insight.internal.CensusReturn;
import org.seen.web.FormErrors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filters, bound from the query string as text: the LEA, the return (the period is
 * the return's collection year) and the breakdown. Blank means the default: the LEA with the most
 * recent return, that LEA's latest return, and no breakdown. A value that matches nothing comes
 * back to the form with a message.
 */
public class DashboardFilter {

	static final String NONE = "none";

	private String lea = "";

	private String year = "";

	private String breakdown = "";

	/** What the filters pick from the stored returns, or the problems that stop them. */
	Choice choose(List<CensusReturn> all) {
		FormErrors errors = new FormErrors();
		Breakdown chosenBreakdown = null;
		if (!breakdown.isBlank() && !NONE.equals(breakdown.trim())) {
			String wanted = breakdown.trim();
			chosenBreakdown = java.util.Arrays.stream(Breakdown.values()).filter(b -> b.key().equals(wanted)).findFirst().orElse(null);
			if (chosenBreakdown == null) {
				errors.reject("breakdown", "Select a breakdown from the list");
			}
		}
		List<String> leas = all.stream().map(CensusReturn::lea).distinct().sorted().toList();
		String chosenLea = lea.trim();
		if (chosenLea.isEmpty()) {
			chosenLea = all.stream()
				.max(Comparator.comparing(CensusReturn::referenceDate).thenComparing(CensusReturn::lea, Comparator.reverseOrder()))
				.map(CensusReturn::lea)
				.orElse(null);
		}
		else if (!leas.contains(chosenLea)) {
			errors.reject("lea", "Select a local authority from the list");
			chosenLea = null;
		}
		String wanted = chosenLea;
		List<CensusReturn> returns = new ArrayList<>(all.stream().filter(r -> r.lea().equals(wanted)).toList());
		returns.sort(Comparator.comparing(CensusReturn::referenceDate).reversed());
		CensusReturn chosen = null;
		if (!returns.isEmpty()) {
			if (year.isBlank()) {
				chosen = returns.get(0);
			}
			else {
				chosen = returns.stream().filter(r -> Integer.toString(r.year()).equals(year.trim())).findFirst().orElse(null);
				boolean anotherLeasYear = all.stream().anyMatch(r -> Integer.toString(r.year()).equals(year.trim()));
				if (chosen == null && anotherLeasYear) {
					// the form lists the years of the LEA shown; someone who has just chosen another LEA
					// sees that LEA's latest return rather than an error
					chosen = returns.get(0);
				}
				else if (chosen == null) {
					errors.reject("year", "Select a return from the list for this local authority");
				}
			}
		}
		return new Choice(leas, chosenLea, returns, errors.isEmpty() ? chosen : null, chosenBreakdown, errors);
	}

	/** What the filters chose: the LEA, its returns newest first, the return and breakdown, or the errors. */
	public record Choice(List<String> leas, String lea, List<CensusReturn> returns, CensusReturn census, Breakdown breakdown,
			FormErrors errors) {

		boolean any() {
			return census != null;
		}

		String breakdownKey() {
			return breakdown == null ? NONE : breakdown.key();
		}

		/** The filters as a query string, for the export and report links. */
		String query() {
			return UriComponentsBuilder.newInstance()
				.queryParam("lea", lea)
				.queryParam("year", census.year())
				.queryParam("breakdown", breakdownKey())
				.build()
				.encode()
				.toUriString();
		}

		/** A file name for an export: the LEA, the collection year and the breakdown. */
		String fileName(String extension) {
			return "neglect-measures-" + lea + "-" + census.label()
					+ (breakdown == null ? "" : "-by-" + breakdown.key().replace('_', '-')) + "." + extension;
		}
	}

	public String getLea() {
		return lea;
	}

	public void setLea(String lea) {
		this.lea = lea == null ? "" : lea;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year == null ? "" : year;
	}

	public String getBreakdown() {
		return breakdown;
	}

	public void setBreakdown(String breakdown) {
		this.breakdown = breakdown == null ? "" : breakdown;
	}
}
