/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import java.math.BigDecimal;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;

/** Small builders for hand-worked cases. */
final class Fixtures {

	static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	private Fixtures() {
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** A yearly row from alternating year, value pairs: series(2022, "1.5", 2023, "2"). */
	static YearlyDecimal series(Object... yearValue) {
		YearlyDecimal s = F.createYearlyDecimal();
		for (int i = 0; i < yearValue.length; i += 2) {
			s.put((Integer) yearValue[i], yearValue[i + 1] == null ? null : new BigDecimal((String) yearValue[i + 1]));
		}
		return s;
	}

	static YearlyCount counts(Object... yearValue) {
		YearlyCount s = F.createYearlyCount();
		for (int i = 0; i < yearValue.length; i += 2) {
			s.put((Integer) yearValue[i], (Integer) yearValue[i + 1]);
		}
		return s;
	}

	/** An application of the national edition with empty sections. */
	static Application application(String editionId) {
		Application a = F.createApplication();
		a.setEditionId(editionId);
		a.setBasicInfo(F.createBasicInfoSection());
		a.setIndustry(F.createIndustrySection());
		a.setInnovation(F.createInnovationSection());
		a.setDigital(F.createDigitalSection());
		a.setGreen(F.createGreenSection());
		a.setPlan(F.createPlanSection());
		return a;
	}

	/** Asserts a value equals the expected one after rounding HALF_UP to the forms' two decimals. */
	static void assertRounded(String expected, BigDecimal actual) {
		org.junit.jupiter.api.Assertions.assertNotNull(actual, "value expected, got null");
		org.junit.jupiter.api.Assertions.assertEquals(new BigDecimal(expected),
				actual.setScale(2, java.math.RoundingMode.HALF_UP));
	}
}
