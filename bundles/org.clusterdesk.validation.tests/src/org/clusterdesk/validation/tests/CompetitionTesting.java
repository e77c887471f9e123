/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;

/** The competition sample and library rows to break the C rules with. */
final class CompetitionTesting {

	static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	/** The edition of the competition report and its sample. */
	static final String EDITION = "competition-2026";

	/** The C rules of the catalogue. */
	static final List<String> RULES = List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12", "C13");

	private CompetitionTesting() {
	}

	/** A fresh copy of the competition sample. */
	static CompetitionReport report() {
		return RuleTesting.sample(EDITION);
	}

	/** The last data year of the competition edition (2025). */
	static int lastYear(CompetitionReport report) {
		List<Integer> years = report.getEdition().getDataYears();
		return years.get(years.size() - 1);
	}

	static int firstYear(CompetitionReport report) {
		return report.getEdition().getDataYears().get(0);
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** A complete existing enterprise that breaks no C rule (of the row itself). */
	static ExistingEnterprise enterprise(String name, String revenue) {
		ExistingEnterprise e = F.createExistingEnterprise();
		e.setName(name);
		e.setCity("宁波市");
		e.setCounty("慈溪市");
		e.setPark("慈溪高新技术产业开发区");
		e.setOverview("主营小家电研发制造，年产能百万台。");
		e.getProducts().add("电熨斗");
		e.setRevenue(d(revenue));
		return e;
	}

	static ProspectiveEnterprise prospective(String name) {
		ProspectiveEnterprise e = F.createProspectiveEnterprise();
		e.setName(name);
		e.setCountry("中国");
		e.setProvince("广东省");
		e.setCity("佛山市");
		e.setOverview("家电整机制造。");
		e.getProducts().add("空调");
		return e;
	}

	/** A project under construction, 2025-01 to 2026-12, started 2025-03. */
	static ConstructionProject underConstruction(String name) {
		ConstructionProject p = F.createConstructionProject();
		p.setName(name);
		p.setBuilder("宁波测试电器有限公司");
		p.setInvestment(d("1.50"));
		p.setPeriodStart(YearMonth.of(2025, 1));
		p.setPeriodEnd(YearMonth.of(2026, 12));
		p.setStartDate(YearMonth.of(2025, 3));
		p.setCity("宁波市");
		p.setCounty("慈溪市");
		p.setPark("慈溪高新技术产业开发区");
		p.setContent("新建智能生产线。");
		p.setProgress("主体完工。");
		return p;
	}

	/** A planned project, 2026-06 to 2028-06, planned start 2026-09. */
	static PlannedProject planned(String name) {
		PlannedProject p = F.createPlannedProject();
		p.setName(name);
		p.setBuilder("宁波测试电器有限公司");
		p.setInvestment(d("2.00"));
		p.setPeriodStart(YearMonth.of(2026, 6));
		p.setPeriodEnd(YearMonth.of(2028, 6));
		p.setPlannedStart(YearMonth.of(2026, 9));
		p.setLocation("慈溪高新技术产业开发区");
		p.setContent("新建研发中心。");
		return p;
	}
}
