/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.XlsxTestSupport.exportsDir;
import static org.clusterdesk.export.tests.XlsxTestSupport.open;
import static org.clusterdesk.export.tests.XlsxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.model.ClusterDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports every sample to {@code target/exports/<edition>.xlsx}, where a reviewer can open or render them
 * ({@code shared/tools/office-render.sh}), and checks that each opens with tables in it.
 */
class XlsxSamplesExportTest {

	@ParameterizedTest
	@ValueSource(strings = { "competition-2026", "miit-2025", "miit-2025-review", "shaanxi-2026", "jiangsu-2024", "beijing-2024" })
	void everySampleExports(String edition) throws IOException {
		ClusterDocument document = sample(edition);
		Path file = XlsxTestSupport.export(document, exportsDir().resolve(edition + ".xlsx"));
		try (XSSFWorkbook workbook = open(file)) {
			assertTrue(workbook.getNumberOfSheets() >= 3, edition + ": " + workbook.getNumberOfSheets() + " sheets");
			for (Sheet sheet : workbook) {
				assertTrue(sheet.getLastRowNum() >= 2, edition + "/" + sheet.getSheetName() + " has a title and a header");
				assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(),
						edition + "/" + sheet.getSheetName() + " has a frozen header");
			}
		}
	}
}
