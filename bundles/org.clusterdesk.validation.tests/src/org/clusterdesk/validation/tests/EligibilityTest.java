/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.APPLICATIONS;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.findings;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.clusterdesk.validation.tests.RuleTesting.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** G06 (E): a prohibited industry, an accident or tax/credit problems make the cluster ineligible, reported first. */
class EligibilityTest {

	@Test
	void theSampleClustersAreEligible() {
		for (String edition : APPLICATIONS) {
			Application a = sample(edition);
			assertNoFinding(a, "G06");
			assertTrue(a.eligible(), edition);
		}
	}

	@Test
	void aProhibitedIndustryIsReportedFirst() {
		Application a = sample("miit-2025");
		a.getBasicInfo().setProhibitedIndustry(YesNo.YES);
		a.getIndustry().setChainNarrative(""); // a G01 finding of section 二 to sort against
		ValidationReport report = validate(a);
		assertEquals("G06", report.findings().get(0).ruleId());
		assertFalse(report.eligible());
		assertFalse(a.eligible());
		RuleFinding f = assertOneFinding(a, "G06", ERROR, "集群主导产业是否属于国家规定的禁止、限制和淘汰类产业", "禁止、限制和淘汰类产业",
				"不符合申报条件");
		assertEquals("一", f.section());
		assertEquals("是", f.found());
	}

	@Test
	void eachReasonIsReportedOnItsOwn() {
		Application a = sample("shaanxi-2026");
		a.getBasicInfo().getAccidents().setAnswer(YesNo.YES);
		a.getBasicInfo().getAccidents().setExplanation("2024年发生一起较大安全事故。");
		a.getBasicInfo().getViolations().setAnswer(YesNo.YES);
		a.getBasicInfo().getViolations().setExplanation("某企业存在欠税记录。");
		List<RuleFinding> found = findings(a, "G06");
		assertEquals(2, found.size(), RuleTesting.describe(found));
		assertTrue(found.get(0).field().startsWith("近三年是否发生"), found.get(0).field());
		assertTrue(found.get(1).field().startsWith("是否存在偷税漏税"), found.get(1).field());
	}

	@Test
	void beijingAccidentsAreIneligibleToo() {
		Application a = sample("beijing-2024");
		a.getBasicInfo().getAccidents().setAnswer(YesNo.YES);
		assertOneFinding(a, "G06", ERROR, "近三年是否发生较大及以上安全、质量、环境污染等事故", "事故");
	}

	@Test
	void aJiangsuLetterThatDoesNotAffirm() {
		Application a = sample("jiangsu-2024");
		String violations = "不存在偷税漏税、严重失信等其他重大违法违规行为。";
		assertTrue(a.getCommitment().getCommitments().remove(violations), "the sample's letter makes the commitment");
		RuleFinding f = assertOneFinding(a, "G06", ERROR, "承诺内容", "承诺函未承诺", violations);
		assertEquals("承诺函", f.section());
		assertFalse(a.eligible());
	}

	@Test
	void aJiangsuLetterNamingAnotherCluster() {
		Application a = sample("jiangsu-2024");
		a.setName("扬州市宝应县智能电网装备产业");
		// the letter still names the cluster it was written for: its first commitment is not the one the form asks for
		assertOneFinding(a, "G06", ERROR, "承诺内容", "承诺函未承诺", "我市本次申报的扬州市宝应县智能电网装备产业集群主导产业不属于国家规定的禁止、限制和淘汰类产业；");
		assertFalse(a.eligible());
	}

	@Test
	void jiangsuAsksTheQuestionsOnlyInItsLetter() {
		Application a = sample("jiangsu-2024");
		a.getBasicInfo().setProhibitedIndustry(YesNo.YES); // not a row of the Jiangsu form
		assertNoFinding(a, "G06");
	}

	@Test
	void noIsEligible() {
		Application a = sample("miit-2025");
		a.getBasicInfo().setProhibitedIndustry(YesNo.NO);
		a.getBasicInfo().getAccidents().setAnswer(YesNo.NO);
		assertNoFinding(a, "G06");
	}
}
