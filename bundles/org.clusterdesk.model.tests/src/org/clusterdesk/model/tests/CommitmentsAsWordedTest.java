/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration step CommitmentsAsWorded on its fixture (test-data/fixtures/v1/jiangsu-2024.cluster): the three yes/no fields
 * of the 承诺函 become the commitments as the form words them, with the cluster's name; a no or an unanswered field leaves
 * that commitment unmade and is named in the report.
 */
class CommitmentsAsWordedTest {

	private static final String FIRST = "我市本次申报的扬州市宝应县输变电装备产业集群主导产业不属于国家规定的禁止、限制和淘汰类产业；";

	private static final String SECOND = "集群及集群内企业近三年未发生较大及以上安全、质量和环境污染等事故，重大及以上网络安全事件和数据安全事件，";

	private static final String THIRD = "不存在偷税漏税、严重失信等其他重大违法违规行为。";

	private static Path fixture() {
		return Path.of(System.getProperty("clusterdesk.fixtures"), "v1", "jiangsu-2024.cluster");
	}

	@Test
	void threeYesesMakeTheLettersCommitments() throws Exception {
		assertTrue(Files.readString(fixture()).contains("notProhibited=\"true\" noAccidents=\"true\" noViolations=\"true\""));
		Application a = (Application) ClusterFiles.load(fixture());
		assertEquals(List.of(FIRST, SECOND, THIRD), a.getCommitment().getCommitments());
		assertEquals("扬州市工业和信息化局", a.getCommitment().getIssuingBureau());
		assertTrue(a.eligible());
		MigrationReport migration = MigrationReport.of(a);
		assertTrue(migration.changes().contains("承诺函改为表式规定的承诺内容（已作出 3 项，共 3 项）"), migration.summary());
		assertTrue(migration.missing().stream().noneMatch(m -> m.startsWith("承诺函")), migration.summary());
	}

	@Test
	void aNoOrNoAnswerIsNotACommitmentAndIsNamed(@TempDir Path dir) throws Exception {
		String text = Files.readString(fixture()).replace("notProhibited=\"true\" noAccidents=\"true\" noViolations=\"true\"",
				"notProhibited=\"true\" noViolations=\"false\"");
		Path file = dir.resolve("jiangsu-2024.cluster");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Application a = (Application) ClusterFiles.load(file);
		assertEquals(List.of(FIRST), a.getCommitment().getCommitments());
		assertFalse(a.eligible(), "a letter without all the form's commitments does not make the cluster eligible");
		MigrationReport migration = MigrationReport.of(a);
		assertTrue(migration.missing().contains("承诺函：原未填，未作出承诺“" + SECOND + "”"), migration.summary());
		assertTrue(migration.missing().contains("承诺函：原填“否”，未作出承诺“" + THIRD + "”"), migration.summary());
		assertTrue(migration.changes().contains("承诺函改为表式规定的承诺内容（已作出 1 项，共 3 项）"), migration.summary());
	}
}
