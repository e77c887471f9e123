/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.util.HexFormat;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Highlighting as real conditional formatting: the rule lives in the sheet, so it keeps working when a reviewer
 * corrects a value or sorts the rows. Formulas are written for the top-left cell of the range, as Excel reads them.
 */
final class Highlights {

	private Highlights() {
	}

	/** Cells where the formula holds are shown as failed (light red). */
	static void fail(Sheet sheet, CellRangeAddress range, String formula) {
		add(sheet, range, formula, ReviewStyles.FAIL_FILL, ReviewStyles.FAIL_FONT);
	}

	/** Cells where the formula holds are shown as worth a look (light yellow). */
	static void note(Sheet sheet, CellRangeAddress range, String formula) {
		add(sheet, range, formula, ReviewStyles.NOTE_FILL, ReviewStyles.NOTE_FONT);
	}

	private static void add(Sheet sheet, CellRangeAddress range, String formula, String fillRgb, String fontRgb) {
		if (range.getLastRow() < range.getFirstRow()) {
			return;
		}
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
		PatternFormatting fill = rule.createPatternFormatting();
		// a differential fill takes its colour from the background colour (Excel's reading of dxf fills)
		fill.setFillBackgroundColor(color(fillRgb));
		fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
		FontFormatting font = rule.createFontFormatting();
		font.setFontColor(color(fontRgb));
		formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
	}

	private static XSSFColor color(String rgb) {
		return new XSSFColor(HexFormat.of().parseHex(rgb), null);
	}
}
