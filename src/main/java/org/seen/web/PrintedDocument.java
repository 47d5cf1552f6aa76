package org.seen.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A printed document (an assessment, the quarterly report): a Thymeleaf template written as XHTML, laid out as an A4 PDF. The templates put
 * the protective marking, the child and the page number in the page margins (CSS {@code @page}
 * boxes), so every page carries them however the content breaks.
 * <p>
 * Nothing is fetched while printing: every external resource (image, style sheet, font) is
 * refused, so a copy cannot call out over the network or read files named in what people typed.
 * The text face is DejaVu Sans from the machine when it is there, because children's names and the
 * tool's curly quotes and dashes need more than the fourteen built-in PDF fonts hold; without it the
 * built-in Helvetica is used and the characters it lacks are written as their nearest plain letters.
 */
@Component
public class PrintedDocument {

	private static final Logger log = LoggerFactory.getLogger(PrintedDocument.class);

	/** The face the print templates ask for; it is registered only when its files are found. */
	public static final String FACE = "Seen Print";

	/** Where Debian and most Linux distributions install DejaVu Sans. */
	static final List<Path> DEJAVU = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
			Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));

	private static final Charset WIN_ANSI = Charset.forName("windows-1252");

	private final ITemplateEngine templates;

	private final Path regular;

	private final Path bold;

	@Autowired
	PrintedDocument(ITemplateEngine templates) {
		this(templates, DEJAVU);
	}

	public PrintedDocument(ITemplateEngine templates, List<Path> fontFolders) {
		this.templates = templates;
		Path folder = fontFolders.stream()
			.filter(f -> Files.isReadable(f.resolve("DejaVuSans.ttf")) && Files.isReadable(f.resolve("DejaVuSans-Bold.ttf")))
			.findFirst()
			.orElse(null);
		this.regular = folder == null ? null : folder.resolve("DejaVuSans.ttf");
		this.bold = folder == null ? null : folder.resolve("DejaVuSans-Bold.ttf");
		if (folder == null) {
			log.info("DejaVu Sans not found; printed copies use Helvetica and plain letters for characters it lacks");
		}
	}

	/** Whether a full Unicode font is embedded (otherwise text is reduced to what Helvetica holds). */
	public boolean embedsFont() {
		return regular != null;
	}

	/** The template (a view name such as {@code assessment/print/full}) filled with the model, as PDF bytes. */
	public byte[] pdf(String template, Map<String, Object> model) {
		Context context = new Context(Locale.UK, model);
		String xhtml = templates.process(template, context);
		return pdf(xhtml);
	}

	public byte[] pdf(String xhtml) {
		String text = embedsFont() ? xhtml : plain(xhtml);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// no base address and no resource is ever allowed: nothing is fetched, from the network or from disk
		builder.withHtmlContent(text, null);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(url -> {
			throw new IllegalStateException("A printed copy fetches nothing");
		});
		if (embedsFont()) {
			builder.useFont(regular.toFile(), FACE, 400, FontStyle.NORMAL, true);
			builder.useFont(bold.toFile(), FACE, 700, FontStyle.NORMAL, true);
		}
		builder.withProducer("Seen");
		builder.withDiagnosticConsumer(diagnostic -> {
			if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
				log.warn("Printing: {}", diagnostic.getFormattedMessage());
			}
		});
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The printed copy could not be made", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The text with every character the built-in PDF fonts cannot show replaced by its plain
	 * letter: accents dropped (Zoë to Zoe), a few letters with no accent to drop spelled out
	 * (Łucja to Lucja), and anything else as a question mark. Curly quotes and dashes are in the
	 * built-in fonts' character set and are kept.
	 */
	public static String plain(String text) {
		CharsetEncoder encoder = WIN_ANSI.newEncoder();
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			if (encoder.canEncode(ch)) {
				out.append(ch);
				return;
			}
			String stripped = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			if (!stripped.isEmpty() && encoder.canEncode(stripped)) {
				out.append(stripped);
				return;
			}
			out.append(switch (cp) {
				case 'Ł' -> "L";
				case 'ł' -> "l";
				case 'Đ' -> "D";
				case 'đ' -> "d";
				case 'ı' -> "i";
				case 'Ħ' -> "H";
				case 'ħ' -> "h";
				case '\u2010', '\u2011', '\u2012', '\u2212' -> "-";
				case '\u2032' -> "'";
				case '\u2033' -> "\"";
				default -> "?";
			});
		});
		return out.toString();
	}
}
