/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.junit.jupiter.api.Test;

/**
 * Migration step QualitativeCompletionDescriptions on its fixture (test-data/fixtures/v1/miit-2025-review.cluster):
 * the single description of a qualitative completion indicator stays its target description; the baseline and
 * achieved descriptions are named as to be filled in.
 */
class QualitativeCompletionDescriptionsTest {

	@Test
	void theOldDescriptionStaysTheTargetAndTheOtherTwoAreNamed() throws Exception {
		Path fixture = Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "miit-2025-review.cluster");
		assertTrue(Files.readString(fixture).contains("description=\"每年组织企业参加国际汽车零部件展会，三年累计不少于8场\""));
		Application a = (Application) ClusterFiles.load(fixture);
		List<CompletionIndicator> qualitative = a.getReview().getCompletion().stream()
				.filter(c -> c.getKind() == PlanIndicatorKind.QUALITATIVE).toList();
		assertEquals(2, qualitative.size());
		CompletionIndicator openness = qualitative.get(0);
		assertEquals("每年组织企业参加国际汽车零部件展会，三年累计不少于8场", openness.getDescription());
		assertNull(openness.getBaselineDescription());
		assertNull(openness.getAchievedDescription());
		MigrationReport report = MigrationReport.of(a);
		assertTrue(report.changes().contains("近三年发展目标完成情况表的定性指标（2 项）分列基准值、目标值、完成值描述，原描述作为目标值描述"), report.summary());
		assertTrue(report.missing().contains("开放合作：组织或参加国际展会、技术交流活动（场次）（2022年基准值描述、2025年完成值描述）"), report.summary());
		assertTrue(report.missing().contains("治理和服务：公共服务平台年服务企业（家次）（2022年基准值描述、2025年完成值描述）"), report.summary());
	}

	@Test
	void anApplicationWithoutACompletionTableIsNotTouched() throws Exception {
		Application a = (Application) ClusterFiles.load(Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "miit-2025.cluster"));
		assertTrue(MigrationReport.of(a).changes().stream().noneMatch(c -> c.contains("定性指标")), MigrationReport.of(a).summary());
		assertTrue(MigrationReport.of(a).missing().isEmpty(), MigrationReport.of(a).summary());
	}
}
