/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as people write them into a form: numbers with units, thousands separators and full-width digits; dates in
 * the usual ways; checkboxes ☑/☐ and their look-alikes. Every parser answers null for "nothing written" and throws
 * {@link Unreadable} (with the reason) for text it cannot read — it never guesses.
 */
public final class Values {

	/** What a checkbox content control shows, whatever its symbol font. */
	static final String CC_CHECKED = "\u2611"; //$NON-NLS-1$

	static final String CC_UNCHECKED = "\u2610"; //$NON-NLS-1$

	/** Ticked boxes: ☑ ☒ ■ √ ✓ ✔ × ✗ ✘ and the [√] of people without the symbol. */
	static final String TICKED = "\u2611\u2612\u25a0\u221a\u2713\u2714\u00d7\u2717\u2718\u2705\u25c9\u25cf"; //$NON-NLS-1$

	/** Empty boxes: ☐ □ ○ ◯. */
	static final String EMPTY = "\u2610\u25a1\u25cb\u25ef"; //$NON-NLS-1$

	private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?)(.*)"); //$NON-NLS-1$

	/** A unit after a number: letters and CJK without digits (亿元, 万元, %, 个, 人, 平方公里, km²). */
	private static final Pattern UNIT = Pattern.compile("[^\\d.]{0,8}"); //$NON-NLS-1$

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:年|[-./])\\s*(\\d{1,2})\\s*(?:月|[-./])\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"); //$NON-NLS-1$

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*(?:年|[-./])\\s*(\\d{1,2})\\s*月?"); //$NON-NLS-1$

	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(年(?:度)?)?"); //$NON-NLS-1$

	/** Text nobody filled in: blank, a dash, the form's empty date 年 月 日. */
	private static final Pattern NOTHING = Pattern.compile("[-\u2014\u2013/\uff0f_\u2015]*|\u5e74\u6708\u65e5"); //$NON-NLS-1$

	/** Why a text is not a value. */
	public static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		Unreadable(String reason) {
			super(reason, null, false, false);
		}
	}

	private Values() {
	}

	/** Full-width digits and letters to ASCII, ideographic spaces to spaces (NFKC). */
	public static String fold(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC); //$NON-NLS-1$
	}

	/** Text for comparing labels: folded, without any white space. */
	public static String key(String text) {
		String folded = fold(text);
		StringBuilder sb = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char ch = folded.charAt(i);
			if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
				sb.append(ch);
			}
		}
		return sb.toString();
	}

	static boolean isNothing(String text) {
		return text == null || NOTHING.matcher(key(text)).matches();
	}

	/** 1,234.5 亿元, １２３４．５, 12.3% → the number; null when nothing is written. */
	public static BigDecimal decimal(String text) throws Unreadable {
		if (isNothing(text)) {
			return null;
		}
		String s = key(text).replace(",", "").replace("\u3001", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		// 1.234.567 or 1 234 (a separator written as a space) are handled by key(); a comma as decimal point is not guessed
		Matcher m = NUMBER.matcher(s);
		if (!m.matches() || !UNIT.matcher(m.group(3)).matches() || m.group(3).contains("-")) { //$NON-NLS-1$
			throw new Unreadable(Messages.Reason_notNumber);
		}
		String digits = m.group(2);
		if (digits.replace(".", "").length() > 30) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new Unreadable(Messages.Reason_notNumber);
		}
		BigDecimal value = new BigDecimal(digits);
		return "-".equals(m.group(1)) ? value.negate() : value; //$NON-NLS-1$
	}

	/** A count: a whole number (78, 78 个, 78.00). */
	public static Integer count(String text) throws Unreadable {
		BigDecimal value = decimal(text);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		} catch (ArithmeticException e) {
			throw new Unreadable(Messages.Reason_notCount);
		}
	}

	/** 2025年5月20日, 2025-05-20, 2025.5.20, 2025/5/20, 20250520. */
	public static LocalDate date(String text) throws Unreadable {
		if (isNothing(text)) {
			return null;
		}
		String s = key(text);
		Matcher m = DATE.matcher(s);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(s);
		}
		if (!m.matches()) {
			throw new Unreadable(Messages.Reason_notDate);
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		} catch (DateTimeException e) {
			throw new Unreadable(Messages.Reason_notDate);
		}
	}

	/** 2025年5月, 2025-05, 2025.5. */
	public static YearMonth yearMonth(String text) throws Unreadable {
		if (isNothing(text)) {
			return null;
		}
		Matcher m = YEAR_MONTH.matcher(key(text));
		if (!m.matches()) {
			throw new Unreadable(Messages.Reason_notDate);
		}
		try {
			return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		} catch (DateTimeException e) {
			throw new Unreadable(Messages.Reason_notDate);
		}
	}

	/** The year a cell names (2024年), or null; a bare number is a year only in a header ({@code header}) and 1990–2100. */
	static Integer year(String text, boolean header) {
		Matcher m = YEAR.matcher(key(text));
		if (!m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		return m.group(2) != null || header && year >= 1990 && year <= 2100 ? Integer.valueOf(year) : null;
	}

	static Integer year(String text) {
		return year(text, false);
	}

	/** A box mark: TRUE ticked, FALSE empty, null no box. */
	static Boolean box(char ch) {
		if (TICKED.indexOf(ch) >= 0) {
			return Boolean.TRUE;
		}
		if (EMPTY.indexOf(ch) >= 0) {
			return Boolean.FALSE;
		}
		return null;
	}

	/** One option of a line of checkboxes: its text and whether it is ticked. */
	record Option(String text, boolean ticked) {
	}

	/**
	 * The options of a line of checkboxes: ☑是　☐否 → (是, ticked), (否, not); a mark after its option (是√) and [√] /
	 * (√) brackets count too. Text before the first box is not an option.
	 */
	static List<Option> options(String line) {
		List<Option> options = new ArrayList<>();
		String s = line.replace("[", "").replace("]", "").replace("\uff3b", "").replace("\uff3d", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		int i = 0;
		Boolean mark = null;
		StringBuilder text = new StringBuilder();
		while (i < s.length()) {
			char ch = s.charAt(i);
			Boolean b = box(ch);
			if (b != null) {
				if (mark != null && text.toString().isBlank() && b && !mark) {
					// ☐√: an empty box someone marked after it
					mark = Boolean.TRUE;
				} else if (mark == null && text.toString().isBlank()) {
					mark = b;
				} else if (mark != null) {
					String t = text.toString().strip();
					if (b && t.length() > 0 && !mark && (i + 1 >= s.length() || box(s.charAt(i + 1)) != null
							|| Character.isWhitespace(s.charAt(i + 1)) || s.charAt(i + 1) == '\u3000')) {
						// 是√ ☐否: the mark follows its option
						options.add(new Option(t, true));
						mark = null;
						text.setLength(0);
						i++;
						continue;
					}
					options.add(new Option(t, mark));
					mark = b;
					text.setLength(0);
				} else {
					// a mark after text that had no box: that option is ticked
					options.add(new Option(text.toString().strip(), b));
					text.setLength(0);
				}
			} else if (mark != null) {
				text.append(ch);
			}
			i++;
		}
		if (mark != null) {
			options.add(new Option(text.toString().strip(), mark));
		}
		options.removeIf(o -> o.text().isEmpty());
		return options;
	}

	/** Whether a line has checkboxes. */
	static boolean hasBox(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (box(line.charAt(i)) != null) {
				return true;
			}
		}
		return false;
	}
}
