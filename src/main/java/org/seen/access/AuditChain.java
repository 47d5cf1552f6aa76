package org.seen.access;

import java.util.List;
import java.util.Optional;

import org.seen.access.ChainVerification.BrokenLink;
import org.seen.access.ChainVerification.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Proves the audit trail's hash chain (see the V4 migration): every entry's hash still matches
 * its content, and every entry points at the hash of the one before it. Reads the trail in pages
 * of a few thousand entries in sequence order, so that it runs in constant memory over millions.
 * <p>
 * Sequence numbers may skip where a transaction that wrote an entry rolled back; such a gap is
 * harmless when the next entry still links to the one before the gap. A gap whose link is broken
 * means entries were removed. What the chain alone cannot show is the removal of the newest
 * entries, or a chain rewritten from some point to its end: compare {@link ChainVerification#headHash()}
 * with a copy kept outside Seen for that.
 */
@Service
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final int pageSize;

	AuditChain(JdbcClient jdbc, @Value("${seen.audit.verify-page-size:5000}") int pageSize) {
		this.jdbc = jdbc;
		this.pageSize = pageSize;
	}

	public ChainVerification verify() {
		long checked = 0;
		long previousSeq = 0;
		String previousHash = GENESIS;
		while (true) {
			List<Link> page = page(previousSeq);
			for (Link link : page) {
				Optional<BrokenLink> broken = check(link, previousSeq, previousHash);
				if (broken.isPresent()) {
					return new ChainVerification(checked, previousSeq, previousHash, broken);
				}
				checked++;
				previousSeq = link.seq();
				previousHash = link.hash();
			}
			if (page.size() < pageSize) {
				return new ChainVerification(checked, previousSeq, previousHash, Optional.empty());
			}
		}
	}

	private List<Link> page(long afterSeq) {
		// The database recomputes each hash with the same function the insert trigger used.
		return jdbc.sql("""
				select e.seq, e.hash, e.prev_hash, audit_entry_hash(e) = e.hash as content_matches
				from audit_entry e where e.seq > ? order by e.seq limit ?""")
			.params(afterSeq, pageSize)
			.query((rs, n) -> new Link(rs.getLong("seq"), rs.getString("hash"), rs.getString("prev_hash"),
					rs.getBoolean("content_matches")))
			.list();
	}

	private static Optional<BrokenLink> check(Link link, long previousSeq, String previousHash) {
		if (!link.contentMatches()) {
			return broken(link, Problem.CONTENT_ALTERED,
					"the entry's content no longer matches its hash: it was changed after it was written");
		}
		if (link.prevHash().equals(previousHash)) {
			return Optional.empty();
		}
		if (link.seq() != previousSeq + 1) {
			String missing = previousSeq == 0 ? "entries before " + link.seq()
					: "entries between " + previousSeq + " and " + link.seq();
			return broken(link, Problem.ENTRIES_MISSING,
					missing + " are missing: the entry does not link to the one before it");
		}
		return broken(link, Problem.LINK_BROKEN, previousSeq == 0 ? "the first entry does not start the chain"
				: "the entry does not link to the hash of entry " + previousSeq);
	}

	private static Optional<BrokenLink> broken(Link link, Problem problem, String explanation) {
		return Optional.of(new BrokenLink(link.seq(), problem, explanation));
	}

	private record Link(long seq, String hash, String prevHash, boolean contentMatches) {
	}
}
