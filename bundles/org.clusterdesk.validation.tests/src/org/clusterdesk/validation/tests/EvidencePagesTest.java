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
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** C12 (W): evidence page references read P&lt;number&gt; and point inside the evidence bundle. */
class EvidencePagesTest {

	private static final String ROW = "企业数量（个，提供现有企业库）";

	@Test
	void theSamplePagesAreInsideItsBundle() {
		CompetitionReport r = report();
		assertEquals(Integer.valueOf(272), r.getEvidencePages());
		assertNoFinding(r, "C12");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P12", "P12页", " P272 ", "P1" })
	void pageReferencesAsTheFormWritesThem(String page) {
		CompetitionReport r = report();
		r.getEnterprises().getEnterprises().setEvidencePage(page);
		assertNoFinding(r, "C12");
	}

	@ParameterizedTest
	@ValueSource(strings = { "第12页", "12", "p12", "P0", "PXX页", "P12-15" })
	void otherReferencesAreWarned(String page) {
		CompetitionReport r = report();
		ComparedCount row = r.getEnterprises().getEnterprises();
		row.setEvidencePage(page);
		RuleFinding f = assertOneFinding(r, "C12", WARNING, ROW, "佐证页码“" + page.strip() + "”应写作P加页码");
		assertEquals(Literals.COMPARED_COUNT__EVIDENCE_PAGE, f.feature());
		assertEquals(row, f.owner());
	}

	@Test
	void aPageBeyondTheBundleIsWarned() {
		CompetitionReport r = report();
		r.getInnovation().getRdExpenditure().setEvidencePage("P273页");
		RuleFinding f = assertOneFinding(r, "C12", WARNING, "集群研发经费（亿元）", "P273页", "超出佐证材料总页数272页");
		assertEquals("2.4", f.section());
		r.setEvidencePages(null); // without a total there is no bound
		assertNoFinding(r, "C12");
	}

	@Test
	void tablesSmartFactoriesAndParksAreChecked() {
		CompetitionReport r = report();
		r.getEnterprises().getTopRevenue().setEvidencePage("见附件2");
		assertOneFinding(r, "C12", WARNING, "营业收入排名前十企业发展情况", "见附件2");
		r = report();
		r.getEnterprises().setSmartFactoriesEvidencePage("P300");
		assertOneFinding(r, "C12", WARNING, "佐证页码（智能工厂数量）", "P300");
		r = report();
		r.getParks().get(1).setEvidencePage("208");
		RuleFinding f = assertOneFinding(r, "C12", WARNING, "佐证页码（株洲市荷塘区明照智能装备产业园）", "“208”");
		assertEquals("三", f.section());
	}

	@Test
	void aBlankReferenceIsNotThisRules() {
		CompetitionReport r = report();
		r.getGreen().getWaterReuse().setEvidencePage(" ");
		r.getParks().get(0).setEvidencePage(null);
		assertNoFinding(r, "C12");
	}
}
