/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.APPLICATIONS;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.GeneralTesting.lastYear;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G09 (E): subsets are not larger than their set, year by year. */
class SubsetsWithinSetsTest {

	@Test
	void theSampleSubsetsFitTheirSets() {
		for (String edition : APPLICATIONS) {
			assertNoFinding(sample(edition), "G09");
		}
	}

	@Test
	void anEqualSubsetIsAllowed() {
		Application a = sample("miit-2025");
		int enterprises = entry(a.getIndustry().getEnterprises(), 2023).getValue();
		entry(a.getIndustry().getSmes(), 2023).setValue(enterprises);
		assertNoFinding(a, "G09");
	}

	@Test
	void moreSmesThanEnterprises() {
		Application a = sample("miit-2025");
		int enterprises = entry(a.getIndustry().getEnterprises(), 2023).getValue();
		YearCount smes = entry(a.getIndustry().getSmes(), 2023);
		smes.setValue(enterprises + 1);
		RuleFinding f = assertOneFinding(a, "G09", ERROR, "其中：集群中小企业数量（年度当前值）（2023年）", String.valueOf(enterprises + 1),
				"集群企业数量（年度当前值）", String.valueOf(enterprises));
		assertEquals("二", f.section());
		assertSame(smes, f.owner());
	}

	@Test
	void aQualifiedSmeCountAboveTheEnterprises() {
		Application a = sample("shaanxi-2026");
		int last = lastYear(a);
		int enterprises = entry(a.getIndustry().getEnterprises(), last).getValue();
		entry(a.getIndustry().getHighTechEnterprises(), last).setValue(enterprises + 5);
		assertOneFinding(a, "G09", ERROR, "主导产业相关的国家级高新技术企业数量", String.valueOf(enterprises + 5));
	}

	@Test
	void moreResearchersThanEmployees() {
		Application a = sample("miit-2025");
		int employees = entry(a.getInnovation().getSmeEmployees(), 2022).getValue();
		entry(a.getInnovation().getRdStaff(), 2022).setValue(employees + 1);
		RuleFinding f = assertOneFinding(a, "G09", ERROR, "集群中小企业研发人员数量（2022年）", "集群中小企业从业人员数量");
		assertEquals("三", f.section());
	}

	@Test
	void moreCloudSmesThanSmesAcrossSections() {
		Application a = sample("miit-2025-review");
		int smes = entry(a.getIndustry().getSmes(), 2024).getValue();
		entry(a.getDigital().getCloudSmes(), 2024).setValue(smes + 10);
		RuleFinding f = assertOneFinding(a, "G09", ERROR, "集群上云中小企业数量（2024年）", "其中：集群中小企业数量");
		assertEquals("四", f.section());
	}

	@Test
	void aPairTheEditionDoesNotShowIsNotCompared() {
		// Jiangsu asks the R&D staff share, not the count of researchers
		Application a = sample("jiangsu-2024");
		YearlyCount staff = ClusterDeskFactory.eINSTANCE.createYearlyCount();
		staff.put(lastYear(a), 1_000_000);
		a.getInnovation().setRdStaff(staff);
		assertNoFinding(a, "G09");
	}
}
