/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.RuleTesting.ERROR;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.assertOneFinding;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.derived.TextFigures;
import org.clusterdesk.model.rules.RuleFinding;
import org.junit.jupiter.api.Test;

/** G03 (E): narratives keep to 200 / 3000 / 2500 characters, whitespace not counted. */
class NarrativeLengthTest {

	private static final String CHARACTER = "字";

	@Test
	void theSamplesKeepToTheLimits() {
		for (String edition : SAMPLES) {
			assertNoFinding(sample(edition), "G03");
		}
	}

	@Test
	void exactly200CharactersAreAllowed() {
		Application a = sample("miit-2025");
		a.getIndustry().setChainNarrative(CHARACTER.repeat(200));
		assertNoFinding(a, "G03");
	}

	@Test
	void character201IsTooMany() {
		Application a = sample("miit-2025");
		a.getIndustry().setChainNarrative(CHARACTER.repeat(201));
		RuleFinding f = assertOneFinding(a, "G03", ERROR, "集群产业链强链补链情况（200字以内）", "共201字", "200字");
		assertEquals("二", f.section());
	}

	@Test
	void whitespaceAndLineBreaksDoNotCount() {
		Application a = sample("beijing-2024");
		a.getDigital().setServiceNarrative(" " + CHARACTER.repeat(100) + "\n\n\t" + CHARACTER.repeat(100) + " \u3000");
		assertNoFinding(a, "G03");
	}

	@Test
	void codePointsNotCharsAreCounted() {
		// 𠀀 (U+20000) is one character of the form and two Java chars
		Application a = sample("miit-2025");
		a.getIndustry().setQualityNarrative("\uD840\uDC00".repeat(200));
		assertNoFinding(a, "G03");
	}

	@Test
	void thePlanCountsAsAWhole() {
		Application a = sample("shaanxi-2026");
		PlanSection plan = a.getPlan();
		int others = plan.narrativeLength() - TextFigures.length(plan.getKeyTasks());
		plan.setKeyTasks(CHARACTER.repeat(3000 - others));
		assertEquals(3000, plan.narrativeLength());
		assertNoFinding(a, "G03");
		plan.setKeyTasks(plan.getKeyTasks() + CHARACTER);
		RuleFinding f = assertOneFinding(a, "G03", ERROR, null, "共3001字", "3000字");
		assertEquals("八", f.section());
	}

	@Test
	void theReReviewCountsItsWholeSectionEight() {
		Application a = sample("miit-2025-review");
		a.getReview().setCultivation(a.getReview().getCultivation() + CHARACTER.repeat(3000));
		RuleFinding f = assertOneFinding(a, "G03", ERROR, null, "3000字");
		assertEquals("八", f.section());
	}

	@Test
	void jiangsuOutlineItemsKeepTo200() {
		Application a = sample("jiangsu-2024");
		a.getOutline().setGreenLowCarbon(CHARACTER.repeat(230));
		assertOneFinding(a, "G03", ERROR, "集群绿色低碳相关工作情况", "共230字", "200字");
	}

	@Test
	void theSelfAssessmentKeepsTo3000AndTheParkReportTo2500() {
		CompetitionReport c = sample("competition-2026");
		c.setSelfAssessment(CHARACTER.repeat(3000));
		c.getParks().get(0).setReport(CHARACTER.repeat(2500));
		assertNoFinding(c, "G03");
		c.getParks().get(0).setReport(CHARACTER.repeat(2501));
		assertOneFinding(c, "G03", ERROR, "集群核心承载园区推进集群发展自评报告（2500字）", "共2501字", "2500字");
		c.getParks().get(0).setReport(CHARACTER.repeat(2500));
		c.setSelfAssessment(CHARACTER.repeat(3001));
		assertOneFinding(c, "G03", ERROR, "集群发展总体情况自评报告（3000字）", "共3001字", "3000字");
	}

	@Test
	void libraryOverviewsAreLeftToC06() {
		CompetitionReport c = sample("competition-2026");
		c.getLibraries().getExisting().get(0).setOverview(CHARACTER.repeat(300));
		assertNoFinding(c, "G03");
	}
}
