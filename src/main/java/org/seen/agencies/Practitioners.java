package org.seen.agencies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up practitioners and agencies for the other modules. */
@Service
public class Practitioners {

	private static final RowMapper<PractitionerSummary> SUMMARY = (rs, n) -> new PractitionerSummary(
			rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("job_title"),
			rs.getObject("agency_id", UUID.class), rs.getString("agency_name"), rs.getObject("team_id", UUID.class));

	private static final String SELECT = """
			select p.id, p.given_name || ' ' || p.family_name as name, p.job_title, p.agency_id,
			       a.name as agency_name, p.team_id
			from practitioner p join agency a on a.id = p.agency_id""";

	private final JdbcClient jdbc;

	Practitioners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PractitionerSummary> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(SUMMARY).optional();
	}

	public Optional<String> agencyName(UUID agencyId) {
		return jdbc.sql("select name from agency where id = ?").param(agencyId).query(String.class).optional();
	}

	public List<AgencySummary> agencies() {
		return jdbc.sql("select id, code, name, kind from agency order by name")
			.query((rs, n) -> new AgencySummary(rs.getObject("id", UUID.class), rs.getString("code"),
					rs.getString("name"), rs.getString("kind")))
			.list();
	}

	public Optional<AgencySummary> agencyByCode(String code) {
		return agencies().stream().filter(a -> a.code().equals(code)).findFirst();
	}

	public record AgencySummary(UUID id, String code, String name, String kind) {
	}
}
