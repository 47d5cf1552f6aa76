package org.seen.insight.internal.dashboard;

import java.math.BigDecimal;

/** A figure as the pages write it: counts with thousands separators, "c" as it is, a share with its %. */
final class Figures {

	static final String NO_SHARE = "Not applicable";

	private Figures() {
	}

	static String count(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof Number n ? String.format("%,d", n.longValue()) : value.toString();
	}

	static String share(Object value) {
		if (value == null) {
			return NO_SHARE;
		}
		return value instanceof BigDecimal d ? d.toPlainString() + "%" : value.toString();
	}
}
