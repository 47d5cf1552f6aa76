package org.seen.insight.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a census return as read: its name, the line it starts on, its text (for a
 * value) and its elements. Only one child's elements (or the header's) are held at a time.
 */
final class CensusElement {

	private final String name;

	private final long line;

	private String text = "";

	private final List<CensusElement> elements = new ArrayList<>(4);

	CensusElement(String name, long line) {
		this.name = name;
		this.line = line;
	}

	String name() {
		return name;
	}

	long line() {
		return line;
	}

	/** The element's text, trimmed; empty when it has none. */
	String text() {
		return text;
	}

	void text(String text) {
		this.text = text;
	}

	List<CensusElement> elements() {
		return elements;
	}

	/** The first element of that name, or null. */
	CensusElement first(String elementName) {
		for (CensusElement element : elements) {
			if (element.name.equals(elementName)) {
				return element;
			}
		}
		return null;
	}

	/** The text of the first element of that name, or null when it is absent or empty. */
	String value(String elementName) {
		CensusElement element = first(elementName);
		return element == null || element.text.isEmpty() ? null : element.text;
	}

	List<CensusElement> all(String elementName) {
		List<CensusElement> found = new ArrayList<>(2);
		for (CensusElement element : elements) {
			if (element.name.equals(elementName)) {
				found.add(element);
			}
		}
		return found;
	}
}
