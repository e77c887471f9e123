/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.Edition;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * The benchmark's yardstick: the same cells (titles, header texts, every value) written with plain SXSSF — no styles,
 * merges, widths, heights, panes or print setup — so that the export's overhead can be read off in one run (target:
 * the export takes at most 1.3 × this). {@link #write(ClusterDocument, Path)} writes every sheet of the export,
 * {@link #write(ClusterLibraries, Path)} the four libraries alone.
 */
public final class PlainSxssfBaseline {

	private PlainSxssfBaseline() {
	}

	/** Every cell {@link org.clusterdesk.export.XlsxExporter} writes for the document, plainly. */
	public static void write(ClusterDocument document, Path file) throws IOException {
		Edition edition = document.getEdition();
		if (edition == null) {
			throw new ExportException(NLS.bind(Messages.Error_noEdition, document.getEditionId()));
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			WorkbookWriter.write(document, edition, out, SubMonitor.convert(null), true);
		}
	}

	/**
	 * Writes the libraries alone; the revenue header names the last data year of the edition of the document that
	 * holds them (the year before this one when they are detached).
	 */
	public static void write(ClusterLibraries libraries, Path file) throws IOException {
		int year = Year.now().getValue() - 1;
		if (EcoreUtil.getRootContainer(libraries) instanceof ClusterDocument document && document.getEdition() != null) {
			year = WorkbookWriter.lastDataYear(document.getEdition());
		}
		write(libraries, year, file);
	}

	/** Writes the libraries; {@code revenueYear} is the year named in the revenue header. */
	public static void write(ClusterLibraries libraries, int revenueYear, Path file) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WorkbookWriter.WINDOW);
		try {
			// no styles: the library sheets' plain mode
			new LibrarySheets(workbook, null, new SheetNames()).write(libraries, revenueYear, SubMonitor.convert(null));
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		} finally {
			workbook.close();
			workbook.dispose();
		}
	}
}
