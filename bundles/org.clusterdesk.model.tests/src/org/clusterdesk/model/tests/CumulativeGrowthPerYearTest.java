/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration step CumulativeGrowthPerYear on its fixture (test-data/fixtures/v1/jiangsu-2024.cluster): the single
 * 累计增长率 of version 1 lands in the latest year's cell; the earlier years are named as missing.
 */
class CumulativeGrowthPerYearTest {

	@TempDir
	Path dir;

	private static Path fixture() {
		return Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "jiangsu-2024.cluster");
	}

	@Test
	void theOldValueGoesIntoTheLatestYearsCell() throws Exception {
		assertTrue(Files.readString(fixture()).contains("fdiCumulativeGrowth=\"26.48\" exportCumulativeGrowth=\"34.62\""), "the fixture holds version 1's single values");
		Application a = (Application) ClusterFiles.load(fixture());
		assertEquals(new BigDecimal("26.48"), a.getIndustry().getFdiCumulativeGrowthByYear().valueOf(2023));
		assertNull(a.getIndustry().getFdiCumulativeGrowthByYear().valueOf(2022));
		assertNull(a.getIndustry().getFdiCumulativeGrowthByYear().valueOf(2021));
		assertEquals(new BigDecimal("34.62"), a.getIndustry().getExportCumulativeGrowthByYear().valueOf(2023));
		assertEquals(1, a.getIndustry().getExportCumulativeGrowthByYear().getValues().size());
		MigrationReport report = MigrationReport.of(a);
		assertTrue(report.changes().contains("近三年集群外商直接投资额累计增长率（%）改为按年填写，原值 26.48 填入2023年"), report.summary());
		assertTrue(report.changes().contains("近三年集群主导产品出口贸易额累计增长率（%）改为按年填写，原值 34.62 填入2023年"), report.summary());
		assertTrue(report.missing().contains("近三年集群外商直接投资额累计增长率（%）（2021年、2022年）"), report.summary());
		assertTrue(report.missing().contains("近三年集群主导产品出口贸易额累计增长率（%）（2021年、2022年）"), report.summary());
		assertTrue(report.changes().stream().noneMatch(c -> c.contains("不再填写")), "every old value was taken: " + report.summary());
	}

	@Test
	void aFileWithoutTheOldValuesGetsNoSeries() throws Exception {
		Path file = dir.resolve("empty.cluster");
		Files.writeString(file, Files.readString(fixture()).replace(" fdiCumulativeGrowth=\"26.48\" exportCumulativeGrowth=\"34.62\"", ""));
		Application a = (Application) ClusterFiles.load(file);
		assertNull(a.getIndustry().getFdiCumulativeGrowthByYear());
		assertTrue(MigrationReport.of(a).missing().isEmpty(), MigrationReport.of(a).summary());
	}

	@Test
	void anUnreadableOldValueIsNamedNotGuessed() throws Exception {
		Path file = dir.resolve("bad.cluster");
		Files.writeString(file, Files.readString(fixture()).replace("fdiCumulativeGrowth=\"26.48\"", "fdiCumulativeGrowth=\"约26%\""));
		Application a = (Application) ClusterFiles.load(file);
		assertNull(a.getIndustry().getFdiCumulativeGrowthByYear());
		assertTrue(MigrationReport.of(a).missing().contains("近三年集群外商直接投资额累计增长率（%）（原值“约26%”不是数值，未能保留）"), MigrationReport.of(a).summary());
	}
}
