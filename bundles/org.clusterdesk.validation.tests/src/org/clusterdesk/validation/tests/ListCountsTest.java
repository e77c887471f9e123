/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.F;
import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ListingKind;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C10 (E): carrier, green and platform counts equal the rows of their lists at that level (last data year). */
class ListCountsTest {

	@Test
	void theSampleCountsAreItsLists() {
		assertNoFinding(report(), "C10");
	}

	@Test
	void aNationalCarrierMoreIsCountedAsACarrierNotAsADesignCentre() {
		CompetitionReport r = report();
		r.getInnovation().getCarriers().add(listing(ListingKind.TECHNOLOGY_CARRIER, AdministrativeLevel.NATIONAL));
		RuleFinding f = assertOneFinding(r, "C10", ERROR, "国家级技术创新载体总数（个，需提供佐证）（2025年）", "2025年填报2个",
				"“省级及以上集群技术创新载体”中国家级技术创新载体有3个");
		assertEquals("2.4", f.section());
		assertEquals("2", f.found());
		assertEquals("3", f.expected());
	}

	@Test
	void aProvincialDesignCentreCountsInItsOwnRow() {
		CompetitionReport r = report();
		r.getInnovation().getCarriers().add(listing(ListingKind.DESIGN_CENTRE, AdministrativeLevel.PROVINCE));
		assertOneFinding(r, "C10", ERROR, "省级工业设计中心总数", "2025年填报4个", "省级工业设计中心有5个");
	}

	@Test
	void greenFactoriesAndSupplyChainsShareOneList() {
		CompetitionReport r = report();
		r.getGreen().getListings().add(listing(ListingKind.GREEN_SUPPLY_CHAIN, AdministrativeLevel.NATIONAL));
		RuleFinding f = assertOneFinding(r, "C10", ERROR, "国家级绿色管理供应链企业总数", "2025年填报1个", "国家级绿色供应链管理企业有2个");
		assertEquals("2.5", f.section());
		r = report();
		r.getGreen().getListings().removeIf(l -> l.getKind() == ListingKind.GREEN_FACTORY && l.getLevel() == AdministrativeLevel.PROVINCE);
		assertOneFinding(r, "C10", ERROR, "省级绿色工厂总数", "2025年填报8个", "省级绿色工厂有0个");
	}

	@Test
	void platformsAreCounted() {
		CompetitionReport r = report();
		r.getPublicService().getPlatforms().add(listing(ListingKind.PUBLIC_SERVICE_PLATFORM, AdministrativeLevel.NATIONAL));
		RuleFinding f = assertOneFinding(r, "C10", ERROR, "国家级公共服务平台数量", "2025年填报1个", "国家级公共服务平台有2个");
		assertEquals("2.6", f.section());
	}

	@Test
	void onlyTheLastYearIsCompared() {
		CompetitionReport r = report();
		r.getInnovation().getNationalCarriers().put(2024, Integer.valueOf(7));
		assertNoFinding(r, "C10");
	}

	@Test
	void aListingOfAnotherKindDoesNotBelongToTheList() {
		CompetitionReport r = report();
		r.getInnovation().getCarriers().add(listing(ListingKind.GREEN_FACTORY, AdministrativeLevel.NATIONAL));
		RuleFinding f = assertOneFinding(r, "C10", ERROR, "省级及以上集群技术创新载体", "类别为绿色工厂", "技术创新载体、工业设计中心");
		assertEquals(Literals.APPROVED_LISTING__KIND, f.feature());
	}

	@Test
	void aListingBelowProvincialLevelDoesNotBelongToTheList() {
		CompetitionReport r = report();
		r.getPublicService().getPlatforms().add(listing(ListingKind.PUBLIC_SERVICE_PLATFORM, AdministrativeLevel.CITY));
		RuleFinding f = assertOneFinding(r, "C10", ERROR, "省级及以上公共服务平台", "级别为市级", "只列省级及以上");
		assertEquals(Literals.APPROVED_LISTING__LEVEL, f.feature());
	}

	private static ApprovedListing listing(ListingKind kind, AdministrativeLevel level) {
		ApprovedListing l = F.createApprovedListing();
		l.setKind(kind);
		l.setLevel(level);
		l.setName("株洲测试认定名单项");
		l.setApprover("湖南省工业和信息化厅");
		l.setApprovedOn(YearMonth.of(2025, 6));
		return l;
	}
}
