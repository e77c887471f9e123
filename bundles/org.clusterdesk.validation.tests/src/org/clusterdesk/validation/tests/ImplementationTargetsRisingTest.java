/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** P11 (W): implementation targets do not fall — actual ≤ 2026 ≤ 2027 ≤ 2028. */
class ImplementationTargetsRisingTest {

	@Test
	void theSampleTargetsDoNotFall() {
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			assertNoFinding(sample(edition), "P11");
		}
	}

	@Test
	void aLevelTargetPassesAndAFallingOneIsWarned() {
		CompetitionReport r = sample("competition-2026");
		ImplementationTarget revenue = r.getImplementation().getRevenue();
		targets(revenue, "100", "110", "110", "120");
		assertNoFinding(r, "P11");
		targets(revenue, "100", "110", "105", "120");
		RuleFinding f = assertOneFinding(r, "P11", WARNING, "集群营业收入", "2027年发展目标 105", "2026年发展目标 110");
		assertTrue(f.field().contains("2027年"), f.field());
		assertEquals("五", f.section());
	}

	@Test
	void aFirstTargetBelowTheActualIsWarned() {
		CompetitionReport r = sample("competition-2026");
		targets(r.getImplementation().getAboveScaleEnterprises(), "120", "118", "125", "130");
		assertOneFinding(r, "P11", WARNING, "集群规模工业企业", "2026年发展目标 118", "上一年实际值 120");
	}

	private static void targets(ImplementationTarget target, String actual, String y2026, String y2027, String y2028) {
		target.setActual(new BigDecimal(actual));
		target.getTargets().clear();
		int year = 2026;
		for (String v : new String[] { y2026, y2027, y2028 }) {
			YearDecimal entry = ClusterDeskFactory.eINSTANCE.createYearDecimal();
			entry.setYear(year++);
			entry.setValue(new BigDecimal(v));
			target.getTargets().add(entry);
		}
	}
}
