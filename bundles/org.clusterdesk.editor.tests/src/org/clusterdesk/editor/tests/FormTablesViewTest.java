/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.FeatureAccess;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.forms.tables.FormTableView;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.ParkPage;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.SmartFactoryCount;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

/**
 * The editor's tables of figures are the form's tables (rendered from the view model the Word export prints): the
 * competition report's header cells as the form prints them, 2.5 without 增幅, the smart factories inside 2.2's table
 * with their own 佐证页码, the park's two header rows; and a value typed into such a table is the document's, undone by
 * undo.
 */
class FormTablesViewTest {

	private static final String SMART_FACTORIES = "smartFactories";

	private static ClusterFormPage page(ClusterEditor editor, String number) {
		ClusterFormPage page = editor.formPages().stream().filter(p -> number.equals(p.sectionNumber())).findFirst().orElseThrow();
		return EditorTesting.show(editor, page.getId());
	}

	private static ParkPage parkPage(ClusterEditor editor) {
		ParkPage page = editor.formPages().stream().filter(ParkPage.class::isInstance).map(ParkPage.class::cast).findFirst().orElseThrow();
		EditorTesting.show(editor, page.getId());
		return page;
	}

	private static List<Label> headers(ClusterFormPage page) {
		return EditorTesting.find(page.getPartControl(), c -> c instanceof Label l && l.getData(FormTableView.HEADER_KEY) != null).stream()
				.map(Label.class::cast).toList();
	}

	private static List<String> texts(List<Label> labels) {
		return labels.stream().map(Label::getText).toList();
	}

	private static FormRow row(ClusterEditor editor, String number, String feature) {
		return editor.getDocument().getEdition().getSections().stream().filter(s -> number.equals(s.getNumber())).findFirst().orElseThrow()
				.getRows().stream().filter(r -> r.getFeature().getName().equals(feature)).findFirst().orElseThrow();
	}

	private static Rectangle bounds(Control control) {
		return Display.getCurrent().map(control.getParent(), null, control.getBounds());
	}

	@Test
	void theCompetitionTablesHaveTheFormsHeaderCells() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			EditorTesting.maximize(editor);
			// 2.5 as the form prints it: no 增幅 column, a 佐证页码 column
			ClusterFormPage green = page(editor, "2.5");
			assertEquals(List.of("指标名称", "2024年", "2025年", "佐证页码"), texts(headers(green)));
			assertTrue(EditorTesting.find(green.getPartControl(), c -> c instanceof Label l && l.getText().contains("增幅")).isEmpty(),
					"no 增幅 anywhere in 2.5");
			assertEquals(1, EditorTesting.find(green.getPartControl(), c -> "近2年情况".equals(c.getData(FormTableView.CORNER_KEY))).size(),
					"the divided corner cell's 近2年情况");

			// 2.2: the smart factories are a row of the table, with the four counts a year and their own 佐证页码
			ClusterFormPage enterprises = page(editor, "2.2");
			assertEquals(List.of("指标名称", "2024年", "2025年", "增幅（%）", "佐证页码"), texts(headers(enterprises)));
			CompetitionReport report = (CompetitionReport) editor.getDocument();
			String smart = row(editor, "2.2", SMART_FACTORIES).getLabel();
			TextField page = EditorTesting.field(enterprises, smart + " 佐证页码");
			assertEquals(report.getEnterprises().getSmartFactoriesEvidencePage(), page.getText().getText());
			assertEquals("P45", page.getText().getText(), "the sample's page of the smart factories");
			TextField excellent2025 = EditorTesting.field(enterprises, smart + " 卓越级（2025年）");
			assertEquals("1", excellent2025.getText().getText());
			// in the smart factories' line: the page in the 佐证页码 column, the counts under their years
			Label pageHeader = headers(enterprises).get(4);
			Label header2025 = headers(enterprises).get(2);
			assertTrue(overlapsHorizontally(bounds(page.getText()), bounds(pageHeader)), "the page under 佐证页码");
			assertTrue(overlapsHorizontally(bounds(excellent2025.getText()), bounds(header2025)), "the 2025 counts under 2025年");
			assertEquals(bounds(page.getText()).y, bounds(smartLabel(enterprises, smart)).y, 30, "the page is in the smart factories' line");
			// the page is not a row of its own any more (the form has none)
			assertEquals(1, EditorTesting.find(enterprises.getPartControl(), c -> c.getData(FormWidgets.BINDING_KEY) instanceof TextField f
					&& f.access() instanceof FeatureAccess a && a.feature() == Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES_EVIDENCE_PAGE).size());
			Path shot = EditorTesting.screenshot(enterprises, EditorTesting.screenshots().resolve("tables"), "competition-2026-2.2");
			assertTrue(Files.size(shot) > 1000);

			// 三: the park's two header rows: each year over 园区总额 and 其中：集群产业, 总额增幅 merged down
			ParkPage park = parkPage(editor);
			List<Label> parkHeaders = headers(park);
			assertEquals(List.of("指标名称", "2024年", "2025年", "总额增幅（%）", "园区总额", "其中：集群产业", "园区总额", "其中：集群产业"), texts(parkHeaders));
			for (int year = 0; year < 2; year++) {
				Rectangle over = bounds(parkHeaders.get(1 + year));
				for (Label part : List.of(parkHeaders.get(4 + 2 * year), parkHeaders.get(5 + 2 * year))) {
					Rectangle under = bounds(part);
					assertTrue(under.y > over.y, part.getText() + " below its year");
					assertTrue(under.x + under.width / 2 >= over.x && under.x + under.width / 2 <= over.x + over.width,
							part.getText() + " under " + parkHeaders.get(1 + year).getText() + ": " + under + " / " + over);
				}
			}
			Rectangle growth = bounds(parkHeaders.get(3));
			assertTrue(growth.y + growth.height > bounds(parkHeaders.get(4)).y, "总额增幅（%） covers both header rows");
			shot = EditorTesting.screenshot(park, EditorTesting.screenshots().resolve("tables"), "competition-2026-三");
			assertTrue(Files.size(shot) > 1000);
		} finally {
			EditorTesting.close(editor);
		}
	}

	private static Label smartLabel(ClusterFormPage page, String rowLabel) {
		return (Label) EditorTesting.find(page.getPartControl(), c -> c instanceof Label && rowLabel.equals(c.getData(FormWidgets.ROW_KEY))).get(0);
	}

	private static boolean overlapsHorizontally(Rectangle a, Rectangle b) {
		return a.x < b.x + b.width && b.x < a.x + a.width;
	}

	@Test
	void typingIntoATableCellChangesTheDocumentAndUndoRestoresIt() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			CompetitionReport report = (CompetitionReport) editor.getDocument();
			ClusterFormPage enterprises = page(editor, "2.2");
			String smart = row(editor, "2.2", SMART_FACTORIES).getLabel();
			// the smart factories' own 佐证页码 cell
			TextField page = EditorTesting.field(enterprises, smart + " 佐证页码");
			EditorTesting.type(page, "P46-47");
			assertEquals("P46-47", report.getEnterprises().getSmartFactoriesEvidencePage());
			assertTrue(editor.isDirty());
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals("P45", report.getEnterprises().getSmartFactoriesEvidencePage());
			assertEquals("P45", page.getText().getText(), "the field follows the undo");
			// a count of a year: the year's entry of the smart factories
			TextField advanced2025 = EditorTesting.field(enterprises, smart + " 先进级（2025年）");
			EditorTesting.type(advanced2025, "8");
			SmartFactoryCount counts2025 = report.getEnterprises().getSmartFactories().stream().filter(c -> c.getYear() == 2025).findFirst()
					.orElseThrow();
			assertEquals(Integer.valueOf(8), counts2025.getAdvanced());
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals(Integer.valueOf(6), counts2025.getAdvanced());
			assertEquals("6", advanced2025.getText().getText());
			// 2.5's 佐证页码 column
			ClusterFormPage green = page(editor, "2.5");
			FormRow first = row(editor, "2.5", "nationalGreenFactories");
			ComparedCount factories = report.getGreen().getNationalGreenFactories();
			assertNotNull(factories);
			String before = factories.getEvidencePage();
			TextField greenPage = EditorTesting.field(green, first.getLabel() + " 佐证页码");
			assertEquals(before, greenPage.getText().getText());
			EditorTesting.type(greenPage, "P170");
			assertEquals("P170", factories.getEvidencePage());
			editor.getEditingDomain().getCommandStack().undo();
			EditorTesting.flush();
			assertEquals(before, factories.getEvidencePage());
			assertFalse(editor.isDirty(), "undone to the file's state");
		} finally {
			EditorTesting.close(editor);
		}
	}

	/**
	 * Jiangsu's 二 prints 近三年集群外商直接投资额累计增长率 in the year columns of the section's table, below the 优质中小企业名单
	 * the form has no row for: the editor goes on with the table's years there too, not a table of its own.
	 */
	@Test
	void aYearlyRowGoesOnUnderTheYearsPastARowTheFormHasNot() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("jiangsu-2024");
		try {
			EditorTesting.maximize(editor);
			ClusterFormPage industry = page(editor, "二");
			List<Label> headers = headers(industry);
			assertEquals(List.of("主导产业情况", "2021年", "2022年", "2023年"), texts(headers), "one header, the form's");
			String label = row(editor, "二", "fdiCumulativeGrowthByYear").getLabel();
			for (int i = 0; i < 3; i++) {
				TextField field = EditorTesting.field(industry, label + "（" + (2021 + i) + "年）");
				assertTrue(overlapsHorizontally(bounds(field.getText()), bounds(headers.get(1 + i))), label + " under " + headers.get(1 + i).getText());
			}
			assertTrue(EditorTesting.find(industry.getPartControl(), c -> c instanceof Label l && l.getText().equals("2021年")
					&& l.getData(FormTableView.HEADER_KEY) == null).isEmpty(), "no years listed one below the other");
		} finally {
			EditorTesting.close(editor);
		}
	}
}
