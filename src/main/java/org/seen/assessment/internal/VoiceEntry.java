package org.seen.assessment.internal;

import java.time.LocalDate;
import java.util.List;

import org.seen.web.FormErrors;

/** The child's voice as a practitioner enters it, from the page or the API. */
public record VoiceEntry(VoiceKind kind, LocalDate gatheredOn, String words, String worries, String goodThings,
		String wishes, String observed, String notGatheredReason, String howGathered, List<String> itemIds) {

	FormErrors check(LocalDate today) {
		FormErrors errors = new FormErrors();
		if (kind == null) {
			errors.reject("kind", "Select what you are recording");
		}
		if (gatheredOn == null) {
			errors.reject("gatheredOn", "Enter the date the child's voice was gathered");
		}
		else if (gatheredOn.isAfter(today)) {
			errors.reject("gatheredOn", "Date gathered must be today or in the past");
		}
		if (kind == VoiceKind.WORDS && ItemEntry.blank(words) && ItemEntry.blank(worries) && ItemEntry.blank(goodThings)
				&& ItemEntry.blank(wishes)) {
			errors.reject("words", "Enter what the child said, their worries, the good things or their wishes");
		}
		if (kind == VoiceKind.OBSERVED && ItemEntry.blank(observed)) {
			errors.reject("observed", "Enter what you observed of a day in the child's life");
		}
		if (kind == VoiceKind.NOT_GATHERED && ItemEntry.blank(notGatheredReason)) {
			errors.reject("notGatheredReason", "Enter why the child's voice could not be gathered");
		}
		if (kind != null && kind.heard() && ItemEntry.blank(howGathered)) {
			errors.reject("howGathered", "Enter how the child's voice was gathered");
		}
		for (String[] field : new String[][] { { "words", words }, { "worries", worries }, { "goodThings", goodThings },
				{ "wishes", wishes }, { "observed", observed } }) {
			if (field[1] != null && field[1].length() > ItemEntry.LONG_TEXT) {
				errors.reject(field[0], "This must be " + ItemEntry.LONG_TEXT + " characters or fewer");
			}
		}
		if (howGathered != null && howGathered.length() > 2000) {
			errors.reject("howGathered", "How it was gathered must be 2000 characters or fewer");
		}
		if (notGatheredReason != null && notGatheredReason.length() > 2000) {
			errors.reject("notGatheredReason", "The reason must be 2000 characters or fewer");
		}
		return errors.inOrder("kind", "gatheredOn", "words", "worries", "goodThings", "wishes", "observed",
				"notGatheredReason", "howGathered", "itemIds");
	}

	/** Keeps only what belongs to the kind recorded, trimmed. */
	VoiceEntry tidy() {
		boolean said = kind == VoiceKind.WORDS;
		return new VoiceEntry(kind, gatheredOn, said ? ItemEntry.trimmed(words) : null,
				said ? ItemEntry.trimmed(worries) : null, said ? ItemEntry.trimmed(goodThings) : null,
				said ? ItemEntry.trimmed(wishes) : null, kind == VoiceKind.OBSERVED ? ItemEntry.trimmed(observed) : null,
				kind == VoiceKind.NOT_GATHERED ? ItemEntry.trimmed(notGatheredReason) : null,
				ItemEntry.trimmed(howGathered), itemIds == null ? List.of() : List.copyOf(itemIds));
	}
}
