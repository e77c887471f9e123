/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.Unit;
import org.clusterdesk.review.AttainmentTable;
import org.clusterdesk.review.AttainmentTable.Row;
import org.clusterdesk.review.AttainmentTable.Status;
import org.junit.jupiter.api.Test;

/** Attainment of re-review targets against hand-worked figures: increases, reductions, missing values. */
class AttainmentTableTest {

	private static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	@Test
	void anIncreaseIsMetAtOrAboveItsTarget() {
		// 研发经费 9.61 → 10.52 亿元: 10.52 / 9.61 = 1.094693… → 109.47 %
		AttainmentTable table = table(indicator(PlanIndicatorKind.RD_EXPENDITURE, false, "7.12", "9.61", "10.52"),
				indicator(PlanIndicatorKind.VALID_PATENTS, false, "743", "1145", "1145"),
				indicator(PlanIndicatorKind.QUALITY_SME_COUNT, false, "96", "165", "132"));
		Row rd = table.rows().get(0);
		assertEquals(Status.MET, rd.status());
		assertEquals(Boolean.TRUE, rd.met());
		assertEquals(new BigDecimal("109.47"), rd.attainment());
		Row patents = table.rows().get(1);
		assertEquals(Status.MET, patents.status(), "exactly on target is met");
		assertEquals(new BigDecimal("100.00"), patents.attainment());
		// 132 of 165: 80.00 %
		Row smes = table.rows().get(2);
		assertEquals(Status.NOT_MET, smes.status());
		assertEquals(Boolean.FALSE, smes.met());
		assertEquals(new BigDecimal("80.00"), smes.attainment());
		assertEquals(2, table.metCount());
		assertEquals(1, table.unmetCount());
		assertEquals(0, table.missingCount());
		assertEquals(1, table.unmet().size());
		assertSame(smes.indicator(), table.unmet().get(0).indicator());
	}

	@Test
	void aReductionIsMetAtOrBelowItsTarget() {
		// CO2 0.62 → target 0.52 t/万元, achieved 0.49: met, 0.52 / 0.49 = 1.061224… → 106.12 %
		// energy target 0.18, achieved 0.18: met, 100.00 %
		// energy target 0.28, achieved 0.35: not met (above), 0.28 / 0.35 = 80.00 %
		AttainmentTable table = table(indicator(PlanIndicatorKind.CO2_EMISSION, true, "0.62", "0.52", "0.49"),
				indicator(PlanIndicatorKind.ENERGY_PER_OUTPUT, true, "0.21", "0.18", "0.18"),
				indicator(PlanIndicatorKind.ENERGY_PER_OUTPUT, true, "0.31", "0.28", "0.35"));
		assertEquals(Status.MET, table.rows().get(0).status());
		assertEquals(new BigDecimal("106.12"), table.rows().get(0).attainment());
		assertTrue(table.rows().get(0).reduction());
		assertEquals(Status.MET, table.rows().get(1).status());
		assertEquals(new BigDecimal("100.00"), table.rows().get(1).attainment());
		assertEquals(Status.NOT_MET, table.rows().get(2).status());
		assertEquals(new BigDecimal("80.00"), table.rows().get(2).attainment());
		assertEquals(2, table.metCount());
		assertEquals(1, table.unmetCount());
	}

	@Test
	void aReductionToZeroIsMetWithoutAnAttainmentPercentage() {
		// target / achieved has no value for achieved 0, but 0 is at or below any non-negative target
		AttainmentTable table = table(indicator(PlanIndicatorKind.CO2_EMISSION, true, "0.40", "0.30", "0"));
		assertEquals(Status.MET, table.rows().get(0).status());
		assertNull(table.rows().get(0).attainment());
	}

	@Test
	void missingValuesAreNeitherMetNorUnmet() {
		AttainmentTable table = table(indicator(PlanIndicatorKind.RD_EXPENDITURE, false, "7.12", "9.61", null),
				indicator(PlanIndicatorKind.IIOT_PENETRATION, false, "29.70", null, "51.20"),
				indicator(PlanIndicatorKind.CO2_EMISSION, true, "0.62", "0.52", null));
		for (Row row : table.rows()) {
			assertEquals(Status.MISSING, row.status(), row.name());
			assertNull(row.met(), row.name());
			assertNull(row.attainment(), row.name());
		}
		assertEquals(3, table.missingCount());
		assertEquals(0, table.metCount());
		assertEquals(0, table.unmetCount());
	}

	@Test
	void aQualitativeIndicatorWithoutFiguresIsNotCounted() {
		CompletionIndicator qualitative = indicator(PlanIndicatorKind.QUALITATIVE, false, null, null, null);
		qualitative.setDescription("每年组织企业参加国际展会");
		AttainmentTable table = table(qualitative, indicator(PlanIndicatorKind.QUALITATIVE, false, "3", "8", "11"));
		assertEquals(Status.QUALITATIVE, table.rows().get(0).status());
		assertEquals(Status.MET, table.rows().get(1).status(), "a qualitative indicator with figures is judged on them");
		assertEquals(1, table.qualitativeCount());
		assertEquals(0, table.missingCount());
		assertEquals(1, table.metCount());
	}

	@Test
	void theCountsAgreeWithTheModel() {
		ReviewSection review = ReviewTesting.<Application>sample("miit-2025-review").getReview();
		review.getCompletion().get(2).setAchieved(new BigDecimal("1.00"));
		review.getCompletion().get(3).setAchieved(null);
		AttainmentTable table = AttainmentTable.of(review);
		assertEquals(review.metCount(), table.metCount());
		assertEquals(review.unmetCount(), table.unmetCount());
		assertEquals(1, table.unmetCount());
		assertEquals(1, table.missingCount());
	}

	@Test
	void theReReviewSampleMeetsEveryTargetFrom2022To2025() {
		ReviewSection review = ReviewTesting.<Application>sample("miit-2025-review").getReview();
		AttainmentTable table = AttainmentTable.of(review);
		assertEquals(review.getCompletion().size(), table.size());
		assertEquals(table.size(), table.metCount());
		assertEquals(Integer.valueOf(2022), table.baselineYear());
		assertEquals(Integer.valueOf(2025), table.targetYear());
		Row co2 = table.rows().stream().filter(r -> r.indicator().getKind() == PlanIndicatorKind.CO2_EMISSION).findFirst().orElseThrow();
		assertTrue(co2.reduction());
		assertEquals(new BigDecimal("0.49"), co2.achieved());
		assertEquals(Unit.TONNE_CO2_PER_WAN_YUAN, co2.unit());
	}

	@Test
	void noReviewSectionGivesAnEmptyTable() {
		AttainmentTable table = AttainmentTable.of(null);
		assertTrue(table.isEmpty());
		assertFalse(table.rows().iterator().hasNext());
		assertEquals(0, table.metCount());
	}

	private static AttainmentTable table(CompletionIndicator... indicators) {
		ReviewSection review = F.createReviewSection();
		review.setBaselineYear(2022);
		review.setTargetYear(2025);
		for (CompletionIndicator indicator : indicators) {
			review.getCompletion().add(indicator);
		}
		return AttainmentTable.of(review);
	}

	private static CompletionIndicator indicator(PlanIndicatorKind kind, boolean reduction, String baseline, String target, String achieved) {
		CompletionIndicator c = F.createCompletionIndicator();
		c.setKind(kind);
		c.setName(kind.getName());
		c.setReduction(reduction);
		c.setBaseline(baseline == null ? null : new BigDecimal(baseline));
		c.setTarget(target == null ? null : new BigDecimal(target));
		c.setAchieved(achieved == null ? null : new BigDecimal(achieved));
		return c;
	}
}
