package org.seen.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Summaries of children for other modules, which have already admitted the actor through
 * {@link org.seen.access.ChildAccess}; these reads write no audit entry of their own.
 */
@Service
public class ChildRecords {

	static final RowMapper<ChildSummary> SUMMARY = (rs, n) -> new ChildSummary(rs.getObject("id", UUID.class),
			rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
			rs.getObject("expected_date_of_birth", java.time.LocalDate.class), rs.getBoolean("disabled"));

	private final JdbcClient jdbc;

	ChildRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ChildSummary> summary(UUID childId) {
		return jdbc.sql("select id, given_name, family_name, date_of_birth, expected_date_of_birth, disabled from child where id = ?")
			.param(childId)
			.query(SUMMARY)
			.optional();
	}

	public Map<UUID, ChildSummary> summaries(Collection<UUID> childIds) {
		if (childIds.isEmpty()) {
			return Map.of();
		}
		List<ChildSummary> found = jdbc
			.sql("select id, given_name, family_name, date_of_birth, expected_date_of_birth, disabled from child where id in (:ids)")
			.param("ids", childIds)
			.query(SUMMARY)
			.list();
		return found.stream().collect(Collectors.toMap(ChildSummary::id, Function.identity()));
	}

	/** The child's id for an identifier (NHS number, UPN or local id), for importers. */
	public Optional<UUID> idByIdentifier(String scheme, String value) {
		String column = switch (scheme) {
			case "NHS" -> "nhs_number";
			case "UPN" -> "upn";
			case "LOCAL" -> "local_id";
			default -> throw new IllegalArgumentException("Unknown identifier scheme " + scheme);
		};
		return jdbc.sql("select id from child where " + column + " = ?").param(value).query(UUID.class).optional();
	}

	/** The adults recorded around a child: parents and carers first. */
	public List<AdultSummary> adults(UUID childId) {
		return jdbc.sql("""
				select a.id, a.given_name || ' ' || a.family_name as name, r.kind, r.lives_with_child,
				       r.parental_responsibility
				from relationship r join adult a on a.id = r.adult_id
				where r.child_id = ? order by r.parental_responsibility desc, a.family_name, a.given_name""")
			.param(childId)
			.query((rs, n) -> new AdultSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					RelationshipKind.valueOf(rs.getString("kind")), rs.getBoolean("lives_with_child"),
					rs.getBoolean("parental_responsibility")))
			.list();
	}

	/** The other children of the child's household, for work done once for the whole home. */
	public List<ChildSummary> siblings(UUID childId) {
		return jdbc.sql("""
				select s.id, s.given_name, s.family_name, s.date_of_birth, s.expected_date_of_birth, s.disabled
				from child c join child s on s.household_id = c.household_id and s.id <> c.id
				where c.id = ? order by s.date_of_birth nulls first""")
			.param(childId)
			.query(SUMMARY)
			.list();
	}

	/**
	 * What weighs on a child's care: the child's own vulnerabilities, and the contributory factors
	 * recorded on their household and on the adults around them.
	 */
	public Circumstances circumstances(UUID childId) {
		return jdbc.sql("""
				select c.vulnerabilities,
				       array(select distinct f from (
				         select unnest(h.contributory_factors) as f from household h where h.id = c.household_id
				         union all
				         select unnest(a.contributory_factors) from relationship r join adult a on a.id = r.adult_id
				         where r.child_id = c.id) factors) as factors,
				       h.postcode
				from child c left join household h on h.id = c.household_id where c.id = ?""")
			.param(childId)
			.query((rs, n) -> new Circumstances(
					enums(rs.getArray("vulnerabilities"), Vulnerability.class),
					enums(rs.getArray("factors"), ContributoryFactor.class), rs.getString("postcode")))
			.optional()
			.orElse(new Circumstances(java.util.Set.of(), java.util.Set.of(), null));
	}

	private static <E extends Enum<E>> java.util.Set<E> enums(java.sql.Array array, Class<E> type)
			throws java.sql.SQLException {
		java.util.Set<E> found = java.util.EnumSet.noneOf(type);
		if (array != null) {
			for (String name : (String[]) array.getArray()) {
				found.add(Enum.valueOf(type, name));
			}
		}
		return found;
	}

	/** A child's vulnerabilities, the factors in the adults' lives, and the household's postcode (may be null). */
	public record Circumstances(java.util.Set<Vulnerability> vulnerabilities, java.util.Set<ContributoryFactor> factors,
			String postcode) {
	}
}
