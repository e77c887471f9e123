/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.XlsxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.internal.export.docx.DocxSize;
import org.clusterdesk.model.CompetitionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report too large for Word is refused up front with advice to use Excel, instead of failing silently at 2 GB. */
class DocxSizeLimitTest {

	@Test
	void aReportBeyondTheWordLimitIsRefusedWithAdviceToUseExcel(@TempDir Path dir) {
		CompetitionReport report = (CompetitionReport) sample("competition-2026");
		report.setLibraries(XlsxLargeLibrariesTest.generate(DocxSize.MAX_ROWS + 1, 0, 0, 0));
		Path docx = dir.resolve("large.docx");
		ExportException e = assertThrows(ExportException.class, () -> DocxExporter.export(report, docx, ExportMode.DRAFT, null));
		assertTrue(e.getMessage().contains("--xlsx") && e.getMessage().contains(String.valueOf(DocxSize.MAX_ROWS)), e.getMessage());
		assertTrue(e.getMessage().contains("large.docx"), e.getMessage());
		assertFalse(Files.exists(docx), "nothing written");
	}
}
