/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.GreenParkLevel;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.junit.jupiter.api.Test;

/**
 * Migration step GreenParkLevelFromYesNo on its fixture (test-data/fixtures/v1/competition-2026.cluster): 否 stays 否, 是 is
 * left to choose (国家级 or 省级) and named in the report.
 */
class GreenParkLevelFromYesNoTest {

	@Test
	void noStaysNoAndYesIsLeftToChooseTheLevel() throws Exception {
		Path fixture = Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "competition-2026.cluster");
		String text = Files.readString(fixture);
		assertTrue(text.contains("name=\"株洲市荷塘区金山新材料产业园\" leadingIndustry=\"硬质合金、钨基新材料\" greenPark=\"YES\""));
		assertTrue(text.contains("greenPark=\"NO\""));
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(fixture);
		assertEquals(GreenParkLevel.NONE, report.getParks().get(0).getGreenParkLevel());
		assertEquals(GreenParkLevel.NO, report.getParks().get(1).getGreenParkLevel());
		MigrationReport migration = MigrationReport.of(report);
		assertTrue(migration.missing().contains("是否为国/省级绿色园区（株洲市荷塘区金山新材料产业园：原填“是”，请选择国家级或省级）"), migration.summary());
		assertTrue(migration.changes().contains("株洲市荷塘区明照智能装备产业园：是否为国/省级绿色园区改为填写级别，原填“否”仍为“否”"), migration.summary());
		assertTrue(migration.changes().stream().noneMatch(c -> c.contains("不再填写")), migration.summary());
	}
}
