/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.CompetitionTesting.report;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** C05 (E): the library headings are computed from the rows; a heading of an unfilled library while 2.2 counts enterprises. */
class LibrarySummariesTest {

	@Test
	void theSampleHeadingIsComputedFromItsRows() {
		CompetitionReport r = report();
		assertTrue(r.getLibraries().existingSummary().startsWith("共有企业64个，其中，上市企业4个"), r.getLibraries().existingSummary());
		assertNoFinding(r, "C05");
	}

	@Test
	void anEmptyLibraryWhile22CountsEnterprisesIsAnError() {
		CompetitionReport r = report();
		r.getLibraries().getExisting().clear();
		RuleFinding f = assertOneFinding(r, "C05", ERROR, "（一）现有企业库", "共有企业0个", "企业数量（个，提供现有企业库）", "2025年填报64个");
		assertEquals("六", f.section());
		assertEquals(Literals.CLUSTER_LIBRARIES__EXISTING, f.feature());
		assertEquals("共有企业0个", f.found());
	}

	@Test
	void anEmptyLibraryOfAClusterWithoutEnterprisesHasNothingToContradict() {
		CompetitionReport r = report();
		r.getLibraries().getExisting().clear();
		r.getEnterprises().getEnterprises().put(2025, Integer.valueOf(0));
		assertNoFinding(r, "C05");
	}

	@Test
	void oneRowIsEnoughForAComputedHeading() {
		CompetitionReport r = report();
		while (r.getLibraries().getExisting().size() > 1) {
			r.getLibraries().getExisting().remove(1);
		}
		assertNoFinding(r, "C05"); // the disagreeing counts are C04's
	}
}
