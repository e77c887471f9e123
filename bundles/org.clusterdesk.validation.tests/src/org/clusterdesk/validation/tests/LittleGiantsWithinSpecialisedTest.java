/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.APPLICATIONS;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.GeneralTesting.firstYear;
import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;

import org.clusterdesk.model.Application;
import org.junit.jupiter.api.Test;

/** G10 (W): 小巨人 ≤ 省级专精特新, year by year. */
class LittleGiantsWithinSpecialisedTest {

	@Test
	void theSamplesHaveFewerLittleGiants() {
		for (String edition : APPLICATIONS) {
			assertNoFinding(sample(edition), "G10");
		}
	}

	@Test
	void asManyLittleGiantsAsSpecialisedIsFine() {
		Application a = sample("beijing-2024");
		int year = firstYear(a);
		entry(a.getIndustry().getLittleGiants(), year).setValue(entry(a.getIndustry().getSpecialisedSmes(), year).getValue());
		assertNoFinding(a, "G10");
	}

	@Test
	void moreLittleGiantsIsAWarning() {
		Application a = sample("beijing-2024");
		int year = firstYear(a);
		int specialised = entry(a.getIndustry().getSpecialisedSmes(), year).getValue();
		entry(a.getIndustry().getLittleGiants(), year).setValue(specialised + 1);
		assertOneFinding(a, "G10", WARNING, "主导产业相关的国家级专精特新“小巨人”企业数量（" + year + "年）", String.valueOf(specialised + 1),
				"主导产业相关的省级专精特新中小企业数量", String.valueOf(specialised));
	}
}
