/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.enterprise;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C04 (E): the 2025 counts of 2.2 equal the counts derived from the existing-enterprise library. */
class LibraryCountsTest {

	@Test
	void theSampleCountsAreTheLibrarys() {
		CompetitionReport r = report();
		assertEquals(64, r.getLibraries().getExisting().size());
		assertNoFinding(r, "C04");
	}

	@Test
	void oneMoreRowDisagreesWithTheEnterpriseCount() {
		CompetitionReport r = report();
		r.getLibraries().getExisting().add(enterprise("株洲新增硬质合金有限公司", "0.10"));
		RuleFinding f = assertOneFinding(r, "C04", ERROR, "企业数量（个，提供现有企业库）（2025年）", "2025年填报64个", "按现有企业库计算为65个",
				"库中企业行数");
		assertEquals("2.2", f.section());
		assertEquals("64", f.found());
		assertEquals("65", f.expected());
	}

	@Test
	void aRowMarkedAboveScaleCountsInTheAboveScaleRow() {
		CompetitionReport r = report();
		ExistingEnterprise small = r.getLibraries().getExisting().stream().filter(e -> !e.isAboveScale()).findFirst().orElseThrow();
		small.setAboveScale(true);
		assertOneFinding(r, "C04", ERROR, "规上工业企业数量", "2025年填报52个", "按现有企业库计算为53个", "注明为规上企业的企业");
	}

	@Test
	void eachHonourCountsInItsOwnRow() {
		CompetitionReport r = report();
		ExistingEnterprise plain = r.getLibraries().getExisting().stream().filter(x -> x.getHonours().isEmpty()).findFirst().orElseThrow();
		plain.getHonours().add(BrandHonour.NATIONAL_LITTLE_GIANT);
		assertOneFinding(r, "C04", ERROR, "国家级专精特新“小巨人”企业数量", "2025年填报9个", "计算为10个", "国家“专精特新”小巨人");
		plain.getHonours().set(0, BrandHonour.PROVINCIAL_LITTLE_GIANT);
		assertOneFinding(r, "C04", ERROR, "省级专精特新企业数量", "2025年填报26个", "计算为27个", "省级“专精特新”小巨人");
		plain.getHonours().set(0, BrandHonour.NATIONAL_SINGLE_CHAMPION);
		assertOneFinding(r, "C04", ERROR, "国家级单项冠军数量", "2025年填报2个", "计算为3个");
		plain.getHonours().set(0, BrandHonour.PROVINCIAL_SINGLE_CHAMPION);
		assertOneFinding(r, "C04", ERROR, "省级单项冠军数量", "2025年填报5个", "计算为6个");
		plain.getHonours().set(0, BrandHonour.CHINA_TOP_500); // a brand honour that 2.2 does not count
		assertNoFinding(r, "C04");
	}

	@Test
	void listedAndHighTechMarksCount() {
		CompetitionReport r = report();
		ExistingEnterprise plain = r.getLibraries().getExisting().stream().filter(x -> !x.isListed() && !x.isHighTech()).findFirst()
				.orElseThrow();
		plain.setListed(true);
		plain.setHighTech(true);
		assertEquals(2, findings(r, "C04").size(), RuleTesting.describe(findings(r, "C04")));
		plain.setHighTech(false);
		assertOneFinding(r, "C04", ERROR, "上市和挂牌企业数量", "2025年填报4个", "计算为5个", "注明为上市企业的企业");
	}

	@Test
	void onlyTheLastYearIsCompared() {
		CompetitionReport r = report();
		r.getEnterprises().getEnterprises().put(2024, Integer.valueOf(70));
		assertNoFinding(r, "C04");
		r.getEnterprises().getEnterprises().put(2025, Integer.valueOf(63));
		assertOneFinding(r, "C04", ERROR, "企业数量", "2025年填报63个", "计算为64个");
	}

	@Test
	void anEmptyLibraryIsLeftToC05() {
		CompetitionReport r = report();
		r.getLibraries().getExisting().clear();
		assertNoFinding(r, "C04");
	}
}
