/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.d;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C03 (W): top-10 enterprises and key-project builders are in the existing library; revenues agree. */
class LibraryCrossCheckTest {

	private static final String REVENUE = "营业收入排名前十企业发展情况";

	@Test
	void theSampleTablesAndBuildersAreInTheLibrary() {
		assertNoFinding(report(), "C03");
	}

	@Test
	void aTopTenEnterpriseMissingFromTheLibraryIsWarned() {
		CompetitionReport r = report();
		r.getEnterprises().getTopRevenue().getRows().get(1).setName("株洲荷锐精密刀具有限公司"); // not the full name
		RuleFinding f = assertOneFinding(r, "C03", WARNING, REVENUE + "（第2行）", "株洲荷锐精密刀具有限公司", "不在现有企业库中");
		assertEquals(Literals.RANKED_ENTERPRISE__NAME, f.feature());
	}

	@Test
	void theNameIsLookedUpExactlyButForOuterBlanks() {
		CompetitionReport r = report();
		RankedEnterprise row = r.getEnterprises().getTopRevenue().getRows().get(1);
		row.setName(" 株洲荷锐精密刀具股份有限公司 ");
		assertNoFinding(r, "C03");
		row.setName("株洲荷锐精密刀具股份有限公司（集团）");
		assertOneFinding(r, "C03", WARNING, REVENUE, "株洲荷锐精密刀具股份有限公司（集团）");
	}

	@Test
	void anRdTableEnterpriseMissingFromTheLibraryIsWarned() {
		CompetitionReport r = report();
		r.getInnovation().getTopRd().getRows().get(9).setName("株洲宏钨超硬材料股份有限公司");
		assertOneFinding(r, "C03", WARNING, "集群研发投入前十位企业（第10行）", "株洲宏钨超硬材料股份有限公司");
	}

	@Test
	void theRevenueAgreesWithTheLibraryWithinOneCent() {
		CompetitionReport r = report();
		ExistingEnterprise e = r.getLibraries().getExisting().get(2); // 湖南金砥钨业, 14.60 in both
		assertEquals("湖南金砥钨业股份有限公司", e.getName());
		e.setRevenue(d("14.61"));
		assertNoFinding(r, "C03");
		e.setRevenue(d("14.59"));
		assertNoFinding(r, "C03");
		e.setRevenue(d("14.62"));
		RuleFinding f = assertOneFinding(r, "C03", WARNING, REVENUE + "（第3行）", "湖南金砥钨业股份有限公司", "2025年营业收入填报14.60亿元",
				"主营业务收入为14.62亿元");
		assertEquals("14.60", f.found());
		assertEquals("14.62", f.expected());
	}

	@Test
	void theRdTableIsNotComparedWithRevenue() {
		CompetitionReport r = report();
		// 万元 of R&D spending against 亿元 of revenue would always disagree: only the name is looked up
		r.getInnovation().getTopRd().getRows().get(0).put(2025, d("13250.00"));
		r.getLibraries().getExisting().get(0).setRevenue(d("31.60"));
		assertNoFinding(r, "C03");
	}

	@Test
	void aKeyProjectBuilderMissingFromTheLibraryIsWarned() {
		CompetitionReport r = report();
		r.getKeyProjects().get(6).setBuilder("株洲市荷塘区城市建设投资有限公司");
		RuleFinding f = assertOneFinding(r, "C03", WARNING, "（第7行）", "建设单位", "株洲市荷塘区城市建设投资有限公司");
		assertEquals("2.3", f.section());
		assertEquals(Literals.KEY_PROJECT__BUILDER, f.feature());
	}

	@Test
	void anEmptyLibraryIsNotWarnedPerEnterprise() {
		CompetitionReport r = report();
		r.getLibraries().getExisting().clear();
		assertNoFinding(r, "C03");
	}
}
