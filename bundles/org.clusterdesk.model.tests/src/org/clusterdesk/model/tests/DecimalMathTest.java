/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.clusterdesk.model.tests.Fixtures.assertRounded;
import static org.clusterdesk.model.tests.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.derived.TextFigures;
import org.junit.jupiter.api.Test;

/** Decimal arithmetic against values worked out by hand. */
class DecimalMathTest {

	@Test
	void growthIsChangeOverPreviousInPercent() {
		// (112.5 − 100) / 100 × 100 = 12.5
		assertRounded("12.50", DecimalMath.growth(d("100"), d("112.5")));
		// (450 − 500) / 500 × 100 = −10
		assertRounded("-10.00", DecimalMath.growth(d("500"), d("450")));
	}

	@Test
	void growthWithoutInputOrFromZeroIsUndefined() {
		assertNull(DecimalMath.growth(null, d("1")));
		assertNull(DecimalMath.growth(d("1"), null));
		assertNull(DecimalMath.growth(BigDecimal.ZERO, d("5")));
	}

	@Test
	void averageGrowthFromValuesIsTheGeometricRate() {
		// 100 → 121 over two years: √1.21 = 1.1, so exactly 10 % a year
		assertEquals(0, d("10").compareTo(DecimalMath.averageGrowth(d("100"), d("121"), 2).setScale(10, java.math.RoundingMode.HALF_UP)));
		// 512.3 → 628.1 over two years: √(628.1/512.3) − 1 = 10.7267 %
		assertRounded("10.73", DecimalMath.averageGrowth(d("512.3"), d("628.1"), 2));
		// 100 → 146.41 over four years: 1.1⁴ = 1.4641
		assertRounded("10.00", DecimalMath.averageGrowth(d("100"), d("146.41"), 4));
	}

	@Test
	void geometricMeanOfRatesIsNotTheArithmeticMean() {
		// ((1.10)(1.20)(1.05))^(1/3) − 1 = 1.386^(1/3) − 1 = 11.4947 %; the arithmetic mean would be 11.67 %
		assertRounded("11.49", DecimalMath.geometricMeanGrowth(List.of(d("10"), d("20"), d("5"))));
		// equal rates: the mean is the rate itself
		assertRounded("8.00", DecimalMath.geometricMeanGrowth(List.of(d("8"), d("8"), d("8"))));
		assertNull(DecimalMath.geometricMeanGrowth(Arrays.asList(d("8"), null, d("8"))));
		assertNull(DecimalMath.geometricMeanGrowth(List.of(d("-100"), d("5"))));
	}

	@Test
	void rootIsExactForPerfectPowers() {
		assertEquals(0, d("1.1").compareTo(DecimalMath.root(d("1.331"), 3).setScale(12, java.math.RoundingMode.HALF_UP)));
		assertEquals(0, d("3").compareTo(DecimalMath.root(d("81"), 4).setScale(12, java.math.RoundingMode.HALF_UP)));
		assertNull(DecimalMath.root(d("-1"), 2));
	}

	@Test
	void agreementAllowsOneHundredthAfterRounding() {
		// computed 12.345 rounds HALF_UP to 12.35
		assertTrue(DecimalMath.agrees(d("12.35"), d("12.345")));
		assertTrue(DecimalMath.agrees(d("12.34"), d("12.345")));
		assertTrue(DecimalMath.agrees(d("12.36"), d("12.345")));
		assertFalse(DecimalMath.agrees(d("12.33"), d("12.345")));
		assertFalse(DecimalMath.agrees(d("12.37"), d("12.345")));
	}

	@Test
	void textLengthCountsCodePointsWithoutWhitespace() {
		assertEquals(4, TextFigures.length("集群 产\n业"));
		// a supplementary character (U+20BB7 𠮷) is one character, not two chars
		assertEquals(2, TextFigures.length("𠮷野"));
		assertEquals(200, TextFigures.length("好".repeat(200) + "   \n"));
		assertEquals(0, TextFigures.length(null));
	}
}
