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
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.resource.ClusterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code clusterdesk evidence} and {@code clusterdesk validate --evidence}: on the samples and on wrong references. */
class EvidenceCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static Path samples() {
		return Path.of(System.getProperty("clusterdesk.samples"));
	}

	/** A copy of a sample and its attachments folder, so that the test may change them. */
	private Path copy(String name) throws IOException {
		Path target = dir.resolve(name + ".cluster");
		Files.copy(samples().resolve(name + ".cluster"), target);
		Path folder = Files.createDirectories(dir.resolve(name + "-附件"));
		try (Stream<Path> files = Files.list(samples().resolve(name + "-附件"))) {
			for (Path f : files.toList()) {
				Files.copy(f, folder.resolve(f.getFileName().toString()));
			}
		}
		return target;
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void everySampleMakesABundleThatAgreesWithIt(String name) throws IOException {
		Path sample = samples().resolve(name + ".cluster");
		Path pdf = dir.resolve("佐证材料.pdf");
		assertEquals(0, run("evidence", sample.toString(), "--out", pdf.toString()), out() + err());
		assertTrue(out().startsWith("已写出佐证材料 " + pdf + "：附件 "), out());
		assertTrue(Files.size(pdf) > 10_000);
		assertEquals(0, run("validate", "--evidence", pdf.toString(), sample.toString()), out() + err());
		assertTrue(out().contains("  佐证材料 " + pdf + "：共 "), out());
		assertFalse(out().contains("[G07]") || out().contains("[C12]"), out());
	}

	@Test
	void validateEvidenceReportsAWrongReferenceAndAMissingFile() throws IOException {
		Path file = copy("competition-2026");
		Path pdf = dir.resolve("佐证材料.pdf");
		assertEquals(0, run("evidence", file.toString(), "--out", pdf.toString()), err());

		CompetitionReport report = (CompetitionReport) ClusterFiles.load(file);
		report.getEnterprises().getAboveScale().setEvidencePage("P999");
		ClusterFiles.save(report.eResource(), file);
		Files.delete(dir.resolve("competition-2026-附件/03-重点项目佐证.pdf"));

		assertEquals(1, run("validate", "--evidence", pdf.toString(), file.toString()), out() + err());
		String text = out();
		assertTrue(text.contains("[C12]") && text.contains("佐证页码“P999”超出佐证材料 佐证材料.pdf 的 272 页"), text);
		assertTrue(text.contains("错误 附件3“重点项目备案文件及建设进度佐证”：文件 competition-2026-附件/03-重点项目佐证.pdf 不存在"), text);
	}

	@Test
	void referencesMadeForOtherPageCountsPointIntoTheWrongAttachment() throws IOException {
		Path file = copy("competition-2026");
		Path pdf = dir.resolve("佐证材料.pdf");
		assertEquals(0, run("evidence", file.toString(), "--out", pdf.toString()), err());
		// the filer recorded 44 pages for 01 (the file has 48): P49 (page 1 of 02 in the bundle) was written as P45
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(file);
		report.getAttachments().get(0).setPages(44);
		report.getEnterprises().getTopRevenue().setEvidencePage("P45");
		ClusterFiles.save(report.eResource(), file);

		assertEquals(1, run("validate", "--evidence", pdf.toString(), file.toString()), out() + err());
		String text = out();
		assertTrue(text.contains("附件1“" + report.getAttachments().get(0).getTitle() + "”：佐证材料中有 48 页，申报文件记录为 44 页"), text);
		assertTrue(text.contains("佐证页码“P45”原指《营业收入及研发投入前十企业2024年、2025年会计利润表（企业盖章）》第 1 页，但在佐证材料 佐证材料.pdf 中该页是 P49"), text);

		// evidence --update fills the document from the files: pages, 总页数 and every reference
		assertEquals(0, run("evidence", file.toString(), "--out", pdf.toString(), "--update"), out() + err());
		assertTrue(out().contains("附件1“" + report.getAttachments().get(0).getTitle() + "”：文件有 48 页，申报文件记录为 44 页"), out());
		assertTrue(Files.exists(dir.resolve("competition-2026.cluster.bak")));
		CompetitionReport updated = (CompetitionReport) ClusterFiles.load(file);
		assertEquals(48, updated.getAttachments().get(0).getPages().intValue());
		assertEquals("P49", updated.getEnterprises().getTopRevenue().getEvidencePage());
		assertEquals(0, run("validate", "--evidence", pdf.toString(), file.toString()), out() + err());
	}

	@Test
	void aTickedItemPointingPastItsAttachmentIsG07() throws IOException {
		Path file = copy("miit-2025");
		Path pdf = dir.resolve("佐证材料.pdf");
		assertEquals(0, run("evidence", file.toString(), "--out", pdf.toString()), err());
		Application application = (Application) ClusterFiles.load(file);
		EvidenceLink chainMap = application.getIndustry().getEvidenceLinks().get(0);
		chainMap.getEvidence().get(0).setPage(99);
		ClusterFiles.save(application.eResource(), file);

		assertEquals(1, run("validate", "--evidence", pdf.toString(), file.toString()), out() + err());
		assertTrue(out().matches("(?s).*错误 \\[G07\\][^\\n]*的佐证指向《产业链图谱及强链补链工作佐证材料》第 99 页，但该附件在佐证材料中只有 40 页.*"), out());
	}

	@Test
	void missingAttachmentsAreNamedAndNothingIsWritten() throws IOException {
		Path file = copy("miit-2025");
		Files.delete(dir.resolve("miit-2025-附件/02-资源协同及质量品牌佐证.pdf"));
		Files.writeString(dir.resolve("miit-2025-附件/05-绿色化转型佐证.pdf"), "garbage");
		Path pdf = dir.resolve("佐证材料.pdf");
		assertEquals(2, run("evidence", file.toString(), "--out", pdf.toString()));
		List<String> lines = err().lines().toList();
		assertEquals("2 份附件无法汇编，未写出 " + pdf + "：", lines.get(0));
		assertTrue(lines.get(1).contains("附件2“产业链资源协同协作及质量品牌建设佐证材料”：文件 miit-2025-附件/02-资源协同及质量品牌佐证.pdf 不存在"), err());
		assertTrue(lines.get(2).contains("附件5") && lines.get(2).contains("已损坏"), err());
		assertFalse(Files.exists(pdf));
		assertEquals(2, run("evidence", file.toString()), "--out is required");
		assertTrue(err().contains("--out"), err());
	}
}
