/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.internal.review.ApplicationSummaries;
import org.clusterdesk.internal.review.ApplicationSummary;
import org.clusterdesk.internal.review.FirstProblem;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.review.ReviewScan;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries without a workbook, and the first problem each keeps for the Review view to open. */
class ReviewScanTest {

	@TempDir
	Path temp;

	@Test
	void theFirstProblemIsTheFirstErrorElseTheFirstWarningAndLeadsBackToItsField() throws IOException {
		int withErrors = 0;
		int warningsOnly = 0;
		List<Path> files = new ArrayList<>();
		try (Stream<Path> samples = Files.list(ReviewTesting.samplesDir()); Stream<Path> broken = Files.list(ReviewTesting.samplesDir().resolve("broken"))) {
			Stream.concat(samples, broken).filter(p -> p.toString().endsWith(".cluster")).sorted().forEach(files::add);
		}
		assertEquals(12, files.size());
		for (Path file : files) {
			ClusterDocument document = ClusterFiles.load(file);
			ValidationReport report = ClusterValidation.validate(document);
			FirstProblem first = ApplicationSummaries.of(1, file.toString(), document, report).firstProblem();
			RuleFinding expected = !report.errors().isEmpty() ? report.errors().get(0) : report.warnings().isEmpty() ? null : report.warnings().get(0);
			if (expected == null) {
				assertNull(first, file.toString());
				continue;
			}
			withErrors += expected.isError() ? 1 : 0;
			warningsOnly += expected.isError() ? 0 : 1;
			assertNotNull(first, file.toString());
			assertEquals(expected.message(), first.message());
			assertEquals(expected.ruleId(), first.ruleId());
			assertEquals(expected.section(), first.section());
			assertEquals(expected.isError(), first.error());
			assertEquals(expected.feature() == null ? null : expected.feature().getName(), first.feature());
			if (expected.owner() != null) {
				// a fresh load of the file (as an editor opening it has) finds the same object by the fragment
				ClusterDocument again = ClusterFiles.load(file);
				EObject owner = again.eResource().getEObject(first.fragment());
				assertNotNull(owner, file + ": " + first.fragment());
				assertEquals(again.eResource().getURIFragment(owner), document.eResource().getURIFragment(expected.owner()));
				assertSame(expected.owner().eClass(), owner.eClass());
			}
		}
		assertTrue(withErrors >= 6, "every broken sample has an error: " + withErrors);
		assertTrue(withErrors + warningsOnly > 0);
	}

	@Test
	void filesAreSummarisedInOrderAndUnreadableOnesSayWhy() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("batch"));
		Files.copy(ReviewTesting.samplesDir().resolve("jiangsu-2024.cluster"), folder.resolve("a-jiangsu.cluster"));
		Files.writeString(folder.resolve("b-broken.cluster"), "<cd:Application", StandardCharsets.UTF_8);
		Files.copy(ReviewTesting.samplesDir().resolve("broken/miit-2025.cluster"), folder.resolve("c-miit.cluster"));
		Files.writeString(folder.resolve("readme.txt"), "not reviewed", StandardCharsets.UTF_8);

		List<ReviewScan.Source> sources = ReviewScan.files(List.of(folder));
		assertEquals(List.of("a-jiangsu.cluster", "b-broken.cluster", "c-miit.cluster"),
				sources.stream().map(s -> s.file().getFileName().toString()).toList(), "the .cluster files of the folder, sorted");
		List<ApplicationSummary> summaries = ReviewScan.summarise(sources, new NullProgressMonitor());
		assertEquals(List.of(1, 2, 3), summaries.stream().map(ApplicationSummary::serial).toList());
		assertTrue(summaries.get(0).readable());
		assertEquals("jiangsu-2024", summaries.get(0).editionId());
		assertFalse(summaries.get(1).readable());
		assertTrue(summaries.get(1).loadError().contains("b-broken.cluster"), summaries.get(1).loadError());
		assertNull(summaries.get(1).firstProblem());
		assertTrue(summaries.get(2).errors() > 0);
		assertNotNull(summaries.get(2).firstProblem());
		assertTrue(summaries.get(2).firstProblem().error());
	}

	@Test
	void anInMemoryDocumentIsReviewedAsItIsNotAsSaved() throws IOException {
		Path file = ReviewTesting.samplesDir().resolve("miit-2025.cluster");
		Application edited = ReviewTesting.sample("miit-2025");
		edited.setName("未保存的名称");
		List<ApplicationSummary> summaries = ReviewScan.summarise(List.of(ReviewScan.document(file, "miit-2025.cluster", edited)), null);
		assertEquals("未保存的名称", summaries.get(0).name());
		assertEquals("miit-2025.cluster", summaries.get(0).file());
		assertEquals("浙江省宁波市慈溪市智能家电产业", ClusterFiles.load(file).getName(), "the file is untouched");
	}

	@Test
	void cancellingStopsBeforeTheNextFile() {
		List<ReviewScan.Source> sources = ReviewScan.files(List.of(ReviewTesting.samplesDir()));
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<String> reviewed = new ArrayList<>();
		assertThrows(OperationCanceledException.class, () -> ReviewScan.run(sources, monitor, new ReviewScan.Receiver() {

			@Override
			public void reviewed(ReviewScan.Source source, ApplicationSummary summary, ClusterDocument document, ValidationReport report, int index,
					int total) {
				reviewed.add(source.shown());
				if (reviewed.size() == 2) {
					monitor.setCanceled(true);
				}
			}

			@Override
			public void unreadable(ReviewScan.Source source, ApplicationSummary summary, int index, int total) {
				reviewed.add(source.shown());
			}
		}));
		assertEquals(2, reviewed.size());
		assertEquals(6, sources.size());
	}
}
