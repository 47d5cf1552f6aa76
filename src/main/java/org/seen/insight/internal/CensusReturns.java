package org.seen.insight.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored census returns. */
@Repository
class CensusReturns {

	static final List<String> ROW_TABLES = List.of("cin_census_child", "cin_referral", "cin_assessment", "cin_plan",
			"cin_protection_plan");

	private static final String COLUMNS = "id, lea, year, reference_date, children, warnings, imported_at, imported_by";

	private final JdbcClient jdbc;

	CensusReturns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> idFor(String lea, int year) {
		return jdbc.sql("select id from cin_return where lea = ? and year = ?").params(lea, year).query(UUID.class).optional();
	}

	Optional<CensusReturn> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from cin_return where id = ?").param(id).query(CensusReturns::map).optional();
	}

	/** Every return, by LEA then newest first. */
	List<CensusReturn> all() {
		return jdbc.sql("select " + COLUMNS + " from cin_return order by lea, reference_date desc")
			.query(CensusReturns::map)
			.list();
	}

	/** The LEA's returns, oldest first: a trend. */
	List<CensusReturn> forLea(String lea) {
		return jdbc.sql("select " + COLUMNS + " from cin_return where lea = ? order by reference_date")
			.param(lea)
			.query(CensusReturns::map)
			.list();
	}

	/** The warnings stored with the return, as JSON. */
	String warnings(UUID id) {
		return jdbc.sql("select warning_list::text from cin_return where id = ?").param(id).query(String.class).single();
	}

	/** Deletes a return and its rows; the caller's transaction makes it one change with what replaces it. */
	void delete(UUID id) {
		for (String table : ROW_TABLES) {
			jdbc.sql("delete from " + table + " where return_id = ?").param(id).update();
		}
		jdbc.sql("delete from cin_measure where return_id = ?").param(id).update();
		jdbc.sql("delete from cin_return where id = ?").param(id).update();
	}

	private static CensusReturn map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CensusReturn(rs.getObject("id", UUID.class), rs.getString("lea"), rs.getInt("year"),
				rs.getObject("reference_date", java.time.LocalDate.class), rs.getInt("children"), rs.getInt("warnings"),
				rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
	}
}
