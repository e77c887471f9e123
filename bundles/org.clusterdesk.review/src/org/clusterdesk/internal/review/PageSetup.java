/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Printing: reviewers print the lists for meetings, so every page repeats its headers. */
final class PageSetup {

	private PageSetup() {
	}

	/**
	 * Landscape A4 with narrow margins, the header rows (if any, else -1) repeated on every page.
	 *
	 * @param lastColumn the last column repeated at the left of every page, or -1 for none
	 * @param oneWide    fit all columns on the width of one page (for sheets of a few columns)
	 */
	static void landscape(Sheet sheet, int firstHeaderRow, int lastHeaderRow, int lastColumn, boolean oneWide) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.5);
		if (firstHeaderRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
		}
		if (lastColumn >= 0) {
			sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, lastColumn));
		}
		if (oneWide) {
			sheet.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
		}
	}
}
