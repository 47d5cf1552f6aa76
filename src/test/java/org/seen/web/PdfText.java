package org.seen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF page by page, as a person reads it, with white space folded, for tests of printed documents. */
public final class PdfText {

	private PdfText() {
	}

	public static List<String> pages(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// in reading order, top to bottom
			stripper.setSortByPosition(true);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(flat(stripper.getText(document)));
			}
			return pages;
		}
	}

	public static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
