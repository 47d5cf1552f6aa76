package org.seen.agencies;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administration of accounts needs from the agencies: every practitioner, to link an
 * account to, and a practitioner record standing for an agency's information system.
 */
@Service
public class PractitionerDirectory {

	/** The job title of a practitioner record that stands for an information system. */
	public static final String AGENCY_SYSTEM = "Agency system";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	PractitionerDirectory(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Every practitioner, by agency and then by name. */
	public List<PractitionerSummary> all() {
		return jdbc.sql("""
				select p.id, trim(p.given_name || ' ' || p.family_name) as name, p.job_title, p.agency_id,
				       a.name as agency_name, p.team_id
				from practitioner p join agency a on a.id = p.agency_id
				order by a.name, p.family_name, p.given_name""")
			.query((rs, n) -> new PractitionerSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("job_title"), rs.getObject("agency_id", UUID.class), rs.getString("agency_name"),
					rs.getObject("team_id", UUID.class)))
			.list();
	}

	/** Every practitioner who is a person, not an agency's system: those who can join the work with a child. */
	public List<PractitionerSummary> people() {
		return all().stream().filter(p -> !AGENCY_SYSTEM.equals(p.jobTitle())).toList();
	}

	/**
	 * Adds the practitioner record that an agency-system account acts as, in the caller's
	 * transaction, and answers its id. The agency must exist.
	 */
	@Transactional
	public UUID addSystem(UUID agencyId, String systemName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into practitioner (id, agency_id, given_name, family_name, job_title)
				values (?, ?, ?, '', ?)""")
			.params(id, agencyId, systemName, AGENCY_SYSTEM)
			.update();
		events.publishEvent(new AgencyRecordChanged("PRACTITIONER", id, true, "agency system"));
		return id;
	}

	/** The email addresses recorded for practitioners, for notices; practitioners without one are left out. */
	public java.util.Map<UUID, String> emails(java.util.Collection<UUID> practitionerIds) {
		if (practitionerIds.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("select id, email from practitioner where id in (:ids) and email is not null and email <> ''")
			.param("ids", practitionerIds)
			.query((rs, n) -> java.util.Map.entry(rs.getObject("id", UUID.class), rs.getString("email")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}
}
