package org.seen.insight.internal.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.seen.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the embedded (demo) database only, loads the invented Northbrook deprivation lookup
 * (classpath:insight/demo-imd-lookup.csv) when there is no lookup yet. It lives here rather than
 * in the demo module so that insight does not depend on the demo. An uploaded lookup is never
 * overwritten.
 */
@Component
class DemoDeprivationLookup implements ApplicationRunner {

	static final String FILE = "/insight/demo-imd-lookup.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoDeprivationLookup.class);

	private final Deployment deployment;

	private final DeprivationLookup lookup;

	private final boolean enabled;

	DemoDeprivationLookup(Deployment deployment, DeprivationLookup lookup,
			@Value("${seen.demo.load:true}") boolean enabled) {
		this.deployment = deployment;
		this.lookup = lookup;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!deployment.isDemo() || !enabled) {
			return;
		}
		if (lookup.loadIfEmpty(demoFile(), "Northbrook demo data")) {
			log.info("Loaded the demo deprivation lookup");
		}
	}

	static String demoFile() {
		try (InputStream in = DemoDeprivationLookup.class.getResourceAsStream(FILE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
