/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.model.Unit;
import org.clusterdesk.model.derived.DecimalMath;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * How values are printed in the form: decimals rounded HALF_UP to the two places the forms keep (说明 2) and
 * always printed with both, counts as whole numbers, dates in Chinese; a missing value is an empty string, never
 * "null".
 */
final class FormValues {

	/** Source of the metamodel's form annotations (unit, maxLength, evidence). */
	static final String FORM_ANNOTATION = "http://www.clusterdesk.org/model/form"; //$NON-NLS-1$

	private FormValues() {
	}

	/** 628.1 → "628.10". */
	static String decimal(BigDecimal value) {
		return value == null ? "" : DecimalMath.round2(value).toPlainString(); //$NON-NLS-1$
	}

	static String count(Integer value) {
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	/** A decimal of a feature: whole numbers where the unit counts things (个, 人), else two decimals. */
	static String decimal(BigDecimal value, EStructuralFeature feature) {
		if (value != null && countsThings(feature) && value.stripTrailingZeros().scale() <= 0) {
			return value.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
		}
		return decimal(value);
	}

	/** A value of a plan or target row, by its unit. */
	static String decimal(BigDecimal value, Unit unit) {
		if (value != null && (unit == Unit.PIECE || unit == Unit.PERSON) && value.stripTrailingZeros().scale() <= 0) {
			return value.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
		}
		return decimal(value);
	}

	static boolean countsThings(EStructuralFeature feature) {
		Unit unit = unit(feature);
		return unit == Unit.PIECE || unit == Unit.PERSON;
	}

	/** The unit a feature's form annotation gives, or null. */
	static Unit unit(EStructuralFeature feature) {
		if (feature == null) {
			return null;
		}
		String name = EcoreUtil.getAnnotation(feature, FORM_ANNOTATION, "unit"); //$NON-NLS-1$
		return name == null ? null : Unit.getByName(name);
	}

	/** The length limit of a text feature's form annotation, or 0. */
	static int maxLength(EStructuralFeature feature) {
		String value = EcoreUtil.getAnnotation(feature, FORM_ANNOTATION, "maxLength"); //$NON-NLS-1$
		try {
			return value == null ? 0 : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	static String year(int year) {
		return NLS.bind(Messages.Year, String.valueOf(year));
	}

	/** 2025-05-20 → 2025年5月20日; a missing date leaves the blanks of the form (年 月 日). */
	static String date(LocalDate date) {
		if (date == null) {
			return Messages.Date_blank;
		}
		return NLS.bind(Messages.Date, new Object[] { String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getDayOfMonth()) });
	}

	static String yearMonth(YearMonth month) {
		return month == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.YearMonth, String.valueOf(month.getYear()), String.valueOf(month.getMonthValue()));
	}

	/** A construction period: 2024年6月至2026年12月. */
	static String period(YearMonth start, YearMonth end) {
		if (start == null && end == null) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Period, yearMonth(start), yearMonth(end));
	}

	/**
	 * A construction period as it was given: 2024年至2026年 for one given in years only (its January and December are
	 * no months anyone wrote; a bound with another month keeps it), else as {@link #period(YearMonth, YearMonth)}.
	 */
	static String period(YearMonth start, YearMonth end, boolean yearsOnly) {
		if (!yearsOnly || start == null && end == null) {
			return period(start, end);
		}
		return NLS.bind(Messages.Period, yearBound(start, 1), yearBound(end, 12));
	}

	private static String yearBound(YearMonth bound, int yearMonth) {
		return bound == null ? "" //$NON-NLS-1$
				: bound.getMonthValue() == yearMonth ? NLS.bind(Messages.Year, String.valueOf(bound.getYear())) : yearMonth(bound);
	}

	static String bool(boolean value) {
		return value ? Messages.Boolean_yes : Messages.Boolean_no;
	}

	static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	/** Names joined as the forms list them: a、b、c. */
	static String joined(List<String> names) {
		return names.stream().filter(n -> n != null && !n.isBlank()).collect(Collectors.joining(Messages.List_separator));
	}

	static String box(boolean ticked, String label) {
		return (ticked ? Messages.Checked : Messages.Unchecked) + label;
	}
}
