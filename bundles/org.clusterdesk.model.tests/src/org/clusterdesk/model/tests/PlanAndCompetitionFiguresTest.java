/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.clusterdesk.model.tests.Fixtures.F;
import static org.clusterdesk.model.tests.Fixtures.assertRounded;
import static org.clusterdesk.model.tests.Fixtures.d;
import static org.clusterdesk.model.tests.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.derived.UnitConversion;
import org.junit.jupiter.api.Test;

/** Plan targets, re-review attainment (P10), the competition's 增幅 / 合计 / ratios and the libraries (D06, D08, D09, C05). */
class PlanAndCompetitionFiguresTest {

	@Test
	void planAverageGrowthOverThePlanYears() {
		PlanSection plan = F.createPlanSection();
		plan.setBaselineYear(2024);
		plan.setTargetYear(2027);
		PlanIndicator output = F.createPlanIndicator();
		output.setKind(PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH);
		output.setBaseline(d("628.1"));
		output.setTarget(d("840"));
		plan.getTargets().add(output);
		// (840 / 628.1)^(1/3) − 1 = 10.1751 %
		assertRounded("10.18", output.averageGrowth());
		assertEquals(output, plan.targetOf(PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH));
		assertNull(plan.targetOf(PlanIndicatorKind.VALID_PATENTS));
		PlanIndicator energy = F.createPlanIndicator();
		energy.setBaseline(d("0.42"));
		energy.setTarget(d("0.36"));
		// (0.36 − 0.42) / 0.42 = −14.2857 %
		assertRounded("-14.29", energy.changeRate());
	}

	@Test
	void attainmentIsDirectionAwareP10() {
		ReviewSection review = F.createReviewSection();
		CompletionIndicator energy = F.createCompletionIndicator();
		energy.setReduction(true);
		energy.setTarget(d("0.42"));
		energy.setAchieved(d("0.40"));
		CompletionIndicator output = F.createCompletionIndicator();
		output.setTarget(d("100"));
		output.setAchieved(d("90"));
		CompletionIndicator exact = F.createCompletionIndicator();
		exact.setReduction(true);
		exact.setTarget(d("0.42"));
		exact.setAchieved(d("0.42"));
		CompletionIndicator missing = F.createCompletionIndicator();
		missing.setTarget(d("15"));
		review.getCompletion().add(energy);
		review.getCompletion().add(output);
		review.getCompletion().add(exact);
		review.getCompletion().add(missing);
		// a reduction is met at or below its target: 0.42 / 0.40 = 105 %
		assertTrue(energy.met());
		assertRounded("105.00", energy.attainment());
		assertTrue(exact.met(), "exactly at the reduction target is met");
		assertFalse(output.met());
		assertRounded("90.00", output.attainment());
		assertNull(missing.met(), "no achieved value: neither met nor unmet");
		assertEquals(2, review.metCount());
		assertEquals(1, review.unmetCount());
	}

	@Test
	void increaseTotalsAndRatiosD06D08() {
		CompetitionReport report = F.createCompetitionReport();
		report.setEconomy(F.createEconomicIndicators());
		report.setInnovation(F.createInnovationIndicators());
		ComparedDecimal revenue = F.createComparedDecimal();
		revenue.put(2024, d("120"));
		revenue.put(2025, d("210"));
		report.getEconomy().setRevenue(revenue);
		ComparedDecimal rd = F.createComparedDecimal();
		rd.put(2024, d("4.8"));
		rd.put(2025, d("6.3"));
		report.getInnovation().setRdExpenditure(rd);
		// 增幅 (210 − 120) / 120 = 75 %; R&D share 6.3 / 210 = 3 %
		assertRounded("75.00", revenue.computedGrowth());
		assertRounded("3.00", report.getInnovation().computedRdRevenueShare(2025));
		assertRounded("4.00", report.getInnovation().computedRdRevenueShare(2024));
		ComparedCount enterprises = F.createComparedCount();
		enterprises.put(2024, 80);
		enterprises.put(2025, 92);
		assertRounded("15.00", enterprises.computedGrowth());

		RankingTable top = F.createRankingTable();
		for (String v : new String[] { "30.5", "20.25", "10" }) {
			RankedEnterprise row = F.createRankedEnterprise();
			row.put(2025, d(v));
			top.getRows().add(row);
		}
		assertRounded("60.75", top.computedTotal(2025));
		assertNull(top.computedTotal(2024), "a row without a 2024 value leaves the total undefined");

		for (String v : new String[] { "1200.5", "800" }) {
			KeyProject p = F.createKeyProject();
			p.setInvestment(d(v));
			report.getKeyProjects().add(p);
		}
		assertRounded("2000.50", report.computedKeyProjectsTotal());
	}

	@Test
	void parkRatiosConvertYiYuanToWanYuanD09() {
		Park park = F.createPark();
		park.setFixedInvestment(indicator("10", "12.5", "8", "10"));
		park.setTax(indicator("0.6", "0.75", "0.4", "0.5"));
		YearlyDecimal area = F.createYearlyDecimal();
		area.put(2024, d("2400"));
		area.put(2025, d("2500"));
		// the form prints 园区开发面积 with one cell a year: the park's area, no cluster part
		park.setDevelopedArea(area);
		// 12.5 亿元 = 125 000 万元 over 2 500 亩 = 50 万元/亩; 10 亿元 over 2 400 亩 = 41.67
		assertRounded("50.00", park.computedInvestmentIntensity(2025));
		assertRounded("41.67", park.computedInvestmentIntensity(2024));
		// 0.75 亿元 = 7 500 万元 / 2 500 亩 = 3 万元/亩
		assertRounded("3.00", park.computedTaxPerMu(2025));
		// 总额增幅 of the investment: (12.5 − 10) / 10 = 25 %
		assertRounded("25.00", park.getFixedInvestment().computedGrowth());
	}

	@Test
	void unitConversion() {
		assertRounded("125000.00", UnitConversion.convert(d("12.5"), Unit.YI_YUAN, Unit.WAN_YUAN));
		assertRounded("1.25", UnitConversion.convert(d("12500"), Unit.WAN_YUAN, Unit.YI_YUAN));
		assertThrows(IllegalArgumentException.class, () -> UnitConversion.convert(d("1"), Unit.YI_USD, Unit.YI_YUAN),
				"亿美元 never compares with 亿元");
	}

	@Test
	void librarySummaryIsCountedFromTheRowsC05() {
		ClusterLibraries libraries = F.createClusterLibraries();
		ExistingEnterprise a = enterprise("甲", true, true, false, BrandHonour.NATIONAL_LITTLE_GIANT);
		ExistingEnterprise b = enterprise("乙", false, true, true, BrandHonour.PROVINCIAL_SINGLE_CHAMPION);
		ExistingEnterprise c = enterprise("丙", false, false, false);
		libraries.getExisting().add(a);
		libraries.getExisting().add(b);
		libraries.getExisting().add(c);
		assertEquals(2, libraries.countExisting(EnterpriseMark.ABOVE_SCALE));
		assertEquals(1, libraries.countExisting(EnterpriseMark.LITTLE_GIANT));
		assertEquals(
				"共有企业3个，其中，上市企业1个，制造业单项冠军1个，专精特新“小巨人”1个，规上工业企业2个，高新技术企业1个，国际国内品牌企业2个",
				libraries.existingSummary());
		for (String v : new String[] { "1.5", "2.25" }) {
			ConstructionProject p = F.createConstructionProject();
			p.setInvestment(d(v));
			libraries.getUnderConstruction().add(p);
		}
		assertEquals("共有在建项目2个，总投资额3.75亿元", libraries.underConstructionSummary());
		assertEquals("共有拟建项目0个，总投资额0.00亿元", libraries.plannedSummary());
	}

	private static ExistingEnterprise enterprise(String name, boolean listed, boolean aboveScale, boolean highTech,
			BrandHonour... honours) {
		ExistingEnterprise e = F.createExistingEnterprise();
		e.setName(name);
		e.setListed(listed);
		e.setAboveScale(aboveScale);
		e.setHighTech(highTech);
		for (BrandHonour h : honours) {
			e.getHonours().add(h);
		}
		return e;
	}

	private static ParkIndicator indicator(String total2024, String total2025, String part2024, String part2025) {
		ParkIndicator i = F.createParkIndicator();
		i.setParkTotal(series(2024, total2024, 2025, total2025));
		i.setClusterPart(series(2024, part2024, 2025, part2025));
		return i;
	}

}
