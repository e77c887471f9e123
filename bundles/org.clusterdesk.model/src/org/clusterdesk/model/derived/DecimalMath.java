/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic for derived values. Everything stays in {@link BigDecimal}: the forms ask for two
 * decimals and the rules compare with a tolerance of 0.01 after rounding HALF_UP, which binary doubles
 * cannot promise. Every operation is total and bounded: it runs in a {@link MathContext}, and a result that
 * cannot be computed (division by zero, an overflowing exponent, a magnitude beyond {@link #LIMIT}) is null
 * ("not computable"), never an exception, NaN or Infinity, and never unbounded work.
 */
public final class DecimalMath {

	/** Precision of intermediate results: far beyond the two decimals the forms keep. */
	public static final MathContext CONTEXT = MathContext.DECIMAL64;

	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	/** Precision of sums: exact for every value a document may hold (15 integer digits, 16 decimals). */
	public static final MathContext SUM_CONTEXT = MathContext.DECIMAL128;

	/** Results at or beyond this magnitude are not computable (null): no form has such a figure. */
	public static final BigDecimal LIMIT = BigDecimal.TEN.pow(30);

	/** The tolerance of an entered value against its computed value (rules catalogue, Numbers). */
	public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private DecimalMath() {
	}

	/** a / b, or null when either is missing or b is zero. */
	public static BigDecimal divide(BigDecimal a, BigDecimal b) {
		if (a == null || b == null || b.signum() == 0) {
			return null;
		}
		try {
			return bounded(a.divide(b, CONTEXT));
		} catch (ArithmeticException e) {
			return null;
		}
	}

	/**
	 * The value, or null when it is at or beyond {@link #LIMIT} in magnitude, or zero when it is below 1E-40 (far below
	 * the two decimals the forms keep). Cheap: no digits are computed.
	 */
	public static BigDecimal bounded(BigDecimal value) {
		if (value == null || value.signum() == 0) {
			return value;
		}
		long integerDigits = (long) value.precision() - value.scale();
		if (integerDigits < -40) {
			return BigDecimal.ZERO;
		}
		return integerDigits > 31 || value.abs().compareTo(LIMIT) >= 0 ? null : value;
	}

	/** a × b in {@link #CONTEXT}, or null when either is missing or the result is not computable. */
	public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
		if (a == null || b == null) {
			return null;
		}
		try {
			return bounded(a.multiply(b, CONTEXT));
		} catch (ArithmeticException e) {
			return null;
		}
	}

	/** a / b × 100, or null. */
	public static BigDecimal percent(BigDecimal a, BigDecimal b) {
		return multiply(divide(a, b), HUNDRED);
	}

	/** (current − previous) / previous × 100, or null (D01, D08). */
	public static BigDecimal growth(BigDecimal previous, BigDecimal current) {
		if (previous == null || current == null) {
			return null;
		}
		return percent(current.subtract(previous, SUM_CONTEXT), previous);
	}

	/** Rounds HALF_UP to the two decimals the forms keep; null stays null. */
	public static BigDecimal round2(BigDecimal value) {
		BigDecimal v = bounded(value);
		return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
	}

	/** Whether an entered value agrees with a computed one: |entered − round2(computed)| ≤ 0.01. */
	public static boolean agrees(BigDecimal entered, BigDecimal computed) {
		if (entered == null || computed == null) {
			return true;
		}
		BigDecimal rounded = round2(computed);
		BigDecimal value = bounded(entered);
		if (rounded == null || value == null) {
			return true; // nothing to compare with
		}
		return value.subtract(rounded, SUM_CONTEXT).abs().compareTo(TOLERANCE) <= 0;
	}

	public static BigDecimal of(Integer value) {
		return value == null ? null : BigDecimal.valueOf(value.longValue());
	}

	/**
	 * The positive n-th root of a positive value, by Newton's method in {@link #CONTEXT}: needed for
	 * geometric average growth (D02) without leaving BigDecimal.
	 */
	public static BigDecimal root(BigDecimal value, int n) {
		value = bounded(value);
		if (value == null || value.signum() <= 0 || n <= 0 || n > 1000) {
			return null;
		}
		if (n == 1) {
			return value;
		}
		try {
			BigDecimal bn = BigDecimal.valueOf(n);
			// a double gives a good first guess; the iteration then runs in decimal precision
			double guess = Math.pow(value.doubleValue(), 1.0 / n);
			BigDecimal x = Double.isFinite(guess) && guess > 0 ? new BigDecimal(guess, CONTEXT) : BigDecimal.ONE;
			for (int i = 0; i < 100; i++) {
				BigDecimal xPow = x.pow(n - 1, CONTEXT);
				BigDecimal next = x.multiply(bn.subtract(BigDecimal.ONE), CONTEXT).add(value.divide(xPow, CONTEXT), CONTEXT)
						.divide(bn, CONTEXT);
				if (next.compareTo(x) == 0) {
					return next;
				}
				x = next;
			}
			return bounded(x);
		} catch (ArithmeticException e) {
			return null;
		}
	}

	/**
	 * Average yearly growth in percent from a first to a last value over a number of years:
	 * ((last / first)^(1/years) − 1) × 100 (D02, P02–P05).
	 */
	public static BigDecimal averageGrowth(BigDecimal first, BigDecimal last, int years) {
		if (years <= 0) {
			return null;
		}
		BigDecimal ratio = divide(last, first);
		if (ratio == null || ratio.signum() <= 0) {
			return null;
		}
		return minusOneInPercent(root(ratio, years));
	}

	private static BigDecimal minusOneInPercent(BigDecimal factor) {
		return factor == null ? null : multiply(factor.subtract(BigDecimal.ONE, CONTEXT), HUNDRED);
	}

	/**
	 * Geometric mean of growth rates given in percent: (∏(1 + g/100))^(1/n) − 1, in percent (D02, Beijing 说明 9).
	 * Null when a rate is missing or any factor is not positive.
	 */
	public static BigDecimal geometricMeanGrowth(Iterable<BigDecimal> ratesInPercent) {
		BigDecimal product = BigDecimal.ONE;
		int n = 0;
		for (BigDecimal g : ratesInPercent) {
			if (g == null) {
				return null;
			}
			BigDecimal rate = bounded(g);
			BigDecimal factor = rate == null ? null : BigDecimal.ONE.add(rate.divide(HUNDRED, CONTEXT), CONTEXT);
			if (factor == null || factor.signum() <= 0) {
				return null;
			}
			product = multiply(product, factor);
			if (product == null) {
				return null;
			}
			n++;
		}
		if (n == 0) {
			return null;
		}
		return minusOneInPercent(root(product, n));
	}

	/** Sum of the values, or null when there is none or one is missing. */
	public static BigDecimal sum(Iterable<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		boolean any = false;
		for (BigDecimal v : values) {
			if (v == null) {
				return null;
			}
			sum = sum.add(v, SUM_CONTEXT);
			any = true;
		}
		return any ? bounded(sum) : null;
	}
}
