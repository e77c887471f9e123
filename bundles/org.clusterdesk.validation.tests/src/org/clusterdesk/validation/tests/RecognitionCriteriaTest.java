/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.findings;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/**
 * P09 (W): the data years meet the recognition criteria — output ≥ 40 亿元, SME share ≥ 70 %, leading-industry share
 * &gt; 70 % (strictly), area ≤ 100 km².
 */
class RecognitionCriteriaTest {

	@Test
	void theSamplesGiveNoErrorForTheCriteria() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			List<RuleFinding> found = findings(sample(edition), "P09");
			assertTrue(found.stream().noneMatch(RuleFinding::isError), edition + ": " + describe(found));
		}
	}

	@Test
	void outputOfExactly40PassesAndBelowIsWarned() {
		Application a = sample("miit-2025");
		a.getIndustry().getTotalOutput().put(2023, new BigDecimal("40.00"));
		assertNoFinding(a, "P09");
		a.getIndustry().getTotalOutput().put(2023, new BigDecimal("39.99"));
		RuleFinding f = assertOneFinding(a, "P09", WARNING, "集群总产值", "39.99 亿元", "40 亿元");
		assertTrue(f.field().contains("2023年"), f.field());
		assertEquals("二", f.section());
	}

	@Test
	void smeShareOfExactly70PassesAndBelowIsWarned() {
		Application a = sample("shaanxi-2026");
		a.getIndustry().getSmeOutputShare().put(2025, new BigDecimal("70"));
		assertNoFinding(a, "P09");
		a.getIndustry().getSmeOutputShare().put(2025, new BigDecimal("69.99"));
		assertOneFinding(a, "P09", WARNING, "中小企业产值占集群总产值比例", "69.99%", "70%");
	}

	@Test
	void aLeadingIndustryShareOfExactly70IsWarnedBecauseItMustBeAbove() {
		Application a = sample("jiangsu-2024");
		a.getIndustry().getLeadingIndustryShare().put(2021, new BigDecimal("70.01"));
		assertNoFinding(a, "P09");
		a.getIndustry().getLeadingIndustryShare().put(2021, new BigDecimal("70.00"));
		assertOneFinding(a, "P09", WARNING, "主导产业产值占集群总产值比例", "70.00%", "高于 70%");
	}

	@Test
	void anAreaOfExactly100PassesAndAboveIsWarned() {
		Application a = sample("beijing-2024");
		a.getBasicInfo().setArea(new BigDecimal("100"));
		assertNoFinding(a, "P09");
		a.getBasicInfo().setArea(new BigDecimal("100.01"));
		RuleFinding f = assertOneFinding(a, "P09", WARNING, "集群占地面积", "100.01 平方公里", "100 平方公里");
		assertEquals("一", f.section());
	}
}
