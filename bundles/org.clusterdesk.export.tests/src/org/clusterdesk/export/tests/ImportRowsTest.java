/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.ImportTestSupport.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.ImportResult;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ExistingEnterprise;
import org.junit.jupiter.api.Test;

/**
 * Rows of text, as a block copied from a spreadsheet arrives: read exactly as a sheet of a workbook is (the editor's
 * paste goes through here), with row numbers counted in the block.
 */
class ImportRowsTest {

	private static final String SOURCE = "现有企业库";

	private static List<String> row(String... cells) {
		return new ArrayList<>(java.util.Arrays.asList(cells));
	}

	private static final List<String> HEADER = row("序号", "企业名称", "市州", "县（市）区", "所在园区", "企业概况", "主导产品", "是否为规上企业",
			"2025年主营业务收入（亿元）", "国际国内品牌企业", "姓名", "联系电话");

	@Test
	void aPastedBlockWithItsHeaderIsReadWithTheImportersTolerance() throws ExportException {
		List<List<String>> rows = List.of(HEADER,
				row("1", "株洲甲硬质合金有限公司", "株洲市", "荷塘区", "金山新材料产业园", "主要从事硬质合金棒材研发生产。", "硬质合金棒材", "是", "１２．５", "国家单项冠军", "张三",
						"13900000000"),
				row(" ", "", "", ""),
				row("2", "株洲乙有限公司", "株洲市", "荷塘区", "", "", "", "√", "3.20", "", "李四", "13900000001"));
		ImportResult result = new LibraryImporter().read(SOURCE, rows, null);

		assertEquals(List.of(Literals.CLUSTER_LIBRARIES__EXISTING), result.getImportedLibraries());
		List<ExistingEnterprise> existing = result.getLibraries().getExisting();
		assertEquals(List.of("株洲甲硬质合金有限公司", "株洲乙有限公司"), existing.stream().map(ExistingEnterprise::getName).toList());
		assertEquals(0, new BigDecimal("12.5").compareTo(existing.get(0).getRevenue()), "full-width digits read as 12.5");
		assertTrue(existing.get(1).isAboveScale(), "√ reads as 是");
		assertEquals(List.of(2, 4), existing.stream().map(ExistingEnterprise::getSourceRow).toList(), "rows counted in the block");
		assertEquals(2, result.getAccepted(Literals.CLUSTER_LIBRARIES__EXISTING));
		assertEquals(0, result.getRejected(Literals.CLUSTER_LIBRARIES__EXISTING));
	}

	@Test
	void aBadRowIsReportedWithItsRowColumnAndValue() throws ExportException {
		List<List<String>> rows = List.of(HEADER, row("1", "", "株洲市"), row("2", "株洲丙有限公司", "株洲市", "荷塘区", "", "", "", "是", "很多"));
		ImportResult result = new LibraryImporter().read(SOURCE, rows, null);
		assertProblem(result.getProblems().stream().filter(p -> p.getRow() == 2).findFirst().orElseThrow(), SOURCE, 2, "企业名称", null,
				"名称为空，整行未导入");
		assertEquals(1, result.getRejected(Literals.CLUSTER_LIBRARIES__EXISTING));
		assertProblem(result.getProblems().stream().filter(p -> p.getRow() == 3).findFirst().orElseThrow(), SOURCE, 3, "2025年主营业务收入（亿元）",
				"很多", "不是数字");
	}

	@Test
	void rowsWithoutALibraryHeaderAreRefusedNamingTheBlock() {
		ExportException e = assertThrows(ExportException.class,
				() -> new LibraryImporter().read(SOURCE, List.of(row("甲", "乙"), row("1", "2")), null));
		assertTrue(e.getMessage().contains(SOURCE) && e.getMessage().contains("企业名称"), e.getMessage());
	}
}
