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

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G13 (W): the cluster name follows the edition's pattern. */
class ClusterNamePatternTest {

	@Test
	void theSampleNamesFollowTheirPatterns() {
		for (String edition : new String[] { "miit-2025", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" }) {
			assertNoFinding(sample(edition), "G13");
		}
	}

	@Test
	void aBeijingNameWithoutItsDistrictIsWarned() {
		ClusterDocument d = sample("beijing-2024");
		d.setName("海淀区人工智能产业");
		RuleFinding f = assertOneFinding(d, "G13", WARNING, "集群名称", "海淀区人工智能产业", "北京市XX区XX产业");
		assertEquals("一", f.section());
		assertEquals("海淀区人工智能产业", f.found());
	}

	@Test
	void aNationalNameMustEndInTheIndustry() {
		ClusterDocument d = sample("miit-2025");
		d.setName("浙江省宁波市慈溪市智能家电");
		assertOneFinding(d, "G13", WARNING, "集群名称", "浙江省宁波市慈溪市智能家电");
	}
}
