/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.XlsxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;

import org.clusterdesk.export.ImportResult;
import org.clusterdesk.internal.export.xlsx.XlsxBenchmark;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's size — 10 000 enterprises and 5 000 projects — exported and imported back equal. The times and the
 * heap of {@link XlsxBenchmark} are printed for the record, never asserted (the lead runs them in
 * {@code clusterdesk benchmark}).
 */
class XlsxLargeLibrariesTest {

	private static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	@Test
	void tenThousandEnterprisesAndFiveThousandProjectsComeBackEqual(@TempDir Path dir) throws IOException {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		report.setLibraries(generate(9_000, 1_000, 3_000, 2_000));
		Path file = XlsxTestSupport.export(report, dir.resolve("large.xlsx"));
		ImportResult result = ImportTestSupport.read(file);
		ImportTestSupport.assertClean(result);
		assertEquals(9_000, result.getLibraries().getExisting().size());
		assertTrue(EcoreUtil.equals(report.getLibraries(), result.getLibraries()), "equal after the round trip");

		XlsxBenchmark.Result figures = XlsxBenchmark.run(report, dir, 1);
		System.out.println("XlsxBenchmark (10 000 enterprises + 5 000 projects): " + figures);
		assertEquals(15_000, figures.entries());
	}

	/** Deterministic libraries with every column filled; source rows where the export puts the entries. */
	static ClusterLibraries generate(int existing, int prospective, int building, int planned) {
		ClusterLibraries libraries = F.createClusterLibraries();
		for (int i = 0; i < existing; i++) {
			ExistingEnterprise e = F.createExistingEnterprise();
			e.setSourceRow(i + 4);
			e.setName(String.format("湖南第%05d号智能装备有限公司", i));
			e.setCity("株洲市");
			e.setCounty("荷塘区");
			e.setPark("金山新材料产业园");
			e.setOverview("主营智能装备零部件研发制造，拥有发明专利多项，产品配套国内主机企业，现有员工" + (100 + i % 900) + "人。");
			e.getProducts().add("数控机床部件");
			e.getProducts().add("精密减速器");
			e.setAboveScale(i % 2 == 0);
			e.setHighTech(i % 3 == 0);
			e.setListed(i % 97 == 0);
			if (i % 53 == 0) {
				e.getHonours().add(BrandHonour.PROVINCIAL_LITTLE_GIANT);
			}
			e.setRevenue(BigDecimal.valueOf(100 + i % 900, 2));
			e.setContact(contact(i));
			libraries.getExisting().add(e);
		}
		for (int i = 0; i < prospective; i++) {
			ProspectiveEnterprise e = F.createProspectiveEnterprise();
			e.setSourceRow(i + 4);
			e.setName(String.format("拟引进第%05d号新材料股份有限公司", i));
			e.setCountry("中国");
			e.setProvince("广东省");
			e.setCity("深圳市");
			e.setOverview("新材料研发与生产。");
			e.getProducts().add("高性能复合材料");
			e.setAboveScale(true);
			e.setDomesticBrand(i % 4 == 0);
			libraries.getProspective().add(e);
		}
		for (int i = 0; i < building; i++) {
			ConstructionProject p = F.createConstructionProject();
			p.setSourceRow(i + 4);
			p.setName(String.format("智能装备产业园第%05d号项目", i));
			p.setBuilder(String.format("湖南第%05d号智能装备有限公司", (i * 7) % 9_000));
			p.setCity("株洲市");
			p.setCounty("荷塘区");
			p.setPark("金山新材料产业园");
			p.setInvestment(BigDecimal.valueOf(150 + i % 500, 2));
			p.setPeriodStart(YearMonth.of(2024, 1 + i % 12));
			p.setPeriodEnd(YearMonth.of(2027, 1 + i % 12));
			p.setStartDate(YearMonth.of(2024, 1 + i % 12));
			p.setContent("新建智能化生产线及配套设施。");
			p.setProgress("主体工程施工中");
			p.setContact(contact(i));
			libraries.getUnderConstruction().add(p);
		}
		for (int i = 0; i < planned; i++) {
			PlannedProject p = F.createPlannedProject();
			p.setSourceRow(i + 4);
			p.setName(String.format("智能装备扩能第%05d号项目", i));
			p.setLocation("株洲市荷塘区");
			p.setBuilder(String.format("湖南第%05d号智能装备有限公司", (i * 11) % 9_000));
			p.setInvestment(BigDecimal.valueOf(200 + i % 300, 2));
			p.setPeriodStart(YearMonth.of(2027, 1 + i % 12));
			p.setPeriodEnd(YearMonth.of(2029, 1 + i % 12));
			p.setPlannedStart(YearMonth.of(2027, 1 + i % 12));
			p.setContent("扩建生产线。");
			p.setContact(contact(i));
			libraries.getPlanned().add(p);
		}
		return libraries;
	}

	private static Contact contact(int i) {
		Contact c = F.createContact();
		c.setPerson("张工");
		c.setPhone(String.format("139%08d", i));
		return c;
	}
}
