package org.seen.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as a family reads it: plain language, no grades, no evidence, nothing from any agency's
 * chronology. Written by the plans module from the plan's own outcomes, actions and reviews.
 *
 * @param goingWell   what is going well, in short sentences ("Mia goes to nursery every day.")
 * @param toChange    what needs to change, each with what it will look like and by when
 * @param actions     who does what by when, with whether it is done
 * @param nextMeeting the next review meeting, if one is set
 * @param lastReview  what the last review said about progress, in plain words (may be empty)
 */
public record FamilyPlan(UUID planId, UUID childId, String childName, String leadProfessional, String leadAgency,
		List<String> goingWell, List<Change> toChange, List<Action> actions, List<Member> team, LocalDate nextMeeting,
		String nextMeetingPlace, String lastReview, LocalDate startedOn) {

	/** Something that needs to change: what we are working on, how we will know, and by when. */
	public record Change(String whatWeAreWorkingOn, String howWeWillKnow, LocalDate by, String progress) {
	}

	/** Who does what by when. {@code who} is a role and agency or "You", never a private detail. */
	public record Action(String what, String who, LocalDate by, boolean done) {
	}

	/** Someone in the team around the family: name, role and agency (or "Family"). */
	public record Member(String name, String role) {
	}
}
