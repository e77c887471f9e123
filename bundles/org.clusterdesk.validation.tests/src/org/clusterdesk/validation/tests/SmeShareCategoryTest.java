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

import org.clusterdesk.model.ClusterCategory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C01 (E): the SME-share row only for 中小企业特色产业集群, empty for 先进制造业集群. */
class SmeShareCategoryTest {

	private static final String ROW = "集群内中小企业产值占集群总产值的比重";

	@Test
	void anSmeFeaturedClusterWithItsShareIsFine() {
		CompetitionReport r = report();
		assertEquals(ClusterCategory.SME_FEATURED, r.getCategory());
		assertNoFinding(r, "C01");
	}

	@Test
	void anAdvancedManufacturingClusterMustLeaveTheShareEmpty() {
		CompetitionReport r = report();
		r.setCategory(ClusterCategory.ADVANCED_MANUFACTURING);
		RuleFinding f = assertOneFinding(r, "C01", ERROR, ROW, "先进制造业集群", "2024年72.95", "2025年73.80", "增幅1.17");
		assertEquals("2.1", f.section());
		assertEquals(Literals.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, f.feature());
	}

	@Test
	void anAdvancedManufacturingClusterWithoutShareIsFine() {
		CompetitionReport r = report();
		r.setCategory(ClusterCategory.ADVANCED_MANUFACTURING);
		r.getEconomy().setSmeOutputShare(null);
		assertNoFinding(r, "C01");
		// an emptied row (no year, no growth) is empty too
		r.getEconomy().setSmeOutputShare(CompetitionTesting.F.createComparedDecimal());
		assertNoFinding(r, "C01");
	}

	@Test
	void oneFilledYearIsEnoughToBreakTheAdvancedManufacturingRule() {
		CompetitionReport r = report();
		r.setCategory(ClusterCategory.ADVANCED_MANUFACTURING);
		ComparedDecimal share = CompetitionTesting.F.createComparedDecimal();
		share.put(2025, d("55.10"));
		r.getEconomy().setSmeOutputShare(share);
		assertOneFinding(r, "C01", ERROR, ROW, "2025年55.10");
	}

	@Test
	void anSmeFeaturedClusterMustGiveTheRow() {
		CompetitionReport r = report();
		r.getEconomy().setSmeOutputShare(null);
		RuleFinding f = assertOneFinding(r, "C01", ERROR, ROW, "中小企业特色产业集群", "须填报本行", "2024年、2025年未填");
		assertEquals("填报2024年、2025年", f.expected());
		r.getEconomy().setSmeOutputShare(CompetitionTesting.F.createComparedDecimal());
		assertOneFinding(r, "C01", ERROR, ROW, "2024年、2025年未填");
	}

	@Test
	void anSmeFeaturedClusterMustGiveEveryYearsValue() {
		CompetitionReport r = report();
		r.getEconomy().getSmeOutputShare().put(2025, null);
		assertOneFinding(r, "C01", ERROR, ROW, "2025年未填");
	}

	@Test
	void aRowBegunWithOtherYearsIsG11sNotAgainC01s() {
		CompetitionReport r = report();
		ComparedDecimal share = CompetitionTesting.F.createComparedDecimal();
		share.put(2024, d("72.95"));
		r.getEconomy().setSmeOutputShare(share);
		assertNoFinding(r, "C01");
		assertEquals(1, RuleTesting.findings(r, "G11").size(), RuleTesting.describe(RuleTesting.findings(r, "G11")));
	}

	@Test
	void anUnansweredCategoryIsLeftToG01() {
		CompetitionReport r = report();
		r.setCategory(ClusterCategory.NONE);
		assertNoFinding(r, "C01");
		r.getEconomy().setSmeOutputShare(null);
		assertNoFinding(r, "C01");
	}
}
