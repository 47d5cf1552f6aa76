package org.seen.strategy.internal.learning;

/** The kinds of review the partnership learns from, as the register and the reports name them. */
enum ReviewKind {
	LOCAL_CSPR("Local child safeguarding practice review", Scope.LOCAL),
	NATIONAL_REVIEW("National review or panel report", Scope.NATIONAL),
	RAPID_REVIEW("Rapid review", Scope.LOCAL),
	SAFEGUARDING_ADULTS_REVIEW("Safeguarding adults review", Scope.LOCAL),
	MULTI_AGENCY_AUDIT("Multi-agency audit", Scope.LOCAL),
	OTHER_SCRUTINY("Other scrutiny", Scope.LOCAL);

	private final String label;

	private final Scope usualScope;

	ReviewKind(String label, Scope usualScope) {
		this.label = label;
		this.usualScope = usualScope;
	}

	public String label() {
		return label;
	}

	public Scope usualScope() {
		return usualScope;
	}

	/** Whether the review was carried out for this partnership or elsewhere (nationally, or by another area). */
	enum Scope {
		LOCAL("Local"), NATIONAL("National");

		private final String label;

		Scope(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
