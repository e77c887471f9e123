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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.model.rules.RuleRegistry;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
		FormRow row = a.getEdition().rowFor(Literals.INDUSTRY_SECTION__TOTAL_OUTPUT);
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
			String label = a.getEdition().labelFor(Literals.INDUSTRY_SECTION__LEADING_INDUSTRY_AVERAGE_GROWTH);
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

	/**
	 * The rules declared on the document walk it once: a library of 30 000 rows with one bad phone number and one
	 * amount of three decimals is checked in one pass (a quadratic walk would take minutes).
	 */
	@Test
	void aLargeLibraryIsWalkedOnce() {
		CompetitionReport c = sample("competition-2026");
		List<ExistingEnterprise> library = c.getLibraries().getExisting();
		ExistingEnterprise model = library.get(0);
		List<ExistingEnterprise> copies = new ArrayList<>();
		for (int i = 0; i < 30_000; i++) {
			ExistingEnterprise copy = EcoreUtil.copy(model);
			copy.setName(model.getName() + i);
			copy.setSourceRow(null);
			copies.add(copy);
		}
		library.addAll(copies);
		copies.get(20_000).getContact().setPhone("8888");
		copies.get(25_000).setRevenue(dec("0.125"));
		int bad = library.indexOf(copies.get(20_000)) + 1;
		long start = System.nanoTime();
		List<RuleFinding> found = new ArrayList<>();
		for (String id : new String[] { "G01", "G02", "G03", "G04", "G11", "G12" }) {
			found.addAll(check(id, c));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(2, found.size(), describe(found));
		assertTrue(found.stream().anyMatch(f -> f.ruleId().equals("G12") && f.field().contains("第" + bad + "行")), describe(found));
		assertTrue(found.stream().anyMatch(f -> f.ruleId().equals("G02") && f.message().contains("0.125")), describe(found));
		assertTrue(millis < 20_000, millis + " ms");
	}

	/** Runs the bodies of one rule on the document alone, as the generated validator would. */
	private static List<RuleFinding> check(String ruleId, ClusterDocument document) {
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		RuleRegistry.getDefault().check(ruleId, document, diagnostics, context);
		List<RuleFinding> found = new ArrayList<>();
		for (Diagnostic d : diagnostics.getChildren()) {
			if (d.getData().size() > 2 && d.getData().get(2) instanceof RuleFinding f) {
				found.add(f);
			}
		}
		return found;
	}
}
