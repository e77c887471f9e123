/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of an export, created once per workbook (Excel allows about 64 000). */
final class XlsxStyles {

	/** The body size; the face is the forms' 宋体 ({@link WorkbookFonts}), a suite without it substitutes its own CJK font. */
	static final short FONT_POINTS = 11;

	/** Format of decimal cells: the forms keep two decimals (说明 2). */
	static final String DECIMAL_FORMAT = "0.00"; //$NON-NLS-1$

	static final String INTEGER_FORMAT = "0"; //$NON-NLS-1$

	/** Months as the forms write them: 2024.03. */
	static final String MONTH_FORMAT = "yyyy.mm"; //$NON-NLS-1$

	final CellStyle title;

	final CellStyle header;

	private final CellStyle[] body = new CellStyle[CellKind.values().length];

	private final CellStyle[] total = new CellStyle[CellKind.values().length];

	XlsxStyles(Workbook workbook) {
		WorkbookFonts fonts = WorkbookFonts.of(workbook, FONT_POINTS);
		Font normal = fonts.normal();
		Font bold = fonts.bold();
		Font titleFont = fonts.title();
		DataFormat formats = workbook.createDataFormat();

		title = workbook.createCellStyle();
		title.setFont(titleFont);
		title.setAlignment(HorizontalAlignment.LEFT);
		title.setVerticalAlignment(VerticalAlignment.CENTER);
		title.setWrapText(true);

		header = bordered(workbook);
		header.setFont(bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		for (CellKind kind : CellKind.values()) {
			body[kind.ordinal()] = cell(workbook, formats, kind, normal);
			total[kind.ordinal()] = cell(workbook, formats, kind, bold);
		}
	}

	CellStyle body(CellKind kind) {
		return body[kind.ordinal()];
	}

	CellStyle total(CellKind kind) {
		return total[kind.ordinal()];
	}

	private static CellStyle cell(Workbook workbook, DataFormat formats, CellKind kind, Font font) {
		CellStyle style = bordered(workbook);
		style.setFont(font);
		switch (kind) {
		case TEXT -> style.setAlignment(HorizontalAlignment.LEFT);
		case CENTRED, SERIAL -> style.setAlignment(HorizontalAlignment.CENTER);
		case DECIMAL -> {
			style.setAlignment(HorizontalAlignment.RIGHT);
			style.setDataFormat(formats.getFormat(DECIMAL_FORMAT));
		}
		case INTEGER -> {
			style.setAlignment(HorizontalAlignment.RIGHT);
			style.setDataFormat(formats.getFormat(INTEGER_FORMAT));
		}
		case MONTH -> {
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setDataFormat(formats.getFormat(MONTH_FORMAT));
		}
		}
		if (kind == CellKind.SERIAL) {
			style.setDataFormat(formats.getFormat(INTEGER_FORMAT));
		}
		return style;
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}
}
