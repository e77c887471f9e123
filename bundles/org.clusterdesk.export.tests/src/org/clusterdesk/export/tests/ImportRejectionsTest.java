/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.ImportTestSupport.assertProblem;
import static org.clusterdesk.export.tests.ImportTestSupport.describe;
import static org.clusterdesk.export.tests.ImportTestSupport.enterprise;
import static org.clusterdesk.export.tests.ImportTestSupport.onlyError;
import static org.clusterdesk.export.tests.ImportTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.FormulaError;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportProblem.Severity;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.tests.ImportTestSupport.Book;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ExistingEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per reason a row, a value or a column is not imported as it stands: each names the sheet, the row as Excel
 * numbers it, the column header, the raw value and the reason. Nothing is dropped silently.
 */
class ImportRejectionsTest {

	private static final String SHEET = "现有企业库";

	private static final String REVENUE = "2025年主营业务收入（亿元）";

	@TempDir
	Path dir;

	private ImportResult readRows(Object[]... rows) throws IOException {
		return read(new Book().existing(SHEET, rows).save(dir.resolve("rejections.xlsx")));
	}

	@Test
	void aRowWithoutANameIsRejectedWhole() throws IOException {
		Object[] nameless = enterprise(2, null);
		ImportResult result = readRows(enterprise(1, "株洲甲有限公司"), nameless, enterprise(3, "株洲丙有限公司"));
		assertProblem(onlyError(result), SHEET, 5, "企业名称（填写企业全称）", null, "名称为空，整行未导入");
		assertEquals("B", onlyError(result).getColumnName());
		assertEquals(List.of(4, 6), result.getLibraries().getExisting().stream().map(ExistingEnterprise::getSourceRow).toList());
		assertEquals(1, result.getRejected(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING));
		assertEquals(2, result.getAccepted(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING));
		assertTrue(result.getSummary().contains("现有企业库：导入2行，拒绝1行"), result.getSummary());
	}

	@Test
	void aValueThatIsNotANumber() throws IOException {
		Object[] row = enterprise(1, "株洲甲有限公司");
		row[8] = "约5亿";
		ImportResult result = readRows(row);
		ImportProblem problem = onlyError(result);
		assertProblem(problem, SHEET, 4, REVENUE, "约5亿", "不是数字");
		assertEquals("I", problem.getColumnName());
		ExistingEnterprise e = result.getLibraries().getExisting().get(0);
		assertNull(e.getRevenue(), "the value is rejected, the enterprise kept");
		assertEquals("株洲市", e.getCity());
		assertEquals("工作表「现有企业库」第4行「2025年主营业务收入（亿元）」（I列）：不是数字；原值“约5亿”", problem.toString());
	}

	@Test
	void anAnswerThatIsNeitherYesNorNo() throws IOException {
		Object[] row = enterprise(1, "株洲甲有限公司");
		row[7] = "可能";
		ImportResult result = readRows(row);
		assertProblem(onlyError(result), SHEET, 4, "是否为规上企业", "可能", "无法识别为“是/否”");
		assertFalse(result.getLibraries().getExisting().get(0).isAboveScale());
	}

	@Test
	void aMonthThatCannotBeRead() throws IOException {
		ImportResult result = read(project("明年春天", "2024.03-2026.12").save(dir.resolve("month.xlsx")));
		assertProblem(onlyError(result), "在建项目库", 4, "开工时间", "明年春天", "无法识别为年月");
		assertNull(result.getLibraries().getUnderConstruction().get(0).getStartDate());
	}

	@Test
	void aMonthThatDoesNotExist() throws IOException {
		ImportResult result = read(project("2024.13", "2024.03-2026.12").save(dir.resolve("month13.xlsx")));
		assertProblem(onlyError(result), "在建项目库", 4, "开工时间", "2024.13", "无法识别为年月");
	}

	@Test
	void aPeriodWithoutStartAndEnd() throws IOException {
		ImportResult result = read(project("2024.04", "2024年起").save(dir.resolve("period.xlsx")));
		assertProblem(onlyError(result), "在建项目库", 4, "项目建设期", "2024年起", "无法识别为起止年月");
		assertNull(result.getLibraries().getUnderConstruction().get(0).getPeriodStart());
	}

	@Test
	void aReversedPeriodNamesSheetRowColumnAndValue() throws IOException {
		ImportResult result = read(project("2024.04", "2026.12-2024.03").save(dir.resolve("reversed.xlsx")));
		ImportProblem problem = onlyError(result);
		assertProblem(problem, "在建项目库", 4, "项目建设期", "2026.12-2024.03", "项目建设期起于2026年12月、止于2024年3月，结束早于开始");
		assertEquals("H", problem.getColumnName());
		assertNull(result.getLibraries().getUnderConstruction().get(0).getPeriodStart(), "nothing of a reversed period is kept");
		assertNull(result.getLibraries().getUnderConstruction().get(0).getPeriodEnd());
	}

	@Test
	void aReversedPeriodInYears() throws IOException {
		ImportResult result = read(project("2024.04", "２０２６年至２０２４年").save(dir.resolve("reversed-years.xlsx")));
		assertProblem(onlyError(result), "在建项目库", 4, "项目建设期", "２０２６年至２０２４年", "起于2026年、止于2024年，结束早于开始");
	}

	@Test
	void aPeriodOfOneYearIsNotReversed() throws IOException {
		ImportResult result = read(project("2024.04", "2024年-2024年").save(dir.resolve("one-year.xlsx")));
		assertTrue(result.getProblems().stream().noneMatch(ImportProblem::isError), describe(result.getProblems()));
	}

	@Test
	void anHonourOutsideTheFormsList() throws IOException {
		Object[] row = enterprise(1, "株洲甲有限公司");
		row[9] = "国家单项冠军、行业龙头企业";
		ImportResult result = readRows(row);
		ImportProblem problem = onlyError(result);
		assertProblem(problem, SHEET, 4, ImportTestSupport.EXISTING_TOP[9].toString(), "国家单项冠军、行业龙头企业", "行业龙头企业");
		assertEquals(List.of(BrandHonour.NATIONAL_SINGLE_CHAMPION), result.getLibraries().getExisting().get(0).getHonours(),
				"the known honour is kept");
	}

	@Test
	void anErrorValue() throws IOException {
		Object[] row = enterprise(1, "株洲甲有限公司");
		row[8] = new ImportTestSupport.Error(FormulaError.NA);
		ImportResult result = readRows(row);
		assertProblem(onlyError(result), SHEET, 4, REVENUE, "#N/A", "错误值#N/A");
	}

	@Test
	void aFormulaWithoutStoredResult() throws IOException {
		Object[] row = enterprise(1, "株洲甲有限公司");
		row[8] = new ImportTestSupport.Formula("SUM(Z1:Z9)");
		ImportResult result = readRows(row);
		assertProblem(onlyError(result), SHEET, 4, REVENUE, "", "公式没有计算结果");
	}

	@Test
	void aTotalRowIsNotAnEnterprise() throws IOException {
		Object[] total = { "合计", null, null, null, null, null, null, null, 25.0, null, null, null };
		ImportResult result = readRows(enterprise(1, "株洲甲有限公司"), enterprise(2, "株洲乙有限公司"), total);
		assertTrue(result.getErrors().isEmpty(), describe(result.getProblems()));
		ImportProblem note = result.getProblems().get(0);
		assertEquals(Severity.WARNING, note.getSeverity());
		assertEquals(SHEET, note.getSheet());
		assertEquals(6, note.getRow());
		assertEquals("合计", note.getValue());
		assertTrue(note.getReason().contains("合计行"));
		assertEquals(2, result.getLibraries().getExisting().size());
	}

	@Test
	void aPlaceholderInANumberColumnIsReadAsEmpty() throws IOException {
		Object[] row = enterprise(1, "株洲甲有限公司");
		row[8] = "—";
		ImportResult result = readRows(row);
		assertTrue(result.getErrors().isEmpty());
		ImportProblem note = result.getProblems().get(0);
		assertEquals(Severity.WARNING, note.getSeverity());
		assertProblem(note, SHEET, 4, REVENUE, "—", "按未填导入");
	}

	@Test
	void anUnknownColumnIsReportedOnce() throws IOException {
		Object[] top = ImportTestSupport.EXISTING_TOP.clone();
		Object[] withRemark = java.util.Arrays.copyOf(top, top.length + 1);
		withRemark[top.length] = "备注";
		Object[] row = java.util.Arrays.copyOf(enterprise(1, "株洲甲有限公司"), top.length + 1);
		row[top.length] = "重点企业";
		Object[] row2 = java.util.Arrays.copyOf(enterprise(2, "株洲乙有限公司"), top.length + 1);
		row2[top.length] = "一般企业";
		Book book = new Book().sheet(SHEET).row(1, "（一）现有企业库").row(2, withRemark).row(3, ImportTestSupport.EXISTING_SUB)
				.merge(ImportTestSupport.EXISTING_MERGES).merge("M2:M3").row(4, row).row(5, row2);
		ImportResult result = read(book.save(dir.resolve("remark.xlsx")));
		assertTrue(result.getErrors().isEmpty());
		List<ImportProblem> notes = result.getProblems();
		assertEquals(1, notes.size(), describe(notes));
		assertEquals(Severity.WARNING, notes.get(0).getSeverity());
		assertEquals(3, notes.get(0).getRow(), "the last header row");
		assertEquals("备注", notes.get(0).getColumn());
		assertEquals("M", notes.get(0).getColumnName());
		assertTrue(notes.get(0).getReason().contains("未识别的列"));
	}

	@Test
	void aSecondColumnForTheSameFieldIsReported() throws IOException {
		Path file = new Book().sheet(SHEET).row(1, "企业名称", "主导产品", "是否为规上企业", "联系电话", "联系电话", "市州", "县（市）区", "所在园区")
				.row(2, "株洲甲有限公司", "棒材", "是", "13900000000", "0731-22222222", "株洲市", "荷塘区", "金山园").save(dir.resolve("twice.xlsx"));
		ImportResult result = read(file);
		assertEquals("13900000000", result.getLibraries().getExisting().get(0).getContact().getPhone(), "the first one counts");
		ImportProblem note = result.getProblems().stream().filter(p -> p.getReason().contains("重复")).findFirst().orElseThrow();
		assertEquals("E", note.getColumnName());
		assertEquals(1, note.getRow());
		assertTrue(note.getReason().contains("第D列"), note.getReason());
	}

	@Test
	void aMissingColumnIsReported() throws IOException {
		Path file = new Book().sheet(SHEET).row(1, "企业名称", "市州", "县（市）区", "所在园区", "主导产品", "是否为规上企业", "联系人", "联系电话")
				.row(2, "株洲甲有限公司", "株洲市", "荷塘区", "金山园", "棒材", "是", "张三", "13900000000").save(dir.resolve("missing.xlsx"));
		ImportResult result = read(file);
		assertEquals(1, result.getLibraries().getExisting().size());
		assertTrue(result.getProblems().stream().anyMatch(p -> p.getSeverity() == Severity.WARNING && p.getRow() == 1
				&& p.getReason().contains("缺少“企业概况") && p.getReason().contains("列")), describe(result.getProblems()));
		assertTrue(result.getProblems().stream().anyMatch(p -> p.getReason().contains("缺少“主营业务收入（亿元）”列")),
				describe(result.getProblems()));
	}

	@Test
	void aWorkbookWithoutAnyLibraryTableIsRefused() throws IOException {
		Path file = new Book().sheet("统计").row(1, "指标", "2024年", "2025年").row(2, "产值", 1, 2).save(dir.resolve("none.xlsx"));
		ExportException e = assertThrows(ExportException.class, () -> read(file));
		assertTrue(e.getMessage().contains("none.xlsx") && e.getMessage().contains("没有可识别的四库表格"), e.getMessage());
	}

	@Test
	void problemsComeInSheetOrderAndEveryOneIsCounted() throws IOException {
		Object[] a = enterprise(1, "株洲甲有限公司");
		a[8] = "abc";
		Object[] b = enterprise(2, "株洲乙有限公司");
		b[7] = "?";
		b[8] = "x";
		ImportResult result = readRows(a, b, enterprise(3, null));
		assertEquals(List.of(4, 5, 5, 6), result.getErrors().stream().map(ImportProblem::getRow).toList(), describe(result.getErrors()));
		assertEquals(0, result.getOmittedProblems());
		assertTrue(result.hasErrors());
	}

	/** A project under construction with the given start and period, in the form's layout. */
	private static Book project(Object start, String period) {
		return new Book().sheet("在建项目库").row(1, "（三）在建项目库")
				.row(2, "序号", "项目名称", "建设地点", null, null, "项目建设单位", "总投资额（亿元）", "项目建设期", "开工时间", "项目建设内容", "项目进展情况", "项目联系人", null)
				.row(3, null, null, "市州", "县（市）区", "园区", null, null, null, null, null, null, "姓名", "联系电话")
				.merge("A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:K3", "L2:M2")
				.row(4, 1, "测试项目", "株洲市", "荷塘区", "金山园", "株洲测试有限公司", 8.5, period, start, "生产线", "施工中", "周九", "13600000000");
	}
}
