package org.seen.access.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.access.AuditAction;
import org.seen.access.AuditSearch;
import org.seen.web.DateInput;
import org.seen.web.FormErrors;

/**
 * The auditor's filter form, bound from the query string as text so that a mistyped id or date
 * comes back to the form with a message rather than as a bare error page.
 */
class AuditFilter {

	static final int PAGE_SIZE = 50;

	private String childId = "";

	private String username = "";

	private String action = "";

	private String fromDay = "";

	private String fromMonth = "";

	private String fromYear = "";

	private String toDay = "";

	private String toMonth = "";

	private String toYear = "";

	private Long before;

	/** The search this filter asks for, or the problems that stop it, field by field. */
	Parsed parse() {
		FormErrors errors = new FormErrors();
		UUID child = null;
		if (!childId.isBlank()) {
			try {
				child = UUID.fromString(childId.trim());
			}
			catch (IllegalArgumentException ex) {
				errors.reject("childId", "Enter the child's record id as shown in the address of their page");
			}
		}
		AuditAction chosen = null;
		if (!action.isBlank()) {
			try {
				chosen = AuditAction.valueOf(action);
			}
			catch (IllegalArgumentException ex) {
				errors.reject("action", "Select an action from the list");
			}
		}
		LocalDate from = fromDate().parse("from", "Date from", errors);
		LocalDate to = toDate().parse("to", "Date to", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.reject("to", "Date to must be the same as or after date from");
		}
		return new Parsed(new AuditSearch(child, username, chosen, from, to, before, PAGE_SIZE), errors);
	}

	public DateInput fromDate() {
		return new DateInput(fromDay, fromMonth, fromYear);
	}

	public DateInput toDate() {
		return new DateInput(toDay, toMonth, toYear);
	}

	/** The filter as query parameters, for the link to older entries. */
	String query() {
		StringBuilder query = new StringBuilder();
		append(query, "childId", childId);
		append(query, "username", username);
		append(query, "action", action);
		append(query, "fromDay", fromDay);
		append(query, "fromMonth", fromMonth);
		append(query, "fromYear", fromYear);
		append(query, "toDay", toDay);
		append(query, "toMonth", toMonth);
		append(query, "toYear", toYear);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.append(query.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	record Parsed(AuditSearch search, FormErrors errors) {
	}

	public String getChildId() {
		return childId;
	}

	public void setChildId(String childId) {
		this.childId = childId == null ? "" : childId;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action == null ? "" : action;
	}

	public String getFromDay() {
		return fromDay;
	}

	public void setFromDay(String fromDay) {
		this.fromDay = fromDay == null ? "" : fromDay;
	}

	public String getFromMonth() {
		return fromMonth;
	}

	public void setFromMonth(String fromMonth) {
		this.fromMonth = fromMonth == null ? "" : fromMonth;
	}

	public String getFromYear() {
		return fromYear;
	}

	public void setFromYear(String fromYear) {
		this.fromYear = fromYear == null ? "" : fromYear;
	}

	public String getToDay() {
		return toDay;
	}

	public void setToDay(String toDay) {
		this.toDay = toDay == null ? "" : toDay;
	}

	public String getToMonth() {
		return toMonth;
	}

	public void setToMonth(String toMonth) {
		this.toMonth = toMonth == null ? "" : toMonth;
	}

	public String getToYear() {
		return toYear;
	}

	public void setToYear(String toYear) {
		this.toYear = toYear == null ? "" : toYear;
	}

	public Long getBefore() {
		return before;
	}

	public void setBefore(Long before) {
		this.before = before;
	}
}
