/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.dec;
import static org.clusterdesk.validation.tests.GeneralTesting.entry;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The general rules G01–G14 on the bundled samples, and what their findings tell a user. */
class GeneralRulesOnSamplesTest {

	private static final Set<String> GENERAL = Set.of("G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08", "G09", "G10", "G11",
			"G12", "G13", "G14");

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void everySampleHasNoErrorOfTheGeneralRules(String edition) {
		for (boolean finalExport : new boolean[] { false, true }) {
			ValidationReport report = ClusterValidation.validate(sample(edition), finalExport);
			List<RuleFinding> errors = report.findings().stream().filter(f -> GENERAL.contains(f.ruleId()) && f.isError()).toList();
			assertTrue(errors.isEmpty(), edition + (finalExport ? " (final export)" : "") + ": " + describe(errors));
		}
	}

	@Test
	void everySampleIsListed() {
		assertEquals(6, SAMPLES.length);
	}

	@Test
	void aFindingCarriesTheSectionNumberAndTheFormsWording() {
		Application a = sample("miit-2025");
		entry(a.getIndustry().getTotalOutput(), 2024).setValue(dec("98.765"));
		FormRow row = a.getEdition().rowFor(org.clusterdesk.model.ClusterDeskPackage.Literals.INDUSTRY_SECTION__TOTAL_OUTPUT);
		List<RuleFinding> found = ClusterValidation.validate(a).findings("G02");
		assertEquals(1, found.size(), describe(found));
		RuleFinding f = found.get(0);
		assertEquals("二", f.section());
		assertEquals("主导产业情况", f.sectionTitle());
		assertEquals(row.getLabel() + "（2024年）", f.field());
		assertEquals("[G02] 二 集群总产值（亿元）（2024年）：" + f.detail(), f.message());
		assertTrue(f.detail().contains("98.765"), f.detail());
	}

	@Test
	void theSameRowIsWordedAsEachEditionWordsIt() {
		// 近三年集群主导产业产值年均增速 is worded differently by Jiangsu
		for (String edition : new String[] { "miit-2025", "jiangsu-2024" }) {
			Application a = sample(edition);
			a.getIndustry().setLeadingIndustryAverageGrowth(dec("-100.00"));
			List<RuleFinding> found = ClusterValidation.validate(a).findings("G04");
			assertEquals(1, found.size(), describe(found));
			String label = a.getEdition().labelFor(org.clusterdesk.model.ClusterDeskPackage.Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH);
			assertEquals(label, found.get(0).field());
			assertTrue(found.get(0).message().startsWith("[G04] 二 " + label + "："), found.get(0).message());
		}
	}

	@Test
	void aDocumentOfAnUnknownEditionIsNotChecked() {
		ClusterDocument d = sample("miit-2025");
		d.setEditionId("unknown-2030");
		d.setName("");
		List<RuleFinding> general = ClusterValidation.validate(d).findings().stream().filter(f -> GENERAL.contains(f.ruleId()))
				.toList();
		assertTrue(general.isEmpty(), describe(general));
	}
}
