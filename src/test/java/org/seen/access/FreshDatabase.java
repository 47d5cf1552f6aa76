package org.seen.access;

import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new, empty database on the test JVM's embedded PostgreSQL server, for tests that must break
 * what other tests rely on (the audit chain) or that need a database with no demo data. Tests
 * share the server's main database, so they never tamper with it.
 */
public final class FreshDatabase implements AutoCloseable {

	private final String url;

	private final HikariDataSource dataSource;

	private FreshDatabase(String url) {
		this.url = url;
		this.dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(3);
	}

	/** Creates the database; with {@code migrated}, also runs Seen's migrations on it. */
	public static FreshDatabase create(DataSource main, boolean migrated) {
		String mainUrl = ((HikariDataSource) main).getJdbcUrl();
		String name = "fresh_" + UUID.randomUUID().toString().replace("-", "");
		JdbcClient.create(main).sql("create database " + name).update();
		FreshDatabase fresh = new FreshDatabase(mainUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
		if (migrated) {
			Flyway.configure().dataSource(fresh.dataSource).locations("classpath:db/migration").load().migrate();
		}
		return fresh;
	}

	public String url() {
		return url;
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	@Override
	public void close() {
		dataSource.close();
	}
}
