/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.evidence;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G05 (E): a 是（需附情况说明） answer carries an explanation. */
class ExplanationAttachedTest {

	@Test
	void theSamplesExplainTheirYesAnswers() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G05");
		}
	}

	private static ExplainedAnswer yes(ExplainedAnswer answer, String explanation) {
		answer.setAnswer(YesNo.YES);
		answer.setExplanation(explanation);
		answer.getEvidence().clear();
		return answer;
	}

	@Test
	void aYesWithoutExplanation() {
		Application a = sample("miit-2025");
		yes(a.getBasicInfo().getViolations(), null);
		RuleFinding f = assertOneFinding(a, "G05", ERROR, "是否存在偷税漏税、违法违规、严重失信和其他重大问题的行为", "情况说明");
		assertEquals("一", f.section());
	}

	@Test
	void aYesExplainedInWords() {
		Application a = sample("miit-2025");
		yes(a.getBasicInfo().getViolations(), "2023年某企业因延期申报被处以罚款，已于当年整改完毕。");
		assertNoFinding(a, "G05");
	}

	@Test
	void wuIsNoExplanation() {
		Application a = sample("shaanxi-2026");
		yes(a.getBasicInfo().getAccidents(), "无");
		assertOneFinding(a, "G05", ERROR, "近三年是否发生较大及以上安全、质量、环境污染等事故", "情况说明");
	}

	@Test
	void anAttachedExplanationWillDo() {
		Application a = sample("shaanxi-2026");
		yes(a.getBasicInfo().getAccidents(), "").getEvidence().add(evidence(a));
		assertNoFinding(a, "G05");
	}

	@Test
	void aChangedOperatorOfTheReReviewNeedsItsExplanation() {
		Application a = sample("miit-2025-review");
		yes(a.getBasicInfo().getOperatorChanged(), " ");
		assertOneFinding(a, "G05", ERROR, "集群运营管理机构是否发生变化", "情况说明");
	}

	@Test
	void beijingAsksAPlainYesOrNo() {
		Application a = sample("beijing-2024");
		yes(a.getBasicInfo().getAccidents(), null);
		assertNoFinding(a, "G05");
	}
}
