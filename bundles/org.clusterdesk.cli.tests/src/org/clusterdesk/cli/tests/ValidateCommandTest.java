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
import org.clusterdesk.model.Application;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clusterdesk validate}: the report a province reads and the exit codes a script relies on. */
class ValidateCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Path sample(String edition) {
		return Path.of(System.getProperty("clusterdesk.samples"), edition + ".cluster");
	}

	/** The national sample with more SMEs than enterprises in 2024 (G09) and an ineligible answer (G06). */
	private Path broken() throws IOException {
		Application a = (Application) ClusterFiles.load(sample("miit-2025"));
		int enterprises = a.getIndustry().getEnterprises().valueOf(2024);
		a.getIndustry().getSmes().put(2024, enterprises + 5);
		a.getBasicInfo().setProhibitedIndustry(org.clusterdesk.model.YesNo.YES);
		Path file = dir.resolve("broken.cluster");
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(a);
		ClusterFiles.save(resource, file);
		return file;
	}

	@Test
	void everySampleValidatesWithoutErrors() {
		assertEquals(0, run("validate", "--severity", "error", System.getProperty("clusterdesk.samples")), out() + err);
		assertTrue(out().contains("合计：6 个文件，0 个错误"), out());
	}

	@Test
	void errorsAreGroupedBySectionWithEligibilityFirst() throws IOException {
		assertEquals(1, run("validate", broken().toString()));
		String text = out();
		assertTrue(text.contains("！不符合申报条件（G06）"), text);
		int g06 = text.indexOf("[G06]");
		int g09 = text.indexOf("[G09]");
		assertTrue(g06 > 0 && g09 > g06, "G06 first, then the sections: " + text);
		assertTrue(text.contains("  二 主导产业情况"), text);
		assertTrue(text.matches("(?s).*错误 \\[G09\\] 二 [^\\n]*2024[^\\n]*.*"), text);
	}

	@Test
	void jsonCarriesRuleSectionFieldAndValues() throws IOException {
		assertEquals(1, run("validate", "--format", "json", broken().toString()));
		String json = out();
		assertTrue(json.contains("\"eligible\": false"), json);
		assertTrue(json.contains("\"rule\": \"G09\""), json);
		assertTrue(json.contains("\"section\": \"二\""), json);
		assertTrue(json.contains("\"severity\": \"error\""), json);
	}

	@Test
	void anUnreadableFileGivesExitCodeTwo() throws IOException {
		Path garbage = dir.resolve("garbage.cluster");
		Files.writeString(garbage, "not xml at all");
		assertEquals(2, run("validate", garbage.toString(), sample("beijing-2024").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("garbage.cluster"));
		assertTrue(out().contains("beijing-2024"), "the other file is still checked");
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertEquals(2, run("validate", "--severity", "fatal", sample("miit-2025").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--severity 不支持取值 fatal"));
	}

	@Test
	void finalCheckAsksForTheDeclaration() throws IOException {
		Application a = (Application) ClusterFiles.load(sample("miit-2025"));
		a.getDeclaration().setSigner(null);
		Path file = dir.resolve("unsigned.cluster");
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(a);
		ClusterFiles.save(resource, file);
		run("validate", "--severity", "error", file.toString());
		assertFalse(out().contains("[G14]"), "a draft check does not ask for the signature yet: " + out());
		out.reset();
		assertEquals(1, run("validate", "--final", "--severity", "error", file.toString()));
		assertTrue(out().contains("[G14]"), out());
	}

	@Test
	void benchmarkPrintsFiguresForBothSizes() {
		assertEquals(0, run("benchmark", "--enterprises", "200", "--projects", "100", "--runs", "1", "--base",
				sample("competition-2026").toString()));
		assertTrue(out().contains("validate: 企业 200，项目 100"), out());
		assertTrue(out().contains("validate: 企业 2000，项目 1000"), out());
		assertTrue(out().contains("耗时比"), out());
	}
}
