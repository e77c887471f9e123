/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clusterdesk.internal.export.docx.DocxDocumentWriter;
import org.clusterdesk.internal.export.docx.DocxSize;
import org.clusterdesk.internal.export.docx.Messages;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Exports a cluster document to Word (.docx) in the layout of its edition's official form: cover page, 填报说明,
 * every section with its tables as the form lays them out, checkboxes ☑/☐, the plan, the declaration and
 * recommendation blocks, and for the competition report its lists and the four libraries; on request an appendix
 * (附件) with the indicator trend charts follows.
 * <p>
 * A {@link ExportMode#DRAFT draft} can be exported any time and says 草稿 in its header. A {@link ExportMode#FINAL
 * final} export is refused while validation (with the final-export rules) finds an error; nothing is written then.
 */
public final class DocxExporter {

	private DocxExporter() {
	}

	/**
	 * Writes the Word file of the form alone, atomically: on any failure or cancellation the target is left as it was.
	 *
	 * @see #export(ClusterDocument, Path, DocxOptions, IProgressMonitor)
	 */
	public static void export(ClusterDocument document, Path out, ExportMode mode, IProgressMonitor monitor) throws ExportException {
		export(document, out, DocxOptions.of(mode), monitor);
	}

	/**
	 * Writes the Word file, atomically: on any failure or cancellation the target is left as it was.
	 *
	 * @param options draft or final, and whether the trend-chart appendix follows the form
	 * @param monitor progress and cancellation (may be null); cancelling throws
	 *                {@link org.eclipse.core.runtime.OperationCanceledException}
	 * @throws ExportRefusedException a final export of a document with validation errors; the message lists them
	 * @throws ExportException        the document names no known edition, or the file cannot be written
	 */
	public static void export(ClusterDocument document, Path out, DocxOptions options, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_task, out.getFileName()), 100);
		if (document.getEdition() == null) {
			throw new ExportException(NLS.bind(Messages.Export_noEdition, out, document.getEditionId()));
		}
		int rows = DocxSize.rows(document);
		if (rows > DocxSize.MAX_ROWS) {
			throw new ExportException(NLS.bind(Messages.Export_tooLarge, new Object[] { out, rows, DocxSize.MAX_ROWS }));
		}
		if (options.mode() == ExportMode.FINAL) {
			ValidationReport report = ClusterValidation.validate(document, true);
			if (report.hasErrors()) {
				throw new ExportRefusedException(refusal(out, report), report);
			}
		}
		progress.setWorkRemaining(100);
		try (XWPFDocument docx = DocxDocumentWriter.write(document, options.mode() == ExportMode.DRAFT, options.trendCharts(), progress.split(80))) {
			progress.split(20);
			AtomicFiles.write(out, docx::write);
		} catch (IOException e) {
			throw new ExportException(NLS.bind(Messages.Export_failed, out, e.getMessage()), e);
		}
	}

	/** The refusal: how many errors, then each as the report words it (rule, section, field: detail). */
	static String refusal(Path out, ValidationReport report) {
		StringBuilder sb = new StringBuilder(NLS.bind(Messages.Export_refused, out.getFileName(), String.valueOf(report.errors().size())));
		for (RuleFinding error : report.errors()) {
			sb.append('\n').append(NLS.bind(Messages.Export_refusedLine, error.message()));
		}
		return sb.toString();
	}
}
