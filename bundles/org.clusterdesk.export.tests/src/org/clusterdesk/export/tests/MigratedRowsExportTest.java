/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.ExportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows that metamodel version 2 corrected, exported from the samples and read back: Jiangsu's 累计增长率 one cell
 * per year, the re-review's qualitative rows with their three descriptions, the competition report's green park
 * level.
 */
class MigratedRowsExportTest {

	@TempDir
	Path temp;

	/** The cells of every Word table row whose first cells include one starting with the label. */
	private static List<String> wordRow(XWPFDocument docx, String label) {
		for (XWPFTable table : docx.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					// the form's wording of a row (定性描述) may come first, the applicant's own name below it
					if (DocxTesting.text(cell).startsWith(label) || DocxTesting.text(cell).contains("\n" + label)) {
						return DocxTesting.texts(row);
					}
				}
			}
		}
		fail("no Word table row " + label);
		return null;
	}

	private static List<String> sheetRow(XSSFWorkbook workbook, String label) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				boolean found = false;
				for (Cell cell : row) {
					String text = cell.toString();
					cells.add(text);
					found |= text.startsWith(label);
				}
				if (found) {
					return cells;
				}
			}
		}
		fail("no Excel row " + label);
		return null;
	}

	@Test
	void jiangsuCumulativeGrowthHasOneCellPerYear() throws Exception {
		XWPFDocument docx = DocxTesting.export(DocxTesting.sample("jiangsu-2024"), temp.resolve("js.docx"), ExportMode.DRAFT);
		List<String> fdi = wordRow(docx, "近三年集群外商直接投资额累计增长率（%）");
		assertTrue(fdi.containsAll(List.of("18.35", "22.10", "26.48")), fdi.toString());
		List<String> exports = wordRow(docx, "近三年集群主导产品出口贸易额累计增长率（%）");
		assertTrue(exports.containsAll(List.of("25.40", "29.86", "34.62")), exports.toString());
	}

	@Test
	void qualitativeCompletionRowsPrintTheirThreeDescriptions() throws Exception {
		XWPFDocument docx = DocxTesting.export(DocxTesting.sample("miit-2025-review"), temp.resolve("review.docx"), ExportMode.DRAFT);
		List<String> row = wordRow(docx, "2022年组织企业参加国际展会、技术交流活动3场");
		// 开放合作 | 定性描述 | 基准值 | 目标值 | 完成值, as the form prints the row
		assertEquals("定性描述", row.get(1), row.toString());
		assertTrue(row.contains("每年组织企业参加国际汽车零部件展会，三年累计不少于8场"), row.toString());
		assertTrue(row.contains("2023—2025年累计组织企业参加国际汽车零部件展会等活动11场"), row.toString());
		Path xlsx = XlsxTestSupport.export(DocxTesting.sample("miit-2025-review"), temp.resolve("review.xlsx"));
		try (XSSFWorkbook workbook = XlsxTestSupport.open(xlsx)) {
			List<String> cells = sheetRow(workbook, "开放合作：组织或参加国际展会");
			assertTrue(cells.contains("2022年组织企业参加国际展会、技术交流活动3场"), cells.toString());
			assertTrue(cells.contains("2023—2025年累计组织企业参加国际汽车零部件展会等活动11场"), cells.toString());
		}
	}

	@Test
	void greenParkPrintsItsLevel() throws Exception {
		XWPFDocument docx = DocxTesting.export(DocxTesting.sample("competition-2026"), temp.resolve("c.docx"), ExportMode.DRAFT);
		String text = DocxTesting.allText(docx);
		assertTrue(text.contains("是否为国/省级绿色园区"), "the row is there");
		List<String> row = wordRow(docx, "是否为国/省级绿色园区");
		assertTrue(row.stream().anyMatch(c -> c.contains("省级")), row.toString());
		Path xlsx = XlsxTestSupport.export(DocxTesting.sample("competition-2026"), temp.resolve("c.xlsx"));
		try (XSSFWorkbook workbook = XlsxTestSupport.open(xlsx)) {
			List<String> cells = sheetRow(workbook, "是否为国/省级绿色园区");
			assertTrue(cells.contains("省级"), cells.toString());
		}
	}
}
