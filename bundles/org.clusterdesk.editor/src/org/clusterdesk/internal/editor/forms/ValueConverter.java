/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.osgi.util.NLS;

/**
 * Text of a field ↔ value of the model. Parsing is tolerant of what people type in Chinese offices (full-width
 * digits, thousands separators, 2025年5月20日) and says clearly what it could not read; an empty field is no value.
 */
public abstract class ValueConverter {

	/** Thrown when typed text is not a value of the field; the message says what was expected. */
	public static final class ConversionException extends Exception {

		private static final long serialVersionUID = 1L;

		public ConversionException(String message) {
			super(message);
		}
	}

	public static final ValueConverter TEXT = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		public Object fromText(String text) {
			return text.isEmpty() ? null : text;
		}

		@Override
		public boolean commitWhileTyping() {
			return true;
		}
	};

	public static final ValueConverter DECIMAL = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value instanceof BigDecimal d ? d.toPlainString() : ""; //$NON-NLS-1$
		}

		@Override
		public Object fromText(String text) throws ConversionException {
			String s = normalizeNumber(text);
			if (s.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(s);
			} catch (NumberFormatException e) {
				throw new ConversionException(NLS.bind(Messages.Convert_notDecimal, text.trim()));
			}
		}

		@Override
		public boolean isNumeric() {
			return true;
		}
	};

	public static final ValueConverter INTEGER = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		public Object fromText(String text) throws ConversionException {
			String s = normalizeNumber(text);
			if (s.isEmpty()) {
				return null;
			}
			try {
				BigDecimal d = new BigDecimal(s);
				// 12.0 is a whole number; 12.5 is not a count
				return d.stripTrailingZeros().scale() <= 0 ? Integer.valueOf(d.intValueExact()) : fail(text);
			} catch (NumberFormatException | ArithmeticException e) {
				return fail(text);
			}
		}

		private Object fail(String text) throws ConversionException {
			throw new ConversionException(NLS.bind(Messages.Convert_notInteger, text.trim()));
		}

		@Override
		public boolean isNumeric() {
			return true;
		}
	};

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?"); //$NON-NLS-1$

	public static final ValueConverter DATE_VALUE = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		public Object fromText(String text) throws ConversionException {
			String s = halfWidth(text).trim();
			if (s.isEmpty()) {
				return null;
			}
			Matcher m = DATE.matcher(s);
			try {
				if (m.matches()) {
					return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				}
			} catch (DateTimeException e) {
				// falls through to the message
			}
			throw new ConversionException(NLS.bind(Messages.Convert_notDate, text.trim()));
		}
	};

	public static final ValueConverter YEAR_MONTH = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value instanceof YearMonth m ? month(m) : ""; //$NON-NLS-1$
		}

		@Override
		public Object fromText(String text) throws ConversionException {
			String s = halfWidth(text).trim();
			if (s.isEmpty()) {
				return null;
			}
			Matcher m = MONTH.matcher(s);
			try {
				if (m.matches()) {
					return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
				}
			} catch (DateTimeException e) {
				// falls through to the message
			}
			throw new ConversionException(NLS.bind(Messages.Convert_notMonth, text.trim()));
		}
	};

	private static final Pattern PERIOD = Pattern.compile("(.+?)\\s*(?:至|到|~|～|—|–|－|(?<=[\\d年月])-(?=\\s*\\d{4}))\\s*(.*)"); //$NON-NLS-1$

	/** A year alone, as a bound of a period given in years: 2024, 2024年. */
	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?"); //$NON-NLS-1$

	/**
	 * A construction period as the form writes it in one cell: 2024.03-2026.12 (start and end months), or 2024-2026 for
	 * a period given in years only (2024年至2026年, a single 2025 too), kept at year precision. An end before the start
	 * is refused.
	 */
	public static final ValueConverter PERIOD_VALUE = new ValueConverter() {

		@Override
		public String toText(Object value) {
			if (!(value instanceof PeriodAccess.Period period) || period.start() == null && period.end() == null) {
				return ""; //$NON-NLS-1$
			}
			boolean years = period.yearsOnly();
			YearMonth start = period.start();
			YearMonth end = period.end();
			if (years && start != null && end != null && start.getYear() == end.getYear() && start.getMonthValue() == 1
					&& end.getMonthValue() == 12) {
				return Integer.toString(start.getYear()); // a single year
			}
			return bound(start, years && start != null && start.getMonthValue() == 1) + "-" //$NON-NLS-1$
					+ bound(end, years && end != null && end.getMonthValue() == 12);
		}

		/** A bound as given: its year for a period in years (January for the start, December for the end), else its month. */
		private String bound(YearMonth month, boolean year) {
			return month == null ? "" : year ? Integer.toString(month.getYear()) : month(month); //$NON-NLS-1$
		}

		@Override
		public Object fromText(String text) throws ConversionException {
			String s = halfWidth(text).trim();
			if (s.isEmpty()) {
				return null;
			}
			Matcher single = YEAR.matcher(s);
			if (single.matches()) {
				int year = Integer.parseInt(single.group(1));
				return new PeriodAccess.Period(YearMonth.of(year, 1), YearMonth.of(year, 12), true);
			}
			Matcher m = PERIOD.matcher(s);
			if (!m.matches()) {
				throw new ConversionException(NLS.bind(Messages.Convert_notPeriod, text.trim()));
			}
			Matcher startYear = YEAR.matcher(m.group(1).trim());
			Matcher endYear = YEAR.matcher(m.group(2).trim());
			boolean years = startYear.matches() || endYear.matches();
			PeriodAccess.Period period;
			try {
				YearMonth start = startYear.matches() ? YearMonth.of(Integer.parseInt(startYear.group(1)), 1)
						: (YearMonth) YEAR_MONTH.fromText(m.group(1));
				YearMonth end = endYear.matches() ? YearMonth.of(Integer.parseInt(endYear.group(1)), 12)
						: (YearMonth) YEAR_MONTH.fromText(m.group(2));
				period = new PeriodAccess.Period(start, end, years);
			} catch (ConversionException | DateTimeException e) {
				throw new ConversionException(NLS.bind(Messages.Convert_notPeriod, text.trim()));
			}
			if (period.start() != null && period.end() != null && period.start().isAfter(period.end())) {
				throw new ConversionException(NLS.bind(Messages.Convert_periodReversed, text.trim()));
			}
			return period;
		}
	};

	/** 2024.03, as the forms write months. */
	static String month(YearMonth month) {
		return String.format("%04d.%02d", month.getYear(), month.getMonthValue()); //$NON-NLS-1$
	}

	/** A list of names, one per line (also split on 、 and ； when pasted in one line). */
	public static final ValueConverter LINES = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public Object fromText(String text) {
			return split(text, "[\\r\\n]+"); //$NON-NLS-1$
		}

		@Override
		public boolean commitWhileTyping() {
			return true;
		}
	};

	/** A short list in one cell: 数控机床、减速器 (the forms separate products with 、). */
	public static final ValueConverter ENUMERATION = new ValueConverter() {

		@Override
		public String toText(Object value) {
			return value instanceof List<?> list ? String.join("、", list.stream().map(String::valueOf).toList()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		}

		@Override
		public Object fromText(String text) {
			return split(text, "[、,，;；/\\r\\n]+"); //$NON-NLS-1$
		}
	};

	/** The value as the field shows it. */
	public abstract String toText(Object value);

	/** The value of typed text; null for an empty field. */
	public abstract Object fromText(String text) throws ConversionException;

	/** Whether the field is written to the model while the user types (after a pause), not only on Enter / leaving it. */
	public boolean commitWhileTyping() {
		return false;
	}

	/** Whether values are numbers (aligned right). */
	public boolean isNumeric() {
		return false;
	}

	/** The converter of a single-valued attribute's type. */
	public static ValueConverter of(EAttribute attribute) {
		if (attribute.isMany()) {
			return LINES;
		}
		EDataType type = attribute.getEAttributeType();
		Class<?> c = type.getInstanceClass();
		if (c == BigDecimal.class) {
			return DECIMAL;
		}
		if (c == Integer.class || c == int.class || type == EcorePackage.Literals.EINTEGER_OBJECT) {
			return INTEGER;
		}
		if (c == LocalDate.class) {
			return DATE_VALUE;
		}
		if (c == YearMonth.class) {
			return YEAR_MONTH;
		}
		return TEXT;
	}

	private static List<String> split(String text, String separators) {
		List<String> names = new ArrayList<>();
		for (String part : text.split(separators)) {
			String name = part.strip();
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}

	/** Full-width digits and punctuation as ASCII. */
	static String halfWidth(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uff01' && c <= '\uff5e') {
				c = (char) (c - 0xfee0);
			} else if (c == '\u3000') {
				c = ' ';
			} else if (c == '\u3002') {
				c = '.';
			}
			sb.append(c);
		}
		return sb.toString();
	}

	/** 1,234.50 / １２３４.５ / 12.5% → 1234.50 / 1234.5 / 12.5 */
	static String normalizeNumber(String text) {
		String s = halfWidth(text).strip().replace(",", "").replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (s.endsWith("%")) { //$NON-NLS-1$
			s = s.substring(0, s.length() - 1);
		}
		if (s.startsWith("+")) { //$NON-NLS-1$
			s = s.substring(1);
		}
		return s.replace('\u2212', '-');
	}
}
