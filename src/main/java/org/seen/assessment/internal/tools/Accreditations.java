package org.seen.assessment.internal.tools;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.agencies.PractitionerDirectory;
import org.seen.agencies.PractitionerSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which practitioners are accredited for which restricted tools. An accreditation names a tool,
 * not a version: training for a tool covers its later versions. Every change is audited in the
 * change's own transaction.
 */
@Service
class Accreditations {

	static final String RECORD = "ACCREDITATION";

	private final JdbcClient jdbc;

	private final PractitionerDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	Accreditations(JdbcClient jdbc, PractitionerDirectory directory, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A practitioner accredited for a tool, with who recorded it and when. */
	record Accreditation(PractitionerSummary practitioner, String recordedBy, Instant recordedAt) {
	}

	boolean holds(UUID practitionerId, String toolId) {
		return jdbc.sql("select exists (select 1 from assessment_accreditation where practitioner_id = ? and tool_id = ?)")
			.params(practitionerId, toolId)
			.query(Boolean.class)
			.single();
	}

	/** The practitioners accredited for the tool, by agency and name. */
	List<Accreditation> of(String toolId) {
		// names come through the agencies module's API rather than a join on its tables
		Map<UUID, PractitionerSummary> people = people();
		return jdbc.sql("""
				select practitioner_id, recorded_by, recorded_at from assessment_accreditation
				where tool_id = ?""")
			.param(toolId)
			.query((rs, n) -> new Accreditation(people.get(rs.getObject("practitioner_id", UUID.class)),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list()
			.stream()
			.filter(a -> a.practitioner() != null)
			.sorted(java.util.Comparator.comparing((Accreditation a) -> a.practitioner().agencyName())
				.thenComparing(a -> a.practitioner().name()))
			.toList();
	}

	/** Practitioners who are people (not agency systems) and not yet accredited for the tool. */
	List<PractitionerSummary> candidates(String toolId) {
		List<UUID> accredited = jdbc.sql("select practitioner_id from assessment_accreditation where tool_id = ?")
			.param(toolId)
			.query(UUID.class)
			.list();
		return directory.people().stream().filter(p -> !accredited.contains(p.id())).toList();
	}

	/** Whether the practitioner exists and is a person who can be accredited. */
	boolean accreditable(UUID practitionerId) {
		return people().containsKey(practitionerId);
	}

	/** Records the accreditation and audits it; answers false, changing nothing, if it was already recorded. */
	@Transactional
	boolean accredit(Actor actor, String toolId, UUID practitionerId) {
		boolean added = jdbc.sql("""
				insert into assessment_accreditation (practitioner_id, tool_id, recorded_by_account, recorded_by,
				  recorded_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(practitionerId, toolId, actor.accountId(), actor.username(), Timestamp.from(Instant.now(clock)))
			.update() == 1;
		if (added) {
			audit.record(actor, AuditAction.CREATE, RECORD, practitionerId, null, "accredited for tool " + toolId);
		}
		return added;
	}

	/** Withdraws the accreditation and audits it; answers false if there was none. */
	@Transactional
	boolean withdraw(Actor actor, String toolId, UUID practitionerId) {
		boolean removed = jdbc.sql("delete from assessment_accreditation where practitioner_id = ? and tool_id = ?")
			.params(practitionerId, toolId)
			.update() == 1;
		if (removed) {
			audit.record(actor, AuditAction.REMOVE, RECORD, practitionerId, null, "accreditation for tool " + toolId
					+ " withdrawn");
		}
		return removed;
	}

	private Map<UUID, PractitionerSummary> people() {
		return directory.people()
			.stream()
			.collect(Collectors.toMap(PractitionerSummary::id, Function.identity(), (a, b) -> a));
	}
}
