/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** C09 (E): smart-factory counts, four whole numbers for each data year. */
class SmartFactoryCountsTest {

	private static final String ROW = "领航级/卓越级/先进级/基础级智能工厂数量（个，需提供佐证）";

	@Test
	void theSampleGivesFourGradesForBothYears() {
		assertNoFinding(report(), "C09");
	}

	@Test
	void aMissingYearIsAnError() {
		CompetitionReport r = report();
		r.getEnterprises().getSmartFactories().remove(1);
		RuleFinding f = assertOneFinding(r, "C09", ERROR, ROW, "缺2025年的智能工厂数量");
		assertEquals("2.2", f.section());
		assertEquals("2024年、2025年", f.expected());
	}

	@Test
	void aYearOutsideTheTableIsAnError() {
		CompetitionReport r = report();
		List<SmartFactoryCount> counts = r.getEnterprises().getSmartFactories();
		SmartFactoryCount extra = EcoreUtil.copy(counts.get(0));
		extra.setYear(2023);
		counts.add(0, extra);
		RuleFinding f = assertOneFinding(r, "C09", ERROR, ROW + "（2023年）", "2023年不是本表的年度", "2024年、2025年");
		assertEquals(Literals.SMART_FACTORY_COUNT__YEAR, f.feature());
	}

	@Test
	void aYearTwiceIsAnError() {
		CompetitionReport r = report();
		List<SmartFactoryCount> counts = r.getEnterprises().getSmartFactories();
		counts.add(EcoreUtil.copy(counts.get(1)));
		assertOneFinding(r, "C09", ERROR, ROW + "（2025年）", "不止一次");
	}

	@Test
	void everyGradeIsGiven() {
		CompetitionReport r = report();
		SmartFactoryCount c2025 = r.getEnterprises().getSmartFactories().get(1);
		assertEquals(Integer.valueOf(0), c2025.getLeading(), "zero is a count");
		c2025.setBasic(null);
		RuleFinding f = assertOneFinding(r, "C09", ERROR, ROW + "（2025年）", "2025年基础级智能工厂数量未填");
		assertEquals(Literals.SMART_FACTORY_COUNT__BASIC, f.feature());
	}

	@Test
	void aNegativeGradeIsG02sNotAgainC09s() {
		CompetitionReport r = report();
		r.getEnterprises().getSmartFactories().get(1).setAdvanced(Integer.valueOf(-1));
		assertNoFinding(r, "C09");
		assertEquals(1, findings(r, "G02").size(), RuleTesting.describe(findings(r, "G02")));
	}

	@Test
	void anEmptyRowIsG01s() {
		CompetitionReport r = report();
		r.getEnterprises().getSmartFactories().clear();
		assertNoFinding(r, "C09");
	}
}
