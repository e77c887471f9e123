/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration step ParkFiguresPerYear on its fixture (test-data/fixtures/v1/competition-2026.cluster): 园区开发面积, 投资强度
 * and 亩均税收, held in version 1 like the five-cell rows, keep the park's figure per year; the cluster parts and the 增幅
 * the form has no cell for are named in the report with their values.
 */
class ParkFiguresPerYearTest {

	@Test
	void parkTotalsBecomeTheYearCellsAndTheRestIsNamed() throws Exception {
		Path fixture = Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "competition-2026.cluster");
		String text = Files.readString(fixture);
		assertTrue(text.contains("<developedArea growth=\"5.43\">"), "the fixture holds the version-1 row");
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(fixture);
		Park first = report.getParks().get(0);
		assertEquals(new BigDecimal("8650"), first.getDevelopedArea().valueOf(2024));
		assertEquals(new BigDecimal("9120"), first.getDevelopedArea().valueOf(2025));
		assertEquals(new BigDecimal("11.10"), first.getTaxPerMu().valueOf(2025));
		assertEquals(2, first.getInvestmentIntensity().getValues().size());
		Park second = report.getParks().get(1);
		assertEquals(new BigDecimal("3480"), second.getDevelopedArea().valueOf(2025));
		// the entered 投资强度 still agrees with the park's investment and area (D09): 48.30 亿元 / 9 120 亩
		assertEquals(0, first.computedInvestmentIntensity(2025).setScale(2, java.math.RoundingMode.HALF_UP)
				.compareTo(first.getInvestmentIntensity().valueOf(2025)));
		MigrationReport migration = MigrationReport.of(report);
		String name = "株洲市荷塘区金山新材料产业园";
		assertTrue(migration.changes().contains(name + "：园区开发面积（亩）按表式每年一格，园区总额填入（2024年 8650、2025年 9120）"),
				migration.summary());
		assertTrue(migration.changes().contains(name + "：园区开发面积（亩）表式不设“其中：集群产业”，未保留原值（2024年 5600、2025年 5980）"),
				migration.summary());
		assertTrue(migration.changes().contains(name + "：亩均税收（万元/亩）表式不设增幅，未保留原值 3.64"), migration.summary());
		// every value the old rows held is either moved or named: nothing reported as an unknown leftover
		assertTrue(migration.changes().stream().noneMatch(c -> c.contains("parkTotal") || c.contains("clusterPart") || c.contains("不再填写")),
				migration.summary());
	}

	@Test
	void anUnreadableOldValueIsNamedAndTheOthersKept(@TempDir Path dir) throws Exception {
		Path fixture = Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "competition-2026.cluster");
		String text = Files.readString(fixture).replace("<values year=\"2024\" value=\"8650\"/>", "<values year=\"2024\" value=\"八千六百五\"/>");
		Path file = dir.resolve("competition-2026.cluster");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(file);
		Park first = report.getParks().get(0);
		assertNull(first.getDevelopedArea().valueOf(2024));
		assertEquals(new BigDecimal("9120"), first.getDevelopedArea().valueOf(2025));
		MigrationReport migration = MigrationReport.of(report);
		assertTrue(migration.missing().contains("株洲市荷塘区金山新材料产业园：园区开发面积（亩）（原值“2024年 八千六百五”无法识别）"), migration.summary());
		assertTrue(Files.readString(file).contains("八千六百五"), "loading never changes the file");
	}
}
