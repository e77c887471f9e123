/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.resource.DecimalBounds;
import org.junit.jupiter.api.Test;

/**
 * Derived values are total: absurd operands give "not computable" (null) at once, never an exception, NaN,
 * Infinity or unbounded BigDecimal work; and the load bounds accept every ordinary figure but no absurd one.
 */
class DecimalMathTotalityTest {

	private static final BigDecimal HUGE = new BigDecimal("1E+999999999");

	private static final BigDecimal TINY = new BigDecimal("1E-999999999");

	@Test
	void absurdOperandsAreNotComputableInsteadOfCrashingOrRunningForever() {
		long started = System.nanoTime();
		assertNull(DecimalMath.divide(BigDecimal.ONE, TINY));
		assertNull(DecimalMath.percent(HUGE, BigDecimal.ONE));
		assertNull(DecimalMath.growth(TINY, HUGE));
		assertNull(DecimalMath.averageGrowth(TINY, HUGE, 3));
		assertNull(DecimalMath.root(HUGE, 3));
		assertNull(DecimalMath.round2(HUGE));
		assertNull(DecimalMath.sum(List.of(HUGE, BigDecimal.ONE)));
		assertNull(DecimalMath.geometricMeanGrowth(List.of(HUGE, BigDecimal.TEN)));
		assertTrue(DecimalMath.agrees(HUGE, BigDecimal.ONE), "nothing to compare with: no disagreement is claimed");
		assertEquals(new BigDecimal("0.00"), DecimalMath.round2(TINY));
		assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000, "bounded work");
	}

	@Test
	void ordinaryFiguresAreComputedAsBefore() {
		assertEquals(new BigDecimal("10.00"), DecimalMath.round2(DecimalMath.growth(new BigDecimal("100"), new BigDecimal("110"))));
		assertEquals(new BigDecimal("1000000000000000.01"),
				DecimalMath.sum(List.of(new BigDecimal("999999999999999.99"), new BigDecimal("0.02"))), "sums stay exact");
		assertEquals(new BigDecimal("2.00"), DecimalMath.round2(DecimalMath.root(new BigDecimal("8"), 3)));
	}

	@Test
	void loadBoundsAcceptOrdinaryFiguresAndRefuseAbsurdOnes() {
		for (String ok : new String[] { "0", "512.30", "-38.5", "999999999999999.0123456789012345", "1E+14", "0.30000000000000004",
				"1.50000000000000000000000000" }) {
			assertEquals(new BigDecimal(ok), DecimalBounds.parse(ok), ok);
		}
		for (String absurd : new String[] { "1E+999999999", "1E-999999999", "9".repeat(10_000), "1E+15", "0." + "0".repeat(25) + "1" }) {
			DecimalBounds.OutOfBoundsException e = assertThrows(DecimalBounds.OutOfBoundsException.class, () -> DecimalBounds.parse(absurd));
			assertFalse(e.getMessage().length() > 40, "the value is shown shortened: " + e.getMessage());
		}
		assertThrows(NumberFormatException.class, () -> DecimalBounds.parse("12.3.4"));
	}
}
