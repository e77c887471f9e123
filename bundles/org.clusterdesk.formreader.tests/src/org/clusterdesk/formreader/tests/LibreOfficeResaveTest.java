/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.model.ClusterDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample's form saved again by LibreOffice (soffice --headless --convert-to docx, which rewrites the whole file
 * its own way: runs, styles, merges, table properties) and read back: the same document as from ClusterDesk's own
 * export. Skipped, with the reason printed, where LibreOffice is not installed (the CI machine does not install it;
 * ../shared/tools/office-render.sh shows how it is installed).
 */
class LibreOfficeResaveTest {

	private static Path soffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path p = Path.of(dir, "soffice");
			if (Files.isExecutable(p)) {
				return p;
			}
		}
		return null;
	}

	@ParameterizedTest
	@ValueSource(strings = { "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024", "competition-2026" })
	void resavedByLibreOfficeReadsBack(String edition) throws Exception {
		Path soffice = soffice();
		if (soffice == null) {
			System.out.println("LibreOfficeResaveTest SKIPPED: soffice is not on the PATH (install libreoffice-writer-nogui to run it)");
		}
		Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the re-save round trip is not run");
		Path dir = RoundTripTest.dir().resolve("libreoffice");
		Path source = Files.createDirectories(dir.resolve("in")).resolve(edition + ".docx");
		Path outDir = Files.createDirectories(dir.resolve("out"));
		ClusterDocument sample = ReaderTesting.sample(edition);
		DocxExporter.export(sample, source, ExportMode.FINAL, null);
		Path resaved = outDir.resolve(edition + ".docx");
		Files.deleteIfExists(resaved);
		Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile").toAbsolutePath(),
				"--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir.toString(), source.toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve(edition + ".log").toFile()).start();
		assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish in 3 minutes");
		assertTrue(Files.size(resaved) > 0, "LibreOffice wrote " + resaved + ": " + Files.readString(dir.resolve(edition + ".log")));

		FormReadResult result = FormReader.read(resaved, null, null);

		assertEquals(edition, result.editionId());
		DocumentDiff diff = DocumentDiff.of(sample, result.document());
		Files.write(dir.resolve(edition + ".diff"), diff.lines());
		Set<String> gaps = ReaderTesting.gaps(edition);
		List<String> unexpected = diff.lines().stream().filter(l -> !gaps.contains(l.substring(0, l.indexOf(' ')))).toList();
		assertTrue(unexpected.isEmpty(), edition + " after LibreOffice: read back differently:\n" + String.join("\n", unexpected));
	}
}
