/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/**
 * P10, re-review: achieved values are given (E), unmet targets are listed with their attainment (W), the completion
 * table runs 2022 → 2025 (E).
 */
class ReviewAttainmentTest {

	@Test
	void theReReviewSampleHasEveryValueAndMetEveryTarget() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			assertNoFinding(sample(edition), "P10");
		}
	}

	@Test
	void aMissingAchievedValueIsAnError() {
		Application a = sample("miit-2025-review");
		CompletionIndicator rd = completion(a, PlanIndicatorKind.RD_EXPENDITURE);
		rd.setTarget(new BigDecimal("25.00"));
		rd.setAchieved(null);
		RuleFinding f = assertOneFinding(a, "P10", ERROR, "发展成效", "2025 年完成值", "25.00");
		assertEquals(Literals.COMPLETION_INDICATOR__ACHIEVED, f.feature());
		assertEquals("八", f.section());
	}

	@Test
	void aQualitativeIndicatorNeedsNoAchievedValue() {
		Application a = sample("miit-2025-review");
		completion(a, PlanIndicatorKind.QUALITATIVE).setAchieved(null);
		assertNoFinding(a, "P10");
	}

	@Test
	void aQualitativeIndicatorNeedsItsAchievedDescription() {
		Application a = sample("miit-2025-review");
		CompletionIndicator openness = completion(a, PlanIndicatorKind.QUALITATIVE);
		openness.setAchievedDescription(" ");
		RuleFinding f = assertOneFinding(a, "P10", ERROR, "发展成效", "2025 年完成值（定性描述）");
		assertEquals(Literals.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION, f.feature());
		openness.setAchievedDescription("2023—2025年累计组织参加国际展会11场");
		assertNoFinding(a, "P10");
	}

	@Test
	void anUnmetTargetIsListedWithItsAttainment() {
		// 20 of 25: 80.00 %
		Application a = sample("miit-2025-review");
		CompletionIndicator rd = completion(a, PlanIndicatorKind.RD_EXPENDITURE);
		rd.setTarget(new BigDecimal("25.00"));
		rd.setAchieved(new BigDecimal("25.00"));
		assertNoFinding(a, "P10");
		rd.setAchieved(new BigDecimal("20.00"));
		assertOneFinding(a, "P10", WARNING, "发展成效", "完成值 20.00", "目标值 25.00", "完成率 80.00%");
	}

	@Test
	void aReductionIsMetAtOrBelowItsTarget() {
		// target 0.28 t/万元: 0.28 is met; 0.35 is not, attainment 0.28 / 0.35 = 80.00 %
		Application a = sample("miit-2025-review");
		CompletionIndicator co2 = completion(a, PlanIndicatorKind.CO2_EMISSION);
		co2.setReduction(true);
		co2.setTarget(new BigDecimal("0.28"));
		co2.setAchieved(new BigDecimal("0.28"));
		assertNoFinding(a, "P10");
		co2.setAchieved(new BigDecimal("0.35"));
		assertOneFinding(a, "P10", WARNING, "发展成效", "完成值 0.35", "高于目标值 0.28", "降低类", "完成率 80.00%");
	}

	@Test
	void theCompletionTableRunsFrom2022() {
		Application a = sample("miit-2025-review");
		a.getReview().setBaselineYear(2021);
		RuleFinding f = assertOneFinding(a, "P10", ERROR, "基准年", "2021", "2022");
		assertEquals(Literals.REVIEW_SECTION__BASELINE_YEAR, f.feature());
	}

	private static CompletionIndicator completion(Application a, PlanIndicatorKind kind) {
		return a.getReview().getCompletion().stream().filter(c -> c.getKind() == kind).findFirst().orElseThrow();
	}
}
