package org.seen.assessment.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.agencies.InvolvementKind;
import org.seen.agencies.Involvements;
import org.seen.assessment.ToolItem;
import org.seen.web.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's voice, recorded by anyone working with the child and read by everyone who may see
 * the child. A record may point at an assessment and some of its items, so the grade and what the
 * child said about it are read together.
 */
@Service
class ChildVoices {

	static final String RECORD = "CHILD_VOICE";

	private final ChildAccess access;

	private final ChildAssessments assessments;

	private final Involvements involvements;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChildVoices(ChildAccess access, ChildAssessments assessments, Involvements involvements, JdbcClient jdbc,
			Clock clock) {
		this.access = access;
		this.assessments = assessments;
		this.involvements = involvements;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	ChildVoice record(Actor actor, UUID childId, VoiceEntry entry, UUID assessmentId) {
		UUID id = UUID.randomUUID();
		if (actor.practitioner() == null || actor.is(Role.AGENCY_SYSTEM)) {
			throw new RecordNotFound();
		}
		access.require(actor, childId, AuditAction.CREATE, RECORD, id, entry.kind() == null ? null : entry.kind().name());
		entry.check(assessments.today()).throwIfAny();
		VoiceEntry tidy = entry.tidy();
		if (assessmentId != null || !tidy.itemIds().isEmpty()) {
			linkable(actor, childId, assessmentId, tidy.itemIds());
		}
		jdbc.sql("""
				insert into child_voice (id, child_id, gathered_on, kind, words, worries, good_things, wishes, observed,
				  not_gathered_reason, how_gathered, gathered_by, agency_id, recorded_by_account, recorded_at,
				  assessment_id, item_ids)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, childId, tidy.gatheredOn(), tidy.kind().name(), tidy.words(), tidy.worries(), tidy.goodThings(),
					tidy.wishes(), tidy.observed(), tidy.notGatheredReason(), tidy.howGathered(),
					actor.displayName() + ", " + actor.agencyName(), actor.agencyId(), actor.accountId(),
					Timestamp.from(Instant.now(clock)), assessmentId, tidy.itemIds().toArray(String[]::new))
			.update();
		if (access.isInvolved(actor, childId)) {
			involvements.involve(childId, actor.practitioner(), InvolvementKind.INVOLVED);
		}
		return find(id);
	}

	private void linkable(Actor actor, UUID childId, UUID assessmentId, List<String> itemIds) {
		if (assessmentId == null) {
			throw new InvalidInput("itemIds", "Choose the assessment the items belong to");
		}
		AssessmentView view;
		try {
			view = assessments.read(actor, assessmentId);
		}
		catch (RecordNotFound ex) {
			throw new InvalidInput("assessmentId", "There is no such assessment of this child");
		}
		if (!view.assessment().childId().equals(childId)) {
			throw new InvalidInput("assessmentId", "There is no such assessment of this child");
		}
		List<String> known = view.items().stream().map(ToolItem::id).toList();
		for (String itemId : itemIds) {
			if (!known.contains(itemId)) {
				throw new InvalidInput("itemIds", "There is no item '" + itemId + "' in this assessment");
			}
		}
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	List<ChildVoice> ofChild(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "list");
		return jdbc.sql("select * from child_voice where child_id = ? order by gathered_on desc, recorded_at desc")
			.param(childId)
			.query((rs, n) -> voice(rs))
			.list();
	}

	/** The voice linked to an assessment; the reader has been admitted to the child. */
	List<ChildVoice> ofAssessment(UUID assessmentId) {
		return jdbc.sql("select * from child_voice where assessment_id = ? order by gathered_on desc")
			.param(assessmentId)
			.query((rs, n) -> voice(rs))
			.list();
	}

	private ChildVoice find(UUID id) {
		return jdbc.sql("select * from child_voice where id = ?").param(id).query((rs, n) -> voice(rs)).single();
	}

	private static ChildVoice voice(java.sql.ResultSet rs) throws java.sql.SQLException {
		Array items = rs.getArray("item_ids");
		return new ChildVoice(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("gathered_on", java.time.LocalDate.class), VoiceKind.valueOf(rs.getString("kind")),
				rs.getString("words"), rs.getString("worries"), rs.getString("good_things"), rs.getString("wishes"),
				rs.getString("observed"), rs.getString("not_gathered_reason"), rs.getString("how_gathered"),
				rs.getString("gathered_by"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getObject("assessment_id", UUID.class),
				items == null ? List.of() : Arrays.asList((String[]) items.getArray()));
	}
}
