package org.seen.strategy.internal.workforce;

import org.seen.web.DateInput;

/** What the training pages' forms post, kept as typed so a form re-displays with nothing lost. */
final class TrainingForms {

	private TrainingForms() {
	}

	record CourseForm(String title, String description, String reach, String delivery, String topics) {

		static CourseForm empty() {
			return new CourseForm("", "", "", "", "");
		}

		TrainingRegister.CourseInput input() {
			return new TrainingRegister.CourseInput(title, description, reach, delivery, topics);
		}
	}

	record SessionForm(String heldOnDay, String heldOnMonth, String heldOnYear, String trainer, String venue,
			String online, String places) {

		static SessionForm empty() {
			return new SessionForm("", "", "", "", "", "", "");
		}

		DateInput heldOn() {
			return new DateInput(heldOnDay, heldOnMonth, heldOnYear);
		}

		public boolean isOnline() {
			return "yes".equals(online) || "true".equals(online);
		}
	}

	record AttendeeForm(String practitionerId, String name, String agencyId, String attended, String confidenceBefore,
			String confidenceAfter, String version) {

		static AttendeeForm empty() {
			return new AttendeeForm("", "", "", "", "", "", "");
		}

		static AttendeeForm of(Attendee a) {
			return new AttendeeForm(a.practitionerId() == null ? "" : a.practitionerId().toString(), a.name(),
					a.agencyId().toString(), a.attended() ? "yes" : "no",
					a.confidenceBefore() == null ? "" : a.confidenceBefore().toString(),
					a.confidenceAfter() == null ? "" : a.confidenceAfter().toString(), String.valueOf(a.version()));
		}

		TrainingRegister.AttendeeInput input() {
			return new TrainingRegister.AttendeeInput(practitionerId, name, agencyId, attended, confidenceBefore,
					confidenceAfter);
		}

		int expectedVersion() {
			try {
				return Integer.parseInt(version.trim());
			}
			catch (RuntimeException ex) {
				return -1;
			}
		}
	}
}
