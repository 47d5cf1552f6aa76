package org.seen.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.seen.web.DateInput;
import org.seen.web.FormErrors;

/** What the voice form posts, kept as typed so it comes back with each mistake against its field. */
public class VoiceForm {

	private String kind;

	private String gatheredOnDay;

	private String gatheredOnMonth;

	private String gatheredOnYear;

	private String words;

	private String worries;

	private String goodThings;

	private String wishes;

	private String observed;

	private String notGatheredReason;

	private String howGathered;

	private UUID assessment;

	private List<String> itemIds;

	/** The entry, with every problem found recorded: those of reading the boxes and those of the entry itself. */
	VoiceEntry entry(FormErrors errors, java.time.LocalDate today) {
		VoiceKind k = null;
		if (kind != null && !kind.isBlank()) {
			try {
				k = VoiceKind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				errors.reject("kind", "Select what you are recording");
			}
		}
		var on = gatheredOn().parse("gatheredOn", "Date gathered", errors);
		if (on == null && gatheredOn().isBlank()) {
			errors.reject("gatheredOn", "Enter the date the child's voice was gathered");
		}
		VoiceEntry entry = new VoiceEntry(k, on, words, worries, goodThings, wishes, observed, notGatheredReason,
				howGathered, itemIds);
		entry.check(today).problems().forEach(p -> errors.reject(p.field(), p.message()));
		return entry;
	}

	public DateInput gatheredOn() {
		return new DateInput(gatheredOnDay, gatheredOnMonth, gatheredOnYear);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getGatheredOnDay() {
		return gatheredOnDay;
	}

	public void setGatheredOnDay(String gatheredOnDay) {
		this.gatheredOnDay = gatheredOnDay;
	}

	public String getGatheredOnMonth() {
		return gatheredOnMonth;
	}

	public void setGatheredOnMonth(String gatheredOnMonth) {
		this.gatheredOnMonth = gatheredOnMonth;
	}

	public String getGatheredOnYear() {
		return gatheredOnYear;
	}

	public void setGatheredOnYear(String gatheredOnYear) {
		this.gatheredOnYear = gatheredOnYear;
	}

	public String getWords() {
		return words;
	}

	public void setWords(String words) {
		this.words = words;
	}

	public String getWorries() {
		return worries;
	}

	public void setWorries(String worries) {
		this.worries = worries;
	}

	public String getGoodThings() {
		return goodThings;
	}

	public void setGoodThings(String goodThings) {
		this.goodThings = goodThings;
	}

	public String getWishes() {
		return wishes;
	}

	public void setWishes(String wishes) {
		this.wishes = wishes;
	}

	public String getObserved() {
		return observed;
	}

	public void setObserved(String observed) {
		this.observed = observed;
	}

	public String getNotGatheredReason() {
		return notGatheredReason;
	}

	public void setNotGatheredReason(String notGatheredReason) {
		this.notGatheredReason = notGatheredReason;
	}

	public String getHowGathered() {
		return howGathered;
	}

	public void setHowGathered(String howGathered) {
		this.howGathered = howGathered;
	}

	public UUID getAssessment() {
		return assessment;
	}

	public void setAssessment(UUID assessment) {
		this.assessment = assessment;
	}

	public List<String> getItemIds() {
		return itemIds;
	}

	public void setItemIds(List<String> itemIds) {
		this.itemIds = itemIds;
	}
}
