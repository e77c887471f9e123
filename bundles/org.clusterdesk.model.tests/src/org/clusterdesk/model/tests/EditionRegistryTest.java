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

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.BenchmarkKind;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ContactKind;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.editions.EditionRegistry;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The six editions load from their files and carry the years, thresholds and rows of their forms. */
class EditionRegistryTest {

	private static Edition edition(String id) {
		Edition edition = EditionRegistry.getDefault().getEdition(id);
		assertNotNull(edition, "edition " + id + " is registered");
		return edition;
	}

	@Test
	void allSixEditionsAreContributed() {
		List<String> ids = EditionRegistry.getDefault().getEditions().stream().map(Edition::getId).toList();
		assertTrue(ids.containsAll(List.of("miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
				"competition-2026")), ids.toString());
		assertNull(EditionRegistry.getDefault().getEdition("no-such-edition"));
	}

	@ParameterizedTest
	@CsvSource({
		// id, kind, first year, last year, plan baseline, plan target, first stage, last stage, contact, recommender
		"miit-2025, APPLICATION, 2022, 2024, 2024, 2027, 2025, 2027, ANY_PHONE, PROVINCE",
		"miit-2025-review, REVIEW, 2022, 2024, 2024, 2027, 2025, 2027, ANY_PHONE, PROVINCE",
		"shaanxi-2026, APPLICATION, 2023, 2025, 2025, 2028, 2026, 2028, MOBILE_ONLY, CITY",
		"jiangsu-2024, APPLICATION, 2021, 2023, 2023, 2026, 2024, 2026, ANY_PHONE, CITY",
		"beijing-2024, APPLICATION, 2021, 2023, 2023, 2026, 2024, 2026, ANY_PHONE, DISTRICT",
		"competition-2026, COMPETITION, 2024, 2025, 2025, 2028, 2026, 2028, ANY_PHONE, COUNTY" })
	void yearsAndSignatoriesAsTheFormsSay(String id, FormKind kind, int first, int last, int baseline, int target, int firstStage,
			int lastStage, ContactKind contact, AdministrativeLevel recommender) {
		Edition e = edition(id);
		assertEquals(kind, e.getKind());
		List<Integer> years = e.getDataYears();
		assertEquals(first, years.get(0));
		assertEquals(last, years.get(years.size() - 1));
		assertEquals(last - first + 1, years.size(), "consecutive data years");
		assertEquals(baseline, e.getPlanBaselineYear());
		assertEquals(target, e.getPlanTargetYear());
		assertEquals(List.of(firstStage, firstStage + 1, firstStage + 2), e.getStageYears());
		assertEquals(lastStage, e.getStageYears().get(2));
		assertEquals(contact, e.getContactKind());
		assertEquals(recommender, e.getRecommenderLevel());
		assertFalse(e.getRecommendationTitle() == null || e.getRecommendationTitle().isBlank());
	}

	@Test
	void reReviewComparesTheEarlierPlan() {
		Edition e = edition("miit-2025-review");
		assertEquals(2022, e.getReviewBaselineYear());
		assertEquals(2025, e.getReviewTargetYear());
		assertTrue(e.hasField(Literals.APPLICATION__REVIEW));
		assertTrue(e.hasField(Literals.BASIC_INFO_SECTION__OPERATOR_CHANGED));
		assertFalse(e.hasField(Literals.BASIC_INFO_SECTION__PROVINCIALLY_RECOGNISED), "dropped in the re-review");
		assertFalse(e.hasField(Literals.INDUSTRY_SECTION__FDI), "dropped in the re-review");
		assertTrue(e.hasField(Literals.GREEN_SECTION__CO2_REDUCTION_RATE), "added in the re-review");
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024" })
	void recognitionCriteriaP09(String id) {
		Edition e = edition(id);
		assertEquals(0, new BigDecimal("40").compareTo(e.getCriteria().getMinOutput()));
		assertEquals(0, new BigDecimal("70").compareTo(e.getCriteria().getMinSmeShare()));
		assertEquals(0, new BigDecimal("70").compareTo(e.getCriteria().getMinLeadingIndustryShare()));
		assertEquals(0, new BigDecimal("100").compareTo(e.getCriteria().getMaxArea()));
		assertEquals(0, new BigDecimal("10").compareTo(e.getPlanRules().getOutputAverageGrowthMin()));
		assertEquals(0, new BigDecimal("10").compareTo(e.getPlanRules().getRdAverageGrowthMin()));
		assertEquals(0, new BigDecimal("15").compareTo(e.getPlanRules().getPatentAverageGrowthMin()));
	}

	@ParameterizedTest
	@CsvSource({ "miit-2025, INDUSTRY_AVERAGE", "shaanxi-2026, INDUSTRY_AVERAGE", "jiangsu-2024, ABSOLUTE", "beijing-2024, ABSOLUTE" })
	void planBenchmarksP06toP08(String id, BenchmarkKind kind) {
		Edition e = edition(id);
		assertEquals(kind, e.getPlanRules().getBenchmark());
		if (kind == BenchmarkKind.ABSOLUTE) {
			assertEquals(0, new BigDecimal("45").compareTo(e.getPlanRules().getIiotPenetrationTarget()));
			assertEquals(0, new BigDecimal("18").compareTo(e.getPlanRules().getCo2ReductionTarget()));
			assertEquals(0, new BigDecimal("13.5").compareTo(e.getPlanRules().getEnergyReductionTarget()));
		}
	}

	@Test
	void editionsDifferWhereTheFormsDiffer() {
		assertTrue(edition("miit-2025").hasField(Literals.INDUSTRY_SECTION__COUNTY_SHARE));
		assertTrue(edition("beijing-2024").hasField(Literals.INNOVATION_SECTION__IP_GRANTS), "Beijing adds 知识产权授权量");
		assertFalse(edition("miit-2025").hasField(Literals.INNOVATION_SECTION__IP_GRANTS));
		assertTrue(edition("jiangsu-2024").hasField(Literals.APPLICATION__COMMITMENT), "Jiangsu's 承诺函");
		assertTrue(edition("jiangsu-2024").hasField(Literals.APPLICATION__OUTLINE), "Jiangsu's 撰写提纲");
		assertFalse(edition("jiangsu-2024").hasField(Literals.BASIC_INFO_SECTION__PROHIBITED_INDUSTRY), "moved to the 承诺函");
		assertTrue(edition("competition-2026").hasField(Literals.COMPETITION_REPORT__LIBRARIES));
		assertEquals("联系人及联系手机", edition("shaanxi-2026").labelFor(ClusterDeskPackage.Literals.CLUSTER_DOCUMENT__CONTACT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void everyRowNamesAFeatureItsSectionOrDocumentHas(String id) {
		Edition e = edition(id);
		EClass root = e.getKind() == FormKind.COMPETITION ? Literals.COMPETITION_REPORT : Literals.APPLICATION;
		int rows = 0;
		for (FormSection section : e.getSections()) {
			assertNotNull(section.getNumber());
			EClass sectionClass = section.getFeature() == null ? root : section.getFeature().getEReferenceType();
			if (section.getFeature() != null) {
				assertTrue(section.getFeature().getEContainingClass().isSuperTypeOf(root),
						section.getNumber() + ": " + section.getFeature().getName() + " is a feature of " + root.getName());
			}
			for (FormRow row : section.getRows()) {
				assertNotNull(row.getFeature(), section.getNumber() + ": a row without a feature");
				assertFalse(row.getFeature().eIsProxy(), "unresolved feature in " + id);
				EClass holder = row.getFeature().getEContainingClass();
				assertTrue(holder.isSuperTypeOf(sectionClass) || holder.isSuperTypeOf(root),
						id + " " + section.getNumber() + ": " + holder.getName() + "." + row.getFeature().getName());
				assertFalse(row.getLabel() == null || row.getLabel().isBlank(), "every row has the form's wording");
				rows++;
			}
		}
		assertTrue(rows > 60, id + " has " + rows + " rows");
	}
}
