/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.clusterdesk.validation.tests.RuleTesting.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * P06–P08: IIoT penetration, CO2 and energy reduction against the industry average the filer states (national,
 * Shaanxi: E) or the edition's guide values 45 / 18 / 13.5 % (Jiangsu, Beijing: W).
 */
class PlanBenchmarksTest {

	@Test
	void theSamplePlansGiveNoErrorForTheBenchmarks() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			ValidationReport report = validate(sample(edition));
			for (String id : new String[] { "P06", "P07", "P08" }) {
				List<RuleFinding> errors = report.findings(id).stream().filter(RuleFinding::isError).toList();
				assertTrue(errors.isEmpty(), edition + " " + id + ": " + describe(errors));
			}
		}
	}

	@Test
	void iiotTargetAtTheIndustryAveragePassesAndBelowItIsAnError() {
		Application a = sample("miit-2025");
		PlanIndicator iiot = a.getPlan().targetOf(PlanIndicatorKind.IIOT_PENETRATION);
		iiot.setIndustryAverage(new BigDecimal("35"));
		iiot.setTarget(new BigDecimal("35.00"));
		assertNoFinding(a, "P06");
		iiot.setTarget(new BigDecimal("34.99"));
		RuleFinding f = assertOneFinding(a, "P06", ERROR, "三年总体目标", "34.99%", "行业平均水平 35%");
		assertEquals(Literals.PLAN_INDICATOR__TARGET, f.feature());
	}

	@Test
	void aMissingIndustryAverageIsAnErrorAskingForIt() {
		Application a = sample("shaanxi-2026");
		a.getPlan().targetOf(PlanIndicatorKind.IIOT_PENETRATION).setIndustryAverage(null);
		RuleFinding f = assertOneFinding(a, "P06", ERROR, "三年总体目标", "请填写", "行业平均水平");
		assertEquals(Literals.PLAN_INDICATOR__INDUSTRY_AVERAGE, f.feature());
	}

	@Test
	void jiangsuIiotTargetOf45PassesAnd4499IsAWarning() {
		Application a = sample("jiangsu-2024");
		PlanIndicator iiot = a.getPlan().targetOf(PlanIndicatorKind.IIOT_PENETRATION);
		iiot.setTarget(new BigDecimal("45.00"));
		assertNoFinding(a, "P06");
		iiot.setTarget(new BigDecimal("44.99"));
		assertOneFinding(a, "P06", WARNING, "三年总体目标", "44.99%", "45%");
	}

	@Test
	void co2ReductionBelowTheIndustryAverageIsAnError() {
		// (0.33 − 0.28) / 0.33 × 100 = 15.1515 → 15.15 %
		Application a = sample("miit-2025");
		PlanIndicator co2 = reduction(a, PlanIndicatorKind.CO2_EMISSION, "0.33", "0.28");
		co2.setIndustryAverage(new BigDecimal("15.15"));
		assertNoFinding(a, "P07");
		co2.setIndustryAverage(new BigDecimal("15.16"));
		assertOneFinding(a, "P07", ERROR, "三年总体目标", "0.33", "0.28", "15.15%", "15.16%");
	}

	@Test
	void jiangsuCo2ReductionOf18PassesAnd1799IsAWarning() {
		// (1.00 − 0.82) / 1.00 = 18.00 %; (1.00 − 0.8201) = 17.99 %
		Application a = sample("jiangsu-2024");
		PlanIndicator co2 = reduction(a, PlanIndicatorKind.CO2_EMISSION, "1.00", "0.82");
		assertNoFinding(a, "P07");
		co2.setTarget(new BigDecimal("0.8201"));
		assertOneFinding(a, "P07", WARNING, "三年总体目标", "17.99%", "18%");
	}

	@Test
	void beijingEnergyReductionOf135PassesAnd1349IsAWarning() {
		// (2.00 − 1.73) / 2.00 = 13.50 %; (2.00 − 1.7302) / 2.00 = 13.49 %
		Application a = sample("beijing-2024");
		PlanIndicator energy = reduction(a, PlanIndicatorKind.ENERGY_PER_OUTPUT, "2.00", "1.73");
		assertNoFinding(a, "P08");
		energy.setTarget(new BigDecimal("1.7302"));
		assertOneFinding(a, "P08", WARNING, "三年总体目标", "13.49%", "13.5%");
	}

	@Test
	void aReductionRowGivenInPercentStatesTheReductionItself() {
		Application a = sample("miit-2025");
		PlanIndicator energy = a.getPlan().targetOf(PlanIndicatorKind.ENERGY_PER_OUTPUT);
		energy.setUnit(Unit.PERCENT);
		energy.setIndustryAverage(new BigDecimal("12"));
		energy.setTarget(new BigDecimal("12.00"));
		assertNoFinding(a, "P08");
		energy.setTarget(new BigDecimal("11.99"));
		assertOneFinding(a, "P08", ERROR, "三年总体目标", "目标降低率 11.99%", "12%");
	}

	@Test
	void aPlanWithoutTheEnergyRowIsWarnedWhereTheGuideIsAbsolute() {
		Application a = sample("beijing-2024");
		a.getPlan().getTargets().remove(a.getPlan().targetOf(PlanIndicatorKind.ENERGY_PER_OUTPUT));
		assertOneFinding(a, "P08", WARNING, "三年总体目标", "单位工业产值能耗");
	}

	private static PlanIndicator reduction(Application a, PlanIndicatorKind kind, String baseline, String target) {
		PlanIndicator indicator = a.getPlan().targetOf(kind);
		indicator.setBaseline(new BigDecimal(baseline));
		indicator.setTarget(new BigDecimal(target));
		indicator.getStageTargets().clear();
		return indicator;
	}
}
