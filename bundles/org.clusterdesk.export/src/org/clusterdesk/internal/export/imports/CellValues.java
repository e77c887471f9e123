/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.clusterdesk.model.BrandHonour;
import org.eclipse.osgi.util.NLS;

/**
 * Reads cell values as staff type them: full-width digits, thousands separators, units after the number, 是/否/√/×/Y/N,
 * dates as Excel dates or text (2024年3月, 2024.03, 2024-03, 202403), periods (2024.03-2026.12, 2024年3月至2026年12月,
 * years only: 2024-2026),
 * several products separated by 、，,；; or /. A value that cannot be read throws {@link Rejected} with the reason.
 */
final class CellValues {

	/** A value that cannot be read; the reason is for the problem list. */
	static final class Rejected extends Exception {

		private static final long serialVersionUID = 1L;

		Rejected(String reason) {
			super(reason);
		}
	}

	/** What an honours cell says: the brand honours and the marks 上市 and 高新 staff write there too. */
	record Honours(List<BrandHonour> honours, boolean listed, boolean highTech, List<String> unknown) {
	}

	/** Texts that mean "nothing here" in a number or date column. */
	private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "\u2014", "\u2014\u2014", "/", "\\", "\u65e0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"\u6682\u65e0", "n/a", "na", "\u2026", "..."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@SuppressWarnings("nls")
	private static final Set<String> YES = Set.of("是", "是的", "√", "✓", "✔", "☑", "y", "yes", "true", "t", "1", "有", "对");

	@SuppressWarnings("nls")
	private static final Set<String> NO = Set.of("否", "不是", "×", "✗", "✘", "☐", "□", "x", "n", "no", "false", "f", "0", "无",
			"非");

	/** 1 234 567.89, 1,234,567.89 */
	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?"); //$NON-NLS-1$

	/** A unit after the amount: 12.6亿元, 12.6亿, 12.6元 is not accepted (the column says 亿元). */
	private static final Pattern UNIT = Pattern.compile("(\u4ebf\u5143|\u4ebf)$"); //$NON-NLS-1$

	/** Year and month in text: 2024年3月, 2024.03, 2024-3, 2024/03, optionally a day. */
	private static final Pattern MONTH = Pattern.compile(
			"(\\d{4})\\s*(?:\u5e74|[.\\-/])\\s*(\\d{1,2})(?!\\d)\\s*\u6708?(?:\\s*(?:[.\\-/])?\\s*\\d{1,2}(?!\\d)\\s*\u65e5?)?"); //$NON-NLS-1$

	/** yyyymm */
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})"); //$NON-NLS-1$

	/** What separates a period's start from its end: -, ~, —, –, ―, 〜, 至, 到 (～ and － are ~ and - once half-width). */
	private static final Pattern PERIOD_SEPARATOR = Pattern.compile("[\\-~\u2014\u2013\u2015\u301c\u81f3\u5230\\s]+"); //$NON-NLS-1$

	/**
	 * A bound of a period: a month as {@link #MONTH} reads it (group 2 the month), or a year alone — 2024 or 2024年 not
	 * followed by a month (group 2 null).
	 */
	private static final Pattern PERIOD_POINT = Pattern.compile("(\\d{4})\\s*(?:(?:\u5e74|[.\\-/])\\s*(\\d{1,2})(?!\\d)\\s*\u6708?" //$NON-NLS-1$
			+ "(?:\\s*(?:[.\\-/])?\\s*\\d{1,2}(?!\\d)\\s*\u65e5?)?|\u5e74|(?!\\d))"); //$NON-NLS-1$

	private static final Pattern PRODUCT_SEPARATORS = Pattern.compile("[\u3001\uff0c,\uff1b;/\uff0f\\r\\n]+"); //$NON-NLS-1$

	private static final Pattern HONOUR_SEPARATORS = Pattern.compile("[\u3001\uff0c,\uff1b;/\uff0f\\r\\n\\s]+"); //$NON-NLS-1$

	private static final Pattern HONOUR_NOISE = Pattern.compile("[\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300a\u300b\\s]"); //$NON-NLS-1$

	private static final Pattern BLANKS = Pattern.compile("\\s"); //$NON-NLS-1$

	/** A bracketed note or a blank: 是（规上） reads as 是. */
	private static final Pattern NOTE_OR_BLANK = Pattern.compile("\\(.*\\)|\\s"); //$NON-NLS-1$

	/** Placeholders are short: longer text is not looked up. */
	private static final int MAX_PLACEHOLDER_LENGTH = 4;

	/** Digits before the decimal point a number may have: 10^15 is far beyond any amount in 亿元 or count. */
	static final int MAX_INTEGER_DIGITS = 15;

	/** Digits after the point kept while reading (Excel's binary noise has about 17); amounts keep two. */
	static final int MAX_DECIMALS = 20;

	/** Characters of a number's text read at all. */
	static final int MAX_NUMBER_TEXT = 40;

	private static final BigDecimal FLOAT_NOISE = new BigDecimal("1E-9"); //$NON-NLS-1$

	private CellValues() {
	}

	/** Whether a cell of a number, date or yes/no column says "nothing" (无, -, /). */
	static boolean isPlaceholder(RawCell cell) {
		return cell.type() == RawCell.Type.TEXT && cell.text().length() <= MAX_PLACEHOLDER_LENGTH
				&& PLACEHOLDERS.contains(CellText.halfWidth(cell.text()).trim().toLowerCase(Locale.ROOT));
	}

	/** Text as stored; numbers without a trailing .0 or exponent (phone numbers typed as numbers). */
	static String text(RawCell cell) throws Rejected {
		checkReadable(cell);
		return switch (cell.type()) {
		case NUMBER -> plainNumber(cell.text());
		case BOOLEAN -> cell.display();
		default -> cell.text();
		};
	}

	/** A decimal amount, divided by {@code divisor} (万元 → 亿元); kept to two places when it has no more. */
	static BigDecimal decimal(RawCell cell, int divisor) throws Rejected {
		checkReadable(cell);
		BigDecimal value;
		if (cell.type() == RawCell.Type.NUMBER) {
			value = number(cell.text());
		} else if (cell.type() == RawCell.Type.TEXT) {
			String text = BLANKS.matcher(CellText.halfWidth(cell.text())).replaceAll(""); //$NON-NLS-1$
			text = UNIT.matcher(text).replaceFirst(""); //$NON-NLS-1$
			if (GROUPED.matcher(text).matches()) {
				text = text.replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			value = number(text);
		} else {
			throw new Rejected(Messages.Reason_notNumber);
		}
		if (divisor != 1) {
			value = value.divide(BigDecimal.valueOf(divisor));
		}
		return twoPlaces(value);
	}

	/** 是/否 and the usual marks; an empty cell, - or / is 否 (the model cannot tell unanswered from no). */
	static boolean yesNo(RawCell cell) throws Rejected {
		checkReadable(cell);
		if (cell.type() == RawCell.Type.BOOLEAN) {
			return "1".equals(cell.text()); //$NON-NLS-1$
		}
		String text = NOTE_OR_BLANK.matcher(CellText.halfWidth(cell.text())).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (cell.type() == RawCell.Type.NUMBER) {
			text = plainNumber(cell.text());
		}
		if (YES.contains(text)) {
			return true;
		}
		if (NO.contains(text) || PLACEHOLDERS.contains(text)) {
			// "-" or "/" in a yes/no column: not applicable, as good as 否
			return false;
		}
		throw new Rejected(Messages.Reason_notYesNo);
	}

	/** A month: an Excel date, a day number without date format, 2024.03 typed as a number, or text. */
	static YearMonth month(RawCell cell) throws Rejected {
		checkReadable(cell);
		if (cell.type() == RawCell.Type.NUMBER) {
			return monthOfNumber(cell);
		}
		if (cell.type() != RawCell.Type.TEXT) {
			throw new Rejected(Messages.Reason_notMonth);
		}
		String text = CellText.halfWidth(cell.text()).trim();
		int time = text.indexOf('T');
		if (time == 10) {
			// an ISO date-time (cells of type d)
			text = text.substring(0, time);
		}
		Matcher m = MONTH.matcher(text);
		if (m.matches()) {
			return month(m.group(1), m.group(2), Messages.Reason_notMonth);
		}
		Matcher compact = COMPACT.matcher(text);
		if (compact.matches()) {
			return month(compact.group(1), compact.group(2), Messages.Reason_notMonth);
		}
		throw new Rejected(Messages.Reason_notMonth);
	}

	/**
	 * A construction period as read: start and end month, one of them open (null) where the cell leaves it open, and
	 * whether a bound was given as a year alone (then start is January and end December of that year).
	 */
	record Period(YearMonth start, YearMonth end, boolean yearsOnly) {
	}

	/**
	 * A construction period as staff write it: months (2024.03-2026.12, 2024年3月至2026年12月, 2024/3~2026/12), years only
	 * (2024-2026, 2024年—2026年, a single 2025), with 至, 到, -, —, –, ~, ～ between, in full- or half-width digits; one side
	 * may be left open (2024.03-). A period ending before it starts is rejected, naming both ends.
	 */
	static Period period(RawCell cell) throws Rejected {
		checkReadable(cell);
		if (cell.type() == RawCell.Type.NUMBER && !cell.date()) {
			// a single year typed as a number: the period is that year
			BigDecimal value = number(cell.text());
			if (value.stripTrailingZeros().scale() <= 0) {
				int year = yearOf(value.toBigInteger().toString(), Messages.Reason_notPeriod);
				return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12), true);
			}
		}
		if (cell.type() != RawCell.Type.TEXT) {
			throw new Rejected(Messages.Reason_notPeriod);
		}
		String text = CellText.halfWidth(cell.text()).trim();
		Matcher m = PERIOD_POINT.matcher(text);
		List<YearMonth> points = new ArrayList<>();
		List<Boolean> yearOnly = new ArrayList<>();
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			boolean year = m.group(2) == null;
			points.add(year ? YearMonth.of(yearOf(m.group(1), Messages.Reason_notPeriod), 1) : month(m.group(1), m.group(2), Messages.Reason_notPeriod));
			yearOnly.add(year);
			spans.add(new int[] { m.start(), m.end() });
		}
		Period period = null;
		if (points.size() == 2 && text.substring(0, spans.get(0)[0]).isBlank()
				&& PERIOD_SEPARATOR.matcher(text.substring(spans.get(0)[1], spans.get(1)[0])).matches()
				&& text.substring(spans.get(1)[1]).isBlank()) {
			period = new Period(points.get(0), endOf(points.get(1), yearOnly.get(1)), yearOnly.get(0) || yearOnly.get(1));
		} else if (points.size() == 1) {
			String before = text.substring(0, spans.get(0)[0]);
			String after = text.substring(spans.get(0)[1]);
			YearMonth point = points.get(0);
			boolean year = yearOnly.get(0);
			if (before.isBlank() && after.isBlank() && year) {
				period = new Period(point, endOf(point, true), true);
			} else if (before.isBlank() && !after.isBlank() && PERIOD_SEPARATOR.matcher(after).matches()) {
				period = new Period(point, null, year);
			} else if (after.isBlank() && !before.isBlank() && PERIOD_SEPARATOR.matcher(before).matches()) {
				period = new Period(null, endOf(point, year), year);
			}
		}
		if (period == null) {
			throw new Rejected(Messages.Reason_notPeriod);
		}
		if (period.start() != null && period.end() != null && period.start().isAfter(period.end())) {
			throw new Rejected(NLS.bind(Messages.Reason_periodReversed, bound(period.start(), yearOnly.get(0)),
					bound(period.end(), yearOnly.get(yearOnly.size() - 1))));
		}
		return period;
	}

	/** The last month of a bound given as a year alone: a period 2024-2026 ends with December 2026. */
	private static YearMonth endOf(YearMonth point, boolean yearOnly) {
		return yearOnly ? YearMonth.of(point.getYear(), 12) : point;
	}

	/** A bound as the problem list shows it: 2026年 or 2026年3月. */
	private static String bound(YearMonth point, boolean yearOnly) {
		return yearOnly ? NLS.bind(Messages.Value_year, point.getYear()) : NLS.bind(Messages.Value_month, point.getYear(), point.getMonthValue());
	}

	private static int yearOf(String year, String reason) throws Rejected {
		return month(year, "1", reason).getYear(); //$NON-NLS-1$
	}

	/** The products of a cell, in order, without blanks. */
	static List<String> products(String text) {
		List<String> products = new ArrayList<>();
		for (String part : PRODUCT_SEPARATORS.split(text)) {
			String product = CellText.trim(part);
			if (!product.isEmpty()) {
				products.add(product);
			}
		}
		return products;
	}

	/** The honours of a cell in the form's wording or the usual variants, the 上市/高新 marks and what is unknown. */
	static Honours honours(String text) {
		List<BrandHonour> honours = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		boolean listed = false;
		boolean highTech = false;
		for (String part : HONOUR_SEPARATORS.split(text)) {
			String token = CellText.trim(part);
			if (token.isEmpty()) {
				continue;
			}
			String t = HONOUR_NOISE.matcher(CellText.halfWidth(token)).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (PLACEHOLDERS.contains(t) || NO.contains(t)) {
				continue;
			}
			BrandHonour honour = honour(t);
			if (honour != null) {
				if (!honours.contains(honour)) {
					honours.add(honour);
				}
			} else if (t.contains("\u4e0a\u5e02")) { //$NON-NLS-1$
				listed = true;
			} else if (t.contains("\u9ad8\u65b0")) { //$NON-NLS-1$
				highTech = true;
			} else {
				unknown.add(token);
			}
		}
		return new Honours(honours, listed, highTech, unknown);
	}

	@SuppressWarnings("nls")
	private static BrandHonour honour(String t) {
		if (t.contains("世界500强") || t.contains("财富500强") || t.contains("全球500强") || t.contains("fortune")) {
			return BrandHonour.FORTUNE_GLOBAL_500;
		}
		if (t.contains("500强") && t.contains("民营")) {
			return BrandHonour.PRIVATE_TOP_500;
		}
		if (t.contains("500强")) {
			return BrandHonour.CHINA_TOP_500;
		}
		if (t.contains("50强")) {
			return BrandHonour.GLOBAL_INDUSTRY_TOP_50;
		}
		boolean provincial = t.contains("省");
		if (t.contains("小巨人")) {
			return provincial ? BrandHonour.PROVINCIAL_LITTLE_GIANT : BrandHonour.NATIONAL_LITTLE_GIANT;
		}
		if (t.contains("单项冠军")) {
			return provincial ? BrandHonour.PROVINCIAL_SINGLE_CHAMPION : BrandHonour.NATIONAL_SINGLE_CHAMPION;
		}
		return null;
	}

	private static YearMonth monthOfNumber(RawCell cell) throws Rejected {
		BigDecimal value = number(cell.text());
		boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
		if (!cell.date() && whole) {
			String digits = value.toBigInteger().toString();
			Matcher compact = COMPACT.matcher(digits);
			if (compact.matches()) {
				return month(compact.group(1), compact.group(2), Messages.Reason_notMonth);
			}
		}
		if (!cell.date() && !whole && value.compareTo(BigDecimal.valueOf(1900)) >= 0
				&& value.compareTo(BigDecimal.valueOf(2101)) < 0) {
			// 2024.03 typed as a number (stored 2024.03, or 2024.1 for October's 2024.10 — read as written)
			String plain = value.toPlainString();
			int dot = plain.indexOf('.');
			return month(plain.substring(0, dot), plain.substring(dot + 1), Messages.Reason_notMonth);
		}
		double serial = value.doubleValue();
		if (serial < 1 || serial > 2_958_465 || !cell.date() && (serial < 366 || !whole && serial < 2101)) {
			throw new Rejected(Messages.Reason_notMonth);
		}
		try {
			LocalDateTime date = DateUtil.getLocalDateTime(serial);
			return YearMonth.of(date.getYear(), date.getMonthValue());
		} catch (RuntimeException e) {
			throw new Rejected(Messages.Reason_notMonth);
		}
	}

	private static YearMonth month(String year, String month, String reason) throws Rejected {
		try {
			int y = Integer.parseInt(year);
			int m = Integer.parseInt(month);
			if (y < 1900 || y > 2100) {
				throw new Rejected(reason);
			}
			return YearMonth.of(y, m);
		} catch (NumberFormatException | DateTimeException e) {
			throw new Rejected(reason);
		}
	}

	private static void checkReadable(RawCell cell) throws Rejected {
		if (cell.type() == RawCell.Type.ERROR) {
			throw new Rejected(NLS.bind(Messages.Reason_errorValue, cell.text()));
		}
		if (cell.type() == RawCell.Type.FORMULA_WITHOUT_VALUE) {
			throw new Rejected(Messages.Reason_formulaWithoutValue);
		}
	}

	private static BigDecimal number(String text) throws Rejected {
		String trimmed = text.trim();
		if (trimmed.length() > MAX_NUMBER_TEXT) {
			throw new Rejected(Messages.Reason_numberOutOfRange);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(trimmed);
		} catch (NumberFormatException e) {
			throw new Rejected(Messages.Reason_notNumber);
		}
		if (!inRange(value)) {
			throw new Rejected(Messages.Reason_numberOutOfRange);
		}
		return value;
	}

	/**
	 * Whether a number is one a form can hold: at most {@link #MAX_INTEGER_DIGITS} digits before the point and
	 * {@link #MAX_DECIMALS} after it (1E+999999999 or 1E-999999999 would make every later computation unbounded).
	 */
	static boolean inRange(BigDecimal value) {
		if (value.signum() == 0) {
			return true;
		}
		// digits before the point, without building the number: precision - scale (as long: the scale may be huge)
		long integerDigits = (long) value.precision() - value.scale();
		if (integerDigits > MAX_INTEGER_DIGITS) {
			return false;
		}
		if (integerDigits < -MAX_DECIMALS) {
			return false; // 0.000…0001 beyond the decimals kept
		}
		return (long) value.scale() <= MAX_DECIMALS || value.precision() <= MAX_NUMBER_TEXT;
	}

	/** Two decimals when the value has no more; binary noise like 0.30000000000000004 rounded away; else as is. */
	private static BigDecimal twoPlaces(BigDecimal value) {
		if (value.scale() <= 2) {
			return value.setScale(2);
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
		if (rounded.subtract(value).abs().compareTo(FLOAT_NOISE) < 0) {
			return rounded;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
	}

	private static String plainNumber(String text) {
		try {
			if (text.trim().length() > MAX_NUMBER_TEXT) {
				return text;
			}
			BigDecimal value = new BigDecimal(text.trim());
			if (!inRange(value)) {
				return text; // kept as written, never expanded to a billion zeros
			}
			return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			return text;
		}
	}
}
