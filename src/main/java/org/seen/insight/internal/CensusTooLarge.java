package org.seen.insight.internal;

/** An upload over the size limit for a census return; nothing from it is stored. */
class CensusTooLarge extends RuntimeException {

	private final long limit;

	CensusTooLarge(long limit) {
		super("A census return may be at most " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}
}
