package org.seen.chronology.internal;

/**
 * What the add and correct forms post: text throughout (a GOV.UK date input is three boxes), so
 * that the form comes back exactly as typed with each mistake against its field.
 */
public class EventForm {

	private String day;

	private String month;

	private String year;

	private String time;

	private String type;

	private String summary;

	private String detail;

	private String significance;

	private String peopleInvolved;

	private String attendancePercent;

	private String agencyReference;

	private String reason;

	private int version;

	static EventForm of(ChronologyEvent event) {
		EventForm form = new EventForm();
		form.day = String.valueOf(event.date().getDayOfMonth());
		form.month = String.valueOf(event.date().getMonthValue());
		form.year = String.valueOf(event.date().getYear());
		form.time = event.time() == null ? null : event.time().toString();
		form.type = event.type().name();
		form.summary = event.summary();
		form.detail = event.detail();
		form.significance = event.significance().name();
		form.peopleInvolved = event.peopleInvolved();
		form.attendancePercent = event.attendancePercent() == null ? null : event.attendancePercent().toPlainString();
		form.agencyReference = event.agencyReference();
		form.version = event.version();
		return form;
	}

	EventDraft draft() {
		return new EventDraft(isoDate(), time, type, summary, detail, significance, peopleInvolved, attendancePercent,
				agencyReference);
	}

	/** The three boxes as one ISO date; any box left empty or not a number reads as not a real date. */
	private String isoDate() {
		boolean none = blank(day) && blank(month) && blank(year);
		if (none) {
			return null;
		}
		try {
			return "%04d-%02d-%02d".formatted(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
					Integer.parseInt(day.trim()));
		}
		catch (RuntimeException ex) {
			return "not a date";
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDetail() {
		return detail;
	}

	public void setDetail(String detail) {
		this.detail = detail;
	}

	public String getSignificance() {
		return significance;
	}

	public void setSignificance(String significance) {
		this.significance = significance;
	}

	public String getPeopleInvolved() {
		return peopleInvolved;
	}

	public void setPeopleInvolved(String peopleInvolved) {
		this.peopleInvolved = peopleInvolved;
	}

	public String getAttendancePercent() {
		return attendancePercent;
	}

	public void setAttendancePercent(String attendancePercent) {
		this.attendancePercent = attendancePercent;
	}

	public String getAgencyReference() {
		return agencyReference;
	}

	public void setAgencyReference(String agencyReference) {
		this.agencyReference = agencyReference;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
