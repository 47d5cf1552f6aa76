package org.seen.strategy.internal.audits;

import java.util.List;

/** How a question is graded: on Ofsted's four grades, or yes / partly / no. */
public enum Scale {
	QUALITY("Outstanding to inadequate"), YES_NO("Yes, partly or no");

	private final String label;

	Scale(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public List<Grade> grades() {
		return java.util.Arrays.stream(Grade.values()).filter(g -> g.scale() == this).toList();
	}
}
