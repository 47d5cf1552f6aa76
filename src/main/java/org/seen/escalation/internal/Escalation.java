package org.seen.escalation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.calendar.WorkingDays;

/** A professional disagreement about a child, where it stands, and every stage it reached. */
public record Escalation(UUID id, int number, UUID childId, Subject subject, String concern, String wanted,
		String raisedBy, UUID raisedByPractitioner, UUID raisingAgencyId, String raisingAgency, UUID withAgencyId,
		String withAgency, UUID withPractitionerId, String withPractitioner, Instant raisedAt, int stage,
		LocalDate stageStartedOn, LocalDate stageDueOn, LocalDate finalStageOverdueOn, boolean open, Outcome outcome,
		String outcomeDetail, String learning, String resolvedBy, Instant resolvedAt, int version,
		List<StageRecord> stages) {

	/** How the partnership names it without the child's name. */
	public String reference() {
		return reference(number);
	}

	static String reference(int number) {
		return "ESC-" + String.format("%04d", number);
	}

	public Stage currentStage() {
		return Stage.of(stage);
	}

	/** Past the current stage's deadline and still open: the deadline day itself is not overdue. */
	public boolean overdue(LocalDate today) {
		return open && today.isAfter(stageDueOn);
	}

	public LocalDate raisedOn() {
		return LocalDate.ofInstant(raisedAt, WorkingDays.ENGLAND);
	}

	public LocalDate resolvedOn() {
		return resolvedAt == null ? null : LocalDate.ofInstant(resolvedAt, WorkingDays.ENGLAND);
	}

	/** Calendar days since it was raised, or until it was resolved. */
	public long daysOpen(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(raisedOn(), open ? today : resolvedOn());
	}

	public boolean atLastStage() {
		return stage == Stage.LAST;
	}

	/** One stage the escalation reached: its timescale, who handled it, and how it ended (null while current). */
	public record StageRecord(int stage, LocalDate startedOn, LocalDate dueOn, String handledBy, String discussed,
			String endedHow, String endedReason, String endedBy, Instant endedAt) {

		public LocalDate endedOn() {
			return endedAt == null ? null : LocalDate.ofInstant(endedAt, WorkingDays.ENGLAND);
		}

		public String label() {
			return Stage.of(stage).label();
		}

		public String endedLabel() {
			if (endedHow == null) {
				return "Current stage";
			}
			return switch (endedHow) {
				case "RESOLVED" -> "Resolved";
				case "MOVED_UP" -> "Not resolved: moved up";
				default -> "Moved up automatically";
			};
		}
	}
}
