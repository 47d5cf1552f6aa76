package org.seen.access.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seen.access.AuditAction;
import org.seen.access.AuditChain;
import org.seen.access.AuditEntry;
import org.seen.access.AuditSearch;
import org.seen.access.AuditTrail;
import org.seen.access.ChainVerification;
import org.seen.access.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors' tools: entries as JSON, and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditTrail audit;

	private final AuditChain chain;

	private final CurrentActor currentActor;

	AuditApi(AuditTrail audit, AuditChain chain, CurrentActor currentActor) {
		this.audit = audit;
		this.chain = chain;
		this.currentActor = currentActor;
	}

	/** Entries newest first; page back with {@code before} set to the last {@code seq} received. */
	@GetMapping
	List<Entry> entries(@RequestParam(required = false) UUID childId,
			@RequestParam(required = false) String username, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "100") int limit) {
		AuditSearch search = new AuditSearch(childId, username, action, from, to, before, limit);
		List<Entry> entries = audit.search(search).stream().map(Entry::of).toList();
		audit.record(currentActor.get(), AuditAction.SEARCH, "AUDIT_TRAIL", null, childId, "api");
		return entries;
	}

	@GetMapping("/verify")
	Verification verify() {
		ChainVerification verification = chain.verify();
		audit.record(currentActor.get(), AuditAction.VIEW, "AUDIT_CHAIN", null, null,
				verification.intact() ? "intact" : "broken at " + verification.firstBroken().get().seq());
		return Verification.of(verification);
	}

	/** One entry: who, in what role and agency, when (UTC), did what, to which record, from where. */
	record Entry(long seq, String who, String role, String agency, Instant when, String action, String recordType,
			UUID recordId, UUID childId, String detail, String from) {

		static Entry of(AuditEntry e) {
			return new Entry(e.seq(), e.username(), e.role(), e.agencyName(), e.occurredAt(), e.action(),
					e.recordType(), e.recordId(), e.childId(), e.detail(), e.sourceAddress());
		}
	}

	record Verification(boolean intact, long entriesChecked, long lastSeq, String headHash, Broken firstBroken,
			String summary) {

		static Verification of(ChainVerification v) {
			return new Verification(v.intact(), v.entriesChecked(), v.lastSeq(), v.headHash(),
					v.firstBroken().map(b -> new Broken(b.seq(), b.problem().name(), b.explanation())).orElse(null),
					v.summary());
		}
	}

	record Broken(long seq, String problem, String explanation) {
	}
}
