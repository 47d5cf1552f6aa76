package org.seen.assessment.internal.tools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored versions of every tool, word for word. A row is written once: uploaded versions
 * never change, and a shipped version's row changes only when a release changes its file.
 */
@Repository
class ToolVersions {

	enum Source {
		SHIPPED, UPLOADED
	}

	/** One stored version, without its text. */
	record StoredVersion(UUID id, String toolId, int version, String digest, Source source, String fileName,
			String loadedBy, Instant loadedAt) {
	}

	private static final String COLUMNS = "id, tool_id, version, digest, source, file_name, loaded_by, loaded_at";

	private final JdbcClient jdbc;

	ToolVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the version unless one with its tool id and number is already stored, and answers
	 * whether it did: the unique key, not a read before the write, decides between two nodes.
	 */
	boolean insert(UUID id, String toolId, int version, String definition, Source source, String fileName,
			UUID accountId, String username, Instant at) {
		return jdbc.sql("""
				insert into assessment_tool_version (id, tool_id, version, definition, digest, source, file_name,
				  loaded_by_account, loaded_by, loaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tool_id, version) do nothing""")
			.params(id, toolId, version, definition, digest(definition), source.name(), fileName, accountId, username,
					Timestamp.from(at))
			.update() == 1;
	}

	/** A release changed the file of a version it ships: the release's wording is the version's wording. */
	void replaceShipped(String toolId, int version, String definition, String fileName, Instant at) {
		jdbc.sql("""
				update assessment_tool_version set definition = ?, digest = ?, file_name = ?, loaded_at = ?
				where tool_id = ? and version = ? and source = 'SHIPPED'""")
			.params(definition, digest(definition), fileName, Timestamp.from(at), toolId, version)
			.update();
	}

	Optional<StoredVersion> find(String toolId, int version) {
		return jdbc.sql("select " + COLUMNS + " from assessment_tool_version where tool_id = ? and version = ?")
			.params(toolId, version)
			.query((rs, n) -> stored(rs))
			.optional();
	}

	/** The newest version of each tool. */
	List<StoredVersion> newest() {
		return jdbc.sql("select distinct on (tool_id) " + COLUMNS
				+ " from assessment_tool_version order by tool_id, version desc")
			.query((rs, n) -> stored(rs))
			.list();
	}

	Optional<StoredVersion> newest(String toolId) {
		return jdbc.sql("select " + COLUMNS
				+ " from assessment_tool_version where tool_id = ? order by version desc limit 1")
			.param(toolId)
			.query((rs, n) -> stored(rs))
			.optional();
	}

	/** Every version, by tool and newest first. */
	List<StoredVersion> all() {
		return jdbc.sql("select " + COLUMNS + " from assessment_tool_version order by tool_id, version desc")
			.query((rs, n) -> stored(rs))
			.list();
	}

	String definition(UUID id) {
		return jdbc.sql("select definition from assessment_tool_version where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private static StoredVersion stored(ResultSet rs) throws SQLException {
		return new StoredVersion(rs.getObject("id", UUID.class), rs.getString("tool_id"), rs.getInt("version"),
				rs.getString("digest"), Source.valueOf(rs.getString("source")), rs.getString("file_name"),
				rs.getString("loaded_by"), rs.getTimestamp("loaded_at").toInstant());
	}
}
