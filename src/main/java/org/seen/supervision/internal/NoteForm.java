package org.seen.supervision.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;

/** What the supervision note form posts, kept as typed so it comes back with each mistake against its field. */
public record NoteForm(String heldOnDay, String heldOnMonth, String heldOnYear, String supervisor, String stuck,
		String known, String livedExperience, String decisions, String actions, String nextOnDay, String nextOnMonth,
		String nextOnYear) {

	static NoteForm on(LocalDate day) {
		DateInput today = DateInput.of(day);
		return new NoteForm(today.day(), today.month(), today.year(), null, null, null, null, null, null, null, null,
				null);
	}

	public DateInput heldOn() {
		return new DateInput(heldOnDay, heldOnMonth, heldOnYear);
	}

	public DateInput nextOn() {
		return new DateInput(nextOnDay, nextOnMonth, nextOnYear);
	}

	/** The entry; problems reading the date boxes are recorded against their fields. */
	NoteEntry entry(FormErrors errors) {
		LocalDate held = heldOn().parse("heldOn", "Date of the supervision", errors);
		LocalDate next = nextOn().parse("nextOn", "Date of the next supervision", errors);
		return new NoteEntry(held, id(supervisor), stuck, known, livedExperience, decisions, actions, next);
	}

	static UUID id(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
