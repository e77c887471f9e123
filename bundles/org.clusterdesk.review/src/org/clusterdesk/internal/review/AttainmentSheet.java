/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import org.clusterdesk.internal.export.xlsx.TextWidth;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.clusterdesk.review.AttainmentTable;

/**
 * One row per indicator of every re-review's completion table (复核 八、三、发展成效): baseline, target, achieved,
 * attainment and the verdict, direction-aware (a reduction is met at or below its target). Written while the batch
 * runs; the years are columns because re-reviews of different editions may compare different years.
 */
final class AttainmentSheet {

	private static final String[] HEADERS = { Messages.Column_serial, Messages.Column_name, Messages.Column_file, Messages.Column_direction,
			Messages.Column_indicator, Messages.Column_unit, Messages.Column_baselineYear, Messages.Column_baseline,
			Messages.Column_targetYear, Messages.Column_target, Messages.Column_achieved, Messages.Column_attainment,
			Messages.Column_attained, Messages.Column_reduction };

	private static final int ATTAINMENT = 11;

	private static final int VERDICT = 12;

	private static final int[] MIN_WIDTH = { 6, 16, 12, 10, 24, 10, 8, 10, 8, 10, 10, 10, 10, 8 };

	private static final int[] MAX_WIDTH = { 6, 24, 24, 12, 36, 16, 8, 10, 8, 10, 10, 10, 10, 8 };

	private final Sheet sheet;

	private final int[] widths = MIN_WIDTH.clone();

	private final CellStyle[] cellStyles;

	private int next = 1;

	AttainmentSheet(Sheet sheet, ReviewStyles styles) {
		this.sheet = sheet;
		// values as entered: 96 个 stays 96, 0.62 吨 stays 0.62; the attainment keeps two decimals
		this.cellStyles = new CellStyle[] { styles.centred, styles.wrapped, styles.wrapped, styles.centred, styles.wrapped, styles.centred,
				styles.centred, styles.general, styles.centred, styles.general, styles.general, styles.decimal, styles.centred, styles.centred };
		Row header = sheet.createRow(0);
		header.setHeightInPoints(20);
		for (int c = 0; c < HEADERS.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(HEADERS[c]);
			cell.setCellStyle(styles.header);
		}
	}

	void add(ApplicationSummary application, AttainmentTable table) {
		for (AttainmentTable.Row r : table.rows()) {
			Row row = sheet.createRow(next++);
			String name = r.name() != null ? r.name() : Labels.literal(r.indicator().getKind());
			Object[] values = { application.serial(), application.name(), application.file(), Labels.literal(r.direction()), name,
					Labels.literal(r.unit()), table.baselineYear(), r.baseline(), table.targetYear(), r.target(), r.achieved(), r.attainment(),
					verdict(r), r.reduction() ? Messages.Value_yes : Messages.Value_no };
			int lines = 1;
			for (int c = 0; c < values.length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellStyle(cellStyles[c]);
				Object value = values[c];
				if (value instanceof BigDecimal d) {
					cell.setCellValue(d.doubleValue());
				} else if (value instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				} else if (value != null) {
					String text = value.toString();
					cell.setCellValue(text);
					widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH[c], TextWidth.of(text) + 2));
					lines = Math.max(lines, TextWidth.lines(text, MAX_WIDTH[c]));
				}
			}
			if (lines > 1) {
				row.setHeightInPoints(Math.min(409, lines * 13.5f + 3));
			}
		}
	}

	private static String verdict(AttainmentTable.Row r) {
		return switch (r.status()) {
		case MET -> Messages.Attained_met;
		case NOT_MET -> Messages.Attained_unmet;
		case MISSING -> r.achieved() == null ? Messages.Attained_missing : Messages.Attained_noTarget;
		case QUALITATIVE -> Messages.Attained_qualitative;
		};
	}

	void finish() {
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.createFreezePane(0, 1);
		PageSetup.landscape(sheet, 0, 0, -1, true);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, HEADERS.length - 1));
		if (next > 1) {
			String verdict = "$" + CellReference.convertNumToColString(VERDICT) + "2"; //$NON-NLS-1$ //$NON-NLS-2$
			CellRangeAddress cells = new CellRangeAddress(1, next - 1, ATTAINMENT, VERDICT);
			Highlights.fail(sheet, cells, verdict + "=\"" + Messages.Attained_unmet + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			Highlights.note(sheet, cells, "OR(" + verdict + "=\"" + Messages.Attained_missing + "\"," + verdict + "=\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ Messages.Attained_noTarget + "\")"); //$NON-NLS-1$
		}
	}
}
