/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.internal.export.xlsx.TextWidth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;

/**
 * One row per diagnostic of every application, written while the batch runs (the document is dropped right after):
 * application, rule, severity, section, field, value found, what is expected and the rule's sentence. Filterable, so
 * that a reviewer can list one rule across all applications or all errors of one.
 */
final class ProblemsSheet {

	private static final int SERIAL = 0;

	private static final int NAME = 1;

	private static final int FILE = 2;

	private static final int RULE = 3;

	private static final int SEVERITY = 4;

	private static final int SECTION = 5;

	private static final int FIELD = 6;

	private static final int FOUND = 7;

	private static final int EXPECTED = 8;

	private static final int MESSAGE = 9;

	private static final String[] HEADERS = { Messages.Column_serial, Messages.Column_name, Messages.Column_file, Messages.Column_rule,
			Messages.Column_severity, Messages.Column_section, Messages.Column_field, Messages.Column_found, Messages.Column_expected,
			Messages.Column_message };

	/** Narrowest and widest column widths, in characters; longer text wraps. */
	private static final int[] MIN_WIDTH = { 6, 16, 12, 6, 8, 12, 16, 10, 10, 30 };

	private static final int[] MAX_WIDTH = { 6, 24, 24, 6, 8, 16, 28, 16, 20, 48 };

	private final Sheet sheet;

	private final ReviewStyles styles;

	private final int[] widths = MIN_WIDTH.clone();

	private int next = 1;

	private int errors;

	private int warnings;

	ProblemsSheet(Sheet sheet, ReviewStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
		Row header = sheet.createRow(0);
		header.setHeightInPoints(20);
		for (int c = 0; c < HEADERS.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(HEADERS[c]);
			cell.setCellStyle(styles.header);
		}
	}

	/** The findings of one application, in the report's order (eligibility first, then by section). */
	void add(ApplicationSummary application, ValidationReport report) {
		for (RuleFinding f : report.findings()) {
			row(application, f.ruleId(), f.isError(), section(f.section(), f.sectionTitle()), f.field(), f.found(), f.expected(), f.detail());
		}
	}

	/** The section as the form heads it: 一、基本情况, 2.1 集群主要经济指标, 封面. */
	static String section(String number, String title) {
		if (number == null || title == null) {
			return number != null ? number : title;
		}
		if (title.startsWith(number)) {
			return title;
		}
		boolean numeric = number.chars().anyMatch(Character::isDigit);
		return number + (numeric ? " " : "\u3001") + title; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A file that could not be read is an error of its own. */
	void addUnreadable(ApplicationSummary application) {
		row(application, Messages.Problem_unreadableRule, true, null, Messages.Problem_unreadableField, null, null, application.loadError());
	}

	int errors() {
		return errors;
	}

	int warnings() {
		return warnings;
	}

	private void row(ApplicationSummary application, String rule, boolean error, String section, String field, String found,
			String expected, String message) {
		if (error) {
			errors++;
		} else {
			warnings++;
		}
		Row row = sheet.createRow(next++);
		cell(row, SERIAL, application.serial(), styles.centred);
		cell(row, NAME, application.name() != null ? application.name() : null, styles.wrapped);
		cell(row, FILE, application.file(), styles.wrapped);
		cell(row, RULE, rule, styles.centred);
		cell(row, SEVERITY, error ? Messages.Severity_error : Messages.Severity_warning, styles.centred);
		cell(row, SECTION, section, styles.wrapped);
		cell(row, FIELD, field, styles.wrapped);
		cell(row, FOUND, found, styles.wrapped);
		cell(row, EXPECTED, expected, styles.wrapped);
		cell(row, MESSAGE, message, styles.wrapped);
		int lines = 1;
		String[] texts = { application.name(), application.file(), section, field, found, expected, message };
		int[] columns = { NAME, FILE, SECTION, FIELD, FOUND, EXPECTED, MESSAGE };
		for (int i = 0; i < texts.length; i++) {
			widths[columns[i]] = Math.max(widths[columns[i]], Math.min(MAX_WIDTH[columns[i]], TextWidth.of(texts[i]) + 2));
			lines = Math.max(lines, TextWidth.lines(texts[i], MAX_WIDTH[columns[i]]));
		}
		// a streaming sheet is never measured by the office suite before it paints: give wrapped rows their height
		if (lines > 1) {
			row.setHeightInPoints(Math.min(409, lines * 13.5f + 3));
		}
	}

	private static void cell(Row row, int column, Object value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		} else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

	/** Column widths, frozen header, filters and the severity highlight, once every row is written. */
	void finish() {
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.createFreezePane(0, 1);
		PageSetup.landscape(sheet, 0, 0, -1, true);
		int last = Math.max(1, next - 1);
		sheet.setAutoFilter(new CellRangeAddress(0, last, 0, HEADERS.length - 1));
		if (next > 1) {
			String cell = CellReference.convertNumToColString(SEVERITY) + "2"; //$NON-NLS-1$
			CellRangeAddress severities = new CellRangeAddress(1, next - 1, SEVERITY, SEVERITY);
			Highlights.fail(sheet, severities, cell + "=\"" + Messages.Severity_error + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			Highlights.note(sheet, severities, cell + "=\"" + Messages.Severity_warning + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
