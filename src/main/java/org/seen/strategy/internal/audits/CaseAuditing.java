package org.seen.strategy.internal.audits;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.AuditTrail;
import org.seen.access.ChildAccess;
import org.seen.access.RecordGrants;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.strategy.internal.StrategyRoles;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-agency case audits. Analysts, administrators and auditors keep the templates and run the
 * audits: they see case numbers, agencies, grades and findings, never a child's name. The panel
 * grades the sampled cases; each member may read a sampled child's record through a record grant
 * while the audit is open, and only through ChildAccess, so every view is audited.
 */
@Service
public class CaseAuditing {

	/** The longest an audit may run, and so the longest its panel may read the sampled records. */
	static final int MAX_MONTHS = 3;

	/** Keep the templates and run audits: set up, choose the panel, close. */
	static final Set<Role> RUNNERS = Set.of(Role.ANALYST, Role.ADMINISTRATOR, Role.AUDITOR);

	static final String STALE = "Someone else changed this while you were working on it. Check what is here now and try again.";

	static final String RECORD = "CASE_AUDIT";

	/** The partnership's standard template, seeded by migration V73. */
	static final UUID STANDARD_TEMPLATE = UUID.fromString("6a1f0c2e-3b7d-4c55-9e0a-5d2b8f4a7c01");

	static final String CASE_RECORD = "CASE_AUDIT_CASE";

	static final String TEMPLATE_RECORD = "CASE_AUDIT_TEMPLATE";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseAudits audits;

	private final ChildAccess access;

	private final RecordGrants grants;

	private final AuditTrail trail;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	CaseAuditing(CaseAudits audits, ChildAccess access, RecordGrants grants, AuditTrail trail, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.audits = audits;
		this.access = access;
		this.grants = grants;
		this.trail = trail;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	static boolean runs(Actor actor) {
		return RUNNERS.contains(actor.role());
	}

	static void requireRunner(Actor actor) {
		StrategyRoles.require(actor, RUNNERS);
	}

	/** Themes and summaries: the strategy's readers and those who run audits. */
	static void requireThemeReader(Actor actor) {
		if (!runs(actor) && !StrategyRoles.reads(actor)) {
			throw new AccessDeniedException("Your role may not see the audits' themes.");
		}
	}

	// templates

	List<AuditTemplate> templates(Actor actor) {
		requireRunner(actor);
		trail.record(actor, AuditAction.VIEW, TEMPLATE_RECORD, null, null, "list");
		return audits.templates();
	}

	AuditTemplate template(Actor actor, UUID id) {
		requireRunner(actor);
		AuditTemplate found = audits.template(id).orElseThrow(RecordNotFound::new);
		trail.record(actor, AuditAction.VIEW, TEMPLATE_RECORD, id, null, null);
		return found;
	}

	/** A question as typed: its wording and scale. */
	record QuestionDraft(String text, String scale) {
	}

	@Transactional
	UUID createTemplate(Actor actor, String name, String description, List<QuestionDraft> questions) {
		requireRunner(actor);
		FormErrors errors = new FormErrors();
		String named = checkName(name, errors);
		String described = optional(description, "description", "Description", 2000, errors);
		List<QuestionDraft> checked = new ArrayList<>();
		for (int i = 0; questions != null && i < questions.size(); i++) {
			checked.add(checkQuestion(questions.get(i), "questions[" + i + "].", errors));
		}
		throwIfAny(errors);
		UUID id = UUID.randomUUID();
		audits.insertTemplate(id, named, described, null, actor.displayName(), Instant.now(clock));
		for (int i = 0; i < checked.size(); i++) {
			audits.insertQuestion(id, i + 1, checked.get(i).text(), Scale.valueOf(checked.get(i).scale()));
		}
		trail.record(actor, AuditAction.CREATE, TEMPLATE_RECORD, id, null, null);
		return id;
	}

	@Transactional
	void changeTemplate(Actor actor, UUID id, int version, String name, String description) {
		AuditTemplate template = changeable(actor, id);
		FormErrors errors = new FormErrors();
		String named = checkName(name, errors);
		String described = optional(description, "description", "Description", 2000, errors);
		throwIfAny(errors);
		audits.touchTemplate(template.id(), version, named, described);
		trail.record(actor, AuditAction.CHANGE, TEMPLATE_RECORD, id, null, "name");
	}

	@Transactional
	void addQuestion(Actor actor, UUID id, int version, String text, String scale) {
		AuditTemplate template = changeable(actor, id);
		FormErrors errors = new FormErrors();
		QuestionDraft checked = checkQuestion(new QuestionDraft(text, scale), "", errors);
		throwIfAny(errors);
		audits.touchTemplate(id, version, template.name(), template.description());
		audits.insertQuestion(id, template.questions().size() + 1, checked.text(), Scale.valueOf(checked.scale()));
		trail.record(actor, AuditAction.CHANGE, TEMPLATE_RECORD, id, null, "question added");
	}

	@Transactional
	void removeQuestion(Actor actor, UUID id, int version, UUID questionId) {
		AuditTemplate template = changeable(actor, id);
		if (template.questions().stream().noneMatch(q -> q.id().equals(questionId))) {
			throw new RecordNotFound();
		}
		audits.touchTemplate(id, version, template.name(), template.description());
		audits.removeQuestion(id, questionId);
		trail.record(actor, AuditAction.CHANGE, TEMPLATE_RECORD, id, null, "question removed");
	}

	/** A new template with the same questions, free to change: how a template in use is changed. */
	@Transactional
	UUID copyTemplate(Actor actor, UUID id) {
		requireRunner(actor);
		AuditTemplate source = audits.template(id).orElseThrow(RecordNotFound::new);
		UUID copy = UUID.randomUUID();
		String name = source.name().length() > 190 ? source.name().substring(0, 190) : source.name();
		audits.insertTemplate(copy, name + " (copy)", source.description(), source.id(), actor.displayName(),
				Instant.now(clock));
		source.questions().forEach(q -> audits.insertQuestion(copy, q.position(), q.text(), q.scale()));
		trail.record(actor, AuditAction.CREATE, TEMPLATE_RECORD, copy, null, "copied from " + id);
		return copy;
	}

	private AuditTemplate changeable(Actor actor, UUID id) {
		requireRunner(actor);
		AuditTemplate template = audits.template(id).orElseThrow(RecordNotFound::new);
		if (template.inUse()) {
			throw new InvalidInput("template",
					"This template is used by an audit, so it cannot be changed. Make a copy and change the copy.");
		}
		return template;
	}

	private static String checkName(String name, FormErrors errors) {
		String named = name == null ? "" : name.trim();
		if (named.isEmpty()) {
			errors.reject("name", "Enter a name for the template");
		}
		else if (named.length() > 200) {
			errors.reject("name", "Name must be 200 characters or fewer");
		}
		return named;
	}

	private static QuestionDraft checkQuestion(QuestionDraft draft, String prefix, FormErrors errors) {
		String text = draft == null || draft.text() == null ? "" : draft.text().trim();
		if (text.isEmpty()) {
			errors.reject(prefix + "text", "Enter the question");
		}
		else if (text.length() > 500) {
			errors.reject(prefix + "text", "Question must be 500 characters or fewer");
		}
		String scale = draft == null || draft.scale() == null ? "" : draft.scale().trim();
		if (!Set.of("QUALITY", "YES_NO").contains(scale)) {
			errors.reject(prefix + "scale", "Select how the question is graded");
		}
		return new QuestionDraft(text, scale);
	}

	// audits

	/** An audit as typed; the sample size and dates arrive already read, null when missing or not valid. */
	record NewAudit(String title, UUID templateId, String focus, LocalDate auditDate, LocalDate endsOn,
			Integer sampleSize, String seed) {
	}

	/** Sets up the audit and draws its sample, once: the sample is stored and never drawn again. */
	@Transactional
	UUID createAudit(Actor actor, NewAudit draft) {
		requireRunner(actor);
		FormErrors errors = new FormErrors();
		String title = draft.title() == null ? "" : draft.title().trim();
		if (title.isEmpty()) {
			errors.reject("title", "Enter a title for the audit");
		}
		else if (title.length() > 200) {
			errors.reject("title", "Title must be 200 characters or fewer");
		}
		AuditTemplate template = draft.templateId() == null ? null : audits.template(draft.templateId()).orElse(null);
		if (template == null) {
			errors.reject("template", "Select the template the cases are graded on");
		}
		else if (template.questions().isEmpty()) {
			errors.reject("template", "The template has no questions yet. Add its questions first");
		}
		String focus = optional(draft.focus(), "focus", "Focus", 500, errors);
		LocalDate today = today();
		if (draft.auditDate() == null) {
			errors.reject("auditDate", "Enter the date of the audit as a real date");
		}
		else if (draft.auditDate().isAfter(today)) {
			errors.reject("auditDate", "Date of the audit must be today or in the past: the sample is drawn from plans open on it");
		}
		if (draft.endsOn() == null) {
			errors.reject("endsOn", "Enter the date the audit ends as a real date");
		}
		else if (draft.endsOn().isBefore(today)) {
			errors.reject("endsOn", "Date the audit ends must be today or in the future");
		}
		else if (draft.auditDate() != null && draft.endsOn().isBefore(draft.auditDate())) {
			errors.reject("endsOn", "Date the audit ends must be on or after the date of the audit");
		}
		else if (draft.auditDate() != null && draft.endsOn().isAfter(draft.auditDate().plusMonths(MAX_MONTHS))) {
			// the panel reads the sampled children's records until the audit ends, so that time is kept short
			errors.reject("endsOn", "Date the audit ends must be within " + MAX_MONTHS + " months of the date of the audit");
		}
		if (draft.sampleSize() == null) {
			errors.reject("sampleSize", "Enter how many cases to sample, as a whole number from 1 to 50");
		}
		else if (draft.sampleSize() < 1 || draft.sampleSize() > 50) {
			errors.reject("sampleSize", "Number of cases must be from 1 to 50");
		}
		String seed = draft.seed() == null || draft.seed().isBlank() ? newSeed() : draft.seed().trim();
		if (!seed.matches("[A-Za-z0-9-]{4,64}")) {
			errors.reject("seed", "Seed must be 4 to 64 letters, numbers or hyphens");
		}
		if (!errors.any() && audits.population(draft.auditDate()) == 0) {
			errors.reject("auditDate", "No child had an open plan on that date, so there is nothing to sample");
		}
		throwIfAny(errors.inOrder("title", "template", "focus", "auditDate", "endsOn", "sampleSize", "seed"));
		UUID id = UUID.randomUUID();
		audits.insertAudit(id, title, template.id(), focus, draft.auditDate(), draft.endsOn(), draft.sampleSize(), seed,
				actor.displayName(), actor.accountId(), Instant.now(clock));
		List<CaseAudits.Sampled> sample = audits.draw(seed, draft.auditDate(), draft.sampleSize());
		for (int i = 0; i < sample.size(); i++) {
			audits.insertCase(id, i + 1, sample.get(i));
		}
		trail.record(actor, AuditAction.CREATE, RECORD, id, null, "sample of " + sample.size());
		return id;
	}

	/** A seed nobody chose: twelve random hexadecimal characters. */
	static String newSeed() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** What the person running the audits sees: every audit. A panel member sees the audits they sit on. */
	List<CaseAudit> audits(Actor actor) {
		List<CaseAudit> found = runs(actor) ? audits.audits() : audits.auditsWithPanelMember(actor.accountId());
		trail.record(actor, AuditAction.VIEW, RECORD, null, null, "list of " + found.size());
		return found;
	}

	/** An audit, its sample by case number, its panel, and how far the grading has gone. */
	public record AuditView(CaseAudit audit, AuditTemplate template, List<CaseLine> cases, List<PanelMember> panel,
			boolean runner, boolean onPanel, boolean sampleReproduces) {

		/** Every panel member is from one agency: not yet a multi-agency audit. */
		public boolean oneAgency() {
			return !panel.isEmpty() && panel.stream().map(PanelMember::agencyId).distinct().count() < 2;
		}

		public long agencies() {
			return panel.stream().map(PanelMember::agencyId).distinct().count();
		}
	}

	public record CaseLine(AuditCase auditCase, int graded, int findings, int openActions, boolean gradedByMe) {
	}

	AuditView audit(Actor actor, UUID id) {
		CaseAudit audit = audits.audit(id).orElseThrow(RecordNotFound::new);
		List<PanelMember> panel = audits.panel(id);
		boolean onPanel = panel.stream().anyMatch(m -> m.accountId().equals(actor.accountId()));
		if (!runs(actor) && !onPanel) {
			trail.record(actor, AuditAction.DENIED, RECORD, id, null, AuditAction.VIEW.name());
			throw new RecordNotFound();
		}
		List<CaseLine> lines = audits.cases(id).stream().map(c -> {
			List<Grading> gradings = audits.gradings(c.id());
			return new CaseLine(c, gradings.size(), audits.findings(c.id()).size(),
					(int) audits.actions(c.id()).stream().filter(a -> a.status() == CaseAction.Status.OPEN).count(),
					gradings.stream().anyMatch(g -> g.accountId().equals(actor.accountId())));
		}).toList();
		trail.record(actor, AuditAction.VIEW, RECORD, id, null, null);
		return new AuditView(audit, audits.template(audit.templateId()).orElseThrow(), lines, panel, runs(actor), onPanel,
				reproduces(audit, lines));
	}

	/**
	 * Whether drawing the sample again now, from the audit's seed and date, gives the stored sample:
	 * the check anyone can make that the cases were not chosen. It differs only if plans open on the
	 * audit's date were recorded or removed afterwards.
	 */
	private boolean reproduces(CaseAudit audit, List<CaseLine> lines) {
		List<UUID> drawn = audits.draw(audit.seed(), audit.auditDate(), audit.sampleSize()).stream()
			.map(CaseAudits.Sampled::childId)
			.toList();
		return drawn.equals(lines.stream().map(l -> l.auditCase().childId()).toList());
	}

	List<PanelMember> eligibleAuditors(Actor actor) {
		requireRunner(actor);
		return audits.eligibleAuditors();
	}

	/**
	 * Sets the panel and opens each sampled record to each member, read only, until the audit ends.
	 * Returns whether every member is from one agency (allowed, but not yet a multi-agency audit).
	 */
	@Transactional
	boolean setPanel(Actor actor, UUID id, int version, List<UUID> accountIds) {
		requireRunner(actor);
		CaseAudit audit = audits.audit(id).orElseThrow(RecordNotFound::new);
		if (!audit.open()) {
			throw new InvalidInput("auditors", "This audit is closed, so its panel cannot change");
		}
		if (audit.endsOn().isBefore(today())) {
			throw new InvalidInput("auditors", "This audit ended on " + audit.endsOn() + ", so its panel cannot change");
		}
		Map<UUID, PanelMember> eligible = audits.eligibleAuditors().stream()
			.collect(Collectors.toMap(PanelMember::accountId, Function.identity()));
		List<PanelMember> chosen = (accountIds == null ? List.<UUID>of() : accountIds).stream()
			.distinct()
			.map(eligible::get)
			.toList();
		if (chosen.contains(null)) {
			throw new InvalidInput("auditors", "Choose auditors from the list: one of those chosen cannot sit on a panel");
		}
		if (chosen.size() < 2) {
			throw new InvalidInput("auditors", "Choose at least 2 auditors, from more than one agency");
		}
		audits.touchAudit(id, version);
		Instant now = Instant.now(clock);
		Set<UUID> before = audits.panel(id).stream().map(PanelMember::accountId).collect(Collectors.toSet());
		audits.replacePanel(id, chosen, now);
		Set<UUID> added = audits.practitionersOf(chosen.stream().map(PanelMember::accountId)
			.filter(account -> !before.contains(account)).toList());
		if (!added.isEmpty()) {
			// no personal data: the inbox and any email say only what is asked and where
			events.publishEvent(new org.seen.notifications.Notice(added, "You are on a case audit panel",
					"You have been asked to grade cases in a multi-agency case audit. Sign in to Seen to see the cases.",
					"/strategy/case-audits/" + id, null));
		}
		grants.revokeAll(RecordGrants.Purpose.CASE_AUDIT, id);
		Instant expires = audit.endsOn().plusDays(1).atStartOfDay(LONDON).toInstant();
		for (AuditCase c : audits.cases(id)) {
			for (PanelMember member : chosen) {
				grants.grant(member.accountId(), c.childId(), RecordGrants.Purpose.CASE_AUDIT, id, expires);
			}
		}
		trail.record(actor, AuditAction.CHANGE, RECORD, id, null, "panel of " + chosen.size());
		return chosen.stream().map(PanelMember::agencyId).distinct().count() < 2;
	}

	/** Closes the audit: the panel's grants end now, and nothing more is graded. */
	@Transactional
	void close(Actor actor, UUID id, int version) {
		requireRunner(actor);
		CaseAudit audit = audits.audit(id).orElseThrow(RecordNotFound::new);
		if (!audit.open()) {
			throw new InvalidInput("audit", "This audit is already closed");
		}
		audits.touchAudit(id, version);
		audits.close(id, Instant.now(clock));
		grants.revokeAll(RecordGrants.Purpose.CASE_AUDIT, id);
		trail.record(actor, AuditAction.CHANGE, RECORD, id, null, "closed");
	}

	// one case

	/** One sampled case with every panel member's grades side by side, the findings and the actions. */
	public record CaseView(AuditView audit, AuditCase auditCase, List<Grading> gradings, List<Finding> findings,
			List<CaseAction> actions, LocalDate today) {

		public boolean disagree(UUID questionId) {
			return gradings.stream().map(g -> g.of(questionId)).filter(java.util.Objects::nonNull)
				.map(Grading.Entry::grade).distinct().count() > 1;
		}

		public Grading mine(UUID accountId) {
			return gradings.stream().filter(g -> g.accountId().equals(accountId)).findFirst().orElse(null);
		}

		/** The child's record is linked only for a panel member; the person running the audit works by case number. */
		public boolean linkToRecord() {
			return audit.onPanel() && audit.audit().open();
		}

		public String questionText(UUID questionId) {
			return questionId == null ? "The case as a whole"
					: audit.template().questions().stream().filter(q -> q.id().equals(questionId))
						.map(q -> q.position() + ". " + q.text()).findFirst().orElse("");
		}
	}

	CaseView caseOf(Actor actor, UUID auditId, int caseNumber) {
		AuditView view = audit(actor, auditId);
		AuditCase found = view.cases().stream().map(CaseLine::auditCase).filter(c -> c.caseNumber() == caseNumber)
			.findFirst().orElseThrow(RecordNotFound::new);
		String detail = "case audit: case " + caseNumber;
		if (view.onPanel() && !view.runner()) {
			// a panel member reads the case through the gate to the child's record: audited in the child's trail,
			// and refused once the audit has closed and their grant has ended
			access.require(actor, found.childId(), AuditAction.VIEW, CASE_RECORD, found.id(), detail);
		}
		else {
			trail.record(actor, AuditAction.VIEW, CASE_RECORD, found.id(), found.childId(), detail);
		}
		return new CaseView(view, found, audits.gradings(found.id()), audits.findings(found.id()),
				audits.actions(found.id()), today());
	}

	private CaseView panelCase(Actor actor, UUID auditId, int caseNumber, String field) {
		CaseView view = caseOf(actor, auditId, caseNumber);
		if (!view.audit().onPanel()) {
			throw new AccessDeniedException("Only the audit's panel grades its cases and records findings.");
		}
		if (!view.audit().audit().open()) {
			throw new InvalidInput(field, "This audit is closed, so nothing more can be recorded");
		}
		return view;
	}

	/**
	 * The panel member's grades for the case: every question graded on its own scale, and a reason
	 * for any grade below good (or for partly or no). Replaces their earlier grading if {@code version}
	 * is the one they read.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class, InvalidInput.class })
	void grade(Actor actor, UUID auditId, int caseNumber, Integer version, Map<UUID, String> grades,
			Map<UUID, String> comments) {
		CaseView view = panelCase(actor, auditId, caseNumber, "grades");
		FormErrors errors = new FormErrors();
		Map<UUID, Grading.Entry> checked = new LinkedHashMap<>();
		Map<UUID, Scale> scales = new LinkedHashMap<>();
		for (AuditTemplate.Question q : view.audit().template().questions()) {
			String key = q.id().toString();
			Grade grade = Grade.parse(grades == null ? null : grades.get(q.id()));
			String comment = comments == null || comments.get(q.id()) == null ? null : comments.get(q.id()).trim();
			if (comment != null && comment.isEmpty()) {
				comment = null;
			}
			if (grade == null || grade.scale() != q.scale()) {
				errors.reject("grade-" + key, "Select a grade for question " + q.position());
			}
			else if (!grade.goodOrBetter() && comment == null) {
				errors.reject("comment-" + key,
						"Say why question " + q.position() + " was graded " + grade.label().toLowerCase());
			}
			if (comment != null && comment.length() > 2000) {
				errors.reject("comment-" + key, "Comment on question " + q.position() + " must be 2000 characters or fewer");
			}
			checked.put(q.id(), new Grading.Entry(grade, comment));
			scales.put(q.id(), q.scale());
		}
		throwIfAny(errors);
		Grading mine = view.mine(actor.accountId());
		if (mine == null && version != null || mine != null && version == null) {
			throw new org.springframework.dao.OptimisticLockingFailureException("grading");
		}
		audits.saveGrading(view.auditCase().id(), panelMember(view, actor), version, checked, scales, Instant.now(clock));
		trail.record(actor, mine == null ? AuditAction.CREATE : AuditAction.CHANGE, CASE_RECORD, view.auditCase().id(),
				view.auditCase().childId(), "grades");
	}

	private static PanelMember panelMember(CaseView view, Actor actor) {
		return view.audit().panel().stream().filter(m -> m.accountId().equals(actor.accountId())).findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class, InvalidInput.class })
	UUID addFinding(Actor actor, UUID auditId, int caseNumber, String kind, UUID questionId, String text) {
		CaseView view = panelCase(actor, auditId, caseNumber, "text");
		FormErrors errors = new FormErrors();
		Finding.Kind parsed = Finding.Kind.parse(kind);
		if (parsed == null) {
			errors.reject("kind", "Select whether this is a strength or an area for improvement");
		}
		if (questionId != null && view.audit().template().questions().stream().noneMatch(q -> q.id().equals(questionId))) {
			errors.reject("question", "Select a question from the list, or the case as a whole");
		}
		String written = text == null ? "" : text.trim();
		if (written.isEmpty()) {
			errors.reject("text", "Enter what you found");
		}
		else if (written.length() > 2000) {
			errors.reject("text", "What you found must be 2000 characters or fewer");
		}
		throwIfAny(errors.inOrder("kind", "question", "text"));
		UUID id = UUID.randomUUID();
		audits.insertFinding(id, view.auditCase().id(), questionId, parsed, written, actor.accountId(),
				actor.displayName() + ", " + actor.agencyName(), Instant.now(clock));
		trail.record(actor, AuditAction.CREATE, CASE_RECORD, view.auditCase().id(), view.auditCase().childId(), "finding");
		return id;
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class, InvalidInput.class })
	UUID addAction(Actor actor, UUID auditId, int caseNumber, String what, String owner, LocalDate dueOn) {
		CaseView view = caseOf(actor, auditId, caseNumber);
		if (!view.audit().onPanel() && !view.audit().runner()) {
			throw new AccessDeniedException("Only the panel and those running the audit record actions.");
		}
		FormErrors errors = new FormErrors();
		String written = what == null ? "" : what.trim();
		if (written.isEmpty()) {
			errors.reject("what", "Enter what must change");
		}
		else if (written.length() > 1000) {
			errors.reject("what", "What must change must be 1000 characters or fewer");
		}
		String owned = owner == null ? "" : owner.trim();
		if (owned.isEmpty()) {
			errors.reject("owner", "Enter who owns the action");
		}
		else if (owned.length() > 200) {
			errors.reject("owner", "Owner must be 200 characters or fewer");
		}
		if (dueOn == null) {
			errors.reject("dueOn", "Enter the date it is due as a real date");
		}
		else if (dueOn.isBefore(today())) {
			errors.reject("dueOn", "Date it is due must be today or in the future");
		}
		throwIfAny(errors);
		UUID id = UUID.randomUUID();
		audits.insertAction(id, view.auditCase().id(), written, owned, dueOn, actor.accountId(), actor.displayName(),
				Instant.now(clock));
		trail.record(actor, AuditAction.CREATE, CASE_RECORD, view.auditCase().id(), view.auditCase().childId(), "action");
		return id;
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, AccessDeniedException.class, InvalidInput.class })
	void changeAction(Actor actor, UUID auditId, int caseNumber, UUID actionId, int version, String status) {
		CaseView view = caseOf(actor, auditId, caseNumber);
		if (!view.audit().onPanel() && !view.audit().runner()) {
			throw new AccessDeniedException("Only the panel and those running the audit change actions.");
		}
		if (view.actions().stream().noneMatch(a -> a.id().equals(actionId))) {
			throw new RecordNotFound();
		}
		CaseAction.Status parsed;
		try {
			parsed = CaseAction.Status.valueOf(status == null ? "" : status.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("status", "Select whether the action is open or done");
		}
		audits.changeAction(actionId, view.auditCase().id(), version, parsed, Instant.now(clock));
		trail.record(actor, AuditAction.CHANGE, CASE_RECORD, view.auditCase().id(), view.auditCase().childId(),
				"action " + parsed.name().toLowerCase());
	}

	// themes

	/** Themes over every audit dated in the period, small numbers withheld: the table that is circulated. */
	Themes themes(Actor actor, LocalDate from, LocalDate to) {
		requireThemeReader(actor);
		List<CaseAudit> found = audits.auditsBetween(from, to);
		List<UUID> ids = found.stream().map(CaseAudit::id).toList();
		trail.record(actor, AuditAction.VIEW, RECORD, null, null, "themes " + from + " to " + to);
		return Themes.of(from, to, found, audits.gradeCounts(ids), audits.findingTexts(ids), audits.actionLines(ids),
				today(), true);
	}

	/** One audit's themes with raw counts, for those running it and its panel. */
	Themes themesOf(Actor actor, UUID auditId) {
		AuditView view = audit(actor, auditId);
		List<UUID> ids = List.of(auditId);
		return Themes.of(view.audit().auditDate(), view.audit().endsOn(), List.of(view.audit()), audits.gradeCounts(ids),
				audits.findingTexts(ids), audits.actionLines(ids), today(), false);
	}

	/** How many of the audits' sampled cases at least one panel member has graded. */
	int casesGraded(List<CaseAudit> found) {
		return audits.casesGraded(found.stream().map(CaseAudit::id).toList());
	}

	// helpers

	private static String optional(String value, String field, String label, int max, FormErrors errors) {
		String written = value == null ? null : value.trim();
		if (written != null && written.isEmpty()) {
			return null;
		}
		if (written != null && written.length() > max) {
			errors.reject(field, label + " must be " + max + " characters or fewer");
		}
		return written;
	}

	static void throwIfAny(FormErrors errors) {
		if (errors.any()) {
			var problems = errors.problems();
			throw new InvalidInput(problems.get(0).field(), problems.get(0).message(), problems);
		}
	}
}
