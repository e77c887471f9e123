/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** C07 (W): an enterprise full name ends like one (公司, 集团, 厂, 研究院, …). */
class EnterpriseNamesTest {

	@Test
	void theSampleNamesAreFullNames() {
		assertNoFinding(report(), "C07");
	}

	@Test
	void aShortNameIsWarned() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(1);
		e.setName("荷锐刀具");
		RuleFinding f = assertOneFinding(r, "C07", WARNING, "（一）现有企业库（第5行）", "“荷锐刀具”不像企业全称", "公司、集团、厂、研究院");
		assertEquals(Literals.EXISTING_ENTERPRISE__NAME, f.feature());
	}

	@Test
	void aProspectiveEnterpriseIsCheckedToo() {
		CompetitionReport r = report();
		r.getLibraries().getProspective().get(2).setName("苏州精拓数控");
		assertOneFinding(r, "C07", WARNING, "（二）拟引进企业库（第6行）", "苏州精拓数控");
	}

	@ParameterizedTest
	@ValueSource(strings = { "株洲钻石切削刀具股份有限公司", "中国五矿集团", "株洲硬质合金厂", "株洲硬质合金研究院", "湖南省有色金属研究所",
			"株洲市硬质合金检测中心", "荷塘区钨材料专业合作社", "株洲钻石（集团）", "株洲钻石切削刀具有限公司（筹）", "西门子（中国）有限公司",
			"株洲钻石切削刀具有限公司 ", "Robert Bosch GmbH", "Sandvik Coromant AB", "Kennametal Inc.", "Mitsubishi Materials Corporation",
			"ＫＹＯＣＥＲＡ Ｃｏｒｐ." })
	void registeredNamesAreAccepted(String name) {
		CompetitionReport r = report();
		ProspectiveEnterprise p = r.getLibraries().getProspective().get(10);
		p.setName(name);
		assertNoFinding(r, "C07");
	}

	@ParameterizedTest
	@ValueSource(strings = { "株洲钻石", "公司（筹）株洲", "博世Bosch", "株洲 Robotics", "株式会社京瓷Ltd", "三菱マテリアル" })
	void otherNamesAreWarned(String name) {
		CompetitionReport r = report();
		r.getLibraries().getProspective().get(10).setName(name);
		assertOneFinding(r, "C07", WARNING, "（二）拟引进企业库", name.strip());
	}

	/** Foreign enterprises in 拟引进企业库 are written as they call themselves, often without a legal form. */
	@ParameterizedTest
	@ValueSource(strings = { "Bosch", "Siemens Healthineers", "Sandvik Coromant", "ＴＥＳＬＡ", "3M", "Walter-Tools & Co", "Ltd" })
	void namesInLatinScriptAreNotWarned(String name) {
		CompetitionReport r = report();
		r.getLibraries().getProspective().get(10).setName(name);
		assertNoFinding(r, "C07");
	}

	@Test
	void aChineseNameBesideALatinOneIsStillWarned() {
		CompetitionReport r = report();
		r.getLibraries().getProspective().get(10).setName("Kennametal");
		r.getLibraries().getProspective().get(11).setName("肯纳金属");
		assertOneFinding(r, "C07", WARNING, "（二）拟引进企业库", "“肯纳金属”不像企业全称");
	}

	@Test
	void projectNamesAndBlankNamesAreNotThisRules() {
		CompetitionReport r = report();
		r.getLibraries().getUnderConstruction().get(0).setName("硬质合金棒材扩产");
		r.getLibraries().getExisting().get(0).setName(null); // C06
		assertNoFinding(r, "C07");
	}
}
