/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.math.BigDecimal;

/**
 * The decimals a ClusterDesk document may hold. The forms ask for amounts in 万元 or 亿元, areas, counts and
 * percentages with two decimals; values far beyond that ({@code 1E+999999999}, {@code 1E-999999999}, thousands of
 * digits) are bad input, refused where they enter (loading a {@code .cluster}), so that no computation ever works on
 * them. The bounds are generous: 15 integer digits (a thousand trillion) and 24 decimals (more than a spreadsheet's
 * binary fractions show, e.g. 0.30000000000000004).
 */
public final class DecimalBounds {

	/** Digits before the decimal point, at most. */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** Digits after the decimal point, at most (trailing zeros not counted). */
	public static final int MAX_DECIMALS = 24;

	/** Characters of the written value, at most (sign, digits, point, exponent). */
	public static final int MAX_LENGTH = 64;

	/** A value outside the bounds; the message is the value as written (shortened when long). */
	public static final class OutOfBoundsException extends NumberFormatException {

		private static final long serialVersionUID = 1L;

		OutOfBoundsException(String value) {
			super(shown(value));
		}
	}

	private DecimalBounds() {
	}

	/**
	 * Parses a decimal as written in a document.
	 *
	 * @throws OutOfBoundsException  when the value is outside the bounds
	 * @throws NumberFormatException when it is not a number
	 */
	public static BigDecimal parse(String written) {
		String value = written.trim();
		if (value.length() > MAX_LENGTH) {
			throw new OutOfBoundsException(value);
		}
		BigDecimal parsed = new BigDecimal(value);
		if (!within(parsed)) {
			throw new OutOfBoundsException(value);
		}
		return parsed;
	}

	/** Whether the value is within the bounds (null is). */
	public static boolean within(BigDecimal value) {
		if (value == null || value.signum() == 0) {
			return true;
		}
		// precision and scale are cheap: no digits are computed for a huge exponent
		long integerDigits = (long) value.precision() - value.scale();
		if (integerDigits > MAX_INTEGER_DIGITS) {
			return false;
		}
		if (value.scale() <= MAX_DECIMALS) {
			return true;
		}
		if (value.precision() > MAX_LENGTH) {
			return false;
		}
		return value.stripTrailingZeros().scale() <= MAX_DECIMALS;
	}

	/** The value as shown in a message: at most 24 characters, then how long it is. */
	public static String shown(String value) {
		return value.length() <= 24 ? value : value.substring(0, 20) + "…（" + value.length() + "）"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
