/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.clusterdesk.validation.tests.RuleTesting.validate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** C01–C13 on the bundled samples: the competition sample breaks none of them, and they never speak about an application. */
class CompetitionSampleTest {

	@Test
	void theCompetitionSampleHasNoFindingOfTheCompetitionRules() {
		CompetitionReport report = CompetitionTesting.report();
		assertFalse(report.getLibraries().getExisting().isEmpty(), "the sample has an existing-enterprise library");
		ValidationReport validation = validate(report);
		for (String rule : CompetitionTesting.RULES) {
			List<RuleFinding> found = validation.findings(rule);
			assertTrue(found.isEmpty(), rule + " on the competition sample: " + describe(found));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024" })
	void applicationsAreNotTheCompetitionRulesBusiness(String edition) {
		ValidationReport validation = validate(sample(edition));
		for (String rule : CompetitionTesting.RULES) {
			assertTrue(validation.findings(rule).isEmpty(), rule + " on " + edition + ": " + describe(validation.findings(rule)));
		}
	}
}
