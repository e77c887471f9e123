/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.findings;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** P01 (E): the plan's baseline, target and stage years are the edition's. */
class PlanYearsTest {

	@Test
	void theSamplePlansUseTheirEditionsYears() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			assertNoFinding(sample(edition), "P01");
		}
	}

	@Test
	void aNationalPlanFromAnotherBaselineYearIsAnError() {
		Application a = sample("miit-2025");
		a.getPlan().setBaselineYear(2023);
		RuleFinding f = assertOneFinding(a, "P01", ERROR, "基准年", "2023", "2024");
		assertEquals("八", f.section());
		assertEquals(Literals.PLAN_SECTION__BASELINE_YEAR, f.feature());
	}

	@Test
	void theShaanxiPlanRunsFrom2025To2028() {
		Application a = sample("shaanxi-2026");
		a.getPlan().setTargetYear(2027);
		assertOneFinding(a, "P01", ERROR, "目标年", "2027", "2028");
	}

	@Test
	void theReReviewsNewPlanIsCheckedToo() {
		Application a = sample("miit-2025-review");
		a.getReview().getNewPlan().setTargetYear(2028);
		RuleFinding f = assertOneFinding(a, "P01", ERROR, "目标年", "2028", "2027");
		assertEquals(a.getReview().getNewPlan(), f.owner());
	}

	@Test
	void aStageGoalOutsideTheStageYearsIsAnErrorAndItsStageIsMissing() {
		Application a = sample("miit-2025");
		StageGoal last = a.getPlan().getStageGoals().get(a.getPlan().getStageGoals().size() - 1);
		assertEquals(2027, last.getYear());
		last.setYear(2028);
		List<RuleFinding> found = findings(a, "P01");
		assertEquals(2, found.size(), describe(found));
		assertTrue(found.stream().anyMatch(f -> f.message().contains("2028") && f.message().contains("2025年、2026年、2027年")), describe(found));
		assertTrue(found.stream().anyMatch(f -> f.message().contains("缺少 2027 年度的阶段性目标")), describe(found));
		assertTrue(found.stream().allMatch(f -> f.severity() == ERROR), describe(found));
	}

	@Test
	void aStageTargetOutsideTheStageYearsIsAnError() {
		Application a = sample("jiangsu-2024");
		a.getPlan().targetOf(PlanIndicatorKind.RD_EXPENDITURE).getStageTargets().get(0).setYear(2023);
		assertOneFinding(a, "P01", ERROR, "三年总体目标", "2023", "2024年、2025年、2026年");
	}
}
