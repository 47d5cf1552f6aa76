package org.seen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The HTML to PDF step on its own: characters, fonts, and that printing fetches nothing. */
class PrintedDocumentTest {

	static String page(String body) {
		return """
				<!DOCTYPE html>
				<html lang="en-GB"><head><meta charset="UTF-8"/><title>t</title>
				<style>body { font-family: 'Seen Print', Helvetica, sans-serif; }</style></head>
				<body>%s</body></html>""".formatted(body);
	}

	static final String NAMES = "<p>Łucja Wróbel and Zoë Ní Bhriain – “kept warm” ‘mostly’</p>";

	@Test
	void with_dejavu_sans_names_and_typography_print_exactly() throws Exception {
		PrintedDocument printed = new PrintedDocument(null);
		assumeThat(printed.embedsFont()).as("DejaVu Sans is installed on this machine").isTrue();
		String text = String.join(" ", PdfText.pages(printed.pdf(page(NAMES))));
		assertThat(text).contains("Łucja Wróbel and Zoë Ní Bhriain – “kept warm” ‘mostly’");
	}

	@Test
	void without_a_font_to_embed_letters_helvetica_lacks_become_plain_letters_and_quotes_and_dashes_stay() throws Exception {
		PrintedDocument printed = new PrintedDocument(null, List.of());
		assertThat(printed.embedsFont()).isFalse();
		String text = String.join(" ", PdfText.pages(printed.pdf(page(NAMES))));
		// ó, ë and í are in the built-in fonts' character set; Ł is not
		assertThat(text).contains("Lucja Wróbel and Zoë Ní Bhriain – “kept warm” ‘mostly’");
	}

	@Test
	void plain_keeps_what_the_built_in_fonts_hold_and_reduces_the_rest() {
		assertThat(PrintedDocument.plain("Zoë – “hi” £5 €2")).isEqualTo("Zoë – “hi” £5 €2");
		assertThat(PrintedDocument.plain("Łukasz Đorđević Şahin Ţurcanu")).isEqualTo("Lukasz Dordevic Sahin Turcanu");
		assertThat(PrintedDocument.plain("王 → ✓")).isEqualTo("? ? ?");
	}

	@Test
	void printing_fetches_nothing_from_the_network() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			String at = "http://127.0.0.1:" + server.getLocalPort();
			String body = """
					<link rel="stylesheet" href="%1$s/print.css"/>
					<style>@import url('%1$s/more.css'); @font-face { font-family: 'X'; src: url('%1$s/x.ttf'); }
					p { font-family: 'X'; background-image: url('%1$s/bg.png'); }</style>
					<p>Text</p><img src="%1$s/picture.png" alt="a picture"/>""".formatted(at);
			byte[] pdf = new PrintedDocument(null).pdf(page(body));
			assertThat(String.join(" ", PdfText.pages(pdf))).contains("Text");
			server.setSoTimeout(300);
			assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
		}
	}
}
