/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.clusterdesk.internal.export.xlsx.WorkbookFonts;

/** The few cell styles of the review workbook, created once (styles are per workbook, not per cell). */
final class ReviewStyles {

	/** The body size; the face is the forms' 宋体 ({@link WorkbookFonts}), a suite without it substitutes its own CJK font. */
	static final short FONT_POINTS = 10;

	/** Two decimals, as the forms keep them (说明 2). */
	static final String DECIMAL_FORMAT = "0.00"; //$NON-NLS-1$

	static final String INTEGER_FORMAT = "0"; //$NON-NLS-1$

	/** The colours of a failed check, as the Review view shows them too. */
	static final String FAIL_FILL = OverviewLayout.Mark.FAIL.fill();

	static final String FAIL_FONT = OverviewLayout.Mark.FAIL.font();

	/** Worth a look, not a failure. */
	static final String NOTE_FILL = OverviewLayout.Mark.NOTE.fill();

	static final String NOTE_FONT = OverviewLayout.Mark.NOTE.font();

	final CellStyle title;

	final CellStyle header;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle centred;

	final CellStyle integer;

	final CellStyle decimal;

	final CellStyle general;

	ReviewStyles(Workbook workbook) {
		WorkbookFonts fonts = WorkbookFonts.of(workbook, FONT_POINTS);
		DataFormat formats = workbook.createDataFormat();

		title = workbook.createCellStyle();
		title.setFont(fonts.title());
		title.setVerticalAlignment(VerticalAlignment.CENTER);

		header = bordered(workbook);
		header.setFont(fonts.bold());
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setWrapText(true);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		text = bordered(workbook);
		wrapped = bordered(workbook);
		wrapped.setWrapText(true);
		centred = bordered(workbook);
		centred.setAlignment(HorizontalAlignment.CENTER);
		integer = bordered(workbook);
		integer.setDataFormat(formats.getFormat(INTEGER_FORMAT));
		decimal = bordered(workbook);
		decimal.setDataFormat(formats.getFormat(DECIMAL_FORMAT));
		general = bordered(workbook);
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}
}
