package org.seen;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether Seen runs on its own embedded database (a laptop or a demo, with the synthetic
 * Northbrook partnership) or on a partnership's external PostgreSQL (production).
 * Demo accounts, demo tokens and demo data exist only in the first case.
 */
@Component
public class Deployment {

	private final boolean embedded;

	Deployment(Environment environment) {
		this.embedded = EmbeddedDatabase.isEmbedded(environment);
	}

	/** True when running on the embedded database, which is the only place demo data may live. */
	public boolean isDemo() {
		return embedded;
	}
}
