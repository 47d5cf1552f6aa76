package org.seen.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.VisibleChildren;
import org.seen.pathway.LawfulBasis;
import org.seen.pathway.ReferralDecision;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Referrals to the front door in PostgreSQL, with their attachments as JSON. Callers have admitted the actor. */
@Repository
class Referrals {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	Referrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Referral r) {
		jdbc.sql("""
				insert into front_door_referral (id, child_id, to_agency_id, requested_level_code, step_up, from_level_code, reason,
				  family_knows, consent_id, without_consent_reason, without_consent_lawful_basis, attached, referred_by,
				  referred_by_account, referred_by_practitioner, referrer_agency_id, referred_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.childId(), r.toAgencyId(), r.requestedLevelCode(), r.stepUp(), r.fromLevelCode(),
					r.reason(), r.familyKnows(), r.consentId(), r.withoutConsentReason(),
					r.withoutConsentLawfulBasis() == null ? null : r.withoutConsentLawfulBasis().name(),
					json.writeValueAsString(r.attached()), r.referredBy(), r.referredByAccount(),
					r.referredByPractitioner(), r.referrerAgencyId(), Timestamp.from(r.referredAt()))
			.update();
	}

	Optional<Referral> find(UUID id) {
		return jdbc.sql("select * from front_door_referral where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/** The child's referrals, newest first. */
	List<Referral> ofChild(UUID childId) {
		return jdbc.sql("select * from front_door_referral where child_id = ? order by referred_at desc")
			.param(childId)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** A referral waiting at the front door, with the names its queue shows. */
	record Waiting(Referral referral, String childName, String referrerAgency) {
	}

	/**
	 * Referrals to the agency not yet decided, oldest first, of children the actor may see (the
	 * front door sees a child once it is referred).
	 */
	List<Waiting> waiting(UUID agencyId, VisibleChildren visible, int limit) {
		return visible.bind(jdbc.sql("""
				select r.*, c.given_name || ' ' || c.family_name as child_name, a.name as referrer_agency
				from front_door_referral r join child c on c.id = r.child_id left join agency a on a.id = r.referrer_agency_id
				where r.to_agency_id = :agency and r.decision is null and %s
				order by r.referred_at limit :limit""".formatted(visible.condition("r.child_id"))))
			.param("agency", agencyId)
			.param("limit", limit)
			.query((rs, n) -> new Waiting(map(rs), rs.getString("child_name"), rs.getString("referrer_agency")))
			.list();
	}

	/** Referrals the account made that have a decision it has not yet read, of children it may still see. */
	List<Waiting> decidedUnread(UUID accountId, VisibleChildren visible) {
		return visible.bind(jdbc.sql("""
				select r.*, c.given_name || ' ' || c.family_name as child_name, null as referrer_agency
				from front_door_referral r join child c on c.id = r.child_id
				where r.referred_by_account = :account and r.decision is not null and r.decision_read_at is null and %s
				order by r.decided_at limit 200""".formatted(visible.condition("r.child_id"))))
			.param("account", accountId)
			.query((rs, n) -> new Waiting(map(rs), rs.getString("child_name"), null))
			.list();
	}

	void decide(UUID id, int expectedVersion, ReferralDecision decision, String rationale, String by, UUID account,
			Instant at) {
		int updated = jdbc.sql("""
				update front_door_referral set decision = ?, decision_rationale = ?, decided_by = ?, decided_by_account = ?,
				  decided_at = ?, version = version + 1
				where id = ? and version = ? and decision is null""")
			.params(decision.name(), rationale, by, account, Timestamp.from(at), id, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("referral " + id + " changed since version " + expectedVersion);
		}
	}

	/** The referrer has read the decision: it leaves their worklist. Not a change of the referral's content. */
	void decisionRead(UUID id, Instant at) {
		jdbc.sql("update front_door_referral set decision_read_at = ? where id = ? and decision is not null and decision_read_at is null")
			.params(Timestamp.from(at), id)
			.update();
	}

	Referral map(ResultSet rs) throws SQLException {
		String basis = rs.getString("without_consent_lawful_basis");
		String decision = rs.getString("decision");
		return new Referral(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("to_agency_id", UUID.class), rs.getString("requested_level_code"), rs.getBoolean("step_up"),
				rs.getString("from_level_code"), rs.getString("reason"), rs.getString("family_knows"),
				rs.getObject("consent_id", UUID.class), rs.getString("without_consent_reason"),
				basis == null ? null : LawfulBasis.valueOf(basis),
				json.readValue(rs.getString("attached"), Attachments.class), rs.getString("referred_by"),
				rs.getObject("referred_by_account", UUID.class), rs.getObject("referred_by_practitioner", UUID.class),
				rs.getObject("referrer_agency_id", UUID.class), instant(rs, "referred_at"),
				decision == null ? null : ReferralDecision.valueOf(decision), rs.getString("decision_rationale"),
				rs.getString("decided_by"), rs.getObject("decided_by_account", UUID.class),
				instant(rs, "decided_at"), instant(rs, "decision_read_at"),
				rs.getInt("version"));
	}

	private static java.time.Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
