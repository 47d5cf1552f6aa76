package org.seen.agencies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is involved with which child. Record-level access is decided here, in SQL, so that lists
 * and searches are filtered by the database and never after loading.
 */
@Service
public class Involvements {

	private final JdbcClient jdbc;

	private final Clock clock;

	Involvements(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A SQL condition true for the ids in {@code childIdColumn} of children that the given
	 * practitioner, their team, or (when {@code wholeAgency}) their agency is involved with today.
	 * Parameters are named {@code :inv_practitioner}, {@code :inv_team}, {@code :inv_agency}.
	 */
	public Scope scope(PractitionerSummary practitioner, boolean wholeAgency) {
		String condition = wholeAgency
				? "exists (select 1 from involvement i where i.child_id = %1$s and i.agency_id = :inv_agency"
						+ " and (i.ended_on is null or i.ended_on > :inv_today))"
				: "exists (select 1 from involvement i where i.child_id = %1$s"
						+ " and (i.practitioner_id = :inv_practitioner or (i.team_id is not null and i.team_id = :inv_team))"
						+ " and (i.ended_on is null or i.ended_on > :inv_today))";
		return new Scope(condition, practitioner.id(), practitioner.teamId(), practitioner.agencyId(),
				today());
	}

	@Transactional
	public void involve(UUID childId, PractitionerSummary practitioner, InvolvementKind kind) {
		boolean already = jdbc.sql("""
				select count(*) from involvement where child_id = ? and practitioner_id = ? and kind = ?
				and (ended_on is null or ended_on > ?)""")
			.params(childId, practitioner.id(), kind.name(), today())
			.query(Integer.class)
			.single() > 0;
		if (!already) {
			jdbc.sql("""
					insert into involvement (id, child_id, agency_id, practitioner_id, team_id, kind, started_on, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), childId, practitioner.agencyId(), practitioner.id(), practitioner.teamId(),
						kind.name(), today(), java.sql.Timestamp.from(Instant.now(clock)))
				.update();
		}
	}

	/**
	 * Records an agency as a whole as involved with the child, with no one practitioner yet: a
	 * referral to the front door involves children's social care as {@code REFERRED}, so that its
	 * front door, managers and social workers (who see their whole agency's children) can see the
	 * child before anyone is allocated. Does nothing if the agency is already involved so.
	 */
	@Transactional
	public void involveAgency(UUID childId, UUID agencyId, InvolvementKind kind) {
		boolean already = jdbc.sql("""
				select count(*) from involvement where child_id = ? and agency_id = ? and practitioner_id is null
				and kind = ? and (ended_on is null or ended_on > ?)""")
			.params(childId, agencyId, kind.name(), today())
			.query(Integer.class)
			.single() > 0;
		if (!already) {
			jdbc.sql("""
					insert into involvement (id, child_id, agency_id, kind, started_on, created_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), childId, agencyId, kind.name(), today(),
						java.sql.Timestamp.from(Instant.now(clock)))
				.update();
		}
	}

	/**
	 * Ends an involvement from today ({@code ended_on} is the first day they are no longer
	 * involved): the practitioner (and, unless others in it are still
	 * involved, their agency) stops seeing the child. Returns false when there was no such
	 * current involvement of this child.
	 */
	@Transactional
	public boolean end(UUID childId, UUID involvementId) {
		return jdbc.sql("""
				update involvement set ended_on = greatest(started_on, ?)
				where id = ? and child_id = ? and (ended_on is null or ended_on > ?)""")
			.params(today(), involvementId, childId, today())
			.update() > 0;
	}

	/** Agencies and practitioners currently involved with a child, for its page. */
	public List<Involved> of(UUID childId) {
		return jdbc.sql("""
				select i.id, a.name as agency_name, p.given_name || ' ' || p.family_name as practitioner_name,
				       p.job_title, i.kind, i.started_on, i.practitioner_id, i.agency_id
				from involvement i join agency a on a.id = i.agency_id
				left join practitioner p on p.id = i.practitioner_id
				where i.child_id = ? and (i.ended_on is null or i.ended_on > ?)
				order by i.kind desc, a.name""")
			.params(childId, today())
			.query((rs, n) -> new Involved(rs.getObject("id", UUID.class), rs.getString("agency_name"),
					rs.getString("practitioner_name"),
					rs.getString("job_title"), InvolvementKind.valueOf(rs.getString("kind")),
					rs.getObject("started_on", LocalDate.class), rs.getObject("practitioner_id", UUID.class),
					rs.getObject("agency_id", UUID.class)))
			.list();
	}

	/** Involvement starts and ends on days as the partnership counts them, in England. */
	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
	}

	/** The lead professional, if the child has one. */
	public Optional<UUID> leadProfessional(UUID childId) {
		return of(childId).stream()
			.filter(i -> i.kind() == InvolvementKind.LEAD_PROFESSIONAL)
			.map(Involved::practitionerId)
			.findFirst();
	}

	public record Involved(UUID id, String agencyName, String practitionerName, String jobTitle, InvolvementKind kind,
			LocalDate since, UUID practitionerId, UUID agencyId) {
	}

	/** A SQL condition over child ids with its parameters. */
	public record Scope(String conditionTemplate, UUID practitionerId, UUID teamId, UUID agencyId, LocalDate today) {

		public String condition(String childIdColumn) {
			return conditionTemplate.formatted(childIdColumn);
		}

		public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.param("inv_practitioner", practitionerId)
				.param("inv_team", teamId)
				.param("inv_agency", agencyId)
				.param("inv_today", today);
		}
	}
}
