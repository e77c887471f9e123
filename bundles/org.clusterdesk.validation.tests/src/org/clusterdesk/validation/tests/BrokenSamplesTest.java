/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sample validates without errors; each deliberately broken sample yields exactly its planted errors. */
class BrokenSamplesTest {

	private static final String[] EDITIONS = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
			"competition-2026" };

	@Test
	void everySampleValidatesWithoutErrors() throws IOException {
		for (String edition : EDITIONS) {
			ValidationReport report = ClusterValidation.validate(ClusterFiles.load(RuleTesting.samplesDir().resolve(edition + ".cluster")));
			assertEquals("", RuleTesting.describe(report.errors()), edition);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void aBrokenSampleYieldsExactlyItsPlantedErrors(String edition) throws IOException {
		Path dir = RuleTesting.samplesDir().resolve("broken");
		ClusterDocument document = ClusterFiles.load(dir.resolve(edition + ".cluster"));
		List<RuleFinding> errors = new ArrayList<>(ClusterValidation.validate(document).errors());
		List<String[]> expected = Files.readAllLines(dir.resolve(edition + ".expected"), StandardCharsets.UTF_8).stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
		String found = RuleTesting.describe(errors);
		assertEquals(expected.size(), errors.size(), edition + " errors: " + found);
		for (String[] e : expected) {
			RuleFinding match = errors.stream()
					.filter(f -> f.ruleId().equals(e[0]) && e[1].equals(f.section()) && f.field() != null && f.field().contains(e[2])).findFirst()
					.orElse(null);
			assertTrue(match != null, edition + ": expected " + String.join(" ", e) + " among " + found);
			errors.remove(match);
		}
		assertTrue(errors.isEmpty(), errors.stream().map(RuleFinding::message).collect(Collectors.joining(" | ")));
	}
}
