package org.seen.agencies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.agencies.AgencyRecordChanged;
import org.seen.agencies.internal.PractitionerForm.PractitionerDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies, teams and practitioners as the administrator sees and changes them. Every change
 * publishes an {@link AgencyRecordChanged} in its transaction, which the audit trail records.
 */
@Service
class AgencyAdministration {

	private static final RowMapper<PractitionerRecord> PRACTITIONER = AgencyAdministration::practitioner;

	private static final String SELECT_PRACTITIONER = """
			select p.id, p.agency_id, a.name as agency_name, p.team_id, t.name as team_name, p.given_name,
			       p.family_name, p.job_title, p.email, p.version
			from practitioner p join agency a on a.id = p.agency_id left join team t on t.id = p.team_id""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	AgencyAdministration(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	List<Agency> agencies() {
		return jdbc.sql("""
				select a.id, a.code, a.name, a.kind,
				       (select count(*) from team t where t.agency_id = a.id) as teams,
				       (select count(*) from practitioner p where p.agency_id = a.id) as practitioners
				from agency a order by a.name""")
			.query((rs, n) -> agency(rs))
			.list();
	}

	Optional<Agency> agency(UUID id) {
		return jdbc.sql("""
				select a.id, a.code, a.name, a.kind,
				       (select count(*) from team t where t.agency_id = a.id) as teams,
				       (select count(*) from practitioner p where p.agency_id = a.id) as practitioners
				from agency a where a.id = ?""")
			.param(id)
			.query((rs, n) -> agency(rs))
			.optional();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select exists (select 1 from agency where upper(code) = upper(?))")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	/** Adds the agency; a code already taken raises DuplicateKeyException and adds nothing. */
	@Transactional
	UUID addAgency(String code, String name, AgencyKind kind) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into agency (id, code, name, kind) values (?, ?, ?, ?)")
			.params(id, code, name, kind.name())
			.update();
		events.publishEvent(new AgencyRecordChanged("AGENCY", id, true, "code " + code + ", kind " + kind.name()));
		return id;
	}

	List<Team> teams(UUID agencyId) {
		return jdbc.sql("select id, agency_id, name from team where agency_id = ? order by name")
			.param(agencyId)
			.query((rs, n) -> team(rs))
			.list();
	}

	List<Team> allTeams() {
		return jdbc.sql("select id, agency_id, name from team order by name").query((rs, n) -> team(rs)).list();
	}

	Optional<Team> team(UUID id) {
		return jdbc.sql("select id, agency_id, name from team where id = ?").param(id).query((rs, n) -> team(rs)).optional();
	}

	boolean teamNameTaken(UUID agencyId, String name) {
		return jdbc.sql("select exists (select 1 from team where agency_id = ? and lower(name) = lower(?))")
			.params(agencyId, name)
			.query(Boolean.class)
			.single();
	}

	/** Adds the team; a name the agency already has raises DuplicateKeyException and adds nothing. */
	@Transactional
	UUID addTeam(UUID agencyId, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into team (id, agency_id, name) values (?, ?, ?)").params(id, agencyId, name).update();
		events.publishEvent(new AgencyRecordChanged("TEAM", id, true, "agency " + agencyId));
		return id;
	}

	List<PractitionerRecord> practitioners(UUID agencyId) {
		return jdbc.sql(SELECT_PRACTITIONER + " where p.agency_id = ? order by p.family_name, p.given_name")
			.param(agencyId)
			.query(PRACTITIONER)
			.list();
	}

	Optional<PractitionerRecord> practitioner(UUID id) {
		return jdbc.sql(SELECT_PRACTITIONER + " where p.id = ?").param(id).query(PRACTITIONER).optional();
	}

	@Transactional
	UUID addPractitioner(PractitionerDetails details) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into practitioner (id, agency_id, team_id, given_name, family_name, job_title, email)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, details.agencyId(), details.teamId(), details.givenName(), details.familyName(),
					details.jobTitle(), details.email())
			.update();
		events.publishEvent(new AgencyRecordChanged("PRACTITIONER", id, true, "agency " + details.agencyId()));
		return id;
	}

	/**
	 * Changes the practitioner if no one has changed them since {@code version} was read. Answers
	 * false, changing nothing, when the version is stale.
	 */
	@Transactional
	boolean changePractitioner(UUID id, int version, PractitionerDetails details) {
		PractitionerRecord before = practitioner(id).orElse(null);
		if (before == null) {
			return false;
		}
		int changed = jdbc.sql("""
				update practitioner set agency_id = ?, team_id = ?, given_name = ?, family_name = ?, job_title = ?,
				  email = ?, version = version + 1
				where id = ? and version = ?""")
			.params(details.agencyId(), details.teamId(), details.givenName(), details.familyName(),
					details.jobTitle(), details.email(), id, version)
			.update();
		if (changed == 0) {
			return false;
		}
		events.publishEvent(new AgencyRecordChanged("PRACTITIONER", id, false, "changed: " + changes(before, details)));
		return true;
	}

	private static String changes(PractitionerRecord before, PractitionerDetails after) {
		List<String> fields = new ArrayList<>();
		if (!before.agencyId().equals(after.agencyId())) {
			fields.add("agency");
		}
		if (!java.util.Objects.equals(before.teamId(), after.teamId())) {
			fields.add("team");
		}
		if (!before.givenName().equals(after.givenName()) || !before.familyName().equals(after.familyName())) {
			fields.add("name");
		}
		if (!before.jobTitle().equals(after.jobTitle())) {
			fields.add("job title");
		}
		if (!java.util.Objects.equals(before.email(), after.email())) {
			fields.add("email");
		}
		return fields.isEmpty() ? "nothing" : String.join(", ", fields);
	}

	private static Agency agency(ResultSet rs) throws SQLException {
		return new Agency(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("kind"), rs.getInt("teams"), rs.getInt("practitioners"));
	}

	private static Team team(ResultSet rs) throws SQLException {
		return new Team(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getString("name"));
	}

	private static PractitionerRecord practitioner(ResultSet rs, int n) throws SQLException {
		return new PractitionerRecord(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getString("agency_name"), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
				rs.getString("given_name"), rs.getString("family_name"), rs.getString("job_title"),
				rs.getString("email"), rs.getInt("version"));
	}

	record Agency(UUID id, String code, String name, String kind, int teams, int practitioners) {

		public String kindLabel() {
			return AgencyKind.labelOf(kind);
		}
	}

	record Team(UUID id, UUID agencyId, String name) {
	}
}
