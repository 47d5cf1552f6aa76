package org.seen.insight.internal.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The quarterly report laid out as an A4 PDF from an XHTML Thymeleaf template, the way printed
 * assessments are made (assessment's PrintedDocument, which is internal to that module): nothing
 * is fetched while printing, every external resource is refused. The report's text is the
 * measures' own labels and figures, all within the built-in Helvetica, so no font is embedded.
 */
@Component
class ReportPdf {

	private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] pdf(String template, Map<String, Object> model) {
		String xhtml = templates.process(template, new Context(Locale.UK, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, null);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(url -> {
			throw new IllegalStateException("A printed report fetches nothing");
		});
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
			throw new UncheckedIOException("The report could not be made", ex);
		}
		return out.toByteArray();
	}
}
