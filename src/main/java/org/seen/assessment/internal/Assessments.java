package org.seen.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments in PostgreSQL. Callers have admitted the actor; every change checks the version it was read at. */
@Repository
class Assessments {

	private final JdbcClient jdbc;

	Assessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID childId, String toolId, int toolVersion, String ageBand, LocalDate assessedOn,
			UUID accountId, String by, UUID agencyId, Instant at) {
		jdbc.sql("""
				insert into assessment (id, child_id, tool_id, tool_version, age_band, assessed_on, status,
				  created_by_account, created_by, agency_id, created_at)
				values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
			.params(id, childId, toolId, toolVersion, ageBand, assessedOn, accountId, by, agencyId, Timestamp.from(at))
			.update();
	}

	Optional<Assessment> find(UUID id) {
		return headers("where a.id = ?", id).stream().findFirst().map(this::withDetail);
	}

	/** A child's assessments, newest first. */
	List<Assessment> ofChild(UUID childId) {
		return headers("where a.child_id = ? order by a.assessed_on desc, a.created_at desc", childId).stream()
			.map(this::withDetail)
			.toList();
	}

	/** The child's newest assessment, read whole, for the child's page. */
	Optional<Assessment> latestOf(UUID childId) {
		return headers("where a.child_id = ? order by a.assessed_on desc, a.created_at desc limit 1", childId).stream()
			.findFirst()
			.map(this::withDetail);
	}

	int countOf(UUID childId) {
		return jdbc.sql("select count(*) from assessment where child_id = ?").param(childId).query(Integer.class).single();
	}

	private List<Assessment> headers(String where, Object param) {
		return jdbc.sql("select a.* from assessment a " + where).param(param).query((rs, n) -> header(rs)).list();
	}

	private Assessment header(ResultSet rs) throws SQLException {
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getString("tool_id"), rs.getInt("tool_version"), rs.getString("age_band"),
				rs.getObject("assessed_on", LocalDate.class), AssessmentStatus.valueOf(rs.getString("status")), List.of(),
				rs.getString("others_present"), rs.getString("created_by"), rs.getObject("agency_id", UUID.class),
				instant(rs, "created_at"), rs.getString("completed_by"), instant(rs, "completed_at"),
				rs.getString("countersigned_by"), instant(rs, "countersigned_at"), rs.getString("countersign_note"),
				rs.getInt("version"), Map.of(), Map.of());
	}

	private Assessment withDetail(Assessment a) {
		List<UUID> present = jdbc.sql("select adult_id from assessment_present where assessment_id = ?")
			.param(a.id())
			.query(UUID.class)
			.list();
		Map<String, AssessedItem> items = new LinkedHashMap<>();
		jdbc.sql("select * from assessment_item where assessment_id = ?")
			.param(a.id())
			.query((rs, n) -> item(rs))
			.list()
			.forEach(item -> items.put(item.itemId(), item));
		Map<String, AreaDecision> areas = new LinkedHashMap<>();
		jdbc.sql("select * from assessment_area where assessment_id = ?")
			.param(a.id())
			.query((rs, n) -> new AreaDecision(rs.getString("area_id"), rs.getInt("proposed_grade"),
					rs.getInt("confirmed_grade"), rs.getString("override_reason")))
			.list()
			.forEach(area -> areas.put(area.areaId(), area));
		return new Assessment(a.id(), a.childId(), a.toolId(), a.toolVersion(), a.ageBandId(), a.assessedOn(),
				a.status(), present, a.othersPresent(), a.createdBy(), a.agencyId(), a.createdAt(), a.completedBy(),
				a.completedAt(), a.countersignedBy(), a.countersignedAt(), a.countersignNote(), a.version(), items,
				areas);
	}

	private static AssessedItem item(ResultSet rs) throws SQLException {
		String source = rs.getString("evidence_source");
		return new AssessedItem(rs.getString("item_id"), (Integer) rs.getObject("grade"), rs.getString("evidence"),
				source == null ? null : EvidenceSource.valueOf(source), rs.getString("reported_by"),
				rs.getString("parent_view"), rs.getString("child_view"), (Integer) rs.getObject("home_conditions"),
				(Integer) rs.getObject("target_grade"), rs.getObject("review_by", LocalDate.class),
				rs.getObject("copied_from", UUID.class), rs.getString("updated_by"), instant(rs, "updated_at"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	/**
	 * Saves an item. {@code expectedVersion} is the version the form was read at, or -1 for an item
	 * not yet recorded; if someone saved it in between, nothing is written.
	 */
	void saveItem(UUID assessmentId, AssessedItem item, int expectedVersion, String by, Instant at) {
		Object[] values = { item.grade(), item.evidence(), item.evidenceSource() == null ? null : item.evidenceSource().name(),
				item.reportedBy(), item.parentView(), item.childView(), item.homeConditions(), item.targetGrade(),
				item.reviewBy(), item.copiedFrom(), by, Timestamp.from(at) };
		int written;
		if (expectedVersion < 0) {
			written = jdbc.sql("""
					insert into assessment_item (grade, evidence, evidence_source, reported_by, parent_view, child_view,
					  home_conditions, target_grade, review_by, copied_from, updated_by, updated_at, assessment_id, item_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(append(values, assessmentId, item.itemId()))
				.update();
		}
		else {
			written = jdbc.sql("""
					update assessment_item set grade = ?, evidence = ?, evidence_source = ?, reported_by = ?,
					  parent_view = ?, child_view = ?, home_conditions = ?, target_grade = ?, review_by = ?,
					  copied_from = ?, updated_by = ?, updated_at = ?, version = version + 1
					where assessment_id = ? and item_id = ? and version = ?""")
				.params(append(values, assessmentId, item.itemId(), expectedVersion))
				.update();
		}
		if (written == 0) {
			throw new OptimisticLockingFailureException("Item changed since it was loaded");
		}
	}

	private static Object[] append(Object[] values, Object... more) {
		// Arrays.asList, not List.of: the values hold nulls for fields left empty
		List<Object> all = new ArrayList<>(Arrays.asList(values));
		all.addAll(Arrays.asList(more));
		return all.toArray();
	}

	void setPresent(UUID assessmentId, int expectedVersion, Collection<UUID> adultIds, String others) {
		bump(assessmentId, expectedVersion, "others_present = ?", others);
		jdbc.sql("delete from assessment_present where assessment_id = ?").param(assessmentId).update();
		for (UUID adult : adultIds) {
			jdbc.sql("insert into assessment_present (assessment_id, adult_id) values (?, ?)")
				.params(assessmentId, adult)
				.update();
		}
	}

	void saveAreas(UUID assessmentId, int expectedVersion, Collection<AreaDecision> decisions) {
		bump(assessmentId, expectedVersion, null);
		jdbc.sql("delete from assessment_area where assessment_id = ?").param(assessmentId).update();
		for (AreaDecision d : decisions) {
			jdbc.sql("""
					insert into assessment_area (assessment_id, area_id, proposed_grade, confirmed_grade, override_reason)
					values (?, ?, ?, ?, ?)""")
				.params(assessmentId, d.areaId(), d.proposedGrade(), d.confirmedGrade(), d.overrideReason())
				.update();
		}
	}

	void complete(UUID assessmentId, int expectedVersion, String by, Instant at) {
		bump(assessmentId, expectedVersion, "status = 'COMPLETED', completed_by = ?, completed_at = ?", by,
				Timestamp.from(at));
	}

	void countersign(UUID assessmentId, int expectedVersion, String by, Instant at, String note) {
		bump(assessmentId, expectedVersion, "countersigned_by = ?, countersigned_at = ?, countersign_note = ?", by,
				Timestamp.from(at), note);
	}

	void touch(UUID assessmentId, int expectedVersion) {
		bump(assessmentId, expectedVersion, null);
	}

	/** Moves the assessment on a version, with any other changes, or refuses a stale one. */
	private void bump(UUID assessmentId, int expectedVersion, String set, Object... values) {
		List<Object> params = new ArrayList<>(Arrays.asList(values));
		params.add(assessmentId);
		params.add(expectedVersion);
		int updated = jdbc.sql("update assessment set " + (set == null ? "" : set + ", ")
				+ "version = version + 1 where id = ? and version = ?")
			.params(params)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Assessment changed since it was loaded");
		}
	}
}
