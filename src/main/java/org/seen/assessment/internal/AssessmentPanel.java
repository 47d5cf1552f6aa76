package org.seen.assessment.internal;

import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.people.ChildPagePanel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's page section on assessments and the child's voice: the latest assessment with its
 * area grades, when the child was last heard, and the ways in. The page has already admitted and
 * audited the actor.
 */
@Component
class AssessmentPanel implements ChildPagePanel {

	private final Assessments assessments;

	private final ChildAssessments views;

	private final JdbcClient jdbc;

	AssessmentPanel(Assessments assessments, ChildAssessments views, JdbcClient jdbc) {
		this.assessments = assessments;
		this.views = views;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String fragment() {
		return "assessment/panel :: assessments";
	}

	@Override
	public Map<String, Object> model(Actor actor, UUID childId) {
		// the page is read often: the newest assessment and a count, not every assessment in full
		Object latest = assessments.latestOf(childId).<Object>map(views::view).orElse("");
		Object lastVoice = jdbc
			.sql("select max(gathered_on) from child_voice where child_id = ? and kind <> 'NOT_GATHERED'")
			.param(childId)
			.query(java.time.LocalDate.class)
			.optional()
			.map(Object.class::cast)
			.orElse("");
		return Map.of("childId", childId, "latest", latest, "count", assessments.countOf(childId), "lastVoice", lastVoice);
	}
}
