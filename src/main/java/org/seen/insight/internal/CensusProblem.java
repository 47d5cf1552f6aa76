package org.seen.insight.internal;

/**
 * Something wrong, or worth querying, in a census return: the child it is about (empty for the
 * header or before the first child), the element, the line of the file, and what is wrong.
 */
record CensusProblem(String laChildId, String element, long line, String message) {

	CensusProblem {
		laChildId = laChildId == null ? "" : laChildId;
		element = element == null ? "" : element;
	}
}
