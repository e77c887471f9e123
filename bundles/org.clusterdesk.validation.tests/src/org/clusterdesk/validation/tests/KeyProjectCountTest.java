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

import java.util.List;

import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** C13 (W): about ten key projects — warned under 5 or over 15. */
class KeyProjectCountTest {

	private static final String ROW = "集群重点项目建设情况";

	@Test
	void theSampleHasTenProjects() {
		CompetitionReport r = report();
		assertEquals(10, r.getKeyProjects().size());
		assertNoFinding(r, "C13");
	}

	@Test
	void fiveAndFifteenAreTheBounds() {
		CompetitionReport r = report();
		resize(r, 5);
		assertNoFinding(r, "C13");
		resize(r, 4);
		RuleFinding f = assertOneFinding(r, "C13", WARNING, ROW, "重点项目4个", "少于5个");
		assertEquals("2.3", f.section());
		resize(r, 15);
		assertNoFinding(r, "C13");
		resize(r, 16);
		assertOneFinding(r, "C13", WARNING, ROW, "重点项目16个", "多于15个");
	}

	@Test
	void anEmptyTableIsG01sError() {
		CompetitionReport r = report();
		resize(r, 0);
		assertNoFinding(r, "C13");
	}

	private static void resize(CompetitionReport r, int size) {
		List<KeyProject> projects = r.getKeyProjects();
		while (projects.size() > size) {
			projects.remove(projects.size() - 1);
		}
		while (projects.size() < size) {
			KeyProject copy = EcoreUtil.copy(projects.isEmpty() ? report().getKeyProjects().get(0) : projects.get(0));
			copy.setName(copy.getName() + projects.size());
			projects.add(copy);
		}
	}
}
