package org.seen.strategy.internal.audits;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Multi-agency case audits for integrations, over the same service as the pages; every read and write audited. */
@RestController
@Tag(name = "Case audits", description = "Audit templates, audits with their reproducible sample, the panel's grades, findings, actions and themes")
class CaseAuditApi {

	private static final String BASE = "/api/v1/strategy/case-audits";

	private final CaseAuditing auditing;

	private final CurrentActor actor;

	CaseAuditApi(CaseAuditing auditing, CurrentActor actor) {
		this.auditing = auditing;
		this.actor = actor;
	}

	// templates

	record QuestionJson(UUID id, int position, String text, String scale) {
	}

	record TemplateJson(UUID id, String name, String description, UUID copiedFrom, int version, boolean inUse,
			List<QuestionJson> questions) {

		static TemplateJson of(AuditTemplate t) {
			return new TemplateJson(t.id(), t.name(), t.description(), t.copiedFrom(), t.version(), t.inUse(),
					t.questions().stream().map(q -> new QuestionJson(q.id(), q.position(), q.text(), q.scale().name()))
						.toList());
		}
	}

	record QuestionRequest(String text, String scale) {
	}

	record TemplateRequest(String name, String description, List<QuestionRequest> questions) {
	}

	@GetMapping(BASE + "/templates")
	@Operation(summary = "Audit templates with their questions; scale is QUALITY (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE) or YES_NO (YES, PARTLY, NO)")
	List<TemplateJson> templates() {
		return auditing.templates(actor.get()).stream().map(TemplateJson::of).toList();
	}

	@PostMapping(BASE + "/templates")
	@Operation(summary = "Create a template with its questions")
	ResponseEntity<TemplateJson> createTemplate(@RequestBody TemplateRequest request) {
		UUID id = auditing.createTemplate(actor.get(), request.name(), request.description(),
				request.questions() == null ? List.of()
						: request.questions().stream()
							.map(q -> new CaseAuditing.QuestionDraft(q == null ? null : q.text(), q == null ? null : q.scale()))
							.toList());
		return ResponseEntity.created(URI.create(BASE + "/templates/" + id))
			.body(TemplateJson.of(auditing.template(actor.get(), id)));
	}

	@GetMapping(BASE + "/templates/{id}")
	@Operation(summary = "One template")
	TemplateJson template(@PathVariable UUID id) {
		return TemplateJson.of(auditing.template(actor.get(), id));
	}

	@PostMapping(BASE + "/templates/{id}/copy")
	@Operation(summary = "Copy a template (how a template in use is changed)")
	ResponseEntity<TemplateJson> copy(@PathVariable UUID id) {
		UUID copy = auditing.copyTemplate(actor.get(), id);
		return ResponseEntity.created(URI.create(BASE + "/templates/" + copy))
			.body(TemplateJson.of(auditing.template(actor.get(), copy)));
	}

	// audits

	record AuditRequest(String title, UUID templateId, String focus, LocalDate auditDate, LocalDate endsOn,
			Integer sampleSize, String seed) {
	}

	record PanelMemberJson(UUID accountId, String name, UUID agencyId, String agency) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CaseLineJson(int caseNumber, UUID childId, int graded, int findings, int openActions) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AuditJson(UUID id, String title, UUID templateId, String template, String focus, LocalDate auditDate,
			LocalDate endsOn, int sampleSize, String seed, String status, int version, List<PanelMemberJson> panel,
			boolean panelFromOneAgency, List<CaseLineJson> cases) {

		/** Children are named by case number; a panel member also gets the child's id, to open the record through its gate. */
		static AuditJson of(CaseAuditing.AuditView v) {
			CaseAudit a = v.audit();
			boolean withChild = v.onPanel() && a.open();
			return new AuditJson(a.id(), a.title(), a.templateId(), a.templateName(), a.focus(), a.auditDate(),
					a.endsOn(), a.sampleSize(), a.seed(), a.status().name(), a.version(),
					v.panel().stream().map(m -> new PanelMemberJson(m.accountId(), m.name(), m.agencyId(), m.agencyName()))
						.toList(),
					v.oneAgency(),
					v.cases().stream().map(c -> new CaseLineJson(c.auditCase().caseNumber(),
							withChild ? c.auditCase().childId() : null, c.graded(), c.findings(), c.openActions()))
						.toList());
		}
	}

	record AuditSummaryJson(UUID id, String title, LocalDate auditDate, LocalDate endsOn, int sampleSize, String status) {
	}

	@GetMapping(BASE)
	@Operation(summary = "Audits: all of them for those who run audits, the ones on whose panel you sit for everyone else")
	List<AuditSummaryJson> audits() {
		return auditing.audits(actor.get()).stream()
			.map(a -> new AuditSummaryJson(a.id(), a.title(), a.auditDate(), a.endsOn(), a.sampleSize(), a.status().name()))
			.toList();
	}

	@PostMapping(BASE)
	@Operation(summary = "Set up an audit and draw its sample: children with a plan open on auditDate, ordered by md5(seed || child id); leave seed out for a random one")
	ResponseEntity<AuditJson> create(@RequestBody AuditRequest request) {
		UUID id = auditing.createAudit(actor.get(), new CaseAuditing.NewAudit(request.title(), request.templateId(),
				request.focus(), request.auditDate(), request.endsOn(), request.sampleSize(), request.seed()));
		return ResponseEntity.created(URI.create(BASE + "/" + id)).body(AuditJson.of(auditing.audit(actor.get(), id)));
	}

	@GetMapping(BASE + "/{id}")
	@Operation(summary = "An audit with its panel and its sample by case number")
	AuditJson audit(@PathVariable UUID id) {
		return AuditJson.of(auditing.audit(actor.get(), id));
	}

	record PanelRequest(List<UUID> auditors, Integer version) {
	}

	@PutMapping(BASE + "/{id}/panel")
	@Operation(summary = "Set the panel (accounts of casework roles, at least 2, ideally from several agencies); send the audit's version")
	AuditJson panel(@PathVariable UUID id, @RequestBody PanelRequest request) {
		auditing.setPanel(actor.get(), id, required(request.version(), "audit"), request.auditors());
		return AuditJson.of(auditing.audit(actor.get(), id));
	}

	record VersionRequest(Integer version) {
	}

	@PostMapping(BASE + "/{id}/close")
	@Operation(summary = "Close the audit: the panel's access to the sampled records ends; send the audit's version")
	AuditJson close(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		auditing.close(actor.get(), id, required(request == null ? null : request.version(), "audit"));
		return AuditJson.of(auditing.audit(actor.get(), id));
	}

	// one case

	record GradeJson(UUID questionId, String grade, String comment) {
	}

	record GradingJson(String auditor, String agency, Instant gradedAt, int version, List<GradeJson> grades) {
	}

	record FindingJson(UUID id, UUID questionId, String kind, String text, String recordedBy, Instant recordedAt) {
	}

	record ActionJson(UUID id, String what, String owner, LocalDate dueOn, String status, boolean overdue, int version) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CaseJson(int caseNumber, UUID childId, List<GradingJson> gradings, List<UUID> questionsWhereAuditorsDiffer,
			List<FindingJson> findings, List<ActionJson> actions) {

		static CaseJson of(CaseAuditing.CaseView v) {
			return new CaseJson(v.auditCase().caseNumber(), v.linkToRecord() ? v.auditCase().childId() : null,
					v.gradings().stream().map(g -> new GradingJson(g.auditorName(), g.agencyName(), g.gradedAt(),
							g.version(), g.grades().entrySet().stream()
								.map(e -> new GradeJson(e.getKey(), e.getValue().grade().name(), e.getValue().comment()))
								.toList()))
						.toList(),
					v.audit().template().questions().stream().map(AuditTemplate.Question::id).filter(v::disagree).toList(),
					v.findings().stream().map(f -> new FindingJson(f.id(), f.questionId(), f.kind().name(), f.text(),
							f.recordedBy(), f.recordedAt())).toList(),
					v.actions().stream().map(a -> new ActionJson(a.id(), a.what(), a.owner(), a.dueOn(), a.status().name(),
							a.overdueOn(v.today()), a.version())).toList());
		}
	}

	@GetMapping(BASE + "/{id}/cases/{n}")
	@Operation(summary = "One sampled case: each panel member's grades, where they differ, findings and actions")
	CaseJson caseOf(@PathVariable UUID id, @PathVariable int n) {
		return CaseJson.of(auditing.caseOf(actor.get(), id, n));
	}

	record GradesRequest(List<GradeJson> grades, Integer version) {
	}

	@PutMapping(BASE + "/{id}/cases/{n}/grades")
	@Operation(summary = "A panel member's grades for every question (a comment is needed below good, and for partly or no); send your grading's version to change it, none the first time")
	CaseJson grade(@PathVariable UUID id, @PathVariable int n, @RequestBody GradesRequest request) {
		Map<UUID, String> grades = new HashMap<>();
		Map<UUID, String> comments = new HashMap<>();
		if (request.grades() != null) {
			for (GradeJson g : request.grades()) {
				if (g != null && g.questionId() != null) {
					grades.put(g.questionId(), g.grade());
					comments.put(g.questionId(), g.comment());
				}
			}
		}
		auditing.grade(actor.get(), id, n, request.version(), grades, comments);
		return CaseJson.of(auditing.caseOf(actor.get(), id, n));
	}

	record FindingRequest(String kind, UUID questionId, String text) {
	}

	@PostMapping(BASE + "/{id}/cases/{n}/findings")
	@Operation(summary = "Record a finding: kind STRENGTH or AREA_FOR_IMPROVEMENT, against a question or (no questionId) the case as a whole")
	ResponseEntity<CaseJson> finding(@PathVariable UUID id, @PathVariable int n, @RequestBody FindingRequest request) {
		auditing.addFinding(actor.get(), id, n, request.kind(), request.questionId(), request.text());
		return ResponseEntity.status(201).body(CaseJson.of(auditing.caseOf(actor.get(), id, n)));
	}

	record ActionRequest(String what, String owner, LocalDate dueOn) {
	}

	@PostMapping(BASE + "/{id}/cases/{n}/actions")
	@Operation(summary = "Record an action: what must change, who owns it, when it is due")
	ResponseEntity<CaseJson> action(@PathVariable UUID id, @PathVariable int n, @RequestBody ActionRequest request) {
		auditing.addAction(actor.get(), id, n, request.what(), request.owner(), request.dueOn());
		return ResponseEntity.status(201).body(CaseJson.of(auditing.caseOf(actor.get(), id, n)));
	}

	record ActionChangeRequest(String status, Integer version) {
	}

	@PutMapping(BASE + "/{id}/cases/{n}/actions/{actionId}")
	@Operation(summary = "Mark an action OPEN or DONE; send the action's version")
	CaseJson changeAction(@PathVariable UUID id, @PathVariable int n, @PathVariable UUID actionId,
			@RequestBody ActionChangeRequest request) {
		auditing.changeAction(actor.get(), id, n, actionId, required(request.version(), "action"), request.status());
		return CaseJson.of(auditing.caseOf(actor.get(), id, n));
	}

	// themes

	record QuestionThemeJson(String template, int position, String question, String scale, Map<String, String> grades,
			String total, String shareGoodOrBetter) {
	}

	record ThemesJson(LocalDate from, LocalDate to, int audits, List<QuestionThemeJson> questions,
			List<Themes.FindingGroup> findings, int actionsOpen, long actionsOverdue) {
	}

	@GetMapping(BASE + "/themes")
	@Operation(summary = "Themes across audits dated in the period: grade counts per question (1 to 4 shown as \"c\"), findings by question, open actions")
	ThemesJson themes(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInput("to", "to must be on or after from");
		}
		Themes t = auditing.themes(actor.get(), from, to);
		return new ThemesJson(from, to, t.audits().size(),
				t.questions().stream().map(q -> new QuestionThemeJson(q.templateName(), q.position(), q.question(),
						q.scale().name(), q.scale().grades().stream().collect(java.util.stream.Collectors.toMap(
								Grade::name, g -> q.count(g).shown(), (a, b) -> a, java.util.LinkedHashMap::new)),
						q.shownTotal(), q.shareGoodOrBetter())).toList(),
				t.findings(), t.openActions().size(), t.overdue());
	}

	/** The version the change was made from: without one, a change could silently overwrite someone else's. */
	private static int required(Integer version, String of) {
		if (version == null) {
			throw new InvalidInput("version", "Send the version of the " + of + " you are changing");
		}
		return version;
	}
}
