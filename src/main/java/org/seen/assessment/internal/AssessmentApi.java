package org.seen.assessment.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.assessment.AreaGradeRule;
import org.seen.access.CurrentActor;
import org.seen.assessment.ToolItem;
import org.seen.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Graded assessments for agency systems and integrations, over the same service as the pages. */
@RestController
@Tag(name = "Assessments", description = "Graded neglect assessments: start, grade items, complete, compare")
class AssessmentApi {

	private final ChildAssessments assessments;

	private final CurrentActor actor;

	AssessmentApi(ChildAssessments assessments, CurrentActor actor) {
		this.assessments = assessments;
		this.actor = actor;
	}

	@PostMapping("/api/v1/children/{childId}/assessments")
	@Operation(summary = "Start a draft assessment of the child with the newest version of a tool")
	ResponseEntity<AssessmentJson> start(@PathVariable UUID childId, @RequestBody StartRequest request) {
		AssessmentView started = assessments.start(actor.get(), childId, request.tool(),
				request.assessedOn() == null ? assessments.today() : request.assessedOn());
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + started.assessment().id()))
			.body(json(started));
	}

	@GetMapping("/api/v1/children/{childId}/assessments")
	@Operation(summary = "List the child's assessments, newest first")
	List<AssessmentJson> list(@PathVariable UUID childId) {
		return assessments.ofChild(actor.get(), childId).stream().map(this::json).toList();
	}

	@GetMapping("/api/v1/assessments/{id}")
	@Operation(summary = "An assessment with its items, area grades and the comparison with the previous one")
	AssessmentJson get(@PathVariable UUID id) {
		return json(assessments.read(actor.get(), id));
	}

	@PutMapping("/api/v1/assessments/{id}/items/{itemId}")
	@Operation(summary = "Record an item of a draft assessment; send the item's version to refuse a stale edit")
	AssessmentJson item(@PathVariable UUID id, @PathVariable String itemId, @RequestBody ItemRequest request) {
		int version = request.version() != null ? request.version()
				: currentVersion(assessments.read(actor.get(), id), itemId);
		return json(assessments.saveItem(actor.get(), id, itemId, request.entry(), version));
	}

	@PostMapping("/api/v1/assessments/{id}/complete")
	@Operation(summary = "Complete and sign off; 422 names every item left ungraded or without a target")
	AssessmentJson complete(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request) {
		int version = request != null && request.version() != null ? request.version()
				: assessments.read(actor.get(), id).assessment().version();
		return json(assessments.complete(actor.get(), id, version));
	}

	@PostMapping("/api/v1/assessments/{id}/countersign")
	@Operation(summary = "Countersign a completed assessment (managers and designated safeguarding leads)")
	AssessmentJson countersign(@PathVariable UUID id, @RequestBody(required = false) CountersignRequest request) {
		AssessmentView current = assessments.read(actor.get(), id);
		int version = request != null && request.version() != null ? request.version() : current.assessment().version();
		return json(assessments.countersign(actor.get(), id, version, request == null ? null : request.note()));
	}

	private static int currentVersion(AssessmentView view, String itemId) {
		if (view.tool().item(itemId).isEmpty()) {
			throw new InvalidInput("itemId", "There is no item '" + itemId + "' in the " + view.tool().title());
		}
		AssessedItem item = view.recorded(itemId);
		return item.stored() ? item.version() : -1;
	}

	private AssessmentJson json(AssessmentView view) {
		return AssessmentJson.of(view, assessments.comparison(view).orElse(null));
	}

	record StartRequest(String tool, LocalDate assessedOn) {
	}

	record VersionRequest(Integer version) {
	}

	record CountersignRequest(String note, Integer version) {
	}

	record ItemRequest(Integer grade, String evidence, EvidenceSource evidenceSource, String reportedBy,
			String parentView, String childView, Integer homeConditions, Integer targetGrade, LocalDate reviewBy,
			Integer version) {

		ItemEntry entry() {
			return new ItemEntry(grade, evidence, evidenceSource, reportedBy, parentView, childView, homeConditions,
					targetGrade, reviewBy);
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AssessmentJson(UUID id, UUID childId, String tool, int toolVersion, String toolTitle, String ageBand,
			LocalDate assessedOn, String status, List<UUID> present, String othersPresent, String createdBy,
			String completedBy, Instant completedAt, String countersignedBy, Instant countersignedAt, int version,
			List<ItemJson> items, List<AreaJson> areas, String areaGradeRule, List<String> ungraded,
			ComparisonJson comparison) {

		static AssessmentJson of(AssessmentView v, Comparison comparison) {
			Assessment a = v.assessment();
			List<ItemJson> items = v.items().stream().map(item -> ItemJson.of(v, item)).toList();
			List<AreaJson> areas = v.areas().stream().map(area -> {
				AreaDecision d = v.decision(area.area().id());
				int proposed = v.proposed(area);
				return new AreaJson(area.area().id(), area.area().title(), proposed == 0 ? null : proposed,
						d != null ? Integer.valueOf(d.confirmedGrade()) : null, d != null ? d.overrideReason() : null);
			}).toList();
			return new AssessmentJson(a.id(), a.childId(), v.tool().id(), v.tool().version(), v.tool().title(),
					v.band().id(), a.assessedOn(), a.status().name(), a.present(), a.othersPresent(), a.createdBy(),
					a.completedBy(), a.completedAt(), a.countersignedBy(), a.countersignedAt(), a.version(), items, areas,
					AreaGradeRule.IN_WORDS, v.ungraded().stream().map(ToolItem::id).toList(),
					comparison == null ? null : ComparisonJson.of(comparison));
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ItemJson(String itemId, String title, String area, Integer grade, String descriptor, String evidence,
			EvidenceSource evidenceSource, String reportedBy, String parentView, String childView, Integer homeConditions,
			Integer targetGrade, LocalDate reviewBy, UUID copiedFrom, Integer version) {

		static ItemJson of(AssessmentView v, ToolItem item) {
			AssessedItem r = v.recorded(item.id());
			return new ItemJson(item.id(), item.title(), v.areaOf(item).id(), r.grade(),
					r.grade() == null ? null : v.descriptor(item, r.grade()), r.evidence(), r.evidenceSource(),
					r.reportedBy(), r.parentView(), r.childView(), r.homeConditions(), r.targetGrade(), r.reviewBy(),
					r.copiedFrom(), r.stored() ? r.version() : null);
		}
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AreaJson(String areaId, String title, Integer proposedGrade, Integer confirmedGrade, String overrideReason) {
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ComparisonJson(UUID previousId, LocalDate previousDate, long better, long same, long worse,
			List<ChangeJson> items) {

		static ComparisonJson of(Comparison c) {
			return new ComparisonJson(c.earlier().id(), c.earlier().assessedOn(), c.better(), c.same(), c.worse(),
					c.items()
						.stream()
						.map(i -> new ChangeJson(i.itemId(), i.before(), i.after(), i.direction().name()))
						.toList());
		}
	}

	record ChangeJson(String itemId, Integer before, Integer after, String direction) {
	}
}
