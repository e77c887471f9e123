/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.clusterdesk.export.PoiTempFiles;

/**
 * Writes a document's tables to a streaming workbook (SXSSF: only a window of rows in memory, so ten thousand
 * enterprises cost no more heap than ten): a competition report's tables in form order followed by the four libraries,
 * or an application's yearly tables.
 */
public final class WorkbookWriter {

	/** Rows SXSSF keeps in memory per sheet. */
	static final int WINDOW = 200;

	private WorkbookWriter() {
	}

	public static void write(ClusterDocument document, Edition edition, OutputStream out, SubMonitor monitor)
			throws IOException {
		write(document, edition, out, monitor, false);
	}

	/** With {@code plain}, the same cells without any styling: {@link PlainSxssfBaseline}. */
	static void write(ClusterDocument document, Edition edition, OutputStream out, SubMonitor monitor, boolean plain)
			throws IOException {
		monitor.setWorkRemaining(100);
		PoiTempFiles.ensure();
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			XlsxStyles styles = plain ? null : new XlsxStyles(workbook);
			SheetNames names = new SheetNames();
			if (document instanceof CompetitionReport report) {
				new CompetitionSheets(workbook, styles, names).write(report, edition);
				monitor.worked(5);
				ClusterLibraries libraries = report.getLibraries() != null ? report.getLibraries()
						: ClusterDeskFactory.eINSTANCE.createClusterLibraries();
				new LibrarySheets(workbook, styles, names).write(libraries, lastDataYear(edition), monitor.split(65));
			} else if (document instanceof Application application) {
				new ApplicationSheets(workbook, styles, names).write(application, edition);
				monitor.worked(70);
			}
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			workbook.write(out);
			monitor.worked(30);
		} finally {
			workbook.close();
			workbook.dispose();
		}
	}

	/** The year of the existing enterprises' revenue column: the edition's last data year. */
	public static int lastDataYear(Edition edition) throws ExportException {
		List<Integer> years = edition.getDataYears();
		if (years.isEmpty()) {
			throw new ExportException(org.eclipse.osgi.util.NLS.bind(Messages.Error_noEdition, edition.getId()));
		}
		return years.get(years.size() - 1);
	}
}
