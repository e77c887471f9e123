/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clusterdesk.internal.review.BatchBenchmarkData;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.validation.ClusterValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated applications: every edition in turn, each with its own name and figures, reproducibly. */
class BatchBenchmarkDataTest {

	@TempDir
	Path temp;

	@Test
	void generatedApplicationsMixTheEditionsWithTheirOwnNamesAndFigures() throws IOException {
		List<Path> files = BatchBenchmarkData.write(temp.resolve("a"), 12, ReviewTesting.samplesDir());
		assertEquals(12, files.size());
		Set<String> names = new HashSet<>();
		Set<String> editions = new HashSet<>();
		Set<String> outputs = new HashSet<>();
		for (Path file : files) {
			ClusterDocument document = ClusterFiles.load(file);
			names.add(document.getName());
			editions.add(document.getEditionId());
			if (document instanceof Application a && "miit-2025".equals(a.getEditionId())) {
				outputs.add(a.getIndustry().getTotalOutput().valueOf(2024).toPlainString());
			}
			assertEquals(List.of(), ClusterValidation.validate(document).errors().stream().map(f -> f.message()).toList(),
					file.getFileName() + " is as consistent as its sample");
			assertTrue(document.getEdition().getNamePattern() == null || document.getName().matches(document.getEdition().getNamePattern()),
					document.getName() + " keeps the pattern of " + document.getEditionId());
		}
		assertEquals(12, names.size(), "every copy has its own name");
		assertEquals(6, editions.size(), "every edition in turn");
		assertEquals(2, outputs.size(), "the two national copies have different figures");
		assertNotEquals(Set.of("628.10"), outputs);
		try (var listed = Files.list(temp.resolve("a"))) {
			assertEquals(12, listed.count(), "no backups left beside them");
		}
	}

	@Test
	void theSameCountGivesTheSameFiles() throws IOException {
		List<Path> first = BatchBenchmarkData.write(temp.resolve("a"), 7, ReviewTesting.samplesDir());
		List<Path> second = BatchBenchmarkData.write(temp.resolve("b"), 7, ReviewTesting.samplesDir());
		for (int i = 0; i < first.size(); i++) {
			assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).getFileName().toString());
		}
	}
}
