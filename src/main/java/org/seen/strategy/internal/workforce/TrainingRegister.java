package org.seen.strategy.internal.workforce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.RecordNotFound;
import org.seen.agencies.PractitionerDirectory;
import org.seen.agencies.Practitioners;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training register: courses, their sessions and who attended. Analysts and administrators keep
 * it; the partnership's readers see courses and sessions but not who attended (they read the totals).
 * Every change and every read of a register with names is written to the audit trail.
 */
@Service
public class TrainingRegister {

	static final String STALE = "Someone else changed this record while you were working on it. "
			+ "Check it now and make your change again.";

	private static final String COURSE = """
			select c.*, (select count(*) from training_session s where s.course_id = c.id) as sessions
			from training_course c""";

	private static final String SESSION = """
			select s.*, c.title as course_title,
			  (select count(*) from training_attendance a where a.session_id = s.id and a.attended) as attended_count
			from training_session s join training_course c on c.id = s.course_id""";

	private static final String ATTENDEE = """
			select t.*, coalesce(t.attendee_name, p.given_name || ' ' || p.family_name) as name, g.name as agency_name
			from training_attendance t join agency g on g.id = t.agency_id
			left join practitioner p on p.id = t.practitioner_id""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Practitioners practitioners;

	private final PractitionerDirectory directory;

	private final Clock clock;

	TrainingRegister(JdbcClient jdbc, AuditTrail audit, Practitioners practitioners, PractitionerDirectory directory,
			Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.practitioners = practitioners;
		this.directory = directory;
		this.clock = clock;
	}

	public record CourseInput(String title, String description, String reach, String delivery, String topics) {
	}

	public record SessionInput(LocalDate heldOn, String trainer, String venue, boolean online, String places) {
	}

	/** practitionerId or name (with agencyId); attended "yes"/"no"; confidence as typed. */
	public record AttendeeInput(String practitionerId, String name, String agencyId, String attended,
			String confidenceBefore, String confidenceAfter) {
	}

	public List<Course> courses(Actor actor) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return jdbc.sql(COURSE + " order by lower(c.title)").query(TrainingRegister::course).list();
	}

	public Course course(Actor actor, UUID id) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return jdbc.sql(COURSE + " where c.id = ?").param(id).query(TrainingRegister::course).optional()
			.orElseThrow(() -> new RecordNotFound());
	}

	@Transactional
	public Course addCourse(Actor actor, CourseInput input) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		FormErrors errors = new FormErrors();
		String title = required(input.title(), "title", "Enter the course title", 200, errors);
		if (title != null && jdbc.sql("select count(*) from training_course where lower(title) = lower(?)").param(title)
			.query(Integer.class).single() > 0) {
			errors.reject("title", "A course with this title already exists");
		}
		String description = optional(input.description(), "description", "The description", 2000, errors);
		Reach reach = choice(Reach.class, input.reach(), "reach", "Select whether it is single-agency or multi-agency",
				errors);
		Delivery delivery = choice(Delivery.class, input.delivery(), "delivery",
				"Select whether it is face to face or e-learning", errors);
		String topics = optional(input.topics(), "topics", "The topics", 500, errors);
		errors.inOrder("title", "description", "reach", "delivery", "topics").throwIfAny();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_course (id, title, description, reach, delivery, topics, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, title, description, reach.name(), delivery.name(), topics, Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, AuditAction.CREATE, "TRAINING_COURSE", id, null, "Course added");
		return course(actor, id);
	}

	public List<Session> sessions(Actor actor, UUID courseId) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return jdbc.sql(SESSION + " where s.course_id = ? order by s.held_on desc").param(courseId)
			.query(TrainingRegister::session).list();
	}

	public List<Session> sessionsBetween(Actor actor, LocalDate from, LocalDate to) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return jdbc.sql(SESSION + " where s.held_on between ? and ? order by s.held_on desc").params(from, to)
			.query(TrainingRegister::session).list();
	}

	public Session session(Actor actor, UUID id) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		return jdbc.sql(SESSION + " where s.id = ?").param(id).query(TrainingRegister::session).optional()
			.orElseThrow(() -> new RecordNotFound());
	}

	/** {@code edgeErrors} carries problems the edge found (such as a date that is not real). */
	@Transactional
	public Session addSession(Actor actor, UUID courseId, SessionInput input, FormErrors edgeErrors) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		course(actor, courseId);
		FormErrors errors = edgeErrors == null ? new FormErrors() : edgeErrors;
		if (input.heldOn() == null) {
			errors.reject("heldOn", "Enter the date of the session");
		}
		String trainer = required(input.trainer(), "trainer", "Enter who trained", 200, errors);
		String venue = optional(input.venue(), "venue", "The venue", 200, errors);
		if (!input.online() && venue == null) {
			errors.reject("venue", "Enter the venue, or say the session is online");
		}
		Integer places = whole(input.places(), "places", "Places", 1, 1000, errors);
		if (places == null && !errors.has("places")) {
			errors.reject("places", "Enter the number of places");
		}
		errors.inOrder("heldOn", "trainer", "venue", "places").throwIfAny();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, course_id, held_on, trainer, venue, online, places, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, courseId, input.heldOn(), trainer, input.online() ? null : venue, input.online(), places,
					Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, AuditAction.CREATE, "TRAINING_SESSION", id, null, "Session added");
		return session(actor, id);
	}

	/** The register with names: for those who keep it. */
	public List<Attendee> attendees(Actor actor, UUID sessionId) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		session(actor, sessionId);
		audit.record(actor, AuditAction.VIEW, "TRAINING_SESSION", sessionId, null, "Register read");
		return jdbc.sql(ATTENDEE + " where t.session_id = ? order by t.recorded_at, t.id").param(sessionId)
			.query(TrainingRegister::attendee).list();
	}

	public Attendee attendee(Actor actor, UUID sessionId, UUID id) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		return jdbc.sql(ATTENDEE + " where t.id = ? and t.session_id = ?").params(id, sessionId)
			.query(TrainingRegister::attendee).optional()
			.orElseThrow(() -> new RecordNotFound());
	}

	@Transactional
	public Attendee addAttendee(Actor actor, UUID sessionId, AttendeeInput input) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		Session session = session(actor, sessionId);
		FormErrors errors = new FormErrors();
		UUID practitionerId = null;
		UUID agencyId = null;
		String name = null;
		if (!blank(input.practitionerId())) {
			practitionerId = uuid(input.practitionerId());
			Optional<org.seen.agencies.PractitionerSummary> found = practitionerId == null ? Optional.empty()
					: practitioners.find(practitionerId)
						.filter(p -> !PractitionerDirectory.AGENCY_SYSTEM.equals(p.jobTitle()));
			if (found.isEmpty()) {
				errors.reject("practitionerId", "Choose a practitioner from the list");
			}
			else {
				agencyId = found.get().agencyId();
				if (jdbc.sql("select count(*) from training_attendance where session_id = ? and practitioner_id = ?")
					.params(sessionId, practitionerId).query(Integer.class).single() > 0) {
					errors.reject("practitionerId", "This practitioner is already on the session's register");
				}
			}
			if (!blank(input.name())) {
				errors.reject("name", "Choose a practitioner or type a name, not both");
			}
		}
		else {
			name = required(input.name(), "name", "Choose a practitioner from the list or type the attendee's name",
					200, errors);
			agencyId = agency(input.agencyId(), errors);
			if (name != null && agencyId != null && jdbc.sql("""
					select count(*) from training_attendance
					where session_id = ? and lower(attendee_name) = lower(?) and agency_id = ?""")
				.params(sessionId, name, agencyId).query(Integer.class).single() > 0) {
				errors.reject("name", "Someone of this name from this agency is already on the session's register");
			}
		}
		Scores scores = scores(input.attended(), input.confidenceBefore(), input.confidenceAfter(), errors);
		if (scores.attended() && full(sessionId)) {
			errors.reject("attended", "The session is full: it has " + session.places() + " places");
		}
		errors.inOrder("practitionerId", "name", "agencyId", "attended", "confidenceBefore", "confidenceAfter")
			.throwIfAny();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into training_attendance (id, session_id, practitioner_id, attendee_name, agency_id, attended,
				  confidence_before, confidence_after, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, sessionId, practitionerId, name, agencyId, scores.attended(), scores.before(), scores.after(),
					Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("update training_session set version = version + 1 where id = ?").param(sessionId).update();
		audit.record(actor, AuditAction.CREATE, "TRAINING_ATTENDANCE", id, null, "Attendee added to a session");
		return attendee(actor, sessionId, id);
	}

	/** Confidence after is often given weeks later, so attendance and scores can be changed; a stale edit is refused. */
	@Transactional
	public Attendee changeAttendee(Actor actor, UUID sessionId, UUID id, int expectedVersion, AttendeeInput input) {
		Attendee current = attendee(actor, sessionId, id);
		FormErrors errors = new FormErrors();
		Scores scores = scores(input.attended(), input.confidenceBefore(), input.confidenceAfter(), errors);
		if (scores.attended() && !current.attended() && full(sessionId)) {
			errors.reject("attended", "The session is full: everyone who can attend it already has");
		}
		errors.inOrder("attended", "confidenceBefore", "confidenceAfter").throwIfAny();
		int changed = jdbc.sql("""
				update training_attendance set attended = ?, confidence_before = ?, confidence_after = ?,
				  version = version + 1
				where id = ? and version = ?""")
			.params(scores.attended(), scores.before(), scores.after(), current.id(), expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(actor, AuditAction.CHANGE, "TRAINING_ATTENDANCE", id, null, "Attendance changed");
		return attendee(actor, sessionId, id);
	}

	/**
	 * Whether every place is taken by someone who attended. The session's row is locked first, so two
	 * people marking the last place at once cannot both have it.
	 */
	private boolean full(UUID sessionId) {
		int places = jdbc.sql("select places from training_session where id = ? for update").param(sessionId)
			.query(Integer.class).single();
		return jdbc.sql("select count(*) from training_attendance where session_id = ? and attended")
			.param(sessionId).query(Integer.class).single() >= places;
	}

	private record Scores(boolean attended, Integer before, Integer after) {
	}

	private static Scores scores(String attended, String before, String after, FormErrors errors) {
		Boolean came = null;
		if ("yes".equalsIgnoreCase(trim(attended)) || "true".equalsIgnoreCase(trim(attended))) {
			came = true;
		}
		else if ("no".equalsIgnoreCase(trim(attended)) || "false".equalsIgnoreCase(trim(attended))) {
			came = false;
		}
		else {
			errors.reject("attended", "Select whether they attended");
		}
		Integer b = whole(before, "confidenceBefore", "Confidence before", 1, 10, errors);
		Integer a = whole(after, "confidenceAfter", "Confidence after", 1, 10, errors);
		if (Boolean.FALSE.equals(came) && a != null) {
			errors.reject("confidenceAfter", "Leave confidence after blank for someone who did not attend");
		}
		return new Scores(Boolean.TRUE.equals(came), b, a);
	}

	private UUID agency(String text, FormErrors errors) {
		UUID id = blank(text) ? null : uuid(text);
		if (id == null || practitioners.agencyName(id).isEmpty()) {
			errors.reject("agencyId", "Select the attendee's agency");
			return null;
		}
		return id;
	}

	/** A whole number within bounds, null when blank; a problem names the field and the bounds. */
	static Integer whole(String text, String field, String label, int min, int max, FormErrors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value < min || value > max) {
				errors.reject(field, label + " must be between " + min + " and " + max);
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			errors.reject(field, label + " must be a whole number from " + min + " to " + max);
			return null;
		}
	}

	static String required(String text, String field, String message, int max, FormErrors errors) {
		if (blank(text)) {
			errors.reject(field, message);
			return null;
		}
		if (text.trim().length() > max) {
			errors.reject(field, "Must be " + max + " characters or fewer");
			return null;
		}
		return text.trim();
	}

	static String optional(String text, String field, String label, int max, FormErrors errors) {
		if (blank(text)) {
			return null;
		}
		if (text.trim().length() > max) {
			errors.reject(field, label + " must be " + max + " characters or fewer");
			return null;
		}
		return text.trim();
	}

	static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String message, FormErrors errors) {
		try {
			return Enum.valueOf(type, trim(text));
		}
		catch (RuntimeException ex) {
			errors.reject(field, message);
			return null;
		}
	}

	static UUID uuid(String text) {
		try {
			return UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return text == null ? "" : text.trim();
	}

	private static Course course(ResultSet rs, int n) throws SQLException {
		return new Course(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				Reach.valueOf(rs.getString("reach")), Delivery.valueOf(rs.getString("delivery")), rs.getString("topics"),
				rs.getInt("sessions"), rs.getInt("version"));
	}

	private static Session session(ResultSet rs, int n) throws SQLException {
		return new Session(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
				rs.getString("course_title"), rs.getObject("held_on", LocalDate.class), rs.getString("trainer"),
				rs.getString("venue"), rs.getBoolean("online"), rs.getInt("places"), rs.getInt("attended_count"),
				rs.getInt("version"));
	}

	private static Attendee attendee(ResultSet rs, int n) throws SQLException {
		return new Attendee(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getObject("practitioner_id", UUID.class), rs.getString("name"), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_name"), rs.getBoolean("attended"), (Integer) rs.getObject("confidence_before"),
				(Integer) rs.getObject("confidence_after"), rs.getInt("version"));
	}

	/** Practitioners a register may name (not the records standing for agency systems). */
	public List<org.seen.agencies.PractitionerSummary> people() {
		return directory.people();
	}

	public List<Practitioners.AgencySummary> agencies() {
		return practitioners.agencies();
	}
}
