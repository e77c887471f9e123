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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * D01–D09: entered values agree with what they are derived from, within 0.01 after rounding HALF_UP. The numbers are
 * worked by hand in each case; 0.01 off passes, 0.02 off is reported.
 */
class DerivedAgreementTest {

	private static final String[] SAMPLES = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026" };

	private static final String[] IDS = { "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09" };

	@Test
	void theSamplesAgreeWithTheirDerivedValues() {
		for (String edition : SAMPLES) {
			ValidationReport report = validate(sample(edition));
			for (String id : IDS) {
				List<RuleFinding> found = report.findings(id);
				assertTrue(found.isEmpty(), edition + " " + id + ": " + describe(found));
			}
		}
	}

	@Test
	void d01YearGrowthWithinTheTolerancePassesAndBeyondItIsAnError() {
		// FDI 100 → 110 → 121 万元: 10.00 % each year
		Application a = sample("miit-2025");
		IndustrySection industry = a.getIndustry();
		industry.getFdi().put(2022, new BigDecimal("100"));
		industry.getFdi().put(2023, new BigDecimal("110"));
		industry.getFdi().put(2024, new BigDecimal("121"));
		industry.getFdiGrowth().put(2023, new BigDecimal("10.00"));
		industry.getFdiGrowth().put(2024, new BigDecimal("10.01"));
		assertNoFinding(a, "D01");
		industry.getFdiGrowth().put(2024, new BigDecimal("10.02"));
		RuleFinding f = assertOneFinding(a, "D01", ERROR, "集群外商直接投资额增长率", "10.02", "10.00", "上年值");
		assertTrue(f.field().contains("2024年"), f.field());
		assertEquals("二", f.section());
		assertEquals("10.02", f.found());
		assertEquals("10.00", f.expected());
	}

	@Test
	void d02AverageGrowthIsTheGeometricMeanOfTheEnteredRates() {
		// ((1.10 × 1.20 × 1.30)^(1/3) − 1) × 100 = 19.7216 → 19.72 (an arithmetic mean would give 20.00)
		Application a = sample("miit-2025");
		IndustrySection industry = a.getIndustry();
		industry.getLeadingIndustryGrowth().put(2022, new BigDecimal("10"));
		industry.getLeadingIndustryGrowth().put(2023, new BigDecimal("20"));
		industry.getLeadingIndustryGrowth().put(2024, new BigDecimal("30"));
		industry.setLeadingIndustryAverageGrowth(new BigDecimal("19.72"));
		assertNoFinding(a, "D02");
		industry.setLeadingIndustryAverageGrowth(new BigDecimal("20.00"));
		assertOneFinding(a, "D02", ERROR, "近三年集群主导产业产值年均增速", "20.00", "19.72", "几何平均");
	}

	@Test
	void d02FromValuesWhereTheFormGivesNoYearlyRatesSaysSo() {
		// Beijing asks no yearly leading-industry growth: leading output 100 × 80 % = 80 → 121 × 80 % = 96.8 over two years,
		// (96.8 / 80)^(1/2) − 1 = 10.00 %
		Application a = sample("beijing-2024");
		IndustrySection industry = a.getIndustry();
		industry.getTotalOutput().put(2021, new BigDecimal("100"));
		industry.getTotalOutput().put(2023, new BigDecimal("121"));
		industry.getLeadingIndustryShare().put(2021, new BigDecimal("80"));
		industry.getLeadingIndustryShare().put(2023, new BigDecimal("80"));
		industry.setLeadingIndustryAverageGrowth(new BigDecimal("10.00"));
		assertNoFinding(a, "D02");
		industry.setLeadingIndustryAverageGrowth(new BigDecimal("9.98"));
		assertOneFinding(a, "D02", ERROR, "近三年集群主导产业产值年均增速", "9.98", "10.00", "由首末年数值计算");
	}

	@Test
	void d03LeadingIndustryGrowthDisagreeingIsAWarning() {
		// output 100 → 110 → 121 亿元 at 80 %: leading output 80 → 88 → 96.8, growing 10.00 % a year
		Application a = sample("miit-2025");
		IndustrySection industry = a.getIndustry();
		int[] years = { 2022, 2023, 2024 };
		String[] output = { "100", "110", "121" };
		for (int i = 0; i < years.length; i++) {
			industry.getTotalOutput().put(years[i], new BigDecimal(output[i]));
			industry.getLeadingIndustryShare().put(years[i], new BigDecimal("80"));
		}
		industry.getLeadingIndustryGrowth().put(2023, new BigDecimal("10.00"));
		industry.getLeadingIndustryGrowth().put(2024, new BigDecimal("9.99"));
		assertNoFinding(a, "D03");
		industry.getLeadingIndustryGrowth().put(2023, new BigDecimal("10.50"));
		RuleFinding f = assertOneFinding(a, "D03", WARNING, "集群主导产业产值增速", "10.50", "10.00");
		assertTrue(f.field().contains("2023年"), f.field());
	}

	@Test
	void d04CloudRatioAndIiotPenetrationAgreeWithTheirCounts() {
		// 45 and 90 of 200 SMEs: 22.50 % and 45.00 %
		Application a = sample("miit-2025");
		a.getIndustry().getSmes().put(2024, 200);
		a.getDigital().getCloudSmes().put(2024, 45);
		a.getDigital().getCloudRatio().put(2024, new BigDecimal("22.50"));
		a.getDigital().getIiotSmes().put(2024, 90);
		a.getDigital().getIiotPenetration().put(2024, new BigDecimal("45.00"));
		assertNoFinding(a, "D04");
		a.getDigital().getCloudRatio().put(2024, new BigDecimal("25.00"));
		assertOneFinding(a, "D04", ERROR, "集群中小企业上云比例", "25.00", "22.50", "上云中小企业数量");
	}

	@Test
	void d05PatentsPerTenThousandEmployees() {
		// 123 / 45 600 × 10 000 = 26.9737 → 26.97; 26.98 is within 0.01, 26.99 is not
		Application a = sample("miit-2025");
		a.getInnovation().setValidInventionPatents(123);
		a.getInnovation().getSmeEmployees().put(2024, 45_600);
		a.getInnovation().setPatentsPer10k(new BigDecimal("26.98"));
		assertNoFinding(a, "D05");
		a.getInnovation().setPatentsPer10k(new BigDecimal("26.99"));
		assertOneFinding(a, "D05", ERROR, "每万人有效发明专利拥有量", "26.99", "26.97", "10000");
	}

	@Test
	void d06RdIntensityAgreesWithRdExpenditureAndRevenue() {
		// 12.5 / 500 亿元 × 100 = 2.50 %
		CompetitionReport r = sample("competition-2026");
		r.getInnovation().getRdExpenditure().put(2025, new BigDecimal("12.5"));
		r.getEconomy().getRevenue().put(2025, new BigDecimal("500"));
		r.getInnovation().getRdRevenueShare().put(2025, new BigDecimal("2.50"));
		assertNoFinding(r, "D06");
		r.getInnovation().getRdRevenueShare().put(2025, new BigDecimal("2.53"));
		RuleFinding f = assertOneFinding(r, "D06", ERROR, "R&D经费支出占集群营业收入比重", "2.53", "2.50");
		assertEquals("2.4", f.section());
	}

	@Test
	void d07EnergyReductionDisagreeingIsAWarning() {
		// (0.50 − 0.40) / 0.50 × 100 = 20.00 %
		Application a = sample("miit-2025");
		a.getGreen().getEnergyPerOutput().put(2022, new BigDecimal("0.50"));
		a.getGreen().getEnergyPerOutput().put(2024, new BigDecimal("0.40"));
		a.getGreen().setEnergyReductionRate(new BigDecimal("20.00"));
		assertNoFinding(a, "D07");
		a.getGreen().setEnergyReductionRate(new BigDecimal("25.00"));
		assertOneFinding(a, "D07", WARNING, "单位产值能耗降低率", "25.00", "20.00", "首年值");
	}

	@Test
	void d08IncreaseAndTotalOfTheCompetitionReport() {
		// output 100 → 112.5 亿元: 增幅 12.50 %
		CompetitionReport r = sample("competition-2026");
		r.getEconomy().getOutput().put(2024, new BigDecimal("100"));
		r.getEconomy().getOutput().put(2025, new BigDecimal("112.5"));
		r.getEconomy().getOutput().setGrowth(new BigDecimal("12.50"));
		assertNoFinding(r, "D08");
		r.getEconomy().getOutput().setGrowth(new BigDecimal("12.48"));
		assertOneFinding(r, "D08", ERROR, "集群产值", "12.48", "12.50", "增幅");

		CompetitionReport t = sample("competition-2026");
		RankingTable table = t.getEnterprises().getTopRevenue();
		BigDecimal sum = BigDecimal.ZERO;
		for (RankedEnterprise row : table.getRows()) {
			sum = sum.add(row.valueOf(2025));
		}
		table.getTotal().put(2025, sum.add(BigDecimal.ONE));
		RuleFinding f = assertOneFinding(t, "D08", ERROR, "营业收入排名前十", sum.add(BigDecimal.ONE).toPlainString(),
				DecimalMath.round2(sum).toPlainString(), "合计", "各行之和");
		assertTrue(f.field().contains("2025年"), f.field());
	}

	@Test
	void d09ParkRatiosConvertYiYuanToWanYuanFirst() {
		// 50 亿元 = 500 000 万元 on 10 000 亩: 50.00 万元/亩; tax 2 亿元 = 20 000 万元: 2.00 万元/亩
		CompetitionReport r = sample("competition-2026");
		Park park = r.getParks().get(0);
		park.getFixedInvestment().getParkTotal().put(2025, new BigDecimal("50"));
		park.getTax().getParkTotal().put(2025, new BigDecimal("2"));
		park.getDevelopedArea().put(2025, new BigDecimal("10000"));
		park.getInvestmentIntensity().put(2025, new BigDecimal("50.00"));
		park.getTaxPerMu().put(2025, new BigDecimal("2.00"));
		assertNoFinding(r, "D09");
		// the amount left in 亿元 (no conversion) is what the rule catches
		park.getInvestmentIntensity().put(2025, new BigDecimal("0.01"));
		RuleFinding f = assertOneFinding(r, "D09", ERROR, "投资强度", "0.01", "50.00", park.getName(), "10000");
		assertEquals(Literals.PARK__INVESTMENT_INTENSITY, f.feature());
		assertNotNull(f.owner());
	}

	@Test
	void aDocumentWithoutEditionHasNothingToCheck() {
		ClusterDocument d = sample("miit-2025");
		d.setEditionId("no-such-edition");
		for (String id : IDS) {
			assertNoFinding(d, id);
		}
	}
}
