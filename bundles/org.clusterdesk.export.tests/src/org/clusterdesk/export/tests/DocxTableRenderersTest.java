/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.DocxTesting.row;
import static org.clusterdesk.export.tests.DocxTesting.tableAfter;
import static org.clusterdesk.export.tests.DocxTesting.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.clusterdesk.internal.export.docx.DocxCell;
import org.clusterdesk.internal.export.docx.DocxDocumentWriter;
import org.clusterdesk.internal.export.docx.DocxRenderers;
import org.clusterdesk.internal.export.docx.DocxTableRenderer;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTable.Cell;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.clusterdesk.model.view.FormTables;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word export writes the tables of figures with the renderers of its registry, each cell by the applicable renderer
 * that bids highest (as EMF Forms chooses its renderers by tester): a renderer registered for one kind of cell with a
 * higher priority writes every cell of that kind and no other; a cell no renderer applies to stops the export with a
 * message naming it rather than losing the cell.
 */
class DocxTableRenderersTest {

	@TempDir
	Path temp;

	/** Marks the growth it writes, so the reader of the file can tell whose cell it is. */
	private static final String MARK = "↑";

	/** Writes the 增幅 cells, bidding higher than the standard renderer of its kind. */
	private static final class MarkedGrowth implements DocxTableRenderer<Cell> {

		final List<Cell> rendered = new ArrayList<>();

		@Override
		public int applicable(Cell element) {
			return element.kind() == CellKind.GROWTH ? 10 : NOT_APPLICABLE;
		}

		@Override
		public void render(Cell element, DocxCell cell) {
			rendered.add(element);
			Object value = cell.value(element);
			cell.write(MARK + (value instanceof BigDecimal growth ? growth.setScale(2, RoundingMode.HALF_UP).toPlainString() : ""));
		}
	}

	private XWPFDocument write(CompetitionReport report, DocxRenderers renderers, String name) throws Exception {
		Path file = temp.resolve(name);
		try (XWPFDocument written = DocxDocumentWriter.write(report, true, false, renderers, SubMonitor.convert(null));
				OutputStream out = Files.newOutputStream(file)) {
			written.write(out);
		}
		return DocxTesting.read(file);
	}

	private static FormSection section(CompetitionReport report, String number) {
		return report.getEdition().getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow();
	}

	@Test
	void aRendererBiddingHigherForOneKindOfCellWritesEveryCellOfThatKindAndNoOther() throws Exception {
		CompetitionReport report = DocxTesting.sample("competition-2026");
		MarkedGrowth marked = new MarkedGrowth();
		try (XWPFDocument standard = write(report, DocxRenderers.standard(), "standard.docx");
				XWPFDocument custom = write(report, DocxRenderers.standard().register(Cell.class, marked), "marked.docx")) {
			// 2.1: the figures as the standard renderers write them, the 增幅 the marked one's
			XWPFTable before = tableAfter(standard, "2.1 集群主要经济指标");
			XWPFTable after = tableAfter(custom, "2.1 集群主要经济指标");
			List<String> output = texts(row(before, "集群产值（亿元）"));
			List<String> expected = new ArrayList<>(output);
			expected.set(expected.size() - 1, MARK + output.get(output.size() - 1));
			assertEquals(expected, texts(row(after, "集群产值（亿元）")));
			assertTrue(!output.get(output.size() - 1).isEmpty(), "the sample has a growth of its output: " + output);
			assertEquals(texts(before.getRow(0)), texts(after.getRow(0)), "the header is not a growth cell");
			// the park's 总额增幅 is a growth cell too; its 园区总额 and 其中集群产业 are not
			XWPFTable park = tableAfter(custom, "3.1 园区主要经济指标");
			List<String> gdp = texts(row(park, "园区生产总值（亿元）"));
			assertTrue(gdp.get(gdp.size() - 1).startsWith(MARK), gdp.toString());
			assertTrue(gdp.subList(0, gdp.size() - 1).stream().noneMatch(t -> t.contains(MARK)), gdp.toString());
			assertEquals(texts(row(tableAfter(standard, "3.1 园区主要经济指标"), "园区生产总值（亿元）")).subList(0, gdp.size() - 1),
					gdp.subList(0, gdp.size() - 1));
		}
		assertTrue(marked.rendered.stream().allMatch(c -> c.kind() == CellKind.GROWTH), "it was asked for growth cells only");
		assertTrue(marked.rendered.size() > 10, "every growth cell of the report: " + marked.rendered.size());
	}

	@Test
	void aTieKeepsTheRendererRegisteredFirst() throws Exception {
		CompetitionReport report = DocxTesting.sample("competition-2026");
		FormSection economy = section(report, "2.1");
		FormRow first = economy.getRows().stream().filter(FormTables::tabular).findFirst().orElseThrow();
		FormTable table = FormTables.table(report.getEdition(), economy, first, true);
		Cell growth = table.lines(first).get(0).cells().stream().filter(c -> c.kind() == CellKind.GROWTH).findFirst().orElseThrow();
		Cell year = table.lines(first).get(0).cells().get(0);
		DocxRenderers renderers = DocxRenderers.standard();
		DocxTableRenderer<? super Cell> standardGrowth = renderers.renderer(growth);
		MarkedGrowth higher = new MarkedGrowth();
		DocxTableRenderer<Cell> equal = new DocxTableRenderer<>() {
			@Override
			public int applicable(Cell element) {
				return standardGrowth.applicable(element);
			}

			@Override
			public void render(Cell element, DocxCell cell) {
				cell.write("");
			}
		};
		renderers.register(Cell.class, equal);
		assertSame(standardGrowth, renderers.renderer(growth), "an equal bid does not replace the standard renderer");
		renderers.register(Cell.class, higher);
		assertSame(higher, renderers.renderer(growth));
		assertNotEquals(higher, renderers.renderer(year), "a year's figure is not a growth cell");
	}

	@Test
	void aCellNoRendererAppliesToStopsTheExportNamingIt() throws Exception {
		CompetitionReport report = DocxTesting.sample("competition-2026");
		FormSection economy = section(report, "2.1");
		FormRow first = economy.getRows().stream().filter(FormTables::tabular).findFirst().orElseThrow();
		Cell growth = FormTables.table(report.getEdition(), economy, first, true).lines(first).get(0).cells().stream()
				.filter(c -> c.kind() == CellKind.GROWTH).findFirst().orElseThrow();
		// a registry that knows the growth cells only
		DocxRenderers growthOnly = new DocxRenderers().register(Cell.class, new MarkedGrowth());
		Cell year = FormTables.table(report.getEdition(), economy, first, true).lines(first).get(0).cells().get(0);
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> growthOnly.renderer(year));
		assertTrue(e.getMessage().contains("YEAR_VALUE") && e.getMessage().contains(first.getFeature().getName()), e.getMessage());
		assertSame(MarkedGrowth.class, growthOnly.renderer(growth).getClass());
		// the export stops at the first cell it cannot write (2.1's header) and writes no file
		IllegalStateException export = assertThrows(IllegalStateException.class, () -> write(report, growthOnly, "nothing.docx"));
		assertTrue(export.getMessage().startsWith("No Word renderer applies to HeaderCell"), export.getMessage());
		assertTrue(!Files.exists(temp.resolve("nothing.docx")));
	}
}
