package org.seen.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invented Northbrook partnership: its agencies, teams and practitioners. Ids are derived
 * from names so that the demo is the same on every machine.
 */
class Northbrook {

	private final JdbcClient jdbc;

	private final Map<String, UUID> agencies = new LinkedHashMap<>();

	private final Map<String, UUID> teams = new LinkedHashMap<>();

	private final Map<String, UUID> practitioners = new LinkedHashMap<>();

	private final Map<String, UUID> practitionerAgency = new LinkedHashMap<>();

	private final Map<String, String> practitionerName = new LinkedHashMap<>();

	private final List<DemoAccount> accounts = new ArrayList<>();

	Northbrook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static UUID id(String kind, String name) {
		return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
	}

	void agenciesAndPractitioners() {
		agency("SCH1", "Northbrook Primary School", "SCHOOL");
		agency("SCH2", "St Aldwyn's Academy", "SCHOOL");
		agency("HV", "Northbrook Health Visiting Service", "HEALTH_VISITING");
		agency("GP", "Millbank Surgery", "GP_PRACTICE");
		agency("HOSP", "Northbrook General Hospital", "HOSPITAL");
		agency("POL", "Northbrook Police", "POLICE");
		agency("HOUS", "Northbrook Homes", "HOUSING");
		agency("AMH", "Northbrook Adult Mental Health Service", "ADULT_MENTAL_HEALTH");
		agency("CSC", "Northbrook Children's Social Care", "CHILDRENS_SOCIAL_CARE");
		agency("VOL", "Harbour Family Support", "VOLUNTARY");
		agency("NSCP", "Northbrook Safeguarding Children Partnership", "PARTNERSHIP");

		team("CSC", "Front Door");
		team("CSC", "Assessment Team");
		team("CSC", "Early Help Team");
		team("HV", "Northbrook East Health Visiting");

		practitioner("teacher", "SCH1", null, "Amira", "Castell", "Class teacher");
		practitioner("school.dsl", "SCH1", null, "Owen", "Pritchard", "Designated safeguarding lead");
		practitioner("sch2.dsl", "SCH2", null, "Harriet", "Lowden", "Designated safeguarding lead");
		practitioner("sch2.tutor", "SCH2", null, "Dev", "Marlowe", "Head of year");
		practitioner("health.visitor", "HV", "Northbrook East Health Visiting", "Bethan", "Rooke", "Health visitor");
		practitioner("hv2", "HV", "Northbrook East Health Visiting", "Tomasz", "Penrose", "Community nursery nurse");
		practitioner("gp", "GP", null, "Nadia", "Ferrier", "General practitioner");
		practitioner("ed.nurse", "HOSP", null, "Callum", "Sayle", "Paediatric liaison nurse");
		practitioner("police.officer", "POL", null, "Joanne", "Hartigan", "Police constable");
		practitioner("housing", "HOUS", null, "Grace", "Odell", "Housing officer");
		practitioner("amh", "AMH", null, "Samuel", "Brankley", "Community psychiatric nurse");
		practitioner("front.door", "CSC", "Front Door", "Priya", "Vance", "Front door social worker");
		practitioner("social.worker", "CSC", "Assessment Team", "Marcus", "Ellery", "Social worker");
		practitioner("manager", "CSC", "Early Help Team", "Ruth", "Dunmore", "Early help team manager");
		practitioner("family.worker", "VOL", null, "Leah", "Carrow", "Family support worker");
		practitioner("system.sch1", "SCH1", null, "Northbrook Primary", "information system", "Agency system");

		account("admin", "Ivo Strand", Role.ADMINISTRATOR, null, "NSCP");
		account("analyst", "Mina Achterberg", Role.ANALYST, null, "NSCP");
		account("auditor", "Colm Beckwith", Role.AUDITOR, null, "NSCP");
		account("manager", "Ruth Dunmore", Role.MANAGER, "manager", "CSC");
		account("front.door", "Priya Vance", Role.FRONT_DOOR, "front.door", "CSC");
		account("social.worker", "Marcus Ellery", Role.SOCIAL_WORKER, "social.worker", "CSC");
		account("school.dsl", "Owen Pritchard", Role.DSL, "school.dsl", "SCH1");
		account("teacher", "Amira Castell", Role.PRACTITIONER, "teacher", "SCH1");
		account("health.visitor", "Bethan Rooke", Role.PRACTITIONER, "health.visitor", "HV");
		account("police.officer", "Joanne Hartigan", Role.PRACTITIONER, "police.officer", "POL");
	}

	List<DemoAccount> demoAccounts() {
		return accounts;
	}

	UUID agency(String code) {
		return agencies.get(code);
	}

	UUID practitioner(String key) {
		return practitioners.get(key);
	}

	String name(String practitionerKey) {
		return practitionerName.get(practitionerKey);
	}

	UUID agencyOf(String practitionerKey) {
		return practitionerAgency.get(practitionerKey);
	}

	UUID team(String name) {
		return teams.get(name);
	}

	private void agency(String code, String name, String kind) {
		UUID id = id("agency", code);
		agencies.put(code, id);
		jdbc.sql("insert into agency (id, code, name, kind) values (?, ?, ?, ?)").params(id, code, name, kind).update();
	}

	private void team(String agencyCode, String name) {
		UUID id = id("team", name);
		teams.put(name, id);
		jdbc.sql("insert into team (id, agency_id, name) values (?, ?, ?)").params(id, agency(agencyCode), name).update();
	}

	private void practitioner(String key, String agencyCode, String team, String given, String family, String title) {
		UUID id = id("practitioner", key);
		practitioners.put(key, id);
		practitionerAgency.put(key, agency(agencyCode));
		practitionerName.put(key, given + " " + family);
		jdbc.sql("""
				insert into practitioner (id, agency_id, team_id, given_name, family_name, job_title, email)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agency(agencyCode), team == null ? null : teams.get(team), given, family, title,
					key + "@northbrook.example")
			.update();
	}

	private void account(String username, String name, Role role, String practitionerKey, String agencyCode) {
		accounts.add(new DemoAccount(username, name, role, practitionerKey == null ? null : practitioner(practitionerKey),
				agency(agencyCode)));
	}

	record DemoAccount(String username, String displayName, Role role, UUID practitionerId, UUID agencyId) {
	}
}
