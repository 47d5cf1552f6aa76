package org.seen.strategy.internal.workforce;

import org.seen.strategy.internal.SmallNumbers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.RecordNotFound;
import org.seen.agencies.Practitioners;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.web.FormErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practitioner survey. Editors set one up; anyone who works with families answers it once while
 * it is open. Answers are anonymous: the response keeps the respondent's agency kind only, and the
 * fact that an account has answered is kept in a separate table with no id, time or order shared
 * with the response, so no answer can be traced to a person. Results are per question, with small
 * numbers withheld.
 */
@Service
public class Surveys {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	public static final int MAX_QUESTIONS = 6;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Practitioners practitioners;

	private final Clock clock;

	Surveys(JdbcClient jdbc, AuditTrail audit, Practitioners practitioners, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.practitioners = practitioners;
		this.clock = clock;
	}

	public record Survey(UUID id, String title, LocalDate opensOn, LocalDate closesOn, List<Question> questions,
			int responses) {

		public boolean openOn(LocalDate day) {
			return !day.isBefore(opensOn) && !day.isAfter(closesOn);
		}
	}

	public record Question(UUID id, int position, String text, Scale scale) {
	}

	public record QuestionInput(String text, String scale) {
	}

	/** One question's results: how many gave each answer, the mean, and the mean by agency kind. */
	public record QuestionResult(Question question, List<Bar> distribution, String answers, String mean,
			List<KindMean> byAgencyKind) {
	}

	public record KindMean(String agencyKind, String answers, String mean) {
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	public static boolean mayAnswer(Actor actor) {
		return actor.role().isCasework();
	}

	public List<Survey> all(Actor actor) {
		if (!StrategyRoles.reads(actor) && !mayAnswer(actor)) {
			throw new AccessDeniedException("Your role may not do this.");
		}
		return jdbc.sql("select id from survey order by opens_on desc, title").query(UUID.class).list().stream()
			.map(this::find).toList();
	}

	public Survey survey(Actor actor, UUID id) {
		if (!StrategyRoles.reads(actor) && !mayAnswer(actor)) {
			throw new AccessDeniedException("Your role may not do this.");
		}
		return find(id);
	}

	private Survey find(UUID id) {
		List<Question> questions = jdbc.sql("select * from survey_question where survey_id = ? order by position")
			.param(id)
			.query((rs, n) -> new Question(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("text"),
					Scale.valueOf(rs.getString("scale"))))
			.list();
		return jdbc.sql("""
				select s.*, (select count(*) from survey_response r where r.survey_id = s.id) as responses
				from survey s where s.id = ?""")
			.param(id)
			.query((rs, n) -> new Survey(id, rs.getString("title"), rs.getObject("opens_on", LocalDate.class),
					rs.getObject("closes_on", LocalDate.class), questions, rs.getInt("responses")))
			.optional()
			.orElseThrow(RecordNotFound::new);
	}

	public boolean hasAnswered(Actor actor, UUID surveyId) {
		return jdbc.sql("select count(*) from survey_respondent where survey_id = ? and account_id = ?")
			.params(surveyId, actor.accountId()).query(Integer.class).single() > 0;
	}

	/** {@code edgeErrors} carries problems the edge found with the dates. */
	@Transactional
	public Survey create(Actor actor, String title, LocalDate opensOn, LocalDate closesOn,
			List<QuestionInput> questions, FormErrors edgeErrors) {
		StrategyRoles.require(actor, StrategyRoles.EDITORS);
		FormErrors errors = edgeErrors == null ? new FormErrors() : edgeErrors;
		String name = TrainingRegister.required(title, "title", "Enter the survey's title", 200, errors);
		if (opensOn == null && !errors.has("opensOn")) {
			errors.reject("opensOn", "Enter the date the survey opens");
		}
		if (closesOn == null && !errors.has("closesOn")) {
			errors.reject("closesOn", "Enter the date the survey closes");
		}
		if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
			errors.reject("closesOn", "The closing date must be the same as or after the opening date");
		}
		List<Question> kept = new ArrayList<>();
		int position = 0;
		for (int i = 0; i < questions.size() && i < MAX_QUESTIONS; i++) {
			QuestionInput q = questions.get(i);
			if (TrainingRegister.blank(q.text())) {
				continue;
			}
			String field = "question" + (i + 1);
			String text = TrainingRegister.required(q.text(), field, "", 300, errors);
			Scale scale = TrainingRegister.choice(Scale.class, q.scale(), field + "Scale",
					"Select how question " + (i + 1) + " is answered", errors);
			if (text != null && scale != null) {
				kept.add(new Question(UUID.randomUUID(), ++position, text, scale));
			}
		}
		if (kept.isEmpty() && !errors.has("question1")) {
			errors.reject("question1", "Enter at least one question");
		}
		errors.throwIfAny();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into survey (id, title, opens_on, closes_on, created_at) values (?, ?, ?, ?, ?)")
			.params(id, name, opensOn, closesOn, Timestamp.from(clock.instant()))
			.update();
		for (Question q : kept) {
			jdbc.sql("insert into survey_question (id, survey_id, position, text, scale) values (?, ?, ?, ?, ?)")
				.params(q.id(), id, q.position(), q.text(), q.scale().name())
				.update();
		}
		audit.record(actor, AuditAction.CREATE, "SURVEY", id, null, "Survey created");
		return find(id);
	}

	/**
	 * Records one anonymous response; {@code answers} maps each question's id (as text) to the answer
	 * as typed. Refused when the survey is closed or the account has already answered.
	 */
	@Transactional
	public void answer(Actor actor, UUID surveyId, Map<String, String> answers) {
		if (!mayAnswer(actor)) {
			throw new AccessDeniedException("Only practitioners working with families answer the survey.");
		}
		Survey survey = find(surveyId);
		FormErrors errors = new FormErrors();
		if (!survey.openOn(today())) {
			errors.reject("survey", "This survey is not open: it is open from " + survey.opensOn() + " to "
					+ survey.closesOn());
			errors.throwIfAny();
		}
		if (hasAnswered(actor, surveyId)) {
			errors.reject("survey", "You have already answered this survey");
			errors.throwIfAny();
		}
		Map<UUID, Integer> values = new LinkedHashMap<>();
		for (Question q : survey.questions()) {
			String field = "q" + q.position();
			String typed = answers.get(q.id().toString());
			Integer value = TrainingRegister.whole(typed, field, "The answer to question " + q.position(), 1,
					q.scale().max(), errors);
			if (value == null && !errors.has(field)) {
				errors.reject(field, "Answer question " + q.position() + ": " + q.text());
			}
			values.put(q.id(), value);
		}
		errors.throwIfAny();
		// who has answered, and separately what was answered: nothing links the two rows
		int added = jdbc.sql("insert into survey_respondent (survey_id, account_id) values (?, ?) on conflict do nothing")
			.params(surveyId, actor.accountId()).update();
		if (added == 0) {
			throw new org.seen.web.InvalidInput("survey", "You have already answered this survey");
		}
		String kind = practitioners.agencies().stream().filter(a -> a.id().equals(actor.agencyId())).findFirst()
			.map(Practitioners.AgencySummary::kind).orElse("UNKNOWN");
		UUID response = UUID.randomUUID();
		jdbc.sql("insert into survey_response (id, survey_id, agency_kind) values (?, ?, ?)")
			.params(response, surveyId, kind).update();
		values.forEach((question, value) -> jdbc
			.sql("insert into survey_answer (response_id, question_id, value) values (?, ?, ?)")
			.params(response, question, value).update());
		audit.record(actor, AuditAction.CREATE, "SURVEY", surveyId, null, "Survey answered");
	}

	/** Results per question, small numbers withheld. */
	public List<QuestionResult> results(Actor actor, UUID surveyId) {
		StrategyRoles.require(actor, StrategyRoles.READERS);
		Survey survey = find(surveyId);
		audit.record(actor, AuditAction.VIEW, "SURVEY", surveyId, null, "Survey results read");
		List<QuestionResult> results = new ArrayList<>();
		for (Question q : survey.questions()) {
			Map<Integer, Long> counts = new LinkedHashMap<>();
			q.scale().answers().forEach(v -> counts.put(v, 0L));
			jdbc.sql("select value, count(*) from survey_answer where question_id = ? group by value").param(q.id())
				.query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
			long answered = counts.values().stream().mapToLong(Long::longValue).sum();
			double sum = counts.entrySet().stream().mapToDouble(e -> e.getKey() * (double) e.getValue()).sum();
			List<Bar> distribution = Bar.scaled(
					counts.keySet().stream().map(q.scale()::answerLabel).toList(), new ArrayList<>(counts.values()));
			List<KindMean> kinds = byAgencyKind(q);
			results.add(new QuestionResult(q, distribution, SmallNumbers.count(answered),
					SmallNumbers.mean(sum, answered), kinds));
		}
		return results;
	}

	/**
	 * The answers by agency kind. A kind with fewer than 5 answers is folded into "Other agencies":
	 * shown as "c" beside the overall figures, its count and mean could be worked out from the
	 * others'. When the folded group is itself that small, there is no breakdown at all.
	 */
	private List<KindMean> byAgencyKind(Question q) {
		List<KindMean> kinds = new ArrayList<>();
		long[] other = new long[2];
		jdbc.sql("""
				select r.agency_kind, count(*), sum(a.value) from survey_answer a
				join survey_response r on r.id = a.response_id where a.question_id = ?
				group by r.agency_kind order by r.agency_kind""")
			.param(q.id())
			.query((rs, n) -> {
				long answers = rs.getLong(2);
				if (answers < SmallNumbers.PEOPLE) {
					other[0] += answers;
					other[1] += rs.getLong(3);
				}
				else {
					kinds.add(new KindMean(AgencyKinds.label(rs.getString(1)), SmallNumbers.count(answers),
							SmallNumbers.mean(rs.getLong(3), answers)));
				}
				return n;
			})
			.list();
		if (other[0] == 0) {
			return kinds;
		}
		if (other[0] < SmallNumbers.PEOPLE) {
			return List.of();
		}
		kinds.add(new KindMean("Other agencies", SmallNumbers.count(other[0]), SmallNumbers.mean(other[1], other[0])));
		return kinds;
	}
}
