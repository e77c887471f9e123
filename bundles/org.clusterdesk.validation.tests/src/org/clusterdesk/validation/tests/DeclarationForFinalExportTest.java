/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.clusterdesk.validation.tests.GeneralTesting.SAMPLES;
import static org.clusterdesk.validation.tests.GeneralTesting.finalExportFindings;
import static org.clusterdesk.validation.tests.RuleTesting.assertNoFinding;
import static org.clusterdesk.validation.tests.RuleTesting.describe;
import static org.clusterdesk.validation.tests.RuleTesting.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** G14 (E): a final export needs the declaration filled: signer, unit, date. */
class DeclarationForFinalExportTest {

	@Test
	void theSamplesAreSignedForTheFinalExport() {
		for (String edition : SAMPLES) {
			List<RuleFinding> found = finalExportFindings(sample(edition), "G14");
			assertTrue(found.isEmpty(), edition + ": " + describe(found));
		}
	}

	@Test
	void aDraftNeedsNoSignature() {
		Application a = sample("miit-2025");
		a.getDeclaration().setSigner(null);
		a.getDeclaration().setDate(null);
		assertNoFinding(a, "G14");
	}

	@Test
	void theFinalExportNeedsTheSigner() {
		Application a = sample("miit-2025");
		a.getDeclaration().setSigner(" ");
		List<RuleFinding> found = finalExportFindings(a, "G14");
		assertEquals(1, found.size(), describe(found));
		RuleFinding f = found.get(0);
		assertEquals(Diagnostic.ERROR, f.severity());
		assertEquals("九", f.section());
		assertEquals("县级行政区划中小企业主管部门负责人（签字）", f.field());
		assertTrue(f.message().contains("负责人签字"), f.message());
		assertSame(Literals.DECLARATION__SIGNER, f.feature());
	}

	@Test
	void theFinalExportNeedsUnitAndDate() {
		Application a = sample("beijing-2024");
		a.getDeclaration().setUnit(null);
		a.getDeclaration().setDate(null);
		List<RuleFinding> found = finalExportFindings(a, "G14");
		assertEquals(2, found.size(), describe(found));
		assertTrue(found.stream().anyMatch(f -> f.field().equals("集群运营管理机构（公章）")));
		assertTrue(found.stream().anyMatch(f -> f.field().equals("日期")));
	}

	@Test
	void aMissingDeclaration() {
		Application a = sample("shaanxi-2026");
		a.setDeclaration(null);
		List<RuleFinding> found = finalExportFindings(a, "G14");
		assertEquals(1, found.size(), describe(found));
		assertTrue(found.get(0).message().contains("真实性声明"), found.get(0).message());
	}

	@Test
	void bothCompetitionSignatures() {
		CompetitionReport c = sample("competition-2026");
		c.getParkDeclaration().setUnit("");
		List<RuleFinding> found = finalExportFindings(c, "G14");
		assertEquals(1, found.size(), describe(found));
		assertEquals("集群核心承载园区负责人签字", found.get(0).field());
		assertTrue(found.get(0).message().contains("盖章单位"), found.get(0).message());
	}
}
