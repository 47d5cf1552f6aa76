package org.seen.assessment.internal;

import java.util.List;
import java.util.UUID;

import org.seen.access.CurrentActor;
import org.seen.assessment.ToolItem;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One item of an assessment, one page at a time: the descriptors for the child's age to choose a
 * grade from, the evidence, the parent's and the child's views. "Save and continue" goes on to
 * the next item; saving as a draft goes back to the overview to resume later.
 */
@Controller
class ItemPage {

	static final String ITEM = "assessment/item";

	private final ChildAssessments assessments;

	private final CurrentActor actor;

	ItemPage(ChildAssessments assessments, CurrentActor actor) {
		this.assessments = assessments;
		this.actor = actor;
	}

	@GetMapping("/assessments/{id}/items/{itemId}")
	String show(@PathVariable UUID id, @PathVariable String itemId, Model model) {
		AssessmentView view = assessments.read(actor.get(), id);
		ToolItem item = item(view, itemId);
		return page(model, view, item, ItemForm.of(view.recorded(item.id())), new FormErrors());
	}

	@PostMapping("/assessments/{id}/items/{itemId}")
	String save(@PathVariable UUID id, @PathVariable String itemId, @ModelAttribute("form") ItemForm form,
			@RequestParam(defaultValue = "continue") String then, Model model) {
		FormErrors errors = new FormErrors();
		ItemEntry entry = form.entry(errors);
		if (errors.any()) {
			AssessmentView view = assessments.read(actor.get(), id);
			return page(model, view, item(view, itemId), form, errors);
		}
		AssessmentView saved;
		try {
			saved = assessments.saveItem(actor.get(), id, itemId, entry, form.getVersion());
		}
		catch (InvalidInput ex) {
			AssessmentView view = assessments.read(actor.get(), id);
			return page(model, view, item(view, itemId), form, AssessmentPages.problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			AssessmentView view = assessments.read(actor.get(), id);
			ToolItem item = item(view, itemId);
			return page(model, view, item, ItemForm.of(view.recorded(item.id())),
					new FormErrors().reject("stale", AssessmentPages.STALE));
		}
		if ("draft".equals(then)) {
			return "redirect:/assessments/" + id;
		}
		ToolItem next = next(saved, itemId);
		return next == null ? "redirect:/assessments/" + id + "/summary"
				: "redirect:/assessments/" + id + "/items/" + next.id();
	}

	private static ToolItem item(AssessmentView view, String itemId) {
		return view.items()
			.stream()
			.filter(item -> item.id().equals(itemId))
			.findFirst()
			.orElseThrow(org.seen.access.RecordNotFound::new);
	}

	private static ToolItem next(AssessmentView view, String itemId) {
		List<ToolItem> items = view.items();
		for (int i = 0; i < items.size() - 1; i++) {
			if (items.get(i).id().equals(itemId)) {
				return items.get(i + 1);
			}
		}
		return null;
	}

	private String page(Model model, AssessmentView view, ToolItem item, ItemForm form, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("child", view.child());
		model.addAttribute("item", item);
		model.addAttribute("area", view.areaOf(item));
		model.addAttribute("recorded", view.recorded(item.id()));
		model.addAttribute("position", view.items().indexOf(item) + 1);
		model.addAttribute("form", form);
		model.addAttribute("sources", EvidenceSource.values());
		model.addAttribute("errors", errors);
		return ITEM;
	}
}
