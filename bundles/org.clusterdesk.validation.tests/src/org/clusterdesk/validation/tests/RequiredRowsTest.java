/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.GeneralTesting.lastYear;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.findings;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.IndustryType;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G01 (E): a required row of the edition is not empty; text that does not apply says 无. */
class RequiredRowsTest {

	@Test
	void theSamplesFillEveryRequiredRow() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G01");
		}
	}

	@Test
	void aBlankTextIsMissingAndNamesTheRow() {
		Application a = sample("miit-2025");
		a.getIndustry().setChainNarrative("  \n ");
		RuleFinding f = assertOneFinding(a, "G01", ERROR, "集群产业链强链补链情况（200字以内）", "未填写", "“无”");
		assertEquals("二", f.section());
		assertSame(a.getIndustry(), f.owner());
		assertSame(Literals.INDUSTRY_SECTION__CHAIN_NARRATIVE, f.feature());
	}

	@Test
	void nothingToReportIsWrittenAsWu() {
		Application a = sample("miit-2025");
		a.getIndustry().setChainNarrative("无");
		assertNoFinding(a, "G01");
	}

	@Test
	void eachMissingRowIsOneFinding() {
		Application a = sample("shaanxi-2026");
		a.getIndustry().setQualityNarrative("");
		a.getBasicInfo().setIndustryType(IndustryType.NONE);
		List<RuleFinding> found = findings(a, "G01");
		assertEquals(2, found.size(), RuleTesting.describe(found));
		assertTrue(found.stream().anyMatch(f -> f.field().equals("主导产业所属产业类型") && f.message().contains("未选择")));
		assertTrue(found.stream().anyMatch(f -> f.field().equals("集群质量品牌建设情况（200字以内）")));
	}

	@Test
	void aMissingYearIsNamedAndLeftToThisRuleOnly() {
		Application a = sample("miit-2025");
		a.getIndustry().getTotalOutput().getValues().remove(entry(a.getIndustry().getTotalOutput(), 2023));
		assertOneFinding(a, "G01", ERROR, "集群总产值（亿元）", "缺少2023年的数值");
		assertNoFinding(a, "G11");
	}

	@Test
	void anUnansweredYesNoQuestionIsMissing() {
		Application a = sample("miit-2025-review");
		a.getBasicInfo().getOperatorChanged().setAnswer(YesNo.NONE);
		assertOneFinding(a, "G01", ERROR, "集群运营管理机构是否发生变化", "未选择");
	}

	@Test
	void aContactNeedsAPhone() {
		Application a = sample("miit-2025");
		a.getContact().setPhone(" ");
		RuleFinding f = assertOneFinding(a, "G01", ERROR, "联系人及联系电话", "未填写联系方式");
		assertEquals("封面", f.section());
	}

	@Test
	void theDepartmentNeedsItsNameAndContact() {
		Application a = sample("beijing-2024");
		a.getBasicInfo().getDepartment().setName(null);
		a.getBasicInfo().getDepartment().getContact().setPerson("");
		assertOneFinding(a, "G01", ERROR, "县级行政区划中小企业主管部门", "单位名称、联系人");
	}

	@Test
	void aRowOfAnotherEditionIsNotAsked() {
		// Beijing asks no yearly 主导产业产值增速 and Jiangsu no 禁止类产业 question in section 一
		Application beijing = sample("beijing-2024");
		beijing.getIndustry().setLeadingIndustryGrowth(null);
		assertNoFinding(beijing, "G01");
		Application jiangsu = sample("jiangsu-2024");
		jiangsu.getBasicInfo().setProhibitedIndustry(YesNo.NONE);
		assertNoFinding(jiangsu, "G01");
	}

	@Test
	void aRowTheEditionMarksOptionalMayStayEmpty() {
		Application a = sample("miit-2025");
		a.setRecommendation(null);
		assertNoFinding(a, "G01");
	}

	@Test
	void theDeclarationIsLeftToTheFinalExport() {
		Application a = sample("jiangsu-2024");
		a.getDeclaration().setSigner(null);
		a.getDeclaration().setDate(null);
		assertNoFinding(a, "G01");
	}

	@Test
	void aParkWithoutItsReportIsNamed() {
		CompetitionReport c = sample("competition-2026");
		String park = c.getParks().get(0).getName();
		c.getParks().get(0).setReport("");
		RuleFinding f = assertOneFinding(c, "G01", ERROR, "集群核心承载园区推进集群发展自评报告（2500字）", park);
		assertEquals("三", f.section());
		assertTrue(f.field().contains(park), f.field());
	}

	@Test
	void anEmptyListIsMissing() {
		Application a = sample("miit-2025");
		a.getPlan().getStageGoals().clear();
		assertOneFinding(a, "G01", ERROR, "阶段性目标", "至少应填一项");
	}

	@Test
	void theLastYearOnlyRowsAskOneYear() {
		Application a = sample("beijing-2024");
		int last = lastYear(a);
		a.getDigital().getCloudRatio().getValues().remove(entry(a.getDigital().getCloudRatio(), last));
		assertOneFinding(a, "G01", ERROR, "集群中小企业上云比例（%）", "缺少" + last + "年的数值");
	}
}
