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

	/** Null for a value (most elements), so that reading a million children makes no empty lists. */
	private List<CensusElement> elements;

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
		return elements == null ? List.of() : elements;
	}

	void add(CensusElement element) {
		if (elements == null) {
			elements = new ArrayList<>(4);
		}
		elements.add(element);
	}

	/** The first element of that name, or null. */
	CensusElement first(String elementName) {
		if (elements != null) {
			for (CensusElement element : elements) {
				if (element.name.equals(elementName)) {
					return element;
				}
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
		for (CensusElement element : elements()) {
			if (element.name.equals(elementName)) {
				found.add(element);
			}
		}
		return found;
	}
}
