/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;

/** Builds workbooks as staff keep them (POI usermodel, written to disk) and reads them with the importer. */
final class ImportTestSupport {

	/** The existing-enterprise header of the form, row 2 and 3, with its merged regions. */
	static final Object[] EXISTING_TOP = { "序号", "企业名称（填写企业全称）", "企业所在地", null, null,
			"企业概况\n（填写主营业务、企业规模、关键技术等，字数控制在200字以内）", "主导产品（不超过3种）", "是否为规上企业", "2025年\n主营业务收入（亿元）",
			"国际国内品牌企业（获评世界500强、国内500强、民营企业500强、全球行业50强、国家“专精特新”小巨人、省级“专精特新\"小巨人、国家单项冠军、省级单项冠军中任意一项或多项都认定为品牌企业，请逐一列出获评项）",
			"企业联系人", null };

	static final Object[] EXISTING_SUB = { null, null, "市州", "县（市）区", "所在园区", null, null, null, null, null, "姓名", "联系\n电话" };

	static final String[] EXISTING_MERGES = { "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:L2" };

	/** A data row of the form's existing-enterprise table. */
	static Object[] enterprise(int serial, String name) {
		return new Object[] { serial, name, "株洲市", "荷塘区", "金山新材料产业园", "主要从事硬质合金棒材研发生产。", "硬质合金棒材、硬质合金板材", "是", 12.5,
				"国家单项冠军", "张三", "13900000000" };
	}

	/** A formula cell. */
	record Formula(String text) {
	}

	/** An error cell (#N/A, …). */
	record Error(FormulaError error) {
	}

	/** A workbook under construction. */
	static final class Book {

		private final XSSFWorkbook workbook = new XSSFWorkbook();

		private final CellStyle dateStyle;

		private XSSFSheet sheet;

		Book() {
			dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		Book sheet(String name) {
			sheet = workbook.createSheet(name);
			return this;
		}

		/** Values of a row (1-based number) from column A. */
		Book row(int number, Object... values) {
			Row row = sheet.getRow(number - 1) != null ? sheet.getRow(number - 1) : sheet.createRow(number - 1);
			for (int c = 0; c < values.length; c++) {
				Object value = values[c];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (value instanceof String text) {
					cell.setCellValue(text);
				} else if (value instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				} else if (value instanceof Boolean b) {
					cell.setCellValue(b);
				} else if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(dateStyle);
				} else if (value instanceof Formula f) {
					cell.setCellFormula(f.text());
				} else if (value instanceof Error e) {
					cell.setCellErrorValue(e.error().getCode());
				}
			}
			return this;
		}

		Book merge(String... regions) {
			for (String region : regions) {
				sheet.addMergedRegion(CellRangeAddress.valueOf(region));
			}
			return this;
		}

		/** The form's existing-enterprise table: title, two-row merged header, the rows from row 4. */
		Book existing(String sheetName, Object[]... rows) {
			sheet(sheetName).row(1, "（一）现有企业库（共有企业XXX个，其中，上市企业XX个……）").row(2, EXISTING_TOP).row(3, EXISTING_SUB)
					.merge(EXISTING_MERGES);
			for (int i = 0; i < rows.length; i++) {
				row(4 + i, rows[i]);
			}
			return this;
		}

		Path save(Path file) throws IOException {
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			workbook.close();
			return file;
		}
	}

	private ImportTestSupport() {
	}

	static ImportResult read(Path file) throws ExportException {
		return new LibraryImporter().read(file, null);
	}

	/** Asserts the import reported no problem at all. */
	static void assertClean(ImportResult result) {
		assertTrue(result.getProblems().isEmpty(), describe(result.getProblems()));
	}

	/** The only error of the result, asserted to be the only one. */
	static ImportProblem onlyError(ImportResult result) {
		List<ImportProblem> errors = result.getErrors();
		assertEquals(1, errors.size(), describe(result.getProblems()));
		return errors.get(0);
	}

	/** Asserts a problem's place, value and reason. */
	static void assertProblem(ImportProblem problem, String sheet, int row, String header, String value, String reasonPart) {
		assertEquals(sheet, problem.getSheet(), problem.toString());
		assertEquals(row, problem.getRow(), problem.toString());
		assertEquals(header, problem.getColumn(), problem.toString());
		assertEquals(value, problem.getValue(), problem.toString());
		assertTrue(problem.getReason().contains(reasonPart), problem.getReason());
		assertTrue(problem.toString().contains(sheet) && problem.toString().contains("第" + row + "行"), problem.toString());
	}

	static String describe(List<ImportProblem> problems) {
		return problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"));
	}
}
