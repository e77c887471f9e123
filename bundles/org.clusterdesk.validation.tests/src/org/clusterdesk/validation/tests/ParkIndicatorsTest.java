/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.d;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** C11 (E): park cluster part ≤ park total; the cluster part's 投资强度 and 亩均税收 agree with investment, tax and area. */
class ParkIndicatorsTest {

	private static final String PARK = "株洲市荷塘区金山新材料产业园";

	@Test
	void theSampleParksAreConsistent() {
		assertNoFinding(report(), "C11");
	}

	@Test
	void theClusterPartMayEqualButNotExceedTheParkTotal() {
		CompetitionReport r = report();
		Park park = r.getParks().get(0);
		park.getGdp().getClusterPart().put(2025, d("141.30"));
		assertNoFinding(r, "C11");
		park.getGdp().getClusterPart().put(2025, d("141.31"));
		RuleFinding f = assertOneFinding(r, "C11", ERROR, "园区生产总值（亿元）（" + PARK + "，2025年）", "其中集群产业为141.31", "大于园区总额141.30");
		assertEquals("三", f.section());
		assertEquals(Literals.PARK_INDICATOR__CLUSTER_PART, f.feature());
	}

	@Test
	void theIntensitiesAreTheParksFiguresReportedOnceByD09NotByC11() {
		CompetitionReport r = report();
		Park park = r.getParks().get(0);
		// the form prints 投资强度 with one cell a year, the park's: 48.30 亿元 × 10000 ÷ 9120 亩 = 52.9605… → 52.96
		assertEquals(d("52.96"), park.getInvestmentIntensity().valueOf(2025));
		park.getInvestmentIntensity().put(2025, d("52.97"));
		assertEquals(List.of(), clusterPartFindings(r), "within the tolerance of 0.01");
		park.getInvestmentIntensity().put(2025, d("40.00"));
		List<RuleFinding> found = clusterPartFindings(r);
		assertEquals(List.of("D09"), found.stream().map(RuleFinding::ruleId).toList(), RuleTesting.describe(found));
		assertTrue(found.get(0).message().contains("40.00"), RuleTesting.describe(found));
	}

	/** What C11 and D09 say about section 三. */
	private static List<RuleFinding> clusterPartFindings(CompetitionReport r) {
		ValidationReport validation = RuleTesting.validate(r);
		List<RuleFinding> found = new ArrayList<>(validation.findings("C11"));
		validation.findings("D09").stream().filter(f -> "三".equals(f.section())).forEach(found::add);
		return found;
	}

	@Test
	void theParkTotalsAgreementIsLeftToD09() {
		CompetitionReport r = report();
		r.getParks().get(1).getTaxPerMu().put(2025, d("99.00"));
		assertNoFinding(r, "C11");
	}
}
