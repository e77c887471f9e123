/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.derived.DerivedValues;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled samples: one per edition, complete, consistent, and stable through load → save → load. */
class SamplesTest {

	/** Set by the build (tycho-surefire systemProperties) to the repository's samples folder. */
	static Path samplesDir() {
		String dir = System.getProperty("clusterdesk.samples");
		assertNotNull(dir, "system property clusterdesk.samples");
		return Path.of(dir);
	}

	static List<Path> samples() throws IOException {
		try (Stream<Path> files = Files.list(samplesDir())) {
			return files.filter(p -> p.toString().endsWith(".cluster")).sorted().toList();
		}
	}

	@Test
	void oneSamplePerEdition() throws IOException {
		List<String> editions = samples().stream().map(SamplesTest::load).map(ClusterDocument::getEditionId).sorted().toList();
		assertEquals(List.of("beijing-2024", "competition-2026", "jiangsu-2024", "miit-2025", "miit-2025-review", "shaanxi-2026"),
				editions);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyRequiredRowIsFilled(Path file) {
		ClusterDocument document = load(file);
		assertNotNull(document.getEdition(), file + ": edition " + document.getEditionId());
		Completeness completeness = Completeness.of(document);
		String missing = completeness.sections().stream().flatMap(s -> s.missing().stream().map(r -> s.section().getNumber() + " " + r.getLabel()))
				.collect(Collectors.joining("; "));
		assertEquals(completeness.required(), completeness.filled(), file.getFileName() + " misses: " + missing);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everyEnteredValueAgreesWithItsComputation(Path file) {
		List<DerivedValue> derived = DerivedValues.of(load(file));
		assertTrue(derived.size() > 5, file + " has derived values: " + derived.size());
		String disagreements = derived.stream().filter(DerivedValue::disagrees)
				.map(v -> v.rule() + " " + v.label() + ": entered " + v.entered() + ", computed " + v.rounded()).collect(Collectors.joining("; "));
		assertEquals("", disagreements, file.getFileName().toString());
	}

	@ParameterizedTest
	@MethodSource("samples")
	void roundTripsThroughSaveAndLoad(Path file, @TempDir Path dir) throws IOException {
		ClusterDocument original = load(file);
		Path copy = dir.resolve(file.getFileName());
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(copy.toString()));
		resource.getContents().add(EcoreUtil.copy(original));
		ClusterFiles.save(resource, copy);
		ClusterDocument reloaded = ClusterFiles.load(copy);
		assertTrue(EcoreUtil.equals(original, reloaded), file.getFileName() + " survives load → save → load");
	}

	@Test
	void competitionLibrariesAreLargeEnoughToWorkWith() throws IOException {
		CompetitionReport report = samples().stream().map(SamplesTest::load).filter(CompetitionReport.class::isInstance)
				.map(CompetitionReport.class::cast).findFirst().orElseThrow();
		int enterprises = report.getLibraries().getExisting().size() + report.getLibraries().getProspective().size();
		int projects = report.getLibraries().getUnderConstruction().size() + report.getLibraries().getPlanned().size();
		assertTrue(enterprises >= 50, "enterprises: " + enterprises);
		assertTrue(projects >= 20, "projects: " + projects);
		assertTrue(report.getLibraries().existingSummary().startsWith("共有企业" + report.getLibraries().getExisting().size() + "个"));
	}

	private static ClusterDocument load(Path file) {
		try {
			return ClusterFiles.load(file);
		} catch (IOException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}
}
