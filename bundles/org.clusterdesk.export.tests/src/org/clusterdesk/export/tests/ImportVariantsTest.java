/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.ImportTestSupport.assertClean;
import static org.clusterdesk.export.tests.ImportTestSupport.describe;
import static org.clusterdesk.export.tests.ImportTestSupport.enterprise;
import static org.clusterdesk.export.tests.ImportTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.tests.ImportTestSupport.Book;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per variant of the libraries' tables that staff really produce and the import must read. */
class ImportVariantsTest {

	@TempDir
	Path dir;

	private ExistingEnterprise onlyEnterprise(ImportResult result) {
		List<ExistingEnterprise> existing = result.getLibraries().getExisting();
		assertEquals(1, existing.size(), describe(result.getProblems()));
		return existing.get(0);
	}

	/** The form's own table: merged two-row header under a title; every value lands where it belongs. */
	@Test
	void theFormsTableWithMergedHeaders() throws IOException {
		Path file = new Book().existing("现有企业库", enterprise(1, "株洲甲硬质合金有限公司")).save(dir.resolve("form.xlsx"));
		ImportResult result = read(file);
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals("株洲甲硬质合金有限公司", e.getName());
		assertEquals("株洲市", e.getCity());
		assertEquals("荷塘区", e.getCounty());
		assertEquals("金山新材料产业园", e.getPark());
		assertEquals("主要从事硬质合金棒材研发生产。", e.getOverview());
		assertEquals(List.of("硬质合金棒材", "硬质合金板材"), e.getProducts());
		assertTrue(e.isAboveScale());
		assertEquals(new BigDecimal("12.50"), e.getRevenue());
		assertEquals(List.of(BrandHonour.NATIONAL_SINGLE_CHAMPION), e.getHonours());
		assertEquals("张三", e.getContact().getPerson());
		assertEquals("13900000000", e.getContact().getPhone());
		assertEquals(4, e.getSourceRow(), "the row number in the sheet");
	}

	@Test
	void titleRowsAndABlankRowAboveTheHeader() throws IOException {
		Book book = new Book().sheet("Sheet1").row(1, "附件3").row(2, "（一）现有企业库").row(3, "填报单位：株洲市荷塘区工信局");
		// row 4 left blank, header on rows 5-6
		book.row(5, ImportTestSupport.EXISTING_TOP).row(6, ImportTestSupport.EXISTING_SUB)
				.merge("A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:I6", "J5:J6", "K5:L5")
				.row(7, enterprise(1, "株洲乙刀具有限公司"));
		ImportResult result = read(book.save(dir.resolve("titles.xlsx")));
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals("株洲乙刀具有限公司", e.getName());
		assertEquals("张三", e.getContact().getPerson());
		assertEquals(7, e.getSourceRow());
	}

	@Test
	void aHeaderInTheFirstRowWithoutTitle() throws IOException {
		Path file = new Book().sheet("企业").row(1, "企业名称", "市州", "主导产品", "是否为规上企业", "主营业务收入（亿元）", "联系人", "联系电话")
				.row(2, "株洲丙模具有限公司", "株洲市", "模具", "否", 1.2, "王五", "0731-28888888").save(dir.resolve("first-row.xlsx"));
		ImportResult result = read(file);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals("株洲市", e.getCity());
		assertFalse(e.isAboveScale());
		assertEquals(new BigDecimal("1.20"), e.getRevenue());
		assertEquals("0731-28888888", e.getContact().getPhone());
		assertEquals(2, e.getSourceRow());
		assertTrue(result.getErrors().isEmpty(), describe(result.getProblems()));
	}

	@Test
	void columnsInAnyOrder() throws IOException {
		Path file = new Book().sheet("现有企业库")
				.row(1, "联系电话", "主导产品", "县（市）区", "企业名称", "2025年主营业务收入（亿元）", "企业概况", "所在园区", "是否为规上企业", "国际国内品牌企业", "市州", "联系人")
				.row(2, "13911112222", "刀片", "芦淞区", "株洲丁刀具有限公司", 3.4, "刀具制造。", "芦淞工业园", "是", "省级单项冠军", "株洲市", "赵六")
				.save(dir.resolve("shuffled.xlsx"));
		ImportResult result = read(file);
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals("株洲丁刀具有限公司", e.getName());
		assertEquals("株洲市", e.getCity());
		assertEquals("芦淞区", e.getCounty());
		assertEquals("芦淞工业园", e.getPark());
		assertEquals(List.of("刀片"), e.getProducts());
		assertEquals(new BigDecimal("3.40"), e.getRevenue());
		assertEquals(List.of(BrandHonour.PROVINCIAL_SINGLE_CHAMPION), e.getHonours());
		assertEquals("赵六", e.getContact().getPerson());
		assertEquals("13911112222", e.getContact().getPhone());
	}

	@Test
	void headerWordingVariants() throws IOException {
		Path file = new Book().sheet("现有企业名录")
				.row(1, "编号", "企业全称", "所在地区", null, null, "企业简介", "主要产品", "是否规模以上企业", "营业收入(亿元)", "品牌企业获评项", "联系方式", null, "是否上市", "高新企业")
				.row(2, null, null, "市（州）", "县（市、区）", "园区名称", null, null, null, null, null, "联系人姓名", "手机号码")
				.merge("C1:E1", "K1:L1")
				.row(3, 1, "株洲戊精工有限公司", "株洲市", "天元区", "天元工业园", "精密零件。", "轴承", "√", 2.2, "民营企业500强", "钱七", 13800000000L, "Y", "N")
				.save(dir.resolve("wording.xlsx"));
		ImportResult result = read(file);
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals("株洲戊精工有限公司", e.getName());
		assertEquals("株洲市", e.getCity());
		assertEquals("天元区", e.getCounty());
		assertEquals("天元工业园", e.getPark());
		assertEquals("精密零件。", e.getOverview());
		assertEquals(List.of("轴承"), e.getProducts());
		assertTrue(e.isAboveScale());
		assertEquals(new BigDecimal("2.20"), e.getRevenue());
		assertEquals(List.of(BrandHonour.PRIVATE_TOP_500), e.getHonours());
		assertEquals("钱七", e.getContact().getPerson());
		assertEquals("13800000000", e.getContact().getPhone(), "a phone number typed as a number");
		assertTrue(e.isListed());
		assertFalse(e.isHighTech());
	}

	@Test
	void twoLevelHeadersNobodyMerged() throws IOException {
		// the group text stands over its first column only, the neighbours are blank
		Path file = new Book().sheet("现有企业库")
				.row(1, "企业名称", "企业所在地", null, null, "主导产品", "是否为规上企业", "企业联系人", null)
				.row(2, null, "市州", "县（市）区", "所在园区", null, null, "姓名", "联系电话")
				.row(3, "株洲己合金有限公司", "株洲市", "石峰区", "石峰园", "合金", "是", "孙八", "13700000000")
				.save(dir.resolve("unmerged.xlsx"));
		ExistingEnterprise e = onlyEnterprise(read(file));
		assertEquals("株洲市", e.getCity());
		assertEquals("石峰区", e.getCounty());
		assertEquals("石峰园", e.getPark());
		assertEquals("孙八", e.getContact().getPerson());
		assertEquals("13700000000", e.getContact().getPhone());
		assertEquals(3, e.getSourceRow());
	}

	@Test
	void fullWidthDigits() throws IOException {
		Object[] row = enterprise(1, "株洲庚材料有限公司");
		row[8] = "１２．５";
		row[11] = "１３９００００１１１１";
		ImportResult result = read(new Book().existing("现有企业库", row).save(dir.resolve("full-width.xlsx")));
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals(new BigDecimal("12.50"), e.getRevenue());
		assertEquals("13900001111", e.getContact().getPhone());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,234.5", "１，２３４．５", "1,234.50亿元", " 1234.5 " })
	void thousandsSeparatorsAndUnits(String revenue) throws IOException {
		Object[] row = enterprise(1, "株洲辛钨业有限公司");
		row[8] = revenue;
		ImportResult result = read(new Book().existing("现有企业库", row).save(dir.resolve("thousands.xlsx")));
		assertClean(result);
		assertEquals(new BigDecimal("1234.50"), onlyEnterprise(result).getRevenue());
	}

	static Stream<Arguments> yesNoForms() {
		return Stream.of(Arguments.of("是", true), Arguments.of("否", false), Arguments.of("√", true), Arguments.of("×", false),
				Arguments.of("Y", true), Arguments.of("N", false), Arguments.of("y", true), Arguments.of("n", false),
				Arguments.of("Ｙ", true), Arguments.of("YES", true), Arguments.of("no", false), Arguments.of("是（规上）", true),
				Arguments.of(Boolean.TRUE, true), Arguments.of(Boolean.FALSE, false), Arguments.of(1, true), Arguments.of(0, false),
				Arguments.of("✓", true), Arguments.of("x", false));
	}

	@ParameterizedTest
	@MethodSource
	void yesNoForms(Object answer, boolean expected) throws IOException {
		Object[] row = enterprise(1, "株洲壬有限公司");
		row[7] = answer;
		ImportResult result = read(new Book().existing("现有企业库", row).save(dir.resolve("yes-no.xlsx")));
		assertClean(result);
		assertEquals(expected, onlyEnterprise(result).isAboveScale(), String.valueOf(answer));
	}

	@ParameterizedTest
	@ValueSource(strings = { "、", "，", ",", "；", ";", "/", "／", "\n", " 、 " })
	void productSeparators(String separator) throws IOException {
		Object[] row = enterprise(1, "株洲癸有限公司");
		row[6] = "数控刀片" + separator + "整体铣刀" + separator + "钻头";
		ImportResult result = read(new Book().existing("现有企业库", row).save(dir.resolve("products.xlsx")));
		assertClean(result);
		assertEquals(List.of("数控刀片", "整体铣刀", "钻头"), onlyEnterprise(result).getProducts());
	}

	static Stream<Arguments> dateForms() {
		return Stream.of(Arguments.of(LocalDate.of(2024, 3, 15)), Arguments.of("2024年3月"), Arguments.of("2024年03月"),
				Arguments.of("2024.03"), Arguments.of("2024.3"), Arguments.of("2024-03"), Arguments.of("2024/3"),
				Arguments.of("2024-03-15"), Arguments.of("2024年3月15日"), Arguments.of("２０２４年３月"), Arguments.of(2024.03),
				Arguments.of("202403"), Arguments.of(202403), Arguments.of(45366));
	}

	@ParameterizedTest
	@MethodSource
	void dateForms(Object start) throws IOException {
		Path file = constructionSheet(start, "2024.03-2026.12").save(dir.resolve("dates.xlsx"));
		ImportResult result = read(file);
		assertClean(result);
		ConstructionProject p = result.getLibraries().getUnderConstruction().get(0);
		assertEquals(YearMonth.of(2024, 3), p.getStartDate(), String.valueOf(start));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024.03-2026.12", "2024年3月-2026年12月", "2024年3月至2026年12月", "2024.03～2026.12", "2024/03—2026/12",
			"2024-03至2026-12", "2024-03-2026-12", "2024.3-2026.12", " 2024.03 - 2026.12 ", "２０２４．０３－２０２６．１２",
			"2024年3月—2026年12月", "2024年3月–2026年12月", "2024年3月~2026年12月", "2024年3月到2026年12月", "２０２４年３月～２０２６年１２月",
			"2024年3月1日至2026年12月31日" })
	void constructionPeriodForms(String period) throws IOException {
		ImportResult result = read(constructionSheet("2024.03", period).save(dir.resolve("period.xlsx")));
		assertClean(result);
		ConstructionProject p = result.getLibraries().getUnderConstruction().get(0);
		assertEquals(YearMonth.of(2024, 3), p.getPeriodStart(), period);
		assertEquals(YearMonth.of(2026, 12), p.getPeriodEnd(), period);
		assertFalse(p.isPeriodYearsOnly(), period);
	}

	/** Construction periods are often planned in years: kept at year precision, January to December. */
	@ParameterizedTest
	@ValueSource(strings = { "2024-2026", "2024年-2026年", "2024年至2026年", "2024—2026", "2024–2026", "2024～2026", "2024~2026年",
			"2024到2026", "２０２４－２０２６", "２０２４年至２０２６年", " 2024 - 2026 " })
	void constructionPeriodsInYears(String period) throws IOException {
		ImportResult result = read(constructionSheet("2025.06", period).save(dir.resolve("years.xlsx")));
		assertClean(result);
		ConstructionProject p = result.getLibraries().getUnderConstruction().get(0);
		assertEquals(YearMonth.of(2024, 1), p.getPeriodStart(), period);
		assertEquals(YearMonth.of(2026, 12), p.getPeriodEnd(), period);
		assertTrue(p.isPeriodYearsOnly(), period);
		assertEquals(YearMonth.of(2025, 6), p.getStartDate());
	}

	@ParameterizedTest
	@MethodSource
	void aSingleYearIsAOneYearPeriod(Object period) throws IOException {
		ImportResult result = read(constructionSheet("2025.06", period).save(dir.resolve("one-year.xlsx")));
		assertClean(result);
		ConstructionProject p = result.getLibraries().getUnderConstruction().get(0);
		assertEquals(YearMonth.of(2025, 1), p.getPeriodStart(), String.valueOf(period));
		assertEquals(YearMonth.of(2025, 12), p.getPeriodEnd(), String.valueOf(period));
		assertTrue(p.isPeriodYearsOnly());
	}

	static Stream<Arguments> aSingleYearIsAOneYearPeriod() {
		return Stream.of(Arguments.of("2025"), Arguments.of("2025年"), Arguments.of("２０２５年"), Arguments.of(2025));
	}

	@Test
	void aPeriodInMonthsAndYearsIsKeptAtYearPrecision() throws IOException {
		ImportResult result = read(constructionSheet("2025.06", "2024年3月-2026年").save(dir.resolve("mixed.xlsx")));
		assertClean(result);
		ConstructionProject p = result.getLibraries().getUnderConstruction().get(0);
		assertEquals(YearMonth.of(2024, 3), p.getPeriodStart());
		assertEquals(YearMonth.of(2026, 12), p.getPeriodEnd());
		assertTrue(p.isPeriodYearsOnly());
	}

	@Test
	void blankRowsAndTheTemplatesEmptyNumberedRows() throws IOException {
		Book book = new Book().existing("现有企业库", enterprise(1, "株洲一号有限公司"));
		// row 5 blank, row 6 an entry, rows 7-9 the form's numbered empty rows and its "…" row
		book.row(6, enterprise(2, "株洲二号有限公司")).row(7, 3).row(8, 4).row(9, "…").row(12, enterprise(5, "株洲五号有限公司"));
		ImportResult result = read(book.save(dir.resolve("blank.xlsx")));
		assertClean(result);
		assertEquals(List.of(4, 6, 12), result.getLibraries().getExisting().stream().map(ExistingEnterprise::getSourceRow).toList());
		assertEquals(3, result.getAccepted(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING));
		assertEquals(0, result.getRejected(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING));
	}

	@Test
	void placesMergedDownOverSeveralEnterprises() throws IOException {
		Object[] first = enterprise(1, "株洲一号有限公司");
		Object[] second = enterprise(2, "株洲二号有限公司");
		Object[] third = enterprise(3, "株洲三号有限公司");
		second[2] = null;
		third[2] = null;
		second[3] = null;
		Book book = new Book().existing("现有企业库", first, second, third).merge("C4:C6", "D4:D5");
		third[3] = "芦淞区";
		book.row(6, third);
		ImportResult result = read(book.save(dir.resolve("merged-down.xlsx")));
		assertClean(result);
		List<ExistingEnterprise> existing = result.getLibraries().getExisting();
		assertEquals(List.of("株洲市", "株洲市", "株洲市"), existing.stream().map(ExistingEnterprise::getCity).toList());
		assertEquals(List.of("荷塘区", "荷塘区", "芦淞区"), existing.stream().map(ExistingEnterprise::getCounty).toList());
	}

	@Test
	void trailingAndLeadingSpaces() throws IOException {
		Object[] row = enterprise(1, "  株洲空格有限公司 \u3000");
		row[2] = "株洲市\u00a0";
		row[6] = " 棒材 、 板材 ";
		row[7] = "是 ";
		row[10] = "张三  ";
		ImportResult result = read(new Book().existing("现有企业库", row).save(dir.resolve("spaces.xlsx")));
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals("株洲空格有限公司", e.getName());
		assertEquals("株洲市", e.getCity());
		assertEquals(List.of("棒材", "板材"), e.getProducts());
		assertTrue(e.isAboveScale());
		assertEquals("张三", e.getContact().getPerson());
	}

	@Test
	void honoursInTheFormsWordingAndVariants() throws IOException {
		Object[] row = enterprise(1, "株洲荣誉有限公司");
		row[9] = "国家级专精特新“小巨人”企业；湖南省制造业单项冠军\n中国企业500强、世界500强，上市公司、高新技术企业";
		ImportResult result = read(new Book().existing("现有企业库", row).save(dir.resolve("honours.xlsx")));
		assertClean(result);
		ExistingEnterprise e = onlyEnterprise(result);
		assertEquals(List.of(BrandHonour.NATIONAL_LITTLE_GIANT, BrandHonour.PROVINCIAL_SINGLE_CHAMPION, BrandHonour.CHINA_TOP_500,
				BrandHonour.FORTUNE_GLOBAL_500), e.getHonours());
		assertTrue(e.isListed(), "上市 written among the honours");
		assertTrue(e.isHighTech(), "高新技术企业 written among the honours");
	}

	@Test
	void amountsHeadedInTenThousandYuanAreConverted() throws IOException {
		Path file = new Book().sheet("在建项目库").row(1, "项目名称", "项目建设单位", "总投资（万元）", "项目建设期", "开工时间", "项目进展情况", "建设内容")
				.row(2, "测试项目", "株洲测试有限公司", 126000, "2024.03-2026.12", "2024.04", "施工中", "厂房").save(dir.resolve("wan.xlsx"));
		ImportResult result = read(file);
		assertEquals(new BigDecimal("12.60"), result.getLibraries().getUnderConstruction().get(0).getInvestment());
		assertTrue(result.getErrors().isEmpty(), describe(result.getProblems()));
		ImportProblem note = result.getProblems().stream().filter(p -> p.getReason().contains("万元")).findFirst().orElseThrow();
		assertEquals("总投资（万元）", note.getColumn());
	}

	@Test
	void aFormulaWithItsResultReadsTheResult() throws IOException {
		Object[] row = enterprise(1, "株洲公式有限公司");
		row[8] = new ImportTestSupport.Formula("10+2.5");
		Book book = new Book().existing("现有企业库", row);
		Path file = book.save(dir.resolve("formula.xlsx"));
		// let POI store the result as Excel would on saving
		try (var workbook = XlsxTestSupport.open(file)) {
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (var out = java.nio.file.Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		ImportResult result = read(file);
		assertClean(result);
		assertEquals(new BigDecimal("12.50"), onlyEnterprise(result).getRevenue());
	}

	@Test
	void theOtherThreeLibrariesAreRecognisedByTheirHeadersAlone() throws IOException {
		Book book = new Book();
		book.sheet("Sheet1").row(1, "序号", "企业名称", "所在地", null, null, "企业概况", "主导产品", "是否为规上企业", "是否为国际国内品牌企业", null)
				.row(2, null, null, "国别", "省份", "城市", null, null, null, "国内品牌企业", "国际品牌企业")
				.merge("A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2", "H1:H2", "I1:J1")
				.row(3, 1, "深圳测试科技有限公司", "中国", "广东省", "深圳市", "增材制造。", "打印机；粉末", "是", "是", "否");
		book.sheet("Sheet2").row(1, "序号", "项目名称", "建设地点", "拟建项目期", "拟开工时间", "项目建设单位", "总投资额（亿元）", "项目建设内容", "项目联系人", null)
				.row(2, null, null, null, null, null, null, null, null, "姓名", "联系电话").merge("I1:J1")
				.row(3, 1, "拟建测试项目", "株洲市荷塘区", "2026年6月-2028年12月", "2026年6月", "株洲测试有限公司", 15, "新建厂房", "周九", "13600000000");
		book.sheet("Sheet3").row(1, "项目名称", "建设地点", null, null, "项目建设单位", "总投资额（亿元）", "项目建设期", "开工时间", "项目建设内容", "项目进展情况")
				.row(2, null, "市州", "县（市）区", "园区", null, null, null, null, null, null).merge("B1:D1")
				.row(3, "在建测试项目", "株洲市", "荷塘区", "金山园", "株洲测试有限公司", 8.5, "2025.03-2027.06", "2025.04", "生产线", "施工中");
		ImportResult result = read(book.save(dir.resolve("three.xlsx")));
		assertTrue(result.getErrors().isEmpty(), describe(result.getProblems()));
		ProspectiveEnterprise p = result.getLibraries().getProspective().get(0);
		assertEquals("广东省", p.getProvince());
		assertEquals("深圳市", p.getCity());
		assertEquals(List.of("打印机", "粉末"), p.getProducts());
		assertTrue(p.isDomesticBrand());
		assertFalse(p.isInternationalBrand());
		PlannedProject planned = result.getLibraries().getPlanned().get(0);
		assertEquals("株洲市荷塘区", planned.getLocation());
		assertEquals(YearMonth.of(2026, 6), planned.getPlannedStart());
		assertEquals(YearMonth.of(2028, 12), planned.getPeriodEnd());
		assertEquals(new BigDecimal("15.00"), planned.getInvestment());
		assertEquals("13600000000", planned.getContact().getPhone());
		ConstructionProject building = result.getLibraries().getUnderConstruction().get(0);
		assertEquals("荷塘区", building.getCounty());
		assertEquals("金山园", building.getPark());
		assertEquals(YearMonth.of(2025, 4), building.getStartDate());
		assertNull(building.getContact());
	}

	@Test
	void theFourTablesOneBelowTheOtherInOneSheet() throws IOException {
		Book book = new Book().existing("四库", enterprise(1, "株洲一号有限公司"), enterprise(2, "株洲二号有限公司"));
		book.row(7, "（二）拟引进企业库")
				.row(8, "序号", "企业名称", "所在地", null, null, "企业概况", "主导产品", "是否为规上企业", "是否为国际国内品牌企业", null)
				.row(9, null, null, "国别", "省份", "城市", null, null, null, "国内品牌企业", "国际品牌企业")
				.merge("A8:A9", "B8:B9", "C8:E8", "F8:F9", "G8:G9", "H8:H9", "I8:J8")
				.row(10, 1, "深圳测试科技有限公司", "中国", "广东省", "深圳市", "增材制造。", "打印机", "是", "是", "否");
		book.row(12, "（三）在建项目库")
				.row(13, "序号", "项目名称", "建设地点", null, null, "项目建设单位", "总投资额（亿元）", "项目建设期", "开工时间", "项目建设内容", "项目进展情况", "项目联系人", null)
				.row(14, null, null, "市州", "县（市）区", "园区", null, null, null, null, null, null, "姓名", "联系电话")
				.merge("A13:A14", "B13:B14", "C13:E13", "F13:F14", "G13:G14", "H13:H14", "I13:I14", "J13:J14", "K13:K14", "L13:M13")
				.row(15, 1, "在建测试项目", "株洲市", "荷塘区", "金山园", "株洲测试有限公司", 8.5, "2025.03-2027.06", "2025.04", "生产线", "施工中", "周九", "13600000000");
		book.row(17, "（四）拟建项目库")
				.row(18, "序号", "项目名称", "建设地点", "拟建项目期", "拟开工时间", "项目建设单位", "总投资额（亿元）", "项目建设内容", "项目联系人", null)
				.row(19, null, null, null, null, null, null, null, null, "姓名", "联系电话").merge("I18:J18")
				.row(20, 1, "拟建测试项目", "株洲市荷塘区", "2026.06-2028.12", "2026.06", "株洲测试有限公司", 15, "新建厂房", "周九", "13600000000");
		ImportResult result = read(book.save(dir.resolve("stacked.xlsx")));
		assertClean(result);
		assertEquals(List.of(4, 5), result.getLibraries().getExisting().stream().map(ExistingEnterprise::getSourceRow).toList());
		assertEquals("深圳测试科技有限公司", result.getLibraries().getProspective().get(0).getName());
		assertEquals(10, result.getLibraries().getProspective().get(0).getSourceRow());
		assertEquals("金山园", result.getLibraries().getUnderConstruction().get(0).getPark());
		assertEquals(15, result.getLibraries().getUnderConstruction().get(0).getSourceRow());
		assertEquals("株洲市荷塘区", result.getLibraries().getPlanned().get(0).getLocation());
		assertEquals(4, result.getImportedLibraries().size());
	}

	/** A project under construction with the given start and period, in the form's layout. */
	private static Book constructionSheet(Object start, Object period) {
		return new Book().sheet("在建项目库").row(1, "（三）在建项目库")
				.row(2, "序号", "项目名称", "建设地点", null, null, "项目建设单位", "总投资额\n（亿元）", "项目建设期", "开工时间", "项目建设内容", "项目进展情况", "项目联系人", null)
				.row(3, null, null, "市州", "县（市）区", "园区", null, null, null, null, null, null, "姓名", "联系\n电话")
				.merge("A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:K3", "L2:M2")
				.row(4, 1, "测试项目", "株洲市", "荷塘区", "金山园", "株洲测试有限公司", 8.5, period, start, "生产线", "施工中", "周九", "13600000000");
	}
}
