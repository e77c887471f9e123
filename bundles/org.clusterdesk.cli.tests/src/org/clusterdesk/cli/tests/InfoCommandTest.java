/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clusterdesk} and {@code clusterdesk info}: output, errors and exit codes as a script sees them. */
class InfoCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static String sample(String edition) {
		return Path.of(System.getProperty("clusterdesk.samples"), edition + ".cluster").toString();
	}

	@Test
	void withoutArgumentsPrintsUsageAndFails() {
		assertEquals(2, run());
		assertTrue(out().contains("用法：clusterdesk"), out());
		assertTrue(out().contains("info"), out());
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("info"), out());
		out.reset();
		assertEquals(0, run("help", "info"));
		assertTrue(out().contains("--format text|json"), out());
		out.reset();
		assertEquals(0, run("info", "--help"));
		assertTrue(out().contains("退出码"), out());
	}

	@Test
	void anUnknownCommandIsNamed() {
		assertEquals(2, run("frobnicate"));
		assertTrue(err().contains("未知命令：frobnicate"), err());
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertEquals(2, run("info"));
		assertTrue(err().contains("缺少文件"), err());
		err.reset();
		assertEquals(2, run("info", "--format", "xml", sample("miit-2025")));
		assertTrue(err().contains("不支持的格式：xml"), err());
		err.reset();
		assertEquals(2, run("info", "--verbose", sample("miit-2025")));
		assertTrue(err().contains("未知选项：--verbose"), err());
	}

	@Test
	void infoShowsEditionCompletenessAndComputedValues() {
		assertEquals(0, run("info", sample("miit-2025")));
		String text = out();
		assertTrue(text.contains("版本：miit-2025（工业和信息化部《中小企业特色产业集群申报表》，数据年度 2022–2024）"), text);
		assertTrue(text.contains("规划：基准年 2024 → 目标年 2027"), text);
		assertTrue(text.contains("申报资格：符合"), text);
		assertTrue(text.matches("(?s).*完整度：必填栏目已填 (\\d+) / \\1（100%）.*"), text);
		assertTrue(text.contains("[D02] 近三年集群主导产业产值年均增速（%）"), text);
		assertTrue(text.contains("[D05] 集群中小企业从业人员每万人有效发明专利拥有量"), text);
		assertFalse(text.contains("不符"), "the sample is consistent: " + text);
	}

	@Test
	void competitionInfoSummarisesTheLibraries() {
		assertEquals(0, run("info", sample("competition-2026")));
		assertTrue(out().contains("集群“四库”汇总："), out());
		assertTrue(out().matches("(?s).*共有企业\\d+个，其中，上市企业\\d+个.*"), out());
		assertTrue(out().contains("[D08]"), out());
	}

	@Test
	void jsonIsForScripts() {
		assertEquals(0, run("info", "--format", "json", sample("shaanxi-2026")));
		String json = out().strip();
		assertTrue(json.startsWith("[") && json.endsWith("]"), json);
		assertTrue(json.contains("\"edition\": \"shaanxi-2026\""), json);
		assertTrue(json.contains("\"eligible\": true"), json);
		assertTrue(json.contains("\"rule\": \"D04\""), json);
	}

	@Test
	void aFolderStandsForItsClusterFiles() {
		assertEquals(0, run("info", System.getProperty("clusterdesk.samples")));
		for (String edition : new String[] { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024",
				"competition-2026" }) {
			assertTrue(out().contains("版本：" + edition + "（"), edition);
		}
	}

	@Test
	void everyEditionNamesItsIssuer() {
		assertEquals(0, run("info", System.getProperty("clusterdesk.samples")));
		String text = out();
		assertFalse(text.contains("null"), text);
		assertTrue(text.contains("版本：jiangsu-2024（江苏省工业和信息化厅《"), text);
		assertTrue(text.contains("版本：miit-2025-review（工业和信息化部《"), text);
		// the competition form names no issuer: said so, not printed as null
		assertTrue(text.contains("版本：competition-2026（制表单位未注明，《（先进制造业/中小企业特色产业）集群申报表》，数据年度 2024–2025）"), text);
		out.reset();
		assertEquals(0, run("info", "--format", "json", sample("competition-2026"), sample("beijing-2024")));
		assertTrue(out().contains("\"issuer\": null"), out());
		assertTrue(out().contains("\"issuer\": \"北京市经济和信息化局\""), out());
	}

	@Test
	void anUnreadableFileIsNamedAndTheOthersStillReported(@TempDir Path dir) throws IOException {
		Path broken = dir.resolve("broken.cluster");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<cd:Application xmlns:cd=\"http://www.clusterdesk.org/model/1.0\"");
		assertEquals(2, run("info", broken.toString(), sample("beijing-2024")));
		assertTrue(err().contains("broken.cluster"), err());
		assertTrue(err().contains("文件已损坏或被截断"), err());
		assertTrue(out().contains("版本：beijing-2024"), "the readable file is still reported: " + out());
		assertTrue(Files.readString(broken).endsWith("model/1.0\""), "the broken file is unchanged");
		err.reset();
		assertEquals(2, run("info", dir.resolve("missing.cluster").toString()));
		assertTrue(err().contains("missing.cluster"), err());
	}
}
