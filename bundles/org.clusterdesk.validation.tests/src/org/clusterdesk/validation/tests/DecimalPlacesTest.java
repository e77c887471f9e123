/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.dec;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.GeneralTesting.years;
import static org.clusterdesk.validation.tests.GeneralTesting.yearly;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G02 (E): decimals keep at most two places; counts are whole numbers ≥ 0. */
class DecimalPlacesTest {

	@Test
	void theSamplesKeepTwoDecimals() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G02");
		}
	}

	@Test
	void threeDecimalsInAYearlyRow() {
		Application a = sample("miit-2025");
		YearDecimal v = entry(a.getIndustry().getTotalOutput(), 2024);
		v.setValue(dec("123.456"));
		RuleFinding f = assertOneFinding(a, "G02", ERROR, "集群总产值（亿元）（2024年）", "123.456", "3位小数", "2位");
		assertEquals("二", f.section());
		assertSame(v, f.owner());
		assertSame(Literals.YEAR_DECIMAL__VALUE, f.feature());
		assertEquals("123.456", f.found());
	}

	@Test
	void trailingZerosAreNotPlaces() {
		Application a = sample("miit-2025");
		a.getBasicInfo().setArea(dec("12.5000"));
		entry(a.getIndustry().getTotalOutput(), 2024).setValue(dec("123.40"));
		assertNoFinding(a, "G02");
	}

	@Test
	void aSingleDecimalOfTheSection() {
		Application a = sample("shaanxi-2026");
		a.getBasicInfo().setArea(dec("8.125"));
		assertOneFinding(a, "G02", ERROR, "集群占地面积（平方公里）", "8.125");
	}

	@Test
	void aPlanIndicatorNamesItsColumn() {
		Application a = sample("miit-2025");
		PlanIndicator indicator = a.getPlan().getTargets().get(0);
		indicator.setTarget(dec("1.001"));
		RuleFinding f = assertOneFinding(a, "G02", ERROR, "三年总体目标", "1.001");
		assertEquals("八", f.section());
		assertTrue(f.field().contains("目标值"), f.field());
	}

	@Test
	void aNegativeCount() {
		Application a = sample("miit-2025");
		a.getInnovation().setPctApplications(-3);
		assertOneFinding(a, "G02", ERROR, "集群中小企业PCT国际专利申请量", "-3");
	}

	@Test
	void aLibraryAmountNamesItsRow() {
		CompetitionReport c = sample("competition-2026");
		ExistingEnterprise e = c.getLibraries().getExisting().get(1);
		e.setRevenue(dec("1.005"));
		RuleFinding f = assertOneFinding(c, "G02", ERROR, "现有企业库", "1.005");
		assertTrue(f.field().contains("第" + (e.getSourceRow() != null ? e.getSourceRow() : 2) + "行"), f.field());
	}

	@Test
	void aRowTheEditionDoesNotShowIsNotChecked() {
		// Jiangsu asks cumulative FDI growth, not the yearly FDI row
		Application a = sample("jiangsu-2024");
		a.getIndustry().setFdi(yearly(years(a), "1.001", "2.002", "3.003"));
		assertNoFinding(a, "G02");
	}
}
