package org.seen.insight.internal;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a census return one {@code Child} at a time with StAX, so that the file is never held in
 * memory: the header first, then each child's elements, then nothing. A DOCTYPE is refused
 * outright (the format has none), which shuts out external entities and entity expansion
 * ("billion laughs") before they can be declared; the factory is also told to resolve none.
 * Malformed XML is answered as a problem naming the line.
 */
final class CensusReader implements AutoCloseable {

	/** More elements than this in one child is not a census return. */
	static final int MAX_ELEMENTS_PER_CHILD = 5_000;

	/** Longer than any value the census has (the longest is a date-time). */
	static final int MAX_TEXT = 200;

	private static final XMLInputFactory FACTORY = factory();

	private final XMLStreamReader xml;

	private String currentChild;

	private String currentElement = "Message";

	private boolean inChildren;

	private boolean finished;

	CensusReader(InputStream in) {
		try {
			this.xml = FACTORY.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw new CensusRejected(notWellFormed(ex));
		}
	}

	/**
	 * The JDK's own StAX parser, whatever else is on the classpath, with DTDs and external
	 * entities off. Shared: the factory is thread-safe once configured.
	 */
	static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	}

	/** The {@code Header} element, after checking the root is {@code Message}. */
	CensusElement header() {
		try {
			int event = nextTag();
			if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Message")) {
				throw new CensusRejected(problem("Message", "The file must start with a Message element"));
			}
			event = nextTag();
			if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Header")) {
				throw new CensusRejected(problem("Header", "The Message must start with its Header"));
			}
			return subtree();
		}
		catch (XMLStreamException ex) {
			throw new CensusRejected(notWellFormed(ex));
		}
	}

	/** The next {@code Child}, or null after the last one (and the end of the document). */
	CensusElement nextChild() {
		if (finished) {
			return null;
		}
		try {
			int event = nextTag();
			if (!inChildren) {
				if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Children")) {
					throw new CensusRejected(problem(event == XMLStreamConstants.START_ELEMENT ? xml.getLocalName() : "Children",
							"After the Header the Message must hold Children"));
				}
				inChildren = true;
				event = nextTag();
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				// the end of Children: only the end of Message may follow
				event = nextTag();
				if (event != XMLStreamConstants.END_ELEMENT) {
					throw new CensusRejected(problem(xml.getLocalName(), "Nothing may follow Children in the Message"));
				}
				while (xml.hasNext()) {
					xml.next();
				}
				finished = true;
				return null;
			}
			if (!xml.getLocalName().equals("Child")) {
				throw new CensusRejected(problem(xml.getLocalName(),
						"Children may hold only Child elements, not " + xml.getLocalName()));
			}
			currentChild = null;
			return subtree();
		}
		catch (XMLStreamException ex) {
			throw new CensusRejected(notWellFormed(ex));
		}
	}

	/** The LAchildID of the child being read, once it has been read. */
	String currentChild() {
		return currentChild;
	}

	long line() {
		return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
	}

	/** Reads the element the reader is on, with everything inside it, and leaves it at its end. */
	private CensusElement subtree() throws XMLStreamException {
		CensusElement[] stack = new CensusElement[16];
		int depth = 0;
		stack[0] = new CensusElement(xml.getLocalName(), line());
		int count = 1;
		StringBuilder text = new StringBuilder();
		while (true) {
			int event = next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					if (++count > MAX_ELEMENTS_PER_CHILD) {
						throw new CensusRejected(problem(xml.getLocalName(),
								"The element holds more than " + MAX_ELEMENTS_PER_CHILD + " elements"));
					}
					if (depth + 1 == stack.length) {
						throw new CensusRejected(problem(xml.getLocalName(), "The elements are nested too deeply"));
					}
					CensusElement element = new CensusElement(xml.getLocalName(), line());
					currentElement = element.name();
					stack[depth].add(element);
					stack[++depth] = element;
					text.setLength(0);
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() + xml.getTextLength() > MAX_TEXT) {
						if (!xml.isWhiteSpace()) {
							throw new CensusRejected(problem(stack[depth].name(),
									"The value is longer than " + MAX_TEXT + " characters"));
						}
					}
					else {
						text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					CensusElement element = stack[depth];
					if (element.elements().isEmpty() && text.length() > 0) {
						element.text(text.toString().strip());
						if (element.name().equals("LAchildID")) {
							currentChild = element.text();
						}
					}
					text.setLength(0);
					if (depth == 0) {
						return element;
					}
					depth--;
				}
				case XMLStreamConstants.DTD -> throw new CensusRejected(doctype());
				default -> {
					// comments and processing instructions carry nothing
				}
			}
		}
	}

	private int next() throws XMLStreamException {
		if (!xml.hasNext()) {
			throw new CensusRejected(problem(currentElement, "The file ends before its elements are closed"));
		}
		int event = xml.next();
		if (event == XMLStreamConstants.DTD) {
			throw new CensusRejected(doctype());
		}
		if (event == XMLStreamConstants.ENTITY_REFERENCE) {
			throw new CensusRejected(problem(currentElement, "Entity references are not allowed"));
		}
		return event;
	}

	/** The next start or end tag, skipping white space, comments and processing instructions. */
	private int nextTag() throws XMLStreamException {
		while (true) {
			int event = next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
					if (event == XMLStreamConstants.START_ELEMENT) {
						currentElement = xml.getLocalName();
					}
					return event;
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
					if (!xml.isWhiteSpace()) {
						throw new CensusRejected(problem(currentElement, "Text is not allowed here"));
					}
				}
				case XMLStreamConstants.END_DOCUMENT ->
					throw new CensusRejected(problem(currentElement, "The file ends before its elements are closed"));
				default -> {
					// white space, comments and processing instructions
				}
			}
		}
	}

	private CensusProblem doctype() {
		return new CensusProblem(currentChild, "DOCTYPE", line(),
				"A DOCTYPE is not allowed in a census return (it could declare entities); remove it");
	}

	private CensusProblem problem(String element, String message) {
		return new CensusProblem(inChildren ? currentChild : null, element, line(), message);
	}

	private CensusProblem notWellFormed(XMLStreamException ex) {
		long line = ex.getLocation() == null ? line() : ex.getLocation().getLineNumber();
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		// the JDK prefixes its message with the position, which the problem already gives
		int at = message.indexOf("Message: ");
		message = at >= 0 ? message.substring(at + "Message: ".length()) : message;
		return new CensusProblem(inChildren ? currentChild : null, currentElement, line,
				"The file is not well-formed XML: " + message);
	}

	@Override
	public void close() {
		try {
			xml.close();
		}
		catch (XMLStreamException ex) {
			// nothing more to read
		}
	}
}
