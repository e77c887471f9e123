/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/**
 * P02, P04, P05 (E): average yearly growth from baseline to target. Over three years: 100 → 133.1 is exactly
 * 10.00 % (passes), 100 → 133.07 is 9.9917 % → 9.99 % (fails); 1000 → 1521 is 15.0032 % (passes), 1000 → 1520 is
 * 14.9779 % → 14.98 % (fails).
 */
class PlanGrowthTargetsTest {

	@Test
	void theSamplePlansMeetTheGrowthMinimums() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			for (String id : new String[] { "P02", "P04", "P05" }) {
				assertNoFinding(sample(edition), id);
			}
		}
	}

	@Test
	void outputGrowingExactlyTenPercentPassesAndJustBelowFails() {
		Application a = sample("miit-2025");
		PlanIndicator output = values(a.getPlan(), PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH, "100", "133.1");
		assertNoFinding(a, "P02");
		output.setTarget(new BigDecimal("133.07"));
		RuleFinding f = assertOneFinding(a, "P02", ERROR, "三年总体目标", "100", "133.07", "2024—2027", "9.99%", "不低于 10%");
		assertEquals("八", f.section());
		assertEquals(Literals.PLAN_INDICATOR__TARGET, f.feature());
		assertEquals("9.99", f.found());
	}

	@Test
	void anOutputRowGivenAsARateIsComparedDirectly() {
		Application a = sample("miit-2025");
		PlanIndicator output = values(a.getPlan(), PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH, "8.50", "10.00");
		output.setUnit(Unit.PERCENT);
		assertNoFinding(a, "P02");
		output.setTarget(new BigDecimal("9.99"));
		assertOneFinding(a, "P02", ERROR, "三年总体目标", "目标年均增速 9.99%", "10%");
	}

	@Test
	void rdExpenditureGrowingTenPercentPassesAndJustBelowFails() {
		Application a = sample("shaanxi-2026");
		PlanIndicator rd = values(a.getPlan(), PlanIndicatorKind.RD_EXPENDITURE, "100", "133.1");
		assertNoFinding(a, "P04");
		rd.setTarget(new BigDecimal("133.07"));
		assertOneFinding(a, "P04", ERROR, "三年总体目标", "2025—2028", "9.99%", "10%");
	}

	@Test
	void patentsMustGrowFifteenPercent() {
		Application a = sample("miit-2025");
		PlanIndicator patents = values(a.getPlan(), PlanIndicatorKind.VALID_PATENTS, "1000", "1521");
		assertNoFinding(a, "P05");
		patents.setTarget(new BigDecimal("1520"));
		assertOneFinding(a, "P05", ERROR, "三年总体目标", "1000", "1520", "14.98%", "15%");
	}

	@Test
	void theReReviewsNewPlanIsCheckedToo() {
		Application a = sample("miit-2025-review");
		PlanIndicator rd = values(a.getReview().getNewPlan(), PlanIndicatorKind.RD_EXPENDITURE, "100", "120");
		RuleFinding f = assertOneFinding(a, "P04", ERROR, null, "6.27%", "10%");
		assertEquals(rd, f.owner());
	}

	@Test
	void aPlanWithoutTheRdRowIsAnError() {
		Application a = sample("beijing-2024");
		a.getPlan().getTargets().remove(a.getPlan().targetOf(PlanIndicatorKind.RD_EXPENDITURE));
		assertOneFinding(a, "P04", ERROR, "三年总体目标", "研发经费投入", "10%");
	}

	@Test
	void aMissingTargetIsAnError() {
		Application a = sample("jiangsu-2024");
		a.getPlan().targetOf(PlanIndicatorKind.VALID_PATENTS).setTarget(null);
		assertOneFinding(a, "P05", ERROR, "三年总体目标", "15%");
	}

	private static PlanIndicator values(PlanSection plan, PlanIndicatorKind kind, String baseline, String target) {
		PlanIndicator indicator = plan.targetOf(kind);
		indicator.setBaseline(new BigDecimal(baseline));
		indicator.setTarget(new BigDecimal(target));
		indicator.getStageTargets().clear();
		return indicator;
	}
}
