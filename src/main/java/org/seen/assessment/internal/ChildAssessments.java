package org.seen.assessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.seen.access.Actor;
import org.seen.access.AuditAction;
import org.seen.access.ChildAccess;
import org.seen.access.RecordNotFound;
import org.seen.access.Role;
import org.seen.agencies.InvolvementKind;
import org.seen.agencies.Involvements;
import org.seen.assessment.AgeBand;
import org.seen.assessment.Tool;
import org.seen.assessment.ToolItem;
import org.seen.assessment.Tools;
import org.seen.people.AdultSummary;
import org.seen.people.ChildRecords;
import org.seen.people.ChildSummary;
import org.seen.web.FormErrors;
import org.seen.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's graded assessments. Every read and write passes {@link ChildAccess}, which decides
 * by involvement and writes the audit entry; a completed assessment is never changed again, so a
 * later one is always measured against what was agreed with the family at the time.
 */
@Service
class ChildAssessments {

	static final String RECORD = "ASSESSMENT";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final ChildAccess access;

	private final Assessments assessments;

	private final Tools tools;

	private final ChildRecords children;

	private final Involvements involvements;

	private final Clock clock;

	ChildAssessments(ChildAccess access, Assessments assessments, Tools tools, ChildRecords children,
			Involvements involvements, Clock clock) {
		this.access = access;
		this.assessments = assessments;
		this.tools = tools;
		this.children = children;
		this.involvements = involvements;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	/** The tools this actor may start an assessment with. */
	List<Tool> toolsFor(Actor actor) {
		return tools.current()
			.stream()
			.filter(tool -> actor.practitionerId() != null && tools.mayUse(actor.practitionerId(), tool))
			.toList();
	}

	/** Admits the actor to the child's assessments before a form is shown (404 for a child they may not see). */
	ChildSummary admit(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "form");
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	/** The child, for a page whose reader has already been admitted. */
	ChildSummary child(UUID childId) {
		return children.summary(childId).orElseThrow(RecordNotFound::new);
	}

	@Transactional(noRollbackFor = RecordNotFound.class)
	AssessmentView start(Actor actor, UUID childId, String toolId, LocalDate assessedOn) {
		UUID id = UUID.randomUUID();
		if (actor.practitioner() == null || actor.is(Role.AGENCY_SYSTEM)) {
			// an assessment is done with a family by someone who works with them
			throw new RecordNotFound();
		}
		access.require(actor, childId, AuditAction.CREATE, RECORD, id, toolId);
		FormErrors errors = new FormErrors();
		Optional<Tool> tool = toolId == null ? Optional.empty() : tools.latest(toolId);
		if (tool.isEmpty()) {
			errors.reject("tool", "Select the tool to use");
		}
		else if (!tools.mayUse(actor.practitionerId(), tool.get())) {
			errors.reject("tool", "Only practitioners accredited for the " + tool.get().title() + " can use it");
		}
		if (assessedOn == null) {
			errors.reject("assessedOn", "Enter the date of the assessment");
		}
		else if (assessedOn.isAfter(today())) {
			errors.reject("assessedOn", "Date of the assessment must be today or in the past");
		}
		errors.throwIfAny();
		ChildSummary child = children.summary(childId).orElseThrow(RecordNotFound::new);
		AgeBand band = tool.get().ageBandFor(child.dateOfBirth(), assessedOn);
		assessments.insert(id, childId, tool.get().id(), tool.get().version(), band.id(), assessedOn, actor.accountId(),
				actor.displayName(), actor.agencyId(), Instant.now(clock));
		involve(actor, childId);
		return view(assessments.find(id).orElseThrow());
	}

	/** One assessment, for a reader the child's record admits. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	AssessmentView read(Actor actor, UUID assessmentId) {
		Assessment found = assessments.find(assessmentId).orElseThrow(RecordNotFound::new);
		access.require(actor, found.childId(), AuditAction.VIEW, RECORD, assessmentId, null);
		return view(found);
	}

	/** One assessment to print or download, audited as an export: a copy has left Seen. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	AssessmentView export(Actor actor, UUID assessmentId, String what) {
		Assessment found = assessments.find(assessmentId).orElseThrow(RecordNotFound::new);
		access.require(actor, found.childId(), AuditAction.EXPORT, RECORD, assessmentId, what);
		return view(found);
	}

	/** The child's assessments, newest first. */
	@Transactional(noRollbackFor = RecordNotFound.class)
	List<AssessmentView> ofChild(Actor actor, UUID childId) {
		access.require(actor, childId, AuditAction.VIEW, RECORD, childId, "list");
		return assessments.ofChild(childId).stream().map(this::view).toList();
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	AssessmentView saveItem(Actor actor, UUID assessmentId, String itemId, ItemEntry entry, int expectedVersion) {
		Assessment current = changing(actor, assessmentId, "item " + itemId);
		AssessmentView view = view(current);
		ToolItem item = view.tool()
			.item(itemId)
			.orElseThrow(() -> new InvalidInput("itemId", "There is no item '" + itemId + "' in the " + view.tool().title()));
		entry.check(item, view.band(), today()).throwIfAny();
		ItemEntry tidy = entry.tidy();
		AssessedItem saved = new AssessedItem(itemId, tidy.grade(), tidy.evidence(), tidy.evidenceSource(), tidy.reportedBy(),
				tidy.parentView(), tidy.childView(), tidy.homeConditions(), tidy.targetGrade(), tidy.reviewBy(),
				current.item(itemId).copiedFrom(), null, null, 0);
		assessments.saveItem(assessmentId, saved, expectedVersion, actor.displayName(), Instant.now(clock));
		involve(actor, current.childId());
		return view(assessments.find(assessmentId).orElseThrow());
	}

	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	AssessmentView setPresent(Actor actor, UUID assessmentId, int expectedVersion, Collection<UUID> adultIds,
			String others) {
		Assessment current = changing(actor, assessmentId, "who was present");
		Set<UUID> known = children.adults(current.childId())
			.stream()
			.map(AdultSummary::id)
			.collect(Collectors.toSet());
		if (!known.containsAll(adultIds)) {
			throw new InvalidInput("present", "Select only adults recorded in the child's life");
		}
		if (others != null && others.length() > 500) {
			throw new InvalidInput("othersPresent", "Others present must be 500 characters or fewer");
		}
		assessments.setPresent(assessmentId, expectedVersion, Set.copyOf(adultIds), ItemEntry.trimmed(others));
		return view(assessments.find(assessmentId).orElseThrow());
	}

	/**
	 * Copies the items about the home (those the tool marks as household items) from a sibling's
	 * assessment, so a family is not asked the same things twice; the practitioner then changes
	 * whatever differs for this child.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	AssessmentView copyFromSibling(Actor actor, UUID assessmentId, int expectedVersion, UUID sourceId) {
		Assessment current = changing(actor, assessmentId, "copy from " + sourceId);
		Assessment source = sourceId == null ? null : assessments.find(sourceId).orElse(null);
		Set<UUID> siblings = children.siblings(current.childId())
			.stream()
			.map(ChildSummary::id)
			.collect(Collectors.toSet());
		if (source == null || !siblings.contains(source.childId())) {
			throw new InvalidInput("source", "Select an assessment of a brother or sister in the same household");
		}
		access.requireToCarry(actor, source.childId(), RECORD, sourceId, "copied into " + assessmentId);
		AssessmentView view = view(current);
		Tool sourceTool = tool(source);
		List<ToolItem> copyable = view.items()
			.stream()
			.filter(item -> item.household() && sourceTool.item(item.id()).isPresent() && source.item(item.id()).graded())
			.toList();
		if (copyable.isEmpty()) {
			throw new InvalidInput("source",
					"The items about the home have not been graded in that assessment, so there is nothing to copy");
		}
		// the whole copy is one change of the assessment: a stale page copies nothing
		assessments.touch(assessmentId, expectedVersion);
		for (ToolItem item : copyable) {
			AssessedItem from = source.item(item.id());
			AssessedItem copy = new AssessedItem(item.id(), from.grade(), from.evidence(), from.evidenceSource(),
					from.reportedBy(), from.parentView(), null, from.homeConditions(), from.targetGrade(), from.reviewBy(),
					sourceId, null, null, 0);
			AssessedItem existing = current.item(item.id());
			assessments.saveItem(assessmentId, copy, existing.stored() ? existing.version() : -1, actor.displayName(),
					Instant.now(clock));
		}
		return view(assessments.find(assessmentId).orElseThrow());
	}

	/**
	 * Records the area grades: each confirmed as proposed, or overridden with a reason. Areas left
	 * out keep their proposed grade.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	AssessmentView confirmAreas(Actor actor, UUID assessmentId, int expectedVersion, Map<String, Integer> grades,
			Map<String, String> reasons) {
		Assessment current = changing(actor, assessmentId, "area grades");
		AssessmentView view = view(current);
		FormErrors errors = new FormErrors();
		List<AreaDecision> decisions = new ArrayList<>();
		for (AssessmentView.AreaItems area : view.areas()) {
			int proposed = view.proposed(area);
			if (proposed == 0) {
				continue;
			}
			String areaId = area.area().id();
			Integer confirmed = grades.getOrDefault(areaId, proposed);
			String reason = ItemEntry.trimmed(reasons.get(areaId));
			if (confirmed == null || confirmed < 1 || confirmed > 5) {
				errors.reject("area-" + areaId, "Grade for " + area.area().title() + " must be from 1 to 5");
			}
			else if (confirmed != proposed && reason == null) {
				errors.reject("reason-" + areaId, "Enter why " + area.area().title() + " is graded " + confirmed
						+ " rather than the proposed " + proposed);
			}
			else {
				decisions.add(new AreaDecision(areaId, proposed, confirmed, confirmed == proposed ? null : reason));
			}
		}
		errors.throwIfAny();
		assessments.saveAreas(assessmentId, expectedVersion, decisions);
		return view(assessments.find(assessmentId).orElseThrow());
	}

	/**
	 * Completes and signs off the assessment. Every item that applies to the child must be graded,
	 * and every need (grade 3 to 5) must have a target grade and a review date; each gap is named.
	 * Areas not yet confirmed are confirmed as proposed.
	 */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	AssessmentView complete(Actor actor, UUID assessmentId, int expectedVersion) {
		Assessment current = changing(actor, assessmentId, "complete");
		AssessmentView view = view(current);
		FormErrors errors = new FormErrors();
		for (ToolItem item : view.items()) {
			AssessedItem recorded = current.item(item.id());
			if (!recorded.graded()) {
				errors.reject("item-" + item.id(), "Grade " + item.title());
			}
			else if (recorded.needsChange() && (recorded.targetGrade() == null || recorded.reviewBy() == null)) {
				errors.reject("item-" + item.id(), "Set a target grade and review date for " + item.title());
			}
		}
		errors.throwIfAny();
		List<AreaDecision> decisions = new ArrayList<>();
		for (AssessmentView.AreaItems area : view.areas()) {
			AreaDecision decision = current.areas().get(area.area().id());
			int proposed = view.proposed(area);
			// a decision taken before an item changed is kept only if its proposal still stands
			if (decision == null || decision.proposedGrade() != proposed) {
				decision = new AreaDecision(area.area().id(), proposed, proposed, null);
			}
			decisions.add(decision);
		}
		assessments.saveAreas(assessmentId, expectedVersion, decisions);
		assessments.complete(assessmentId, expectedVersion + 1, actor.displayName(), Instant.now(clock));
		return view(assessments.find(assessmentId).orElseThrow());
	}

	/** A manager's or DSL's countersignature on a completed assessment by someone else. */
	@Transactional(noRollbackFor = { RecordNotFound.class, InvalidInput.class })
	AssessmentView countersign(Actor actor, UUID assessmentId, int expectedVersion, String note) {
		Assessment current = assessments.find(assessmentId).orElseThrow(RecordNotFound::new);
		access.require(actor, current.childId(), AuditAction.CHANGE, RECORD, assessmentId, "countersign");
		if (!actor.is(Role.MANAGER) && !actor.is(Role.DSL)) {
			throw new InvalidInput("note", "Only a manager or designated safeguarding lead can countersign");
		}
		if (!current.completed()) {
			throw new InvalidInput("note", "Complete the assessment before it is countersigned");
		}
		if (current.countersigned()) {
			throw new InvalidInput("note", "The assessment has already been countersigned");
		}
		if (actor.displayName().equals(current.completedBy())) {
			throw new InvalidInput("note", "Someone other than the person who completed it must countersign");
		}
		if (note != null && note.length() > 2000) {
			throw new InvalidInput("note", "The note must be 2000 characters or fewer");
		}
		assessments.countersign(assessmentId, expectedVersion, actor.displayName(), Instant.now(clock),
				ItemEntry.trimmed(note));
		return view(assessments.find(assessmentId).orElseThrow());
	}

	/**
	 * The completed assessment of the same child with the same tool made before this one, if any,
	 * set beside it item by item. The reader has been admitted to the child already.
	 */
	Optional<Comparison> comparison(AssessmentView later) {
		return previous(later.assessment())
			.map(earlier -> Comparison.of(earlier, later.assessment(), later.tool()));
	}

	private Optional<Assessment> previous(Assessment later) {
		return assessments.ofChild(later.childId())
			.stream()
			.filter(a -> a.completed() && !a.id().equals(later.id()) && a.toolId().equals(later.toolId()))
			.filter(a -> a.assessedOn().isBefore(later.assessedOn())
					|| a.assessedOn().equals(later.assessedOn()) && a.createdAt().isBefore(later.createdAt()))
			.findFirst();
	}

	/** The completed assessments of the child with one tool, oldest first, for change over time. */
	List<AssessmentView> history(List<AssessmentView> ofChild, String toolId) {
		List<AssessmentView> completed = new ArrayList<>(ofChild.stream()
			.filter(v -> v.assessment().completed() && v.tool().id().equals(toolId))
			.toList());
		java.util.Collections.reverse(completed);
		return completed;
	}

	/** The siblings' assessments this one could copy household items from. */
	List<AssessmentView> siblingAssessments(Actor actor, UUID childId) {
		return children.siblings(childId)
			.stream()
			.filter(sibling -> access.canSee(actor, sibling.id()))
			.flatMap(sibling -> assessments.ofChild(sibling.id()).stream())
			.map(this::view)
			.toList();
	}

	List<AdultSummary> adults(UUID childId) {
		return children.adults(childId);
	}

	private Assessment changing(Actor actor, UUID assessmentId, String detail) {
		Assessment current = assessments.find(assessmentId).orElseThrow(RecordNotFound::new);
		access.require(actor, current.childId(), AuditAction.CHANGE, RECORD, assessmentId, detail);
		if (!current.draft()) {
			throw new InvalidInput("assessment", "This assessment has been completed and cannot be changed. "
					+ "Start a new assessment to record what has changed.");
		}
		Tool tool = tool(current);
		if (!tools.mayUse(actor.practitionerId(), tool)) {
			// the team may read an assessment made with a licensed tool; only the accredited may work on it
			throw new InvalidInput("assessment", "Only practitioners accredited for the " + tool.title()
					+ " can work on this assessment");
		}
		return current;
	}

	AssessmentView view(Assessment assessment) {
		Tool tool = tool(assessment);
		AgeBand band = tool.ageBands()
			.stream()
			.filter(b -> b.id().equals(assessment.ageBandId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Age band " + assessment.ageBandId() + " missing from " + tool.key()));
		return new AssessmentView(assessment, tool, band, children.summary(assessment.childId()).orElseThrow());
	}

	private Tool tool(Assessment assessment) {
		return tools.find(assessment.toolId(), assessment.toolVersion())
			.orElseThrow(() -> new IllegalStateException("Tool " + assessment.toolId() + " v" + assessment.toolVersion()
					+ " is not in the library"));
	}

	private void involve(Actor actor, UUID childId) {
		// recording about a child joins the author to the team if their team or agency is already involved
		if (actor.practitioner() != null && access.isInvolved(actor, childId)) {
			involvements.involve(childId, actor.practitioner(), InvolvementKind.INVOLVED);
		}
	}
}
