package org.seen.insight.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A census file over the upload limit is stopped by the servlet container as it arrives, before
 * any controller is chosen, so the census page's answer to it is given here: the page again with
 * the limit in its error summary, and 413. The census upload is Seen's only file upload.
 */
@ControllerAdvice
class UploadTooLarge {

	private final CensusPages pages;

	private final CensusImport importer;

	UploadTooLarge(CensusPages pages, CensusImport importer) {
		this.pages = pages;
		this.importer = importer;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return pages.listPage(model, List.of(), 0, CensusPages.tooLarge(importer.maxBytes()));
	}
}
