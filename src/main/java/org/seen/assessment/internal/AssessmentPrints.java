package org.seen.assessment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seen.web.PrintedDocument;
import org.seen.access.CurrentActor;
import org.seen.agencies.Practitioners;
import org.seen.people.AdultSummary;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printed copies of an assessment: the full record for meetings and the family's copy in
 * plain words. Each download is a copy leaving Seen, so it is admitted and audited as an export.
 * File names carry the date but not the child's name, which would otherwise show in download
 * folders and e-mail attachment lists.
 */
@Controller
class AssessmentPrints {

	static final String FULL = "assessment/print/full";

	static final String FAMILY = "assessment/print/family";

	private final ChildAssessments assessments;

	private final ChildVoices voices;

	private final Practitioners practitioners;

	private final PrintedDocument printed;

	private final CurrentActor actor;

	AssessmentPrints(ChildAssessments assessments, ChildVoices voices, Practitioners practitioners,
			PrintedDocument printed, CurrentActor actor) {
		this.assessments = assessments;
		this.voices = voices;
		this.practitioners = practitioners;
		this.printed = printed;
		this.actor = actor;
	}

	@GetMapping("/assessments/{id}/assessment.pdf")
	ResponseEntity<byte[]> full(@PathVariable UUID id) {
		AssessmentView view = assessments.export(actor.get(), id, "assessment pdf");
		Map<String, Object> model = common(view);
		model.put("present", present(view));
		model.put("voices", voices.ofAssessment(id));
		model.put("comparison", assessments.comparison(view).orElse(null));
		model.put("agency", agency(view));
		return pdf(printed.pdf(FULL, model), "assessment", view);
	}

	@GetMapping("/assessments/{id}/family-copy.pdf")
	ResponseEntity<byte[]> family(@PathVariable UUID id) {
		AssessmentView view = assessments.export(actor.get(), id, "family copy pdf");
		Assessment a = view.assessment();
		String contact = a.completedBy() != null ? a.completedBy() : a.createdBy();
		Map<String, Object> model = common(view);
		model.put("copy", FamilyCopy.of(view, present(view), voices.ofAssessment(id), contact, agency(view)));
		return pdf(printed.pdf(FAMILY, model), "family-copy", view);
	}

	private Map<String, Object> common(AssessmentView view) {
		Map<String, Object> model = new HashMap<>();
		model.put("view", view);
		model.put("a", view.assessment());
		model.put("child", view.child());
		model.put("printedOn", assessments.today());
		return model;
	}

	private List<AdultSummary> present(AssessmentView view) {
		List<UUID> present = view.assessment().present();
		return assessments.adults(view.child().id()).stream().filter(adult -> present.contains(adult.id())).toList();
	}

	private String agency(AssessmentView view) {
		UUID agencyId = view.assessment().agencyId();
		return agencyId == null ? "" : practitioners.agencyName(agencyId).orElse("");
	}

	private static ResponseEntity<byte[]> pdf(byte[] body, String name, AssessmentView view) {
		Assessment a = view.assessment();
		String filename = name + "-" + a.assessedOn() + (a.draft() ? "-draft" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}
}
