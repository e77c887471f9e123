/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Which cell styles show a number as a date: Excel stores dates as day numbers and only the format says so. */
final class DateStyles {

	private final StylesTable styles;

	private final Map<Integer, Boolean> known = new HashMap<>();

	DateStyles(StylesTable styles) {
		this.styles = styles;
	}

	boolean isDate(int styleIndex) {
		if (styles == null) {
			return false;
		}
		return known.computeIfAbsent(styleIndex, this::lookUp);
	}

	private boolean lookUp(int styleIndex) {
		try {
			XSSFCellStyle style = styles.getStyleAt(styleIndex);
			return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
		} catch (RuntimeException e) {
			return false;
		}
	}
}
