/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.clusterdesk.review.AttainmentTable;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.osgi.util.NLS;
import org.clusterdesk.export.PoiTempFiles;

/**
 * The batch workbook. The long sheets (problems, attainment) are streamed to temporary files while the batch runs,
 * so memory stays bounded whatever the number of applications; the overview is written at the end from the small
 * summaries (its columns depend on the years found); the charts sheet is a regular sheet, since charts need one.
 */
public final class ReviewWorkbook implements Closeable {

	/** Rows a streamed sheet keeps in memory. */
	private static final int WINDOW = 100;

	static {
		PoiTempFiles.ensure(); // before the first streamed sheet writes its temporary file
	}

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final ReviewStyles styles;

	private final SXSSFSheet overview;

	private final ProblemsSheet problems;

	private final AttainmentSheet attainment;

	public ReviewWorkbook() {
		styles = new ReviewStyles(workbook);
		overview = workbook.createSheet(Messages.Sheet_overview);
		problems = new ProblemsSheet(workbook.createSheet(Messages.Sheet_problems), styles);
		attainment = new AttainmentSheet(workbook.createSheet(Messages.Sheet_attainment), styles);
	}

	/** The rows of one validated application: its problems and, for a re-review, its completion table. */
	public void add(ApplicationSummary application, ValidationReport report, AttainmentTable table) {
		problems.add(application, report);
		if (table != null) {
			attainment.add(application, table);
		}
	}

	/** A file that could not be read: one problem row. */
	public void addUnreadable(ApplicationSummary application) {
		problems.addUnreadable(application);
	}

	/** Writes the overview and the charts from the summaries of every file, and closes the streamed sheets. */
	public void finish(List<ApplicationSummary> summaries) {
		String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")); //$NON-NLS-1$
		new OverviewSheet(overview, styles, summaries)
				.write(NLS.bind(Messages.Title_overview, new Object[] { summaries.size(), problems.errors(), problems.warnings(), now }));
		problems.finish();
		attainment.finish();
		// charts need a regular sheet: streamed sheets have no chart support
		XSSFSheet charts = workbook.getXSSFWorkbook().createSheet(Messages.Sheet_charts);
		new ChartsSheet(charts, styles, summaries).write();
	}

	public void write(OutputStream out) throws IOException {
		workbook.write(out);
	}

	/** Deletes the temporary files of the streamed sheets. */
	@Override
	public void close() throws IOException {
		workbook.dispose();
		workbook.close();
	}
}
