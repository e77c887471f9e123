/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.RowTable;
import org.clusterdesk.internal.editor.pages.LibraryPage;
import org.clusterdesk.internal.editor.pages.LibraryPaste;
import org.clusterdesk.internal.editor.pages.ParkPage;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;

/** The four libraries: paste from Excel, edit in place, sort, filter, add, delete and move rows; parks as pages. */
class LibraryTest {

	@Test
	void pastingATabSeparatedBlockAddsTheAcceptedRowsAsOneCommand() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			CompetitionReport report = (CompetitionReport) editor.getDocument();
			int before = report.getLibraries().getExisting().size();
			LibraryPage page = (LibraryPage) EditorTesting.show(editor, "library-existing");
			RowTable table = page.table();
			List<LibraryPaste.Report> reports = new ArrayList<>();
			((LibraryPaste) table.pasteHandler()).setConfirmation(r -> {
				reports.add(r);
				return true;
			});
			String block = String.join("\n",
					"株洲新粘贴硬质合金有限公司\t株洲市\t荷塘区\t金山新材料产业园\t主要从事硬质合金研发生产。\t硬质合金棒材、刀片\t是\t１２．５\t国家“专精特新”小巨人\t张三\t13800000001",
					"\t株洲市\t荷塘区\t\t没有名称的一行\t\t否\t1\t\t\t",
					"株洲另一粘贴刀具股份有限公司\t株洲市\t芦淞区\t董家塅高科园\t\"数控刀具，\n多行概况\"\t数控刀片\t√\t不是数字\t\t李四\t0731-12345678",
					"");
			table.paste(block);
			EditorTesting.flush();
			assertEquals(1, reports.size(), "the paste shows what it would add");
			LibraryPaste.Report shown = reports.get(0);
			assertEquals(3, shown.pasted());
			assertEquals(2, shown.accepted().size());
			assertEquals(1, shown.rejected());
			assertTrue(shown.problems().stream().anyMatch(p -> p.error() && p.line() == 2), "the nameless line 2 is rejected: " + shown.problems());
			assertTrue(shown.problems().stream().anyMatch(p -> p.line() == 3 && "不是数字".equals(p.value())), "line 3's revenue is not read: "
					+ shown.problems());
			assertEquals(before + 2, report.getLibraries().getExisting().size());
			ExistingEnterprise first = report.getLibraries().getExisting().stream().filter(e -> "株洲新粘贴硬质合金有限公司".equals(e.getName()))
					.findFirst().orElseThrow();
			assertEquals(0, new BigDecimal("12.5").compareTo(first.getRevenue()), "full-width digits, as the importer reads them");
			assertTrue(first.isAboveScale());
			assertEquals(List.of("硬质合金棒材", "刀片"), first.getProducts());
			assertEquals("张三", first.getContact().getPerson());
			assertTrue(editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel().contains("2"));
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals(before, report.getLibraries().getExisting().size(), "one undo takes the whole paste back");

			// Ctrl+V in the table: Edit > Paste takes the clipboard; a header copied along is recognised
			Clipboard clipboard = new Clipboard(Display.getCurrent());
			clipboard.setContents(new Object[] { "企业名称（填写企业全称）\t市州\n株洲带表头的公司有限公司\t株洲市\n" },
					new Transfer[] { TextTransfer.getInstance() });
			clipboard.dispose();
			table.getViewer().getTable().setFocus();
			EditorTesting.flush();
			editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.PASTE.getId()).run();
			EditorTesting.flush();
			assertEquals(before + 1, report.getLibraries().getExisting().size());
			assertEquals("株洲市", report.getLibraries().getExisting().stream().filter(e -> "株洲带表头的公司有限公司".equals(e.getName())).findFirst()
					.orElseThrow().getCity());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void editInPlaceSortFilterAddDeleteMove() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			CompetitionReport report = (CompetitionReport) editor.getDocument();
			LibraryPage page = (LibraryPage) EditorTesting.show(editor, "library-existing");
			RowTable table = page.table();
			int size = report.getLibraries().getExisting().size();
			assertEquals(size, table.getViewer().getTable().getItemCount());

			// add a row after the first and type its name in place
			table.getViewer().getTable().setSelection(0);
			table.getViewer().setSelection(new StructuredSelection(report.getLibraries().getExisting().get(0)));
			ExistingEnterprise added = (ExistingEnterprise) table.addRow();
			EditorTesting.flush();
			assertNotNull(added);
			assertEquals(1, report.getLibraries().getExisting().indexOf(added));
			assertTrue(table.getViewer().isCellEditorActive(), "the new row's name is being edited");
			Text cell = activeText(table);
			cell.setText("株洲新增测试有限公司");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals("株洲新增测试有限公司", added.getName());

			// typing an unreadable amount keeps the text and says why
			table.getViewer().editElement(added, 8);
			EditorTesting.flush();
			Text revenue = activeText(table);
			revenue.setText("十二亿");
			revenue.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals(null, added.getRevenue());
			assertTrue(table.getViewer().isCellEditorActive(), "the cell opens again with what was typed");
			assertEquals("十二亿", activeText(table).getText());
			table.getViewer().cancelEditing();

			// sort by name, then filter
			table.sortBy(1);
			EditorTesting.flush();
			List<String> names = table.shownRows().stream().map(r -> ((ExistingEnterprise) r).getName()).toList();
			List<String> sorted = new ArrayList<>(names);
			sorted.sort(Collator.getInstance(Locale.CHINA));
			assertEquals(sorted, names);
			table.setFilter("新增测试");
			EditorTesting.flush();
			assertEquals(List.of(added), table.shownRows());
			table.setFilter("");
			table.sortBy(1);
			table.sortBy(1);
			EditorTesting.flush();

			// move down, delete, undo
			table.getViewer().setSelection(new StructuredSelection(added));
			table.move(1);
			assertEquals(2, report.getLibraries().getExisting().indexOf(added));
			// the Delete key, as the keyboard sends it (through the workbench's key bindings)
			table.getViewer().getTable().setFocus();
			EditorTesting.flush();
			Display display = Display.getCurrent();
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event key = new Event();
				key.type = type;
				key.keyCode = SWT.DEL;
				display.post(key);
			}
			EditorTesting.pause(300);
			assertFalse(report.getLibraries().getExisting().contains(added), "Delete removes the selected row");
			editor.getEditingDomain().getCommandStack().undo();
			assertTrue(report.getLibraries().getExisting().contains(added));
			assertEquals(size + 1, table.getViewer().getTable().getItemCount());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void parksArePagesOfTheirOwn() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			CompetitionReport report = (CompetitionReport) editor.getDocument();
			int parks = report.getParks().size();
			assertEquals(parks, editor.formPages().stream().filter(p -> p instanceof ParkPage pp && pp.park() != null).count());
			ParkPage first = (ParkPage) editor.formPages().stream().filter(p -> p instanceof ParkPage).findFirst().orElseThrow();
			EditorTesting.show(editor, first.getId());
			first.addPark();
			EditorTesting.flush();
			assertEquals(parks + 1, report.getParks().size());
			assertEquals(parks + 1, editor.formPages().stream().filter(p -> p instanceof ParkPage pp && pp.park() != null).count());
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals(parks, editor.formPages().stream().filter(p -> p instanceof ParkPage pp && pp.park() != null).count());
		} finally {
			EditorTesting.close(editor);
		}
	}

	/** A construction period typed in years only is kept at year precision and shown as typed; a reversed one is refused. */
	@Test
	void aPeriodInYearsIsShownAndEditedAsYears() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			CompetitionReport report = (CompetitionReport) editor.getDocument();
			LibraryPage page = (LibraryPage) EditorTesting.show(editor, "library-underConstruction");
			RowTable table = page.table();
			ConstructionProject project = report.getLibraries().getUnderConstruction().get(0);
			int column = 7; // 序号, 项目名称, 市州, 县（市）区, 园区, 项目建设单位, 总投资额, 项目建设期
			YearMonth start = project.getPeriodStart();
			YearMonth end = project.getPeriodEnd();
			assertFalse(project.isPeriodYearsOnly());

			table.getViewer().editElement(project, column);
			EditorTesting.flush();
			Text cell = activeText(table);
			cell.setText("２０２４年至２０２６年");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals(YearMonth.of(2024, 1), project.getPeriodStart());
			assertEquals(YearMonth.of(2026, 12), project.getPeriodEnd());
			assertTrue(project.isPeriodYearsOnly(), "kept at year precision");
			assertEquals("2024-2026", table.getViewer().getTable().getItem(0).getText(column), "shown as years, not 2024.01-2026.12");

			// a reversed period keeps the text and the model as they were
			table.getViewer().editElement(project, column);
			EditorTesting.flush();
			cell = activeText(table);
			cell.setText("2026-2024");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals(YearMonth.of(2024, 1), project.getPeriodStart());
			assertTrue(table.getViewer().isCellEditorActive(), "the cell opens again with what was typed");
			assertEquals("2026-2024", activeText(table).getText());
			table.getViewer().cancelEditing();

			// months again, then one undo per edit
			table.getViewer().editElement(project, column);
			EditorTesting.flush();
			cell = activeText(table);
			cell.setText("2024年3月—2026年6月");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals(YearMonth.of(2024, 3), project.getPeriodStart());
			assertEquals(YearMonth.of(2026, 6), project.getPeriodEnd());
			assertFalse(project.isPeriodYearsOnly());
			assertEquals("2024.03-2026.06", table.getViewer().getTable().getItem(0).getText(column));
			editor.getEditingDomain().getCommandStack().undo();
			assertTrue(project.isPeriodYearsOnly());
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals(start, project.getPeriodStart());
			assertEquals(end, project.getPeriodEnd());
			assertFalse(project.isPeriodYearsOnly());

			// a single year, and a start month with an end year, as they were typed
			table.getViewer().editElement(project, column);
			EditorTesting.flush();
			cell = activeText(table);
			cell.setText("2025年");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals(YearMonth.of(2025, 1), project.getPeriodStart());
			assertEquals(YearMonth.of(2025, 12), project.getPeriodEnd());
			assertEquals("2025", table.getViewer().getTable().getItem(0).getText(column));
			table.getViewer().editElement(project, column);
			EditorTesting.flush();
			cell = activeText(table);
			cell.setText("2024年3月至2026年");
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			EditorTesting.flush();
			assertEquals(YearMonth.of(2024, 3), project.getPeriodStart());
			assertEquals(YearMonth.of(2026, 12), project.getPeriodEnd());
			assertEquals("2024.03-2026", table.getViewer().getTable().getItem(0).getText(column));
		} finally {
			EditorTesting.close(editor);
		}
	}

	static Text activeText(RowTable table) {
		CellEditor editor = table.activeCellEditor();
		if (editor instanceof TextCellEditor t) {
			return (Text) t.getControl();
		}
		throw new AssertionError("no cell is being edited");
	}
}
