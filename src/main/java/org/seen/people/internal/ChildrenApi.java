package org.seen.people.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.seen.access.CurrentActor;
import org.seen.people.Sex;
import org.seen.people.Vulnerability;
import org.seen.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Children for agency systems: create, search and read, with the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children")
class ChildrenApi {

	private final ChildRegister register;

	private final CurrentActor actor;

	ChildrenApi(ChildRegister register, CurrentActor actor) {
		this.register = register;
		this.actor = actor;
	}

	@PostMapping
	@Operation(summary = "Record a child; the caller and their agency become involved with the child")
	ResponseEntity<ChildJson> create(@RequestBody ChildJson body) {
		FormErrors errors = new FormErrors();
		ChildDetails details = body.toDetails();
		details.validate(register.today(), errors);
		errors.throwIfAny();
		UUID id = register.create(actor.get(), details, null);
		return ResponseEntity.created(URI.create("/api/v1/children/" + id))
			.body(ChildJson.of(register.require(actor.get(), id)));
	}

	@GetMapping
	@Operation(summary = "Search children the caller may see, by name similarity, date of birth or identifier")
	List<ChildJson> search(@RequestParam(required = false) String name,
			@RequestParam(required = false) LocalDate dateOfBirth, @RequestParam(required = false) String identifier) {
		SearchCriteria criteria = new SearchCriteria(name, dateOfBirth, identifier);
		if (criteria.isEmpty()) {
			new FormErrors().reject("name", "give name, dateOfBirth or identifier").throwIfAny();
		}
		return register.search(actor.get(), criteria).stream().map(ChildJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A child's record; 404 when it does not exist or the caller may not see it")
	ChildJson get(@PathVariable UUID id) {
		return ChildJson.of(register.require(actor.get(), id));
	}

	/** A child as agency systems exchange it. */
	record ChildJson(UUID id, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
			Sex sex, String nhsNumber, String upn, String localId, String postcode, Boolean disabled,
			Set<Vulnerability> vulnerabilities) {

		static ChildJson of(Child child) {
			return new ChildJson(child.id(), child.givenName(), child.familyName(), child.dateOfBirth(),
					child.expectedDateOfBirth(), child.sex(), child.nhsNumber(), child.upn(), child.localId(),
					child.household() == null ? null : child.household().postcode(), child.disabled(),
					Set.copyOf(child.vulnerabilities()));
		}

		ChildDetails toDetails() {
			return new ChildDetails(givenName, familyName, dateOfBirth, expectedDateOfBirth, sex, nhsNumber, upn, localId,
					null, null, postcode, null, Boolean.TRUE.equals(disabled), vulnerabilities);
		}
	}
}
