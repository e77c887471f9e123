/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The fonts of a ClusterDesk workbook: 宋体 as the forms print, a body size, bold for headers and totals, 12 pt bold
 * for titles. The body font is the workbook's default font, which sets Excel's column unit, so that the widths we
 * measure in characters mean what we measured.
 *
 * @param normal the body font (the workbook's default)
 * @param bold   headers and totals
 * @param title  sheet titles
 */
public record WorkbookFonts(Font normal, Font bold, Font title) {

	/** The forms' typeface. */
	public static final String FACE = "\u5b8b\u4f53"; //$NON-NLS-1$

	/** Sets up the fonts of a new workbook with the given body size. */
	public static WorkbookFonts of(Workbook workbook, short points) {
		Font normal = workbook.getFontAt(0);
		normal.setFontName(FACE);
		normal.setFontHeightInPoints(points);
		Font bold = workbook.createFont();
		bold.setFontName(FACE);
		bold.setFontHeightInPoints(points);
		bold.setBold(true);
		Font title = workbook.createFont();
		title.setFontName(FACE);
		title.setFontHeightInPoints((short) 12);
		title.setBold(true);
		return new WorkbookFonts(normal, bold, title);
	}
}
