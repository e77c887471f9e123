/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.emf.common.util.Diagnostic;

/** Loading samples to break, and asserting on the findings a user would read. */
final class RuleTesting {

	private RuleTesting() {
	}

	static Path samplesDir() {
		return Path.of(System.getProperty("clusterdesk.samples"));
	}

	/** A fresh copy of the bundled sample of an edition (samples/EDITION.cluster), to modify in a test. */
	@SuppressWarnings("unchecked")
	static <T extends ClusterDocument> T sample(String edition) {
		try {
			return (T) ClusterFiles.load(samplesDir().resolve(edition + ".cluster"));
		} catch (IOException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	static ValidationReport validate(ClusterDocument document) {
		return ClusterValidation.validate(document);
	}

	/** The findings of one rule on the document. */
	static List<RuleFinding> findings(ClusterDocument document, String ruleId) {
		return validate(document).findings(ruleId);
	}

	/** Asserts the rule found nothing. */
	static void assertNoFinding(ClusterDocument document, String ruleId) {
		List<RuleFinding> found = findings(document, ruleId);
		assertTrue(found.isEmpty(), ruleId + " should find nothing: " + describe(found));
	}

	/**
	 * Asserts the rule found exactly one problem, of the given severity, on the field (the form's wording), with a
	 * message holding every given fragment (the numbers a user reads); returns it for further checks.
	 */
	static RuleFinding assertOneFinding(ClusterDocument document, String ruleId, int severity, String field, String... fragments) {
		List<RuleFinding> found = findings(document, ruleId);
		assertEquals(1, found.size(), ruleId + ": " + describe(found));
		RuleFinding f = found.get(0);
		assertEquals(severity, f.severity(), "severity of " + f.message());
		assertTrue(f.message().startsWith("[" + ruleId + "]"), f.message());
		if (field != null) {
			assertTrue(f.field() != null && f.field().contains(field), "field '" + f.field() + "' should contain '" + field + "'");
		}
		for (String fragment : fragments) {
			assertTrue(f.message().contains(fragment), "'" + f.message() + "' should contain '" + fragment + "'");
		}
		return f;
	}

	static String describe(List<RuleFinding> findings) {
		return findings.stream().map(RuleFinding::message).collect(Collectors.joining(" | "));
	}

	static final int ERROR = Diagnostic.ERROR;

	static final int WARNING = Diagnostic.WARNING;
}
