package org.seen.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.seen.access.VisibleChildren;
import org.seen.people.Sex;
import org.seen.people.Vulnerability;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children and their households as stored. Reads here are not audited: go through ChildRegister. */
@Repository
class Children {

	private static final String SELECT = """
			select c.id, c.given_name, c.family_name, c.date_of_birth, c.expected_date_of_birth, c.sex, c.nhs_number,
			       c.upn, c.local_id, c.ethnicity, c.disabled, c.vulnerabilities, c.created_at, c.version,
			       h.id as household_id, h.name as household_name, h.address_line1, h.town, h.postcode
			from child c left join household h on h.id = c.household_id""";

	private static final RowMapper<Child> CHILD = Children::toChild;

	private final JdbcClient jdbc;

	Children(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Child> find(UUID id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CHILD).optional();
	}

	/** The children of a household that the actor may see; filtered in SQL like every list. */
	List<Child> inHousehold(UUID householdId, VisibleChildren visible) {
		return visible
			.bind(jdbc.sql(SELECT + " where c.household_id = :household and " + visible.condition("c.id")
					+ " order by c.date_of_birth nulls first"))
			.param("household", householdId)
			.query(CHILD)
			.list();
	}

	int countInHousehold(UUID householdId) {
		return jdbc.sql("select count(*) from child where household_id = ?")
			.param(householdId)
			.query(Integer.class)
			.single();
	}

	UUID insert(ChildDetails details, UUID householdId, Instant now) {
		UUID id = UUID.randomUUID();
		bind(jdbc.sql("""
				insert into child (id, given_name, family_name, date_of_birth, expected_date_of_birth, sex, nhs_number, upn,
				  local_id, ethnicity, disabled, vulnerabilities, household_id, created_at)
				values (:id, :given, :family, :dob, :edd, :sex, :nhs, :upn, :local, :ethnicity, :disabled, :vulnerabilities,
				  :household, :now)"""), details)
			.param("id", id)
			.param("household", householdId)
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	/** Updates if nobody has changed the child since {@code version}; otherwise refuses. */
	void update(UUID id, int version, ChildDetails details) {
		int updated = bind(jdbc.sql("""
				update child set given_name = :given, family_name = :family, date_of_birth = :dob,
				  expected_date_of_birth = :edd, sex = :sex, nhs_number = :nhs, upn = :upn, local_id = :local,
				  ethnicity = :ethnicity, disabled = :disabled, vulnerabilities = :vulnerabilities, version = version + 1
				where id = :id and version = :version"""), details)
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("child " + id + " changed since version " + version);
		}
	}

	UUID insertHousehold(String name, ChildDetails details, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into household (id, name, address_line1, town, postcode, created_at) values (?, ?, ?, ?, ?, ?)""")
			.params(id, name, details.addressLine1(), details.town(), details.postcode(), Timestamp.from(now))
			.update();
		return id;
	}

	void updateHouseholdAddress(UUID householdId, ChildDetails details) {
		jdbc.sql("update household set address_line1 = ?, town = ?, postcode = ?, version = version + 1 where id = ?")
			.params(details.addressLine1(), details.town(), details.postcode(), householdId)
			.update();
	}

	/** The child already holding this identifier, if any; {@code column} is one of the identifier columns. */
	Optional<UUID> holderOf(String column, String value, UUID exceptChild) {
		if (value == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from child where " + column + " = ? and id is distinct from ?")
			.params(value, exceptChild)
			.query(UUID.class)
			.optional();
	}

	/** Children that may be the same child: a similar name born (or due) on the same day. */
	List<Match> possibleDuplicates(ChildDetails details, VisibleChildren visible) {
		LocalDate date = details.dateOfBirth() != null ? details.dateOfBirth() : details.expectedDateOfBirth();
		if (date == null || details.givenName() == null || details.familyName() == null) {
			return List.of();
		}
		return visible
			.bind(jdbc.sql("""
					select c.id, c.given_name || ' ' || c.family_name as name, c.date_of_birth, c.expected_date_of_birth,
					       %s as visible
					from child c
					where similarity(c.search_name, :name) > 0.45
					  and (c.date_of_birth = :date or c.expected_date_of_birth between :date_from and :date_to)
					order by similarity(c.search_name, :name) desc limit 10""".formatted(visible.condition("c.id"))))
			.param("name", (details.givenName() + " " + details.familyName()).toLowerCase())
			.param("date", date)
			.param("date_from", date.minusWeeks(6))
			.param("date_to", date.plusWeeks(6))
			.query((rs, n) -> new Match(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getBoolean("visible")))
			.list();
	}

	/** Children matching the criteria that the actor may see, best match first: filtered in SQL. */
	List<Child> search(SearchCriteria criteria, VisibleChildren visible, int limit) {
		List<String> where = new ArrayList<>();
		where.add(visible.condition("c.id"));
		if (criteria.name() != null) {
			// a whole name is matched by similarity; a single word by its best match within the name
			// ("Ashby" in "ava ashby"), which whole-name similarity would rank too low
			where.add(criteria.name().contains(" ") ? "c.search_name % :name" : ":name <% c.search_name");
		}
		if (criteria.dateOfBirth() != null) {
			where.add("(c.date_of_birth = :dob or c.expected_date_of_birth = :dob)");
		}
		if (criteria.identifier() != null) {
			where.add("(c.nhs_number = :identifier or c.upn = :identifier or c.local_id = :identifier)");
		}
		String order = criteria.name() != null ? "c.search_name <-> :name, c.family_name, c.given_name"
				: "c.family_name, c.given_name";
		JdbcClient.StatementSpec spec = jdbc
			.sql(SELECT + " where " + String.join(" and ", where) + " order by " + order + " limit :limit");
		if (criteria.name() != null) {
			spec = spec.param("name", criteria.name().toLowerCase());
		}
		if (criteria.dateOfBirth() != null) {
			spec = spec.param("dob", criteria.dateOfBirth());
		}
		if (criteria.identifier() != null) {
			spec = spec.param("identifier", criteria.identifier());
		}
		return visible.bind(spec).param("limit", limit).query(CHILD).list();
	}

	private static Child toChild(ResultSet rs, int n) throws SQLException {
		UUID householdId = rs.getObject("household_id", UUID.class);
		Timestamp created = rs.getTimestamp("created_at");
		return new Child(rs.getObject("id", UUID.class), rs.getString("given_name"), rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getObject("expected_date_of_birth", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), trimmed(rs.getString("nhs_number")), trimmed(rs.getString("upn")),
				rs.getString("local_id"), rs.getString("ethnicity"), rs.getBoolean("disabled"),
				vulnerabilities(rs.getArray("vulnerabilities")),
				householdId == null ? null
						: new Child.Household(householdId, rs.getString("household_name"), rs.getString("address_line1"),
								rs.getString("town"), rs.getString("postcode")),
				created.toInstant(), rs.getInt("version"));
	}

	private static String trimmed(String value) {
		return value == null ? null : value.trim();
	}

	private static List<Vulnerability> vulnerabilities(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(Vulnerability::valueOf).sorted().toList();
	}

	record Match(UUID id, String name, LocalDate dateOfBirth, boolean visible) {
	}

	/** Binds a child's details to the named parameters the insert and update share. */
	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ChildDetails d) {
		return spec.param("given", d.givenName())
			.param("family", d.familyName())
			.param("dob", d.dateOfBirth())
			.param("edd", d.expectedDateOfBirth())
			.param("sex", d.sex().name())
			.param("nhs", d.nhsNumber())
			.param("upn", d.upn())
			.param("local", d.localId())
			.param("ethnicity", d.ethnicity())
			.param("disabled", d.disabled())
			.param("vulnerabilities", d.vulnerabilities().stream().map(Enum::name).sorted().toArray(String[]::new));
	}
}
