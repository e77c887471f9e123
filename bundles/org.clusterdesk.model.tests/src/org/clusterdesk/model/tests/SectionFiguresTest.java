/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.clusterdesk.model.tests.Fixtures.F;
import static org.clusterdesk.model.tests.Fixtures.assertRounded;
import static org.clusterdesk.model.tests.Fixtures.counts;
import static org.clusterdesk.model.tests.Fixtures.d;
import static org.clusterdesk.model.tests.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.forms.CommitmentWording;
import org.junit.jupiter.api.Test;

/** Derived values of the application sections (D01–D05, D07, G06) against hand-worked figures. */
class SectionFiguresTest {

	@Test
	void seriesKeepsYearsInOrderAndComputesGrowth() {
		YearlyDecimal s = series(2024, "630", 2022, "500", 2023, "560");
		assertEquals(List.of(2022, 2023, 2024), s.years());
		// (560 − 500) / 500 = 12 %; (630 − 560) / 560 = 12.5 %
		assertRounded("12.00", s.growth(2023));
		assertRounded("12.50", s.growth(2024));
		assertNull(s.growth(2022), "no year before the table");
		// √(630 / 500) − 1 = 12.2497 %
		assertRounded("12.25", s.averageGrowth());
		s.put(2023, d("561"));
		assertEquals(d("561"), s.valueOf(2023));
		assertEquals(3, s.getValues().size());
	}

	@Test
	void leadingIndustryOutputAndItsGrowthD03() {
		Application a = Fixtures.application("miit-2025");
		IndustrySection industry = a.getIndustry();
		industry.setTotalOutput(series(2022, "500", 2023, "560", 2024, "630"));
		industry.setLeadingIndustryShare(series(2022, "80", 2023, "80", 2024, "82"));
		// 500 × 80 % = 400; 560 × 80 % = 448; 630 × 82 % = 516.6
		assertRounded("400.00", industry.leadingIndustryOutput(2022));
		assertRounded("448.00", industry.leadingIndustryOutput(2023));
		assertRounded("516.60", industry.leadingIndustryOutput(2024));
		// (448 − 400) / 400 = 12 %; (516.6 − 448) / 448 = 15.3125 %
		assertRounded("12.00", industry.leadingIndustryOutputGrowth(2023));
		assertRounded("15.31", industry.leadingIndustryOutputGrowth(2024));
		assertRounded("12.25", industry.outputAverageGrowth());
	}

	@Test
	void leadingIndustryAverageGrowthIsGeometricD02() {
		IndustrySection industry = F.createIndustrySection();
		industry.setLeadingIndustryGrowth(series(2022, "10", 2023, "12", 2024, "15.31"));
		// ((1.10)(1.12)(1.1531))^(1/3) − 1 = 12.4154 %
		assertRounded("12.42", industry.computedLeadingIndustryAverageGrowth());
		industry.getLeadingIndustryGrowth().put(2023, null);
		assertNull(industry.computedLeadingIndustryAverageGrowth(), "a missing rate leaves the mean undefined");
	}

	@Test
	void fdiAndExportGrowthD01() {
		IndustrySection industry = F.createIndustrySection();
		industry.setFdi(series(2022, "8000", 2023, "9200"));
		industry.setExports(series(2022, "150000", 2023, "135000"));
		assertRounded("15.00", industry.computedFdiGrowth(2023));
		assertRounded("-10.00", industry.computedExportGrowth(2023));
	}

	@Test
	void cloudAndIiotShareOfSmesD04() {
		Application a = Fixtures.application("miit-2025");
		a.getIndustry().setSmes(counts(2024, 1200));
		a.getDigital().setCloudSmes(counts(2024, 540));
		a.getDigital().setIiotSmes(counts(2024, 300));
		// 540 / 1200 = 45 %; 300 / 1200 = 25 %
		assertRounded("45.00", a.getDigital().computedCloudRatio(2024));
		assertRounded("25.00", a.getDigital().computedIiotPenetration(2024));
		assertNull(a.getDigital().computedCloudRatio(2023), "no SME count for 2023");
	}

	@Test
	void patentsPerTenThousandAndRdD05() {
		Application a = Fixtures.application("miit-2025");
		a.getInnovation().setValidInventionPatents(360);
		a.getInnovation().setSmeEmployees(counts(2023, 22000, 2024, 24000));
		a.getInnovation().setRdStaff(counts(2024, 1800));
		a.getInnovation().setRdExpenditure(series(2022, "2.80", 2023, "3.20", 2024, "3.60"));
		// 360 / 24 000 × 10 000 = 150 (the last year's employees)
		assertRounded("150.00", a.getInnovation().computedPatentsPer10k());
		// (3.6 − 3.2) / 3.2 = 12.5 %
		assertRounded("12.50", a.getInnovation().computedRdGrowth(2024));
		// 1800 / 24 000 = 7.5 %
		assertRounded("7.50", a.getInnovation().computedRdStaffShare(2024));
		// √(3.6 / 2.8) − 1 = 13.389 %
		assertRounded("13.39", a.getInnovation().rdAverageGrowth());
	}

	@Test
	void energyAndCo2ReductionD07() {
		Application a = Fixtures.application("miit-2025");
		a.getGreen().setEnergyPerOutput(series(2022, "0.50", 2023, "0.46", 2024, "0.42"));
		a.getGreen().setCo2PerOutput(series(2022, "1.20", 2023, "1.10", 2024, "0.96"));
		// (0.50 − 0.42) / 0.50 = 16 %; (1.20 − 0.96) / 1.20 = 20 %
		assertRounded("16.00", a.getGreen().computedEnergyReduction());
		assertRounded("20.00", a.getGreen().computedCo2Reduction());
	}

	@Test
	void eligibilityG06() {
		Application a = Fixtures.application("miit-2025");
		a.getBasicInfo().setProhibitedIndustry(YesNo.NO);
		ExplainedAnswer accidents = F.createExplainedAnswer();
		accidents.setAnswer(YesNo.NO);
		a.getBasicInfo().setAccidents(accidents);
		assertTrue(a.eligible());
		accidents.setAnswer(YesNo.YES);
		assertFalse(a.eligible(), "an accident makes the cluster ineligible");
		accidents.setAnswer(YesNo.NO);
		a.getBasicInfo().setProhibitedIndustry(YesNo.YES);
		assertFalse(a.eligible(), "a prohibited industry makes the cluster ineligible");
	}

	@Test
	void jiangsuEligibilityComesFromTheCommitmentLetter() {
		Application a = Fixtures.application("jiangsu-2024");
		a.setName("扬州市宝应县输变电装备产业");
		a.setCommitment(F.createCommitmentLetter());
		List<String> worded = CommitmentWording.prescribed(a);
		assertEquals(List.of("我市本次申报的扬州市宝应县输变电装备产业集群主导产业不属于国家规定的禁止、限制和淘汰类产业；",
				"集群及集群内企业近三年未发生较大及以上安全、质量和环境污染等事故，重大及以上网络安全事件和数据安全事件，",
				"不存在偷税漏税、严重失信等其他重大违法违规行为。"), worded);
		a.getCommitment().getCommitments().addAll(worded.subList(0, 2));
		assertFalse(a.eligible(), "the letter does not make the commitment about violations");
		a.getCommitment().getCommitments().add(worded.get(2));
		assertTrue(a.eligible());
		a.setName("扬州市宝应县智能电网装备产业集群");
		assertFalse(a.eligible(), "the letter's commitments name another cluster than the application");
		a.setName("扬州市宝应县输变电装备产业");
		CommitmentWording.rename(a, "扬州市宝应县智能电网装备产业集群");
		assertEquals("我市本次申报的扬州市宝应县智能电网装备产业集群主导产业不属于国家规定的禁止、限制和淘汰类产业；",
				a.getCommitment().getCommitments().get(0), "renaming words the commitments with the new name");
		assertTrue(a.eligible());
	}
}
