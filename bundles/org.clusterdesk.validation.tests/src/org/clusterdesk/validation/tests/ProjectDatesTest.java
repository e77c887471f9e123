/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.d;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C08 (E): investment > 0, start dates inside the construction period, planned starts after the report date. */
class ProjectDatesTest {

	private static final String BUILDING = "（三）在建项目库";

	private static final String PLANNED = "（四）拟建项目库";

	@Test
	void theSampleProjectsAreConsistent() {
		CompetitionReport r = report();
		assertEquals(LocalDate.of(2026, 3, 25), r.getFilingDate());
		assertNoFinding(r, "C08");
	}

	@Test
	void theInvestmentIsPositive() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0);
		p.setInvestment(d("0.00"));
		RuleFinding f = assertOneFinding(r, "C08", ERROR, BUILDING + "（第4行）", "年产3000吨超细晶粒硬质合金棒材扩产项目", "总投资额为0.00亿元",
				"应大于0");
		assertEquals(Literals.PROJECT__INVESTMENT, f.feature());
		p.setInvestment(d("-3.00"));
		assertOneFinding(r, "C08", ERROR, BUILDING, "-3.00亿元");
		p.setInvestment(null);
		assertOneFinding(r, "C08", ERROR, BUILDING, "未填总投资额");
		p.setInvestment(d("0.01"));
		assertNoFinding(r, "C08");
	}

	@Test
	void theStartDateLiesInsideTheConstructionPeriodBoundsIncluded() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0); // 2024-06 … 2026-12
		p.setStartDate(YearMonth.of(2024, 6));
		assertNoFinding(r, "C08");
		p.setStartDate(YearMonth.of(2026, 12));
		assertNoFinding(r, "C08");
		p.setStartDate(YearMonth.of(2024, 5));
		RuleFinding f = assertOneFinding(r, "C08", ERROR, BUILDING + "（第4行）", "开工时间2024年5月", "2024年6月至2026年12月");
		assertEquals(Literals.CONSTRUCTION_PROJECT__START_DATE, f.feature());
		p.setStartDate(YearMonth.of(2027, 1));
		assertOneFinding(r, "C08", ERROR, BUILDING, "开工时间2027年1月");
	}

	/** A period given as 2024-2026 is checked at year precision: any month of 2024 to 2026 is inside, 2023 is not. */
	@Test
	void aPeriodInYearsIsCheckedAtYearPrecision() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0);
		p.setPeriodStart(YearMonth.of(2024, 1));
		p.setPeriodEnd(YearMonth.of(2026, 12));
		p.setPeriodYearsOnly(true);
		for (YearMonth inside : List.of(YearMonth.of(2024, 1), YearMonth.of(2025, 7), YearMonth.of(2026, 12))) {
			p.setStartDate(inside);
			assertNoFinding(r, "C08");
		}
		p.setStartDate(YearMonth.of(2023, 12));
		RuleFinding f = assertOneFinding(r, "C08", ERROR, BUILDING, "开工时间2023年12月", "不在项目建设期2024年至2026年之内");
		assertEquals(Literals.CONSTRUCTION_PROJECT__START_DATE, f.feature());
		p.setStartDate(YearMonth.of(2027, 1));
		assertOneFinding(r, "C08", ERROR, BUILDING, "开工时间2027年1月", "2024年至2026年");
	}

	@Test
	void aPeriodOfOneYearIsNamedAsThatYear() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0);
		p.setPeriodStart(YearMonth.of(2025, 1));
		p.setPeriodEnd(YearMonth.of(2025, 12));
		p.setPeriodYearsOnly(true);
		p.setStartDate(YearMonth.of(2024, 10));
		assertOneFinding(r, "C08", ERROR, BUILDING, "开工时间2024年10月不在项目建设期2025年之内");
	}

	@Test
	void aReversedPeriodInYearsNamesTheYears() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0);
		p.setPeriodStart(YearMonth.of(2026, 1));
		p.setPeriodEnd(YearMonth.of(2024, 12));
		p.setPeriodYearsOnly(true);
		assertOneFinding(r, "C08", ERROR, BUILDING, "起于2026年、止于2024年");
	}

	@Test
	void aReversedPeriodIsOneError() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0);
		p.setPeriodEnd(YearMonth.of(2024, 5));
		RuleFinding f = assertOneFinding(r, "C08", ERROR, BUILDING, "起于2024年6月、止于2024年5月");
		assertEquals(Literals.PROJECT__PERIOD_END, f.feature());
	}

	@Test
	void aPlannedStartIsNotBeforeTheFilingMonth() {
		CompetitionReport r = report();
		PlannedProject p = r.getLibraries().getPlanned().get(0);
		p.setPeriodStart(YearMonth.of(2026, 1));
		p.setPlannedStart(YearMonth.of(2026, 3)); // the filing month: a month cannot say which day
		assertNoFinding(r, "C08");
		p.setPlannedStart(YearMonth.of(2026, 2));
		RuleFinding f = assertOneFinding(r, "C08", ERROR, PLANNED + "（第4行）", "高性能硬质合金刀具产业园二期项目", "拟开工时间2026年2月",
				"早于申报时间2026年3月25日");
		assertEquals(Literals.PLANNED_PROJECT__PLANNED_START, f.feature());
		r.setFilingDate(null);
		assertNoFinding(r, "C08");
	}

	@Test
	void aPlannedStartLiesInsideItsPeriod() {
		CompetitionReport r = report();
		PlannedProject p = r.getLibraries().getPlanned().get(0); // 2026-06 … 2028-12
		p.setPlannedStart(YearMonth.of(2029, 1));
		assertOneFinding(r, "C08", ERROR, PLANNED, "拟开工时间2029年1月", "不在项目建设期2026年6月至2028年12月之内");
	}

	@Test
	void aMissingBoundChecksTheOther() {
		CompetitionReport r = report();
		ConstructionProject p = r.getLibraries().getUnderConstruction().get(0);
		p.setPeriodEnd(null);
		p.setStartDate(YearMonth.of(2030, 1));
		assertNoFinding(r, "C08");
		p.setStartDate(YearMonth.of(2024, 1));
		assertOneFinding(r, "C08", ERROR, BUILDING, "2024年6月至未填");
	}
}
