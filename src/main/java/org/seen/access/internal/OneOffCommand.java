package org.seen.access.internal;

import java.io.PrintStream;

import org.seen.access.AuditChain;
import org.seen.access.ChainVerification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs one command named by {@code --seen.command} and exits with its status, for operators:
 * {@code verify-audit} (exit 1 when the chain is broken) and {@code create-admin}. Such runs
 * start no web server (see {@code spring.main.web-application-type} in application.properties).
 * Documented in docs/production.md.
 */
@Component
@ConditionalOnProperty("seen.command")
class OneOffCommand implements ApplicationRunner {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int REFUSED = 2;

	private final String command;

	private final AuditChain chain;

	private final FirstAdministrator firstAdministrator;

	private final ConfigurableApplicationContext context;

	private final String adminUsername;

	private final String adminDisplayName;

	OneOffCommand(@Value("${seen.command}") String command, AuditChain chain, FirstAdministrator firstAdministrator,
			ConfigurableApplicationContext context, @Value("${seen.admin.username:}") String adminUsername,
			@Value("${seen.admin.display-name:}") String adminDisplayName) {
		this.command = command;
		this.chain = chain;
		this.firstAdministrator = firstAdministrator;
		this.context = context;
		this.adminUsername = adminUsername;
		this.adminDisplayName = adminDisplayName;
	}

	@Override
	public void run(ApplicationArguments args) {
		int status = execute(System.out, System.getenv("SEEN_ADMIN_PASSWORD"));
		System.exit(SpringApplication.exit(context, () -> status));
	}

	int execute(PrintStream out, String adminPassword) {
		return switch (command) {
			case "verify-audit" -> verifyAudit(out);
			case "create-admin" -> createAdmin(out, adminPassword);
			default -> {
				out.println("Unknown command '" + command + "'. Use verify-audit or create-admin.");
				yield REFUSED;
			}
		};
	}

	private int verifyAudit(PrintStream out) {
		ChainVerification verification = chain.verify();
		out.println(verification.summary());
		return verification.intact() ? OK : FAILED;
	}

	private int createAdmin(PrintStream out, String password) {
		FirstAdministrator.Outcome outcome = firstAdministrator.create(adminUsername, adminDisplayName, password);
		out.println(outcome.message());
		return outcome.created() ? OK : REFUSED;
	}
}
