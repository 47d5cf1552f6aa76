package org.seen.pathway;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where a child stands on the pathway, for other modules (plans, the worklist), which have already
 * admitted the actor through {@link org.seen.access.ChildAccess}: the level last decided and
 * whether the family's consent to early help stands today.
 */
@Service
public class ChildPathway {

	private final JdbcClient jdbc;

	private final Levels levels;

	ChildPathway(JdbcClient jdbc, Levels levels) {
		this.jdbc = jdbc;
		this.levels = levels;
	}

	/** The level most recently decided for the child, if any has been. */
	public Optional<LevelOfNeed> currentLevel(UUID childId) {
		return jdbc.sql("select level_code from level_decision where child_id = ? order by decided_at desc limit 1")
			.param(childId)
			.query(String.class)
			.optional()
			.flatMap(levels::find);
	}

	/** Whether consent to early help was given on or before the day and not withdrawn by then. */
	public boolean hasEarlyHelpConsent(UUID childId, LocalDate on) {
		return jdbc.sql("""
				select count(*) from early_help_consent
				where child_id = ? and given_on <= ? and (withdrawn_on is null or withdrawn_on > ?)""")
			.params(childId, on, on)
			.query(Integer.class)
			.single() > 0;
	}
}
