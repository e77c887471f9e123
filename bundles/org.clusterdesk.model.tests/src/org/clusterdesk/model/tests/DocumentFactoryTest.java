/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.forms.Completeness;
import org.clusterdesk.model.forms.DocumentFactory;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** New documents start with their edition's empty structure; a re-review starts from the earlier application. */
class DocumentFactoryTest {

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void aNewDocumentHasTheEditionsStructureAndNoAnswers(String id, @TempDir Path dir) throws IOException {
		Edition edition = EditionRegistry.getDefault().getEdition(id);
		ClusterDocument document = DocumentFactory.create(edition, "测试集群");
		assertEquals(id, document.getEditionId());
		assertEquals("测试集群", document.getName());
		Completeness completeness = Completeness.of(document);
		assertTrue(completeness.required() > 40, id + ": " + completeness.required());
		assertTrue(completeness.percent() < 30, id + " starts nearly empty: " + completeness.percent() + "%");
		// it saves and loads like any document
		Path file = dir.resolve("new.cluster");
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(document);
		ClusterFiles.save(resource, file);
		assertTrue(EcoreUtil.equals(document, ClusterFiles.load(file)));
	}

	@Test
	void yearlyRowsHoldTheEditionYearsEmpty() {
		Application a = (Application) DocumentFactory.create(EditionRegistry.getDefault().getEdition("shaanxi-2026"), "x");
		assertEquals(List.of(2023, 2024, 2025), a.getIndustry().getTotalOutput().years());
		assertNull(a.getIndustry().getTotalOutput().valueOf(2024));
		assertNotNull(a.getBasicInfo().getOperator().getContact(), "an organisation comes with its contact");
		assertEquals(2025, a.getPlan().getBaselineYear());
		assertEquals(2028, a.getPlan().getTargetYear());
	}

	@Test
	void beijingAsksTheDigitalCountsForTheLastYearOnly() {
		Application a = (Application) DocumentFactory.create(EditionRegistry.getDefault().getEdition("beijing-2024"), "x");
		assertEquals(List.of(2023), a.getDigital().getCloudSmes().years());
		assertEquals(List.of(2021, 2022, 2023), a.getDigital().getSoftwarePurchases().years());
	}

	@Test
	void aCompetitionReportStartsWithItsTablesAndEmptyLibraries() {
		CompetitionReport r = (CompetitionReport) DocumentFactory.create(EditionRegistry.getDefault().getEdition("competition-2026"), "x");
		assertNotNull(r.getEconomy());
		assertEquals(List.of(2024, 2025), r.getEconomy().getOutput().years());
		assertNotNull(r.getLibraries());
		assertTrue(r.getLibraries().getExisting().isEmpty());
	}

	@Test
	void aReReviewCarriesTheBasicInformationAndTheEarlierPlan() throws IOException {
		Application earlier = (Application) ClusterFiles.load(Path.of(System.getProperty("clusterdesk.samples"), "miit-2025.cluster"));
		Application review = DocumentFactory.reReview(earlier, EditionRegistry.getDefault().getEdition("miit-2025-review"));
		assertEquals("miit-2025-review", review.getEditionId());
		assertEquals(earlier.getName(), review.getName());
		assertEquals(0, earlier.getBasicInfo().getArea().compareTo(review.getBasicInfo().getArea()));
		assertEquals(earlier.getBasicInfo().getOperator().getName(), review.getBasicInfo().getOperator().getName());
		assertFalse(review.getBasicInfo().eIsSet(ClusterDeskPackage.Literals.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED),
				"a row the re-review does not have is not carried");
		List<PlanIndicator> targets = earlier.getPlan().getTargets();
		List<CompletionIndicator> completion = review.getReview().getCompletion();
		assertEquals(targets.size(), completion.size());
		for (int i = 0; i < targets.size(); i++) {
			assertEquals(targets.get(i).getKind(), completion.get(i).getKind());
			assertEquals(targets.get(i).getBaseline(), completion.get(i).getBaseline());
			assertEquals(targets.get(i).getTarget(), completion.get(i).getTarget());
			assertEquals(targets.get(i).isReduction(), completion.get(i).isReduction());
			assertNull(completion.get(i).getAchieved(), "ready for the achieved value");
		}
		assertEquals(2022, review.getReview().getBaselineYear());
		assertEquals(2025, review.getReview().getTargetYear());
	}
}
