package org.seen.access.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seen.Deployment;
import org.seen.SeenApplication;
import org.seen.access.AccountRegistry;
import org.seen.access.AccountRegistry.NewAccount;
import org.seen.access.AuditChain;
import org.seen.access.FreshDatabase;
import org.seen.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seen on an external database, as in production: a second application started on a new database
 * of the test server, named by {@code spring.datasource.url}. It loads no demo data, has no account
 * until the first administrator is created, and refuses demo accounts and demo tokens outright even
 * if they are present (say, copied from a demo).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionModeTest {

	@Autowired
	DataSource embedded;

	FreshDatabase external;

	ConfigurableApplicationContext production;

	MockMvc mvc;

	@BeforeAll
	void startOnAnExternalDatabase() {
		external = FreshDatabase.create(embedded, false);
		production = new SpringApplicationBuilder(SeenApplication.class)
			.properties("spring.datasource.url=" + external.url(), "spring.datasource.username=postgres",
					"spring.main.banner-mode=off")
			// an argument, which outranks application.properties' SERVER_PORT default of 8080, so the
			// test never needs port 8080 to be free
			.run("--server.port=0");
		mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) production).apply(springSecurity()).build();
		agenciesAtStart = count("agency");
		accountsAtStart = count("account");
	}

	int agenciesAtStart;

	int accountsAtStart;

	private int count(String table) {
		return external.jdbc().sql("select count(*) from " + table).query(Integer.class).single();
	}

	@AfterAll
	void stop() {
		production.close();
		external.close();
	}

	@Test
	void production_mode_has_no_demo_data_and_no_account() {
		assertThat(production.getBean(Deployment.class).isDemo()).isFalse();
		assertThat(agenciesAtStart).isZero();
		assertThat(accountsAtStart).isZero();
	}

	@Test
	void demo_accounts_and_demo_tokens_are_refused_on_an_external_database() throws Exception {
		// exactly what the demo loader writes, as if a demo database had been copied
		AccountRegistry registry = production.getBean(AccountRegistry.class);
		var id = registry.create(new NewAccount("teacher", "Demo Teacher", Role.PRACTITIONER, null, null, "demo", true));
		registry.issueToken(id, "Demo token", "demo-teacher", true);
		var auditorId = registry.create(new NewAccount("auditor", "Demo Auditor", Role.AUDITOR, null, null, "demo", true));
		registry.issueToken(auditorId, "Demo token", "demo-auditor", true);

		mvc.perform(post("/sign-in").param("username", "teacher").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer demo-auditor"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer demo-teacher"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void the_first_administrator_is_created_by_the_one_off_command_and_can_sign_in() throws Exception {
		FirstAdministrator first = production.getBean(FirstAdministrator.class);
		OneOffCommand command = new OneOffCommand("create-admin", production.getBean(AuditChain.class), first,
				production, "partnership.admin", "Partnership Administrator");
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

		assertThat(command.execute(out, "too short")).isEqualTo(OneOffCommand.REFUSED);
		assertThat(command.execute(out, null)).isEqualTo(OneOffCommand.REFUSED);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("at least 12 characters");
		assertThat(command.execute(out, "a long enough passphrase")).isEqualTo(OneOffCommand.OK);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Created the administrator account 'partnership.admin'");
		// only the first: after that, administrators make accounts
		assertThat(first.create("second.admin", null, "another long passphrase").created()).isFalse();

		mvc.perform(post("/sign-in").param("username", "partnership.admin")
			.param("password", "a long enough passphrase")
			.with(csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void the_verify_command_reports_an_intact_chain_with_exit_status_zero() {
		OneOffCommand command = new OneOffCommand("verify-audit", production.getBean(AuditChain.class),
				production.getBean(FirstAdministrator.class), production, "", "");
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		assertThat(command.execute(new PrintStream(output, true, StandardCharsets.UTF_8), null)).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Audit chain intact");
	}

	@Test
	void commands_run_without_a_web_server() throws Exception {
		Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new PropertiesPropertySource("application", properties));
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
		environment.getPropertySources().addFirst(new MapPropertySource("args", java.util.Map.of("seen.command", "verify-audit")));
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
	}
}
