package org.seen.strategy.internal.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.agencies.Practitioners;
import org.seen.web.FormErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback entered outside the family view: a family's printed form typed in by a practitioner, and
 * a practitioner's own feedback on support they received. Both are anonymous by design: a printed
 * form is linked to no child, family member or the person who typed it; a practitioner's feedback
 * keeps only their agency's kind. The audit trail records that an entry was made and by whom, but
 * not its content, and the entry keeps no link back to the audit entry.
 */
@Service
public class FeedbackEntries {

	static final int MAX_TEXT = 2000;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Practitioners practitioners;

	private final Clock clock;

	FeedbackEntries(JdbcClient jdbc, AuditTrail audit, Practitioners practitioners, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.practitioners = practitioners;
		this.clock = clock;
	}

	public record PrintedForm(LocalDate givenOn, String agencyId, String helpfulness, String helping,
			String couldBeBetter, String anythingElse) {
	}

	public record PractitionerFeedback(String service, String rating, String helped, String couldBeBetter) {
	}

	/** Only people who work with families enter forms and give feedback. */
	public static boolean mayEnter(Actor actor) {
		return actor.role().isCasework() && actor.practitioner() != null;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	/** {@code edgeErrors} carries problems the edge found (such as a date that is not real). */
	@Transactional
	public UUID enterPrintedForm(Actor actor, PrintedForm form, FormErrors edgeErrors) {
		requireCasework(actor);
		FormErrors errors = edgeErrors == null ? new FormErrors() : edgeErrors;
		if (form.givenOn() == null && !errors.has("givenOn")) {
			errors.reject("givenOn", "Enter the date the form was filled in");
		}
		else if (form.givenOn() != null && form.givenOn().isAfter(today())) {
			errors.reject("givenOn", "The date the form was filled in must be today or in the past");
		}
		else if (form.givenOn() != null && form.givenOn().isBefore(today().minusYears(2))) {
			errors.reject("givenOn", "The date the form was filled in must be within the last 2 years");
		}
		UUID agencyId = uuid(form.agencyId());
		if (agencyId == null || practitioners.agencyName(agencyId).isEmpty()) {
			errors.reject("agencyId", "Select the agency whose support the form is about");
		}
		Integer helpfulness = score(form.helpfulness(), "helpfulness", "Select how helpful the family found the support",
				errors);
		String helping = text(form.helping(), "helping", "What is helping", errors);
		String better = text(form.couldBeBetter(), "couldBeBetter", "What could be better", errors);
		String anythingElse = text(form.anythingElse(), "anythingElse", "Anything else", errors);
		errors.inOrder("givenOn", "agencyId", "helpfulness", "helping", "couldBeBetter", "anythingElse").throwIfAny();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into printed_feedback (id, given_on, agency_id, helpfulness, helping, could_be_better, anything_else)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, form.givenOn(), agencyId, helpfulness, helping, better, anythingElse)
			.update();
		audit.record(actor, AuditAction.CREATE, "PRINTED_FEEDBACK", null, null, "A family's printed form entered");
		return id;
	}

	@Transactional
	public UUID givePractitionerFeedback(Actor actor, PractitionerFeedback feedback) {
		requireCasework(actor);
		FormErrors errors = new FormErrors();
		SupportService service = null;
		try {
			service = SupportService.valueOf(feedback.service() == null ? "" : feedback.service().trim());
		}
		catch (IllegalArgumentException ex) {
			errors.reject("service", "Select the support your feedback is about");
		}
		Integer rating = score(feedback.rating(), "rating", "Select how helpful the support was", errors);
		String helped = text(feedback.helped(), "helped", "What helped", errors);
		String better = text(feedback.couldBeBetter(), "couldBeBetter", "What could be better", errors);
		errors.inOrder("service", "rating", "helped", "couldBeBetter").throwIfAny();
		String kind = practitioners.agencies().stream().filter(a -> a.id().equals(actor.agencyId())).findFirst()
			.map(Practitioners.AgencySummary::kind).orElse("UNKNOWN");
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into practitioner_feedback (id, given_on, service, rating, helped, could_be_better, agency_kind)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, today(), service.name(), rating, helped, better, kind)
			.update();
		// who gave feedback is audited, not what they said, and no id links the two
		audit.record(actor, AuditAction.CREATE, "PRACTITIONER_FEEDBACK", null, null, "Feedback on support given");
		return id;
	}

	private static void requireCasework(Actor actor) {
		if (!mayEnter(actor)) {
			throw new AccessDeniedException("Only practitioners working with families enter feedback.");
		}
	}

	private static Integer score(String text, String field, String message, FormErrors errors) {
		try {
			int value = Integer.parseInt(text == null ? "" : text.trim());
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the message
		}
		errors.reject(field, message);
		return null;
	}

	private static String text(String text, String field, String label, FormErrors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.trim().length() > MAX_TEXT) {
			errors.reject(field, label + " must be " + MAX_TEXT + " characters or fewer");
			return null;
		}
		return text.trim();
	}

	private static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
