/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;

/** Large, valid-looking libraries for the benchmark: deterministic, unique names, every row filled. */
final class BenchmarkData {

	private static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	private static final String[] CITIES = { "长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市" };

	private BenchmarkData() {
	}

	/** Replaces the report's libraries by generated ones with the given numbers of enterprises and projects. */
	static void fill(CompetitionReport report, int enterprises, int projects) {
		ClusterLibraries libraries = F.createClusterLibraries();
		for (int i = 0; i < enterprises; i++) {
			if (i % 10 == 9) {
				libraries.getProspective().add(prospective(i));
			} else {
				libraries.getExisting().add(existing(i));
			}
		}
		for (int i = 0; i < projects; i++) {
			if (i % 3 == 2) {
				libraries.getPlanned().add(planned(i));
			} else {
				libraries.getUnderConstruction().add(construction(i));
			}
		}
		report.setLibraries(libraries);
	}

	private static ExistingEnterprise existing(int i) {
		ExistingEnterprise e = F.createExistingEnterprise();
		e.setSourceRow(i + 3);
		e.setName(String.format("湖南第%05d号智能装备有限公司", i)); //$NON-NLS-1$
		e.setCity(CITIES[i % CITIES.length]);
		e.setCounty("高新区"); //$NON-NLS-1$
		e.setPark("高新技术产业开发区"); //$NON-NLS-1$
		e.setOverview("主营智能装备零部件研发制造，拥有发明专利多项，产品配套国内主机企业。"); //$NON-NLS-1$
		e.getProducts().add("数控机床部件"); //$NON-NLS-1$
		e.getProducts().add("精密减速器"); //$NON-NLS-1$
		e.setAboveScale(i % 2 == 0);
		e.setHighTech(i % 3 == 0);
		e.setListed(i % 97 == 0);
		if (i % 53 == 0) {
			e.getHonours().add(BrandHonour.PROVINCIAL_LITTLE_GIANT);
		}
		e.setRevenue(BigDecimal.valueOf(100 + i % 900, 2));
		e.setContact(contact(i));
		return e;
	}

	private static ProspectiveEnterprise prospective(int i) {
		ProspectiveEnterprise e = F.createProspectiveEnterprise();
		e.setSourceRow(i + 3);
		e.setName(String.format("拟引进第%05d号新材料股份有限公司", i)); //$NON-NLS-1$
		e.setCountry("中国"); //$NON-NLS-1$
		e.setProvince("广东省"); //$NON-NLS-1$
		e.setCity("深圳市"); //$NON-NLS-1$
		e.setOverview("新材料研发与生产。"); //$NON-NLS-1$
		e.getProducts().add("高性能复合材料"); //$NON-NLS-1$
		e.setAboveScale(true);
		e.setDomesticBrand(i % 4 == 0);
		return e;
	}

	private static ConstructionProject construction(int i) {
		ConstructionProject p = F.createConstructionProject();
		p.setSourceRow(i + 3);
		p.setName(String.format("智能装备产业园第%05d号项目", i)); //$NON-NLS-1$
		p.setBuilder(String.format("湖南第%05d号智能装备有限公司", (i * 7) % 9_000)); //$NON-NLS-1$
		p.setCity(CITIES[i % CITIES.length]);
		p.setCounty("高新区"); //$NON-NLS-1$
		p.setPark("高新技术产业开发区"); //$NON-NLS-1$
		p.setInvestment(BigDecimal.valueOf(150 + i % 500, 2));
		p.setPeriodStart(YearMonth.of(2024, 1 + i % 12));
		p.setPeriodEnd(YearMonth.of(2027, 1 + i % 12));
		p.setStartDate(YearMonth.of(2024, 1 + i % 12));
		p.setContent("新建智能化生产线及配套设施。"); //$NON-NLS-1$
		p.setProgress("主体工程施工中"); //$NON-NLS-1$
		p.setContact(contact(i));
		return p;
	}

	private static PlannedProject planned(int i) {
		PlannedProject p = F.createPlannedProject();
		p.setSourceRow(i + 3);
		p.setName(String.format("智能装备扩能第%05d号项目", i)); //$NON-NLS-1$
		p.setBuilder(String.format("湖南第%05d号智能装备有限公司", (i * 11) % 9_000)); //$NON-NLS-1$
		p.setLocation(CITIES[i % CITIES.length] + "高新区"); //$NON-NLS-1$
		p.setInvestment(BigDecimal.valueOf(200 + i % 300, 2));
		p.setPeriodStart(YearMonth.of(2027, 1 + i % 12));
		p.setPeriodEnd(YearMonth.of(2029, 1 + i % 12));
		p.setPlannedStart(YearMonth.of(2027, 1 + i % 12));
		p.setContent("扩建生产线。"); //$NON-NLS-1$
		p.setContact(contact(i));
		return p;
	}

	private static Contact contact(int i) {
		Contact c = F.createContact();
		c.setPerson("张工"); //$NON-NLS-1$
		c.setPhone(String.format("139%08d", i)); //$NON-NLS-1$
		return c;
	}
}
