package org.seen.family.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which children each family member may see, who they are, and the family's feedback: child data,
 * read only by the practitioners' side (behind {@link org.seen.access.ChildAccess}) and by
 * {@link FamilyGate}, the family's own gate.
 */
@Repository
class InvitedChildren {

	private static final String NAMED = """
			select m.id, m.reference, m.adult_id, m.young_person_id, m.email, m.invited_by, m.invited_at,
			       m.last_signed_in_at, m.revoked_at, m.failed_attempts, m.locked_until, m.demo,
			       coalesce(a.given_name || ' ' || a.family_name, y.given_name || ' ' || y.family_name) as name
			from family_member m
			left join adult a on a.id = m.adult_id
			left join child y on y.id = m.young_person_id
			""";

	private final JdbcClient jdbc;

	InvitedChildren(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member with their name, for practitioners' screens. */
	Optional<FamilyMember> named(UUID memberId) {
		return jdbc.sql(NAMED + "where m.id = ?").param(memberId).query(FamilyMembers.MEMBER).optional();
	}

	/** Everyone who was ever invited to see this child's plan, current invitations first. */
	List<FamilyMember> ofChild(UUID childId) {
		return jdbc.sql(NAMED + """
				where exists (select 1 from family_member_child l where l.family_member_id = m.id and l.child_id = ?)
				order by m.revoked_at nulls first, m.invited_at desc""")
			.param(childId)
			.query(FamilyMembers.MEMBER)
			.list();
	}

	List<UUID> of(UUID memberId) {
		return jdbc.sql("select child_id from family_member_child where family_member_id = ?")
			.param(memberId)
			.query(UUID.class)
			.list();
	}

	/** Whether the member is current and was invited to see this child's plan. */
	boolean mayView(UUID memberId, UUID childId) {
		return jdbc.sql("""
				select count(*) from family_member m join family_member_child l on l.family_member_id = m.id
				where m.id = ? and l.child_id = ? and m.revoked_at is null""")
			.params(memberId, childId)
			.query(Integer.class)
			.single() > 0;
	}

	void addFeedback(UUID memberId, UUID childId, Feedback feedback, Instant now) {
		jdbc.sql("""
				insert into family_feedback (id, family_member_id, child_id, helpfulness, helping, could_be_better,
				  anything_else, given_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), memberId, childId, feedback.helpfulness(), feedback.helping(),
					feedback.couldBeBetter(), feedback.anythingElse(), Timestamp.from(now))
			.update();
	}

	/** The newest feedback on the child's plan, with who gave it. */
	List<GivenFeedback> feedbackOn(UUID childId, int limit) {
		return jdbc.sql("""
				select f.given_at, f.helpfulness, f.helping, f.could_be_better, f.anything_else,
				       coalesce(a.given_name || ' ' || a.family_name, y.given_name || ' ' || y.family_name) as name
				from family_feedback f join family_member m on m.id = f.family_member_id
				left join adult a on a.id = m.adult_id
				left join child y on y.id = m.young_person_id
				where f.child_id = ? order by f.given_at desc limit ?""")
			.params(childId, limit)
			.query((rs, n) -> new GivenFeedback(rs.getString("name"), FamilyMembers.instant(rs.getTimestamp("given_at")),
					new Feedback(rs.getInt("helpfulness"), rs.getString("helping"), rs.getString("could_be_better"),
							rs.getString("anything_else"))))
			.list();
	}

	public record GivenFeedback(String name, Instant givenAt, Feedback feedback) {
	}
}
