package org.seen.plans.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.seen.pathway.LawfulBasis;
import org.seen.pathway.LevelOfNeed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans and their parts in PostgreSQL. Every change to a plan, outcome or action names the version
 * it was made from; a change made from a stale version updates nothing and is refused.
 */
@Repository
class Plans {

	private static final RowMapper<Plan> PLAN = (rs, n) -> new Plan(rs.getObject("id", UUID.class),
			rs.getObject("child_id", UUID.class), rs.getString("level_code"),
			LevelOfNeed.Kind.valueOf(rs.getString("level_kind")), rs.getBoolean("with_consent"),
			rs.getString("without_consent_reason"),
			rs.getString("without_consent_lawful_basis") == null ? null
					: LawfulBasis.valueOf(rs.getString("without_consent_lawful_basis")),
			rs.getObject("lead_practitioner_id", UUID.class),
			instant(rs.getTimestamp("lead_accepted_at")), rs.getString("meeting_place"),
			rs.getObject("started_on", LocalDate.class), rs.getString("started_by"),
			rs.getObject("next_review_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
			rs.getString("closure_reason") == null ? null : Plan.ClosureReason.valueOf(rs.getString("closure_reason")),
			rs.getString("closure_note"), rs.getString("closed_by"), rs.getInt("version"));

	private static final RowMapper<Outcome> OUTCOME = (rs, n) -> new Outcome(rs.getObject("id", UUID.class),
			Outcome.Kind.valueOf(rs.getString("kind")), rs.getObject("assessment_id", UUID.class),
			rs.getString("item_id"), rs.getString("item_title"), rs.getString("child_said"), rs.getString("difference"),
			(Integer) rs.getObject("baseline_grade"), (Integer) rs.getObject("target_grade"),
			rs.getObject("target_on", LocalDate.class), rs.getInt("version"), instant(rs.getTimestamp("created_at")));

	private static final RowMapper<PlanAction> ACTION = (rs, n) -> new PlanAction(rs.getObject("id", UUID.class),
			rs.getObject("outcome_id", UUID.class), rs.getString("what"), rs.getObject("owner_member_id", UUID.class),
			rs.getObject("due_on", LocalDate.class), PlanAction.Status.valueOf(rs.getString("status")),
			rs.getString("note"), rs.getInt("version"));

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	void insert(Plan plan, UUID accountId, Instant now) {
		jdbc.sql("""
				insert into plan (id, child_id, level_code, level_kind, with_consent, without_consent_reason,
				  without_consent_lawful_basis, lead_practitioner_id, meeting_place, started_on, started_by,
				  started_by_account, created_at, next_review_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.id(), plan.childId(), plan.levelCode(), plan.levelKind().name(), plan.withConsent(),
					plan.withoutConsentReason(),
					plan.withoutConsentLawfulBasis() == null ? null : plan.withoutConsentLawfulBasis().name(),
					plan.leadPractitionerId(), plan.meetingPlace(), plan.startedOn(),
					plan.startedBy(), accountId, Timestamp.from(now), plan.nextReviewOn())
			.update();
	}

	Optional<Plan> find(UUID id) {
		return jdbc.sql("select * from plan where id = ?").param(id).query(PLAN).optional();
	}

	Optional<Plan> openOf(UUID childId) {
		return jdbc.sql("select * from plan where child_id = ? and closed_on is null").param(childId).query(PLAN).optional();
	}

	List<Plan> ofChild(UUID childId) {
		return jdbc.sql("select * from plan where child_id = ? order by started_on desc, created_at desc")
			.param(childId)
			.query(PLAN)
			.list();
	}

	/** Every open plan, for the daily drift check. */
	List<UUID> openPlanIds() {
		return jdbc.sql("select id from plan where closed_on is null order by started_on").query(UUID.class).list();
	}

	boolean hasAcceptedEarlyHelpPlan(UUID childId) {
		return jdbc.sql("""
				select count(*) from plan where child_id = ? and closed_on is null and level_kind = 'EARLY_HELP'
				and lead_accepted_at is not null""")
			.param(childId)
			.query(Integer.class)
			.single() > 0;
	}

	void acceptLead(UUID planId, int expectedVersion, Instant at) {
		changed(jdbc.sql("""
				update plan set lead_accepted_at = ?, version = version + 1
				where id = ? and version = ? and closed_on is null""")
			.params(Timestamp.from(at), planId, expectedVersion)
			.update());
	}

	void changeDetails(UUID planId, int expectedVersion, LocalDate nextReviewOn, String meetingPlace) {
		changed(jdbc.sql("""
				update plan set next_review_on = ?, meeting_place = ?, version = version + 1
				where id = ? and version = ? and closed_on is null""")
			.params(nextReviewOn, meetingPlace, planId, expectedVersion)
			.update());
	}

	void close(UUID planId, int expectedVersion, LocalDate on, Plan.ClosureReason reason, String note, String by) {
		changed(jdbc.sql("""
				update plan set closed_on = ?, closure_reason = ?, closure_note = ?, closed_by = ?, version = version + 1
				where id = ? and version = ? and closed_on is null""")
			.params(on, reason.name(), note, by, planId, expectedVersion)
			.update());
	}

	private static void changed(int rows) {
		if (rows != 1) {
			throw new OptimisticLockingFailureException("The plan was changed by someone else");
		}
	}

	// the team

	List<Member> members(UUID planId) {
		return jdbc.sql("""
				select m.id, m.kind, m.practitioner_id, m.adult_id,
				       coalesce(m.name, trim(p.given_name || ' ' || p.family_name)) as name,
				       coalesce(m.relationship, p.job_title) as role, a.name as agency_name
				from plan_member m left join practitioner p on p.id = m.practitioner_id
				left join agency a on a.id = p.agency_id
				where m.plan_id = ? order by m.kind desc, m.added_at""")
			.param(planId)
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), Member.Kind.valueOf(rs.getString("kind")),
					rs.getObject("practitioner_id", UUID.class), rs.getObject("adult_id", UUID.class),
					rs.getString("name"), rs.getString("role"), rs.getString("agency_name")))
			.list();
	}

	/** Adds a practitioner to the team unless they are in it already; answers whether they were added. */
	boolean addPractitioner(UUID planId, UUID practitionerId, Instant now) {
		return jdbc.sql("""
				insert into plan_member (id, plan_id, kind, practitioner_id, added_at) values (?, ?, 'PRACTITIONER', ?, ?)
				on conflict do nothing""")
			.params(UUID.randomUUID(), planId, practitionerId, Timestamp.from(now))
			.update() == 1;
	}

	boolean addFamily(UUID planId, UUID adultId, String name, String relationship, Instant now) {
		return jdbc.sql("""
				insert into plan_member (id, plan_id, kind, adult_id, name, relationship, added_at)
				values (?, ?, 'FAMILY', ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), planId, adultId, name, relationship, Timestamp.from(now))
			.update() == 1;
	}

	// outcomes

	List<Outcome> outcomes(UUID planId) {
		return jdbc.sql("select * from plan_outcome where plan_id = ? order by position").param(planId).query(OUTCOME).list();
	}

	void insertOutcome(UUID planId, Outcome outcome) {
		jdbc.sql("""
				insert into plan_outcome (id, plan_id, kind, assessment_id, item_id, item_title, child_said, difference,
				  baseline_grade, target_grade, target_on, position, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  (select coalesce(max(position), 0) + 1 from plan_outcome where plan_id = ?), ?)""")
			.params(outcome.id(), planId, outcome.kind().name(), outcome.assessmentId(), outcome.itemId(),
					outcome.itemTitle(), outcome.childSaid(), outcome.difference(), outcome.baselineGrade(),
					outcome.targetGrade(), outcome.targetOn(), planId, Timestamp.from(outcome.createdAt()))
			.update();
	}

	void changeOutcome(UUID planId, UUID outcomeId, int expectedVersion, String difference, Integer targetGrade,
			LocalDate targetOn, String childSaid) {
		int rows = jdbc.sql("""
				update plan_outcome set difference = ?, target_grade = ?, target_on = ?,
				  child_said = case when kind = 'CHILD_VOICE' then ? else child_said end, version = version + 1
				where id = ? and plan_id = ? and version = ?""")
			.params(difference, targetGrade, targetOn, childSaid, outcomeId, planId, expectedVersion)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("The outcome was changed by someone else");
		}
	}

	// actions

	List<PlanAction> actions(UUID planId) {
		return jdbc.sql("select * from plan_action where plan_id = ? order by due_on, created_at")
			.param(planId)
			.query(ACTION)
			.list();
	}

	void insertAction(UUID planId, PlanAction action, Instant now) {
		jdbc.sql("""
				insert into plan_action (id, plan_id, outcome_id, what, owner_member_id, due_on, status, note, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(action.id(), planId, action.outcomeId(), action.what(), action.ownerMemberId(), action.dueOn(),
					action.status().name(), action.note(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	void changeAction(UUID planId, UUID actionId, int expectedVersion, PlanAction.Status status, String note,
			LocalDate dueOn, Instant now) {
		int rows = jdbc.sql("""
				update plan_action set status = ?, note = ?, due_on = ?, updated_at = ?, version = version + 1
				where id = ? and plan_id = ? and version = ?""")
			.params(status.name(), note, dueOn, Timestamp.from(now), actionId, planId, expectedVersion)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("The action was changed by someone else");
		}
	}

	// reviews

	List<Review> reviews(UUID planId) {
		Map<UUID, Set<UUID>> attendees = new HashMap<>();
		jdbc.sql("""
				select a.review_id, a.member_id from plan_review_attendee a join plan_review r on r.id = a.review_id
				where r.plan_id = ?""")
			.param(planId)
			.query(rs -> {
				attendees.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new HashSet<>())
					.add(rs.getObject("member_id", UUID.class));
			});
		Map<UUID, Map<UUID, Review.Progress>> progress = new HashMap<>();
		jdbc.sql("""
				select p.review_id, p.outcome_id, p.progress, p.grade, p.note
				from plan_review_progress p join plan_review r on r.id = p.review_id where r.plan_id = ?""")
			.param(planId)
			.query(rs -> {
				UUID outcome = rs.getObject("outcome_id", UUID.class);
				progress.computeIfAbsent(rs.getObject("review_id", UUID.class), k -> new LinkedHashMap<>())
					.put(outcome, new Review.Progress(outcome, Review.Direction.valueOf(rs.getString("progress")),
							(Integer) rs.getObject("grade"), rs.getString("note")));
			});
		return jdbc.sql("select * from plan_review where plan_id = ? order by held_on desc, recorded_at desc")
			.param(planId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Review(id, rs.getObject("held_on", LocalDate.class), rs.getString("child_voice"),
						rs.getString("child_voice_missing_reason"), rs.getString("family_view"),
						rs.getString("going_well"), rs.getString("decisions"),
						rs.getObject("next_review_on", LocalDate.class), rs.getString("recorded_by"),
						instant(rs.getTimestamp("recorded_at")), Set.copyOf(attendees.getOrDefault(id, Set.of())),
						Map.copyOf(progress.getOrDefault(id, Map.of())));
			})
			.list();
	}

	void insertReview(UUID planId, Review review, UUID accountId) {
		jdbc.sql("""
				insert into plan_review (id, plan_id, held_on, child_voice, child_voice_missing_reason, family_view,
				  going_well, decisions, next_review_on, recorded_by, recorded_by_account, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(review.id(), planId, review.heldOn(), review.childVoice(), review.childVoiceMissingReason(),
					review.familyView(), review.goingWell(), review.decisions(), review.nextReviewOn(),
					review.recordedBy(), accountId, Timestamp.from(review.recordedAt()))
			.update();
		for (UUID member : review.attendees()) {
			jdbc.sql("insert into plan_review_attendee (review_id, member_id) values (?, ?)")
				.params(review.id(), member)
				.update();
		}
		for (Review.Progress p : review.progress().values()) {
			jdbc.sql("insert into plan_review_progress (review_id, outcome_id, progress, grade, note) values (?, ?, ?, ?, ?)")
				.params(review.id(), p.outcomeId(), p.direction().name(), p.grade(), p.note())
				.update();
		}
	}

	/** The plan's parts in one read, for the plan page, the API and the drift check. */
	PlanParts parts(UUID planId) {
		return new PlanParts(members(planId), outcomes(planId), actions(planId), reviews(planId));
	}
}
