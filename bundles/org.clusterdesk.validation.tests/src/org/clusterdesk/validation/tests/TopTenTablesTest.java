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

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** C02 (E): top-10 tables hold at most ten rows, sorted by 2025 descending, with 1–3 main products (revenue table). */
class TopTenTablesTest {

	private static final String REVENUE = "营业收入排名前十企业发展情况";

	private static final String RD = "集群研发投入前十位企业";

	@Test
	void theSampleTablesAreTenRowsSortedWithProducts() {
		CompetitionReport r = report();
		assertEquals(10, r.getEnterprises().getTopRevenue().getRows().size(), "exactly ten rows is the boundary");
		assertNoFinding(r, "C02");
	}

	@Test
	void anEleventhRowIsTooMany() {
		CompetitionReport r = report();
		List<RankedEnterprise> rows = r.getEnterprises().getTopRevenue().getRows();
		RankedEnterprise extra = EcoreUtil.copy(rows.get(rows.size() - 1));
		extra.setName("株洲第十一硬质合金有限公司");
		extra.put(2025, d("5.00"));
		rows.add(extra);
		RuleFinding f = assertOneFinding(r, "C02", ERROR, REVENUE, "11行", "最多10行");
		assertEquals("2.2", f.section());
	}

	@Test
	void aRowAboveTheRowBeforeItBreaksTheOrder() {
		CompetitionReport r = report();
		EList<RankedEnterprise> rows = r.getEnterprises().getTopRevenue().getRows();
		rows.move(2, 3); // 株洲恒钻 (11.20) before 湖南金砥 (14.60)
		RuleFinding f = assertOneFinding(r, "C02", ERROR, REVENUE + "（第4行）", "湖南金砥钨业股份有限公司", "2025年为14.60",
				"株洲恒钻矿山工具有限公司", "11.20");
		assertEquals("14.60", f.found());
	}

	@Test
	void theOrderIsTheLastYearsAndTiesAreSorted() {
		CompetitionReport r = report();
		List<RankedEnterprise> rows = r.getEnterprises().getTopRevenue().getRows();
		rows.get(3).put(2025, d("14.60")); // equal to the row before: still sorted
		rows.get(3).put(2024, d("99.00")); // the first year does not decide the order
		assertNoFinding(r, "C02");
	}

	@Test
	void theRdTableIsSortedToo() {
		CompetitionReport r = report();
		r.getInnovation().getTopRd().getRows().get(9).put(2025, d("2960.01")); // above 株洲精砺 2960.00
		assertOneFinding(r, "C02", ERROR, RD + "（第10行）", "株洲宏钨超硬材料有限公司", "2960.01", "2960.00");
	}

	@Test
	void productsAreOneToThree() {
		CompetitionReport r = report();
		RankedEnterprise row = r.getEnterprises().getTopRevenue().getRows().get(4);
		row.getProducts().add("硬质合金刀具");
		RuleFinding f = assertOneFinding(r, "C02", ERROR, REVENUE + "（第5行）", "株洲鼎钨耐磨材料有限公司", "4个主导产品", "不超过3个");
		assertEquals(Literals.RANKED_ENTERPRISE__PRODUCTS, f.feature());
		row.getProducts().clear();
		row.getProducts().add(" "); // a blank cell is no product
		assertOneFinding(r, "C02", ERROR, REVENUE + "（第5行）", "未填主导产品");
		row.getProducts().set(0, "耐磨喷嘴");
		assertNoFinding(r, "C02");
	}

	@Test
	void theRdTableHasNoProductsColumn() {
		CompetitionReport r = report();
		for (RankedEnterprise row : r.getInnovation().getTopRd().getRows()) {
			row.getProducts().clear();
		}
		r.getInnovation().getTopRd().getRows().get(0).getProducts().addAll(List.of("甲", "乙", "丙", "丁"));
		assertNoFinding(r, "C02");
	}
}
