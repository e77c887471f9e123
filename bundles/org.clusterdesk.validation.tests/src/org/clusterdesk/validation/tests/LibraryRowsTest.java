/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.d;
import static org.clusterdesk.validation.tests.CompetitionTesting.enterprise;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C06 (E): library rows — name, location, overview ≤ 200, 1–3 products, non-negative amounts, no duplicate names. */
class LibraryRowsTest {

	private static final String EXISTING = "（一）现有企业库";

	@Test
	void theSampleRowsAreComplete() {
		assertNoFinding(report(), "C06");
	}

	@Test
	void aRowWithoutNameIsAnErrorAtItsSpreadsheetRow() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(0);
		assertEquals(Integer.valueOf(4), e.getSourceRow());
		e.setName(" ");
		RuleFinding f = assertOneFinding(r, "C06", ERROR, EXISTING + "（第4行）", "未填企业名称");
		assertEquals("六", f.section());
		assertEquals(Literals.EXISTING_ENTERPRISE__NAME, f.feature());
		assertEquals(e, f.owner());
	}

	@Test
	void withoutSpreadsheetRowTheRowIsCountedInTheLibrary() {
		CompetitionReport r = report();
		ExistingEnterprise added = enterprise("株洲新增硬质合金有限公司", "0.10");
		added.setPark(null);
		r.getLibraries().getExisting().add(added);
		assertOneFinding(r, "C06", ERROR, EXISTING + "（第65行）", "株洲新增硬质合金有限公司", "缺所在园区");
	}

	@Test
	void everyMissingPartOfTheLocationIsNamedOnce() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(1);
		e.setCounty(null);
		e.setPark("");
		RuleFinding f = assertOneFinding(r, "C06", ERROR, EXISTING + "（第5行）", "株洲荷锐精密刀具股份有限公司", "所在地未填全",
				"缺县（市）区、所在园区");
		assertEquals(Literals.EXISTING_ENTERPRISE__COUNTY, f.feature());
	}

	@Test
	void aProjectUnderConstructionNeedsItsPark() {
		CompetitionReport r = report();
		r.getLibraries().getUnderConstruction().get(1).setPark(null);
		assertOneFinding(r, "C06", ERROR, "（三）在建项目库（第5行）", "高端数控刀片智能工厂项目", "缺园区");
	}

	@Test
	void aPlannedProjectNeedsItsSite() {
		CompetitionReport r = report();
		r.getLibraries().getPlanned().get(0).setLocation("");
		RuleFinding f = assertOneFinding(r, "C06", ERROR, "（四）拟建项目库（第4行）", "高性能硬质合金刀具产业园二期项目", "缺建设地点");
		assertEquals(Literals.PLANNED_PROJECT__LOCATION, f.feature());
	}

	@Test
	void aForeignProspectiveEnterpriseMayHaveNoProvince() {
		CompetitionReport r = report();
		List<ProspectiveEnterprise> prospective = r.getLibraries().getProspective();
		ProspectiveEnterprise german = prospective.stream().filter(p -> "德国".equals(p.getCountry())).findFirst().orElseThrow();
		german.setProvince(null);
		assertNoFinding(r, "C06");
		ProspectiveEnterprise domestic = prospective.get(0);
		domestic.setProvince(" ");
		assertOneFinding(r, "C06", ERROR, "（二）拟引进企业库（第4行）", "深圳市锐进增材科技有限公司", "缺省份");
		domestic.setProvince("广东省");
		domestic.setCountry(null);
		domestic.setCity(null);
		assertOneFinding(r, "C06", ERROR, "（二）拟引进企业库（第4行）", "缺国别、城市");
	}

	@Test
	void anOverviewOf200CharactersIsTheLimit() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(2);
		String twoHundred = "硬".repeat(100) + " \n" + "质".repeat(100); // whitespace does not count
		e.setOverview(twoHundred);
		assertNoFinding(r, "C06");
		e.setOverview(twoHundred + "合");
		RuleFinding f = assertOneFinding(r, "C06", ERROR, EXISTING + "（第6行）", "湖南金砥钨业股份有限公司", "企业概况201字", "超过200字");
		assertEquals(Literals.EXISTING_ENTERPRISE__OVERVIEW, f.feature());
		assertEquals("201字", f.found());
	}

	@Test
	void enterprisesNameOneToThreeProducts() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(0);
		e.getProducts().add("硬质合金刀片");
		assertOneFinding(r, "C06", ERROR, EXISTING + "（第4行）", "填有4种主导产品", "不超过3种");
		e.getProducts().clear();
		assertOneFinding(r, "C06", ERROR, EXISTING + "（第4行）", "未填主导产品", "1至3种");
		e.getProducts().add("硬质合金棒材");
		assertNoFinding(r, "C06");
		r.getLibraries().getProspective().get(1).getProducts().addAll(List.of("甲", "乙", "丙"));
		assertOneFinding(r, "C06", ERROR, "（二）拟引进企业库（第5行）", "厦门钨峰精工股份有限公司", "主导产品");
	}

	@Test
	void revenueIsNotNegative() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(63);
		e.setRevenue(d("0.00"));
		assertNoFinding(r, "C06");
		e.setRevenue(d("-0.01"));
		RuleFinding f = assertOneFinding(r, "C06", ERROR, EXISTING, "2025年主营业务收入为-0.01亿元", "不能为负数");
		assertEquals(Literals.EXISTING_ENTERPRISE__REVENUE, f.feature());
	}

	@Test
	void aNameTwiceInALibraryIsReportedOnTheLaterRow() {
		CompetitionReport r = report();
		List<ExistingEnterprise> existing = r.getLibraries().getExisting();
		existing.get(5).setName(existing.get(2).getName());
		RuleFinding f = assertOneFinding(r, "C06", ERROR, EXISTING + "（第9行）", "与第6行重名", "湖南金砥钨业股份有限公司");
		assertEquals(existing.get(5), f.owner());
	}

	@Test
	void duplicatesAreFoundAcrossBracketWidthsAndBlanks() {
		CompetitionReport r = report();
		List<ExistingEnterprise> existing = r.getLibraries().getExisting();
		existing.get(2).setName("湖南金砥钨业（集团）有限公司");
		existing.get(40).setName(" 湖南金砥钨业(集团) 有限公司");
		assertOneFinding(r, "C06", ERROR, EXISTING, "与第6行重名", "湖南金砥钨业(集团) 有限公司");
	}

	@Test
	void theSameNameInTwoLibrariesIsNoDuplicate() {
		CompetitionReport r = report();
		ClusterLibraries libraries = r.getLibraries();
		libraries.getProspective().get(0).setName(libraries.getExisting().get(0).getName());
		assertNoFinding(r, "C06");
	}

	@Test
	void aPlannedProjectTwiceIsADuplicateProject() {
		CompetitionReport r = report();
		ClusterLibraries libraries = r.getLibraries();
		libraries.getPlanned().get(1).setName(libraries.getPlanned().get(0).getName());
		RuleFinding f = assertOneFinding(r, "C06", ERROR, "（四）拟建项目库（第5行）", "与第4行重名", "项目名称不得重复");
		assertEquals(Literals.PROJECT__NAME, f.feature());
	}

	@Test
	void aNegativeInvestmentIsC08sNotAgainC06s() {
		CompetitionReport r = report();
		r.getLibraries().getUnderConstruction().get(0).setInvestment(d("-1.00"));
		assertNoFinding(r, "C06");
	}
}
