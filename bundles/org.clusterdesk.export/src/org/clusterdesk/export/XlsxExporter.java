/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export;

import java.io.IOException;
import java.nio.file.Path;

import org.clusterdesk.internal.export.xlsx.Messages;
import org.clusterdesk.internal.export.xlsx.WorkbookWriter;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Exports a document's tables to an Excel workbook (.xlsx). A competition report gives its indicator tables (2.1–2.6,
 * the top-ten tables, key projects, lists, core parks, implementation targets) and the four libraries, each on its own
 * sheet with the form's two-row merged headers, numbers as numeric cells (format 0.00), the computed summary in the
 * library headings, a frozen header and fitted column widths. An application gives its yearly indicator tables (data
 * years as columns) and its plan targets. User text is always written as text, never as a formula. Streaming (SXSSF):
 * large libraries need little heap. The file is written atomically: on failure or cancellation it stays as it was.
 */
public final class XlsxExporter {

	private XlsxExporter() {
	}

	/**
	 * Writes the workbook.
	 *
	 * @param monitor progress and cancellation (may be null); cancelling throws
	 *                {@link org.eclipse.core.runtime.OperationCanceledException} and leaves {@code out} untouched
	 * @throws ExportException when the document has no known edition or the file cannot be written
	 */
	public static void export(ClusterDocument document, Path out, IProgressMonitor monitor) throws ExportException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Progress_export, out.getFileName()), 100);
		Edition edition = document.getEdition();
		if (edition == null) {
			throw new ExportException(NLS.bind(Messages.Error_noEdition, document.getEditionId()));
		}
		try {
			AtomicFiles.write(out, stream -> WorkbookWriter.write(document, edition, stream, progress.split(100)));
		} catch (ExportException | OperationCanceledException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			// POI reports write failures as runtime exceptions too
			throw new ExportException(NLS.bind(Messages.Error_write, out, e.getLocalizedMessage()), e);
		}
	}
}
