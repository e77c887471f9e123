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
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** G15 (E): a final export needs Jiangsu's 承诺函 signed as the form has it: the issuing bureau (its seal) and the date. */
class CommitmentLetterForFinalExportTest {

	@Test
	void theSamplesLettersAreSigned() {
		for (String edition : SAMPLES) {
			List<RuleFinding> found = finalExportFindings(sample(edition), "G15");
			assertTrue(found.isEmpty(), edition + ": " + describe(found));
		}
	}

	@Test
	void aDraftNeedsNoSignature() {
		Application a = sample("jiangsu-2024");
		a.getCommitment().setIssuingBureau(null);
		a.getCommitment().setDate(null);
		assertNoFinding(a, "G15");
	}

	@Test
	void anUnsignedLetter() {
		Application a = sample("jiangsu-2024");
		a.getCommitment().setIssuingBureau(" ");
		List<RuleFinding> found = finalExportFindings(a, "G15");
		assertEquals(1, found.size(), describe(found));
		RuleFinding f = found.get(0);
		assertEquals(Diagnostic.ERROR, f.severity());
		assertEquals("承诺函", f.section());
		assertTrue(f.message().contains("落款单位"), f.message());
		assertSame(Literals.COMMITMENT_LETTER__ISSUING_BUREAU, f.feature());
	}

	@Test
	void anUndatedLetter() {
		Application a = sample("jiangsu-2024");
		a.getCommitment().setDate(null);
		List<RuleFinding> found = finalExportFindings(a, "G15");
		assertEquals(1, found.size(), describe(found));
		assertEquals("日期", found.get(0).field());
		assertSame(Literals.COMMITMENT_LETTER__DATE, found.get(0).feature());
	}

	@Test
	void noLetterAtAll() {
		Application a = sample("jiangsu-2024");
		a.setCommitment(null);
		List<RuleFinding> found = finalExportFindings(a, "G15");
		assertEquals(1, found.size(), describe(found));
		assertTrue(found.get(0).message().contains("承诺函"), found.get(0).message());
	}

	@Test
	void otherEditionsHaveNoLetter() {
		Application a = sample("miit-2025");
		assertTrue(finalExportFindings(a, "G15").isEmpty());
	}
}
