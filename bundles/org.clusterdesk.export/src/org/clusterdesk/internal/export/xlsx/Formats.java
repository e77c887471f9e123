/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.time.YearMonth;
import java.util.List;

/**
 * How the export writes the values that are text in a cell: months and construction periods as the forms write them
 * (2024.03, 2024.03-2026.12) and lists joined with 、. The import reads these and the usual variants back.
 */
public final class Formats {

	/** Separator of products and honours in one cell: the forms' enumeration comma. */
	public static final String LIST_SEPARATOR = "\u3001"; //$NON-NLS-1$

	/** Separator of a period's start and end. */
	public static final String PERIOD_SEPARATOR = "-"; //$NON-NLS-1$

	private Formats() {
	}

	/** 2024.03 */
	public static String month(YearMonth month) {
		// by hand: String.format costs more than the rest of a library row
		int m = month.getMonthValue();
		return new StringBuilder(7).append(month.getYear()).append(m < 10 ? ".0" : ".").append(m).toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** 2024.03-2026.12; one side may be missing (2024.03-), null when both are. */
	public static String period(YearMonth start, YearMonth end) {
		if (start == null && end == null) {
			return null;
		}
		return (start == null ? "" : month(start)) + PERIOD_SEPARATOR + (end == null ? "" : month(end)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A period as it was given: 2024-2026 for one given in years only (its months are January and December, not
	 * dates anyone wrote; a bound with another month was written with it: 2024.03-2026), 2025 for a single year, else as
	 * {@link #period(YearMonth, YearMonth)}.
	 */
	public static String period(YearMonth start, YearMonth end, boolean yearsOnly) {
		if (!yearsOnly || start == null && end == null) {
			return period(start, end);
		}
		boolean startYear = start != null && start.getMonthValue() == 1;
		boolean endYear = end != null && end.getMonthValue() == 12;
		if (startYear && endYear && start.getYear() == end.getYear()) {
			return String.valueOf(start.getYear());
		}
		return (start == null ? "" : startYear ? String.valueOf(start.getYear()) : month(start)) + PERIOD_SEPARATOR //$NON-NLS-1$
				+ (end == null ? "" : endYear ? String.valueOf(end.getYear()) : month(end)); //$NON-NLS-1$
	}

	/** The items joined with 、, null when there is none. */
	public static String list(List<String> items) {
		if (items.isEmpty()) {
			return null;
		}
		return String.join(LIST_SEPARATOR, items);
	}
}
