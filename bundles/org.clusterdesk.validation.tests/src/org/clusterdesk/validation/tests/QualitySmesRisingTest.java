/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;

import java.math.BigDecimal;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.YearDecimal;
import org.junit.jupiter.api.Test;

/** P03 (E): 优质中小企业数量逐年增加 — baseline &lt; 2025 &lt; 2026 &lt; 2027 = target (national years). */
class QualitySmesRisingTest {

	@Test
	void theSampleQualitySmeCountsRiseEveryYear() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			assertNoFinding(sample(edition), "P03");
		}
	}

	@Test
	void strictlyRisingStagesEndingAtTheTargetPass() {
		Application a = sample("miit-2025");
		quality(a, "100", "110", "120", "130", "130");
		assertNoFinding(a, "P03");
	}

	@Test
	void aStageEqualToTheOneBeforeIsAnError() {
		Application a = sample("miit-2025");
		quality(a, "100", "110", "110", "130", "130");
		assertOneFinding(a, "P03", ERROR, "优质中小企业数量", "2026年阶段目标 110", "2025年阶段目标 110", "逐年增加");
	}

	@Test
	void aFirstStageBelowTheBaselineIsAnError() {
		Application a = sample("miit-2025");
		quality(a, "100", "95", "120", "130", "130");
		assertOneFinding(a, "P03", ERROR, "优质中小企业数量", "2025年阶段目标 95", "基准值 100");
	}

	@Test
	void theLastStageMustBeTheTarget() {
		Application a = sample("miit-2025");
		quality(a, "100", "110", "120", "130", "140");
		assertOneFinding(a, "P03", ERROR, "优质中小企业数量", "2027年阶段目标 130", "三年目标值 140");
	}

	@Test
	void withoutStageTargetsTheTargetMustExceedTheBaseline() {
		Application a = sample("miit-2025");
		PlanIndicator quality = a.getPlan().targetOf(PlanIndicatorKind.QUALITY_SME_COUNT);
		quality.getStageTargets().clear();
		quality.setBaseline(new BigDecimal("100"));
		quality.setTarget(new BigDecimal("101"));
		assertNoFinding(a, "P03");
		quality.setTarget(new BigDecimal("100"));
		assertOneFinding(a, "P03", ERROR, "优质中小企业数量", "目标值 100", "基准值 100");
	}

	private static void quality(Application a, String baseline, String s2025, String s2026, String s2027, String target) {
		PlanIndicator quality = a.getPlan().targetOf(PlanIndicatorKind.QUALITY_SME_COUNT);
		quality.setBaseline(new BigDecimal(baseline));
		quality.setTarget(new BigDecimal(target));
		quality.getStageTargets().clear();
		int year = 2025;
		for (String v : new String[] { s2025, s2026, s2027 }) {
			YearDecimal stage = ClusterDeskFactory.eINSTANCE.createYearDecimal();
			stage.setYear(year++);
			stage.setValue(new BigDecimal(v));
			quality.getStageTargets().add(stage);
		}
	}
}
