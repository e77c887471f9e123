/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.dec;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.GeneralTesting.lastYear;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/**
 * G04 (E): shares, ratios, penetration and utilisation rates lie in [0, 100]; growth rates are &gt; −100; reduction
 * rates are ≤ 100.
 */
class RateRangesTest {

	@Test
	void theSamplesKeepTheirRatesInRange() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G04");
		}
	}

	@Test
	void aShareAbove100() {
		Application a = sample("miit-2025");
		entry(a.getIndustry().getSmeOutputShare(), 2023).setValue(dec("100.01"));
		RuleFinding f = assertOneFinding(a, "G04", ERROR, "集群内中小企业产值占集群总产值比例（%）（2023年）", "100.01", "0～100");
		assertEquals("二", f.section());
	}

	@Test
	void theBoundsOfAShareAreAllowed() {
		Application a = sample("miit-2025");
		entry(a.getIndustry().getSmeOutputShare(), 2023).setValue(dec("100.00"));
		a.getGreen().setWaterReuse(dec("0"));
		assertNoFinding(a, "G04");
	}

	@Test
	void aNegativeShare() {
		Application a = sample("beijing-2024");
		a.getGreen().setSolidWasteUtilisation(dec("-0.01"));
		assertOneFinding(a, "G04", ERROR, "大宗工业固废综合利用率（%）", "-0.01");
	}

	@Test
	void aGrowthOfMinus100IsImpossible() {
		Application a = sample("miit-2025");
		entry(a.getIndustry().getFdiGrowth(), 2024).setValue(dec("-100.00"));
		assertOneFinding(a, "G04", ERROR, "集群外商直接投资额增长率（%）（2024年）", "-100.00", "−100");
	}

	@Test
	void aGrowthJustAboveMinus100AndAboveHundredAreRates() {
		Application a = sample("miit-2025");
		entry(a.getIndustry().getFdiGrowth(), 2024).setValue(dec("-99.99"));
		entry(a.getIndustry().getExportGrowth(), 2024).setValue(dec("250.00"));
		assertNoFinding(a, "G04");
	}

	@Test
	void aCumulativeGrowthIsAGrowth() {
		Application a = sample("jiangsu-2024");
		entry(a.getIndustry().getExportCumulativeGrowthByYear(), 2023).setValue(dec("150.00"));
		assertNoFinding(a, "G04");
		entry(a.getIndustry().getExportCumulativeGrowthByYear(), 2023).setValue(dec("-120.00"));
		assertOneFinding(a, "G04", ERROR, "近三年集群主导产品出口贸易额累计增长率（%）（2023年）", "-120.00");
	}

	@Test
	void aReductionRateIsAtMost100() {
		Application a = sample("shaanxi-2026");
		a.getGreen().setEnergyReductionRate(dec("-5.00")); // energy per output rose: a negative reduction
		assertNoFinding(a, "G04");
		a.getGreen().setEnergyReductionRate(dec("100.50"));
		assertOneFinding(a, "G04", ERROR, "近三年集群单位产值能耗降低率（%）", "100.50");
	}

	@Test
	void theCompetitionIncreaseIsAGrowth() {
		CompetitionReport c = sample("competition-2026");
		c.getEconomy().getOutput().setGrowth(dec("-100.00"));
		RuleFinding f = assertOneFinding(c, "G04", ERROR, "集群产值（亿元）", "-100.00");
		assertEquals("2.1", f.section());
		assertTrue(f.field().contains("增幅"), f.field());
	}

	@Test
	void theIncreaseOfAGrowthRowIsUnbounded() {
		// 集群研发经费增速 from 5 % to −2 % is an 增幅 of −140 %
		CompetitionReport c = sample("competition-2026");
		c.getInnovation().getRdGrowth().setGrowth(dec("-140.00"));
		assertNoFinding(c, "G04");
	}

	@Test
	void aCompetitionShareAbove100() {
		CompetitionReport c = sample("competition-2026");
		entry(c.getGreen().getWaterReuse(), lastYear(c)).setValue(dec("101.00"));
		assertOneFinding(c, "G04", ERROR, "工业用水重复利用率（%）", "101.00");
	}
}
