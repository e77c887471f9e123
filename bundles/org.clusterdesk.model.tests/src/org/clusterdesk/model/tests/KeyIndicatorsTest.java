/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.clusterdesk.model.tests.Fixtures.application;
import static org.clusterdesk.model.tests.Fixtures.d;
import static org.clusterdesk.model.tests.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.indicators.KeyIndicator;
import org.clusterdesk.model.indicators.KeyIndicators;
import org.junit.jupiter.api.Test;

/** The key indicators reviewers compare and charts draw, read from hand-worked documents. */
class KeyIndicatorsTest {

	@Test
	void outputWithItsGrowthAndAverageGrowthPerDataYear() {
		Application a = application("miit-2025");
		a.getIndustry().setTotalOutput(series(2022, "100", 2023, "110", 2024, "121"));
		KeyIndicators key = KeyIndicators.of(a);

		assertEquals(List.of(2022, 2023, 2024), key.dataYears());
		assertEquals(Map.of(2022, d("100.00"), 2023, d("110.00"), 2024, d("121.00")), key.byYear(KeyIndicator.OUTPUT));
		// 2022 has no earlier year: no growth there
		assertEquals(Map.of(2023, d("10.00"), 2024, d("10.00")), key.byYear(KeyIndicator.OUTPUT_GROWTH));
		assertEquals(d("10.00"), key.single(KeyIndicator.AVERAGE_GROWTH));
		// where a reviewer goes to correct them: the output row of section 二
		assertEquals(new KeyIndicators.Source(a.getIndustry(), Literals.INDUSTRY_SECTION__TOTAL_OUTPUT), key.source(KeyIndicator.OUTPUT));
		assertEquals(new KeyIndicators.Source(a.getIndustry(), Literals.INDUSTRY_SECTION__TOTAL_OUTPUT), key.source(KeyIndicator.AVERAGE_GROWTH));
		// a single-valued indicator has no yearly series, and a yearly one no single value
		assertTrue(key.byYear(KeyIndicator.AVERAGE_GROWTH).isEmpty());
		assertNull(key.single(KeyIndicator.OUTPUT));
	}

	@Test
	void enteredValueWinsElseComputedFromItsInput() {
		Application a = application("miit-2025");
		a.getInnovation().setRdExpenditure(series(2022, "2", 2023, "2.5", 2024, "3"));
		a.getInnovation().setRdGrowth(series(2024, "30"));
		KeyIndicators key = KeyIndicators.of(a);

		// 2023 not entered: 2 → 2.5 is 25 %; 2024 entered as 30 although 2.5 → 3 computes 20 %
		assertEquals(d("25.00"), key.byYear(KeyIndicator.RD_GROWTH).get(2023));
		assertEquals(d("30.00"), key.byYear(KeyIndicator.RD_GROWTH).get(2024));
		assertEquals(new KeyIndicators.Source(a.getInnovation(), Literals.INNOVATION_SECTION__RD_GROWTH), key.source(KeyIndicator.RD_GROWTH));
	}

	@Test
	void roundedHalfUpToTwoDecimalsAndEmptyWhereNothingIsKnown() {
		Application a = application("miit-2025");
		a.getIndustry().setSmeOutputShare(series(2024, "81.005"));
		KeyIndicators key = KeyIndicators.of(a);

		assertEquals(d("81.01"), key.byYear(KeyIndicator.SME_SHARE).get(2024));
		assertFalse(key.has(KeyIndicator.OUTPUT));
		assertFalse(key.has(KeyIndicator.REVENUE), "an application has no competition figures");
		assertTrue(key.byYear(KeyIndicator.OUTPUT).isEmpty());
		assertNull(key.source(KeyIndicator.OUTPUT), "no value, nothing to go to");
		assertEquals(new KeyIndicators.Source(a.getIndustry(), Literals.INDUSTRY_SECTION__SME_OUTPUT_SHARE), key.source(KeyIndicator.SME_SHARE));
	}

	@Test
	void aDocumentWithoutEditionHasNoIndicators() {
		Application a = application("no-such-edition");
		a.getIndustry().setTotalOutput(series(2024, "10"));
		KeyIndicators key = KeyIndicators.of(a);

		for (KeyIndicator indicator : KeyIndicator.values()) {
			assertFalse(key.has(indicator), indicator.name());
		}
		assertEquals(List.of(), key.dataYears());
	}

	@Test
	void labelsCarryTheFormsWordingAndUnit() {
		assertEquals("集群总产值（亿元）", KeyIndicator.OUTPUT.label());
		assertTrue(KeyIndicator.ENERGY_PER_OUTPUT.lowerIsBetter());
		assertFalse(KeyIndicator.OUTPUT.lowerIsBetter());
	}
}
