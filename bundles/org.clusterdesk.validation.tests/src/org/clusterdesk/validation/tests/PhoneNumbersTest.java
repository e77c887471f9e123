/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.WARNING;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G12: mobile numbers 11 digits 1[3-9], landlines with their area code; 联系手机 accepts only mobiles (E). */
class PhoneNumbersTest {

	@Test
	void theSampleNumbersAreWellFormed() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G12");
		}
	}

	@Test
	void numbersAsPeopleWriteThem() {
		for (String phone : new String[] { "13912345678", "139 1234 5678", "+86 139-1234-5678", "0574-63251234", "010-12345678",
				"(0917)3381234", "（0917）3381234", "0551-63751234-8001", "010-12345678转123", "0917-3381234，13991712345",
				"０５７４－６３２５１２３４" }) {
			Application a = sample("miit-2025");
			a.getContact().setPhone(phone);
			assertNoFinding(a, "G12");
		}
	}

	@Test
	void aLandlineWithoutAreaCodeIsWarned() {
		Application a = sample("miit-2025");
		a.getContact().setPhone("63251234");
		RuleFinding f = assertOneFinding(a, "G12", WARNING, "联系人及联系电话", "63251234", "区号");
		assertEquals("封面", f.section());
	}

	@Test
	void aMobileNumberOfTenDigitsIsWarned() {
		Application a = sample("beijing-2024");
		a.getBasicInfo().getOperator().getContact().setPhone("1391234567");
		assertOneFinding(a, "G12", WARNING, "集群运营管理机构", "1391234567");
	}

	@Test
	void aMobileNumberStartsWith13To19() {
		Application a = sample("jiangsu-2024");
		a.getContact().setPhone("12912345678");
		assertOneFinding(a, "G12", WARNING, "联系人及联系电话", "12912345678");
	}

	@Test
	void shaanxiAsksAMobileNumber() {
		Application a = sample("shaanxi-2026");
		a.getBasicInfo().getDepartment().getContact().setPhone("0917-3381234");
		RuleFinding f = assertOneFinding(a, "G12", ERROR, "县级行政区划中小企业主管部门", "0917-3381234", "联系手机");
		assertEquals("一", f.section());
		a.getBasicInfo().getDepartment().getContact().setPhone("139 9171 2345");
		assertNoFinding(a, "G12");
	}

	@Test
	void aLibraryContactNamesItsRow() {
		CompetitionReport c = sample("competition-2026");
		ExistingEnterprise e = c.getLibraries().getExisting().get(2);
		e.getContact().setPhone("12345");
		RuleFinding f = assertOneFinding(c, "G12", WARNING, "现有企业库", "12345");
		assertTrue(f.field().contains("第" + (e.getSourceRow() != null ? e.getSourceRow() : 3) + "行"), f.field());
	}

	@Test
	void aParkHeadsPhone() {
		CompetitionReport c = sample("competition-2026");
		c.getCoreParks().get(0).setHeadPhone("0731-2233");
		RuleFinding f = assertOneFinding(c, "G12", WARNING, "集群核心承载园区", "0731-2233");
		assertTrue(f.field().contains("负责人电话"), f.field());
	}
}
