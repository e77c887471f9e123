/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.LibraryRow;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The four libraries, each on its own sheet: the heading with its computed summary, the form's two-row header and one
 * row per entry, in the model's order. The first entry is on row {@link LibraryTable#HEADER_ROWS} + 1, the row the
 * import records as its source row.
 */
final class LibrarySheets {

	/** Rows between two looks at the cancel button. */
	private static final int CANCEL_CHECK_ROWS = 500;

	private final Workbook workbook;

	private final XlsxStyles styles;

	private final SheetNames names;

	LibrarySheets(Workbook workbook, XlsxStyles styles, SheetNames names) {
		this.workbook = workbook;
		this.styles = styles;
		this.names = names;
	}

	void write(ClusterLibraries libraries, int revenueYear, SubMonitor monitor) throws ExportException {
		monitor.setWorkRemaining(LibraryTable.values().length);
		for (LibraryTable table : LibraryTable.values()) {
			write(table, libraries, revenueYear, monitor);
			monitor.worked(1);
		}
	}

	private void write(LibraryTable table, ClusterLibraries libraries, int revenueYear, SubMonitor monitor)
			throws ExportException {
		List<LibraryColumn> columns = table.columns(revenueYear);
		@SuppressWarnings("unchecked")
		List<? extends LibraryRow> rows = (List<? extends LibraryRow>) libraries.eGet(table.feature());
		TableSheet sheet = new TableSheet(workbook.createSheet(names.unique(table.sheetName())), styles,
				columns.stream().map(LibraryColumn::column).toList());
		// the cell values once: measured for the column widths, then written
		List<Object[]> values = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Object[] row = LibraryValues.of(rows.get(i), columns, i + 1);
			sheet.measure(row);
			values.add(row);
			checkCanceled(i, monitor);
		}
		sheet.title(table.title(libraries));
		sheet.header();
		for (int i = 0; i < values.size(); i++) {
			sheet.row(values.get(i));
			values.set(i, null);
			checkCanceled(i, monitor);
		}
		// keep 序号 and the name in view when scrolling right
		sheet.finish(2);
	}

	private static void checkCanceled(int row, SubMonitor monitor) {
		if (row % CANCEL_CHECK_ROWS == 0 && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
