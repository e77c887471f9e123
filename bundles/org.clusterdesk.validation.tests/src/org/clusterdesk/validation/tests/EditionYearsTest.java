/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.dec;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.GeneralTesting.firstYear;
import static org.clusterdesk.validation.tests.GeneralTesting.lastYear;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G11 (E): every yearly table holds exactly the edition's years, in order. */
class EditionYearsTest {

	@Test
	void theSamplesHoldTheirEditionsYears() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G11");
		}
	}

	private static YearDecimal value(int year, String value) {
		YearDecimal v = ClusterDeskFactory.eINSTANCE.createYearDecimal();
		v.setYear(year);
		v.setValue(dec(value));
		return v;
	}

	@Test
	void aYearBeforeTheTable() {
		Application a = sample("miit-2025");
		YearlyDecimal output = a.getIndustry().getTotalOutput();
		output.getValues().add(0, value(2021, "50.00"));
		RuleFinding f = assertOneFinding(a, "G11", ERROR, "集群总产值（亿元）", "2021年、2022年、2023年、2024年", "2022年、2023年、2024年");
		assertEquals("二", f.section());
		assertSame(output, f.owner());
		assertNoFinding(a, "G01");
	}

	@Test
	void yearsOutOfOrder() {
		Application a = sample("shaanxi-2026");
		YearlyDecimal share = a.getIndustry().getLeadingIndustryShare();
		share.getValues().move(0, share.getValues().size() - 1);
		assertOneFinding(a, "G11", ERROR, "集群主导产业产值占集群总产值比例（%）", "2025年、2023年、2024年", "2023年、2024年、2025年");
	}

	@Test
	void aYearTwice() {
		Application a = sample("jiangsu-2024");
		YearlyDecimal output = a.getIndustry().getTotalOutput();
		output.getValues().add(value(lastYear(a), "1.00"));
		assertOneFinding(a, "G11", ERROR, "集群总产值（亿元）", "2023年、2023年");
	}

	@Test
	void aRowAskingTheLastYearOnlyHoldsOneYear() {
		Application a = sample("beijing-2024");
		a.getDigital().getCloudRatio().put(firstYear(a), dec("10.00"));
		assertOneFinding(a, "G11", ERROR, "集群中小企业上云比例（%）", "2021年、2023年", "应填2023年");
	}

	@Test
	void aGapOfARequiredRowIsG01s() {
		Application a = sample("miit-2025");
		a.getIndustry().getSmeOutputShare().getValues().remove(entry(a.getIndustry().getSmeOutputShare(), 2022));
		assertNoFinding(a, "G11");
	}

	@Test
	void aGapInsideAParkIndicator() {
		CompetitionReport c = sample("competition-2026");
		YearlyDecimal part = c.getParks().get(0).getGdp().getClusterPart();
		part.getValues().remove(entry(part, firstYear(c)));
		RuleFinding f = assertOneFinding(c, "G11", ERROR, "园区生产总值（亿元）", "其中：集群产业", "2024年、2025年");
		assertEquals("三", f.section());
	}

	@Test
	void aCompetitionRowWithAForeignYear() {
		CompetitionReport c = sample("competition-2026");
		c.getEconomy().getProfit().getValues().add(value(2026, "1.00"));
		assertOneFinding(c, "G11", ERROR, "利润总额（亿元）", "2024年、2025年、2026年");
	}
}
