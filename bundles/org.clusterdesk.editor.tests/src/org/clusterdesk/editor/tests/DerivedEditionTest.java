/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.Binding;
import org.clusterdesk.internal.editor.forms.DerivedLabel;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition added the way a modeller adds one, with no Java change: {@code prov-test-2026} is miit-2025 with other
 * data years (2023–2025 instead of 2022–2024), other recognition thresholds (集群总产值 ≥ 650 亿元 instead of 40) and one
 * yearly row more (集群中小企业知识产权授权量（件）, a feature miit-2025 does not show), contributed by this test bundle's
 * plugin.xml through the extension point org.clusterdesk.model.editions, with its layout and a sample
 * (editions/prov-test-2026.*). Validation, the editor (real SWT) and the Word export (read back with POI) use its
 * years, its thresholds and its row.
 */
class DerivedEditionTest {

	private static final String ID = "prov-test-2026";

	private static final String IP_GRANTS = "集群中小企业知识产权授权量（件）";

	private static final String OUTPUT = "集群总产值（亿元）";

	/** The sample of the edition, copied to the folder. */
	private static Path sample(Path folder) throws IOException {
		Path file = folder.resolve(ID + ".cluster");
		try (InputStream in = entry("editions/" + ID + ".cluster").openStream()) {
			Files.copy(in, file);
		}
		return file;
	}

	private static URL entry(String path) {
		URL url = Platform.getBundle("org.clusterdesk.editor.tests").getEntry(path);
		assertNotNull(url, path + " in the test bundle");
		return url;
	}

	private static Edition edition(String id) {
		Edition edition = EditionRegistry.getDefault().getEdition(id);
		assertNotNull(edition, "edition " + id + " is registered");
		return edition;
	}

	private static String describe(List<RuleFinding> findings) {
		return findings.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining(" | "));
	}

	private static List<RuleFinding> on(ValidationReport report, String field) {
		return report.findings().stream().filter(f -> f.field() != null && f.field().contains(field)).toList();
	}

	@Test
	void theTestBundleContributesTheEditionThroughTheExtensionPoint() {
		Edition edition = edition(ID);
		Edition national = edition("miit-2025");
		assertEquals(List.of(2023, 2024, 2025), edition.getDataYears());
		assertEquals(List.of(2022, 2023, 2024), national.getDataYears());
		assertEquals(Integer.valueOf(2025), edition.getPlanBaselineYear());
		assertEquals(List.of(2026, 2027, 2028), edition.getStageYears());
		assertEquals(0, new BigDecimal("650").compareTo(edition.getCriteria().getMinOutput()));
		assertTrue(edition.hasField(Literals.INNOVATION_SECTION__IP_GRANTS), "the edition's one more yearly row");
		assertFalse(national.hasField(Literals.INNOVATION_SECTION__IP_GRANTS));
		assertEquals(IP_GRANTS, edition.labelFor(Literals.INNOVATION_SECTION__IP_GRANTS));
	}

	@Test
	void validationUsesTheEditionsYearsThresholdsAndRow(@TempDir Path folder) throws IOException {
		Application a = (Application) ClusterFiles.load(sample(folder));
		ValidationReport report = ClusterValidation.validate(a);
		assertTrue(report.errors().isEmpty(), "the sample of the edition has no error: " + describe(report.errors()));

		// the recognition threshold is the edition's 650 亿元 (the national one is 40: 628.10 亿元 would pass it)
		List<RuleFinding> p09 = report.findings("P09").stream().filter(f -> f.message().contains("集群总产值")).toList();
		assertEquals(3, p09.size(), "one warning per data year below 650: " + describe(p09));
		for (RuleFinding f : p09) {
			assertTrue(f.message().contains("650"), f.message());
			assertFalse(f.isError());
		}
		for (YearDecimal v : a.getIndustry().getTotalOutput().getValues()) {
			v.setValue(new BigDecimal("651.00"));
		}
		assertTrue(ClusterValidation.validate(a).findings("P09").stream().noneMatch(f -> f.message().contains("集群总产值")),
				"at 651 亿元 every year meets the edition's threshold");

		// the new yearly row is required for the edition's years: without its 2025 value, G01 names the row and the year
		a.getInnovation().getIpGrants().getValues().remove(2);
		ValidationReport withoutOne = ClusterValidation.validate(a);
		List<RuleFinding> missing = on(withoutOne, IP_GRANTS);
		assertEquals(1, missing.size(), describe(withoutOne.findings()));
		assertEquals("G01", missing.get(0).ruleId());
		assertTrue(missing.get(0).isError());
		assertTrue(missing.get(0).message().contains("2025年"), missing.get(0).message());

		// the same values under miit-2025: its years (2022–2024) are asked, its row list has no 知识产权授权量
		a.setEditionId("miit-2025");
		ValidationReport national = ClusterValidation.validate(a);
		assertTrue(on(national, IP_GRANTS).isEmpty(), "miit-2025 has no such row: " + describe(on(national, IP_GRANTS)));
		List<RuleFinding> years = national.findings("G11");
		assertFalse(years.isEmpty(), "the 2023–2025 tables are not miit-2025's years: " + describe(national.findings()));
		assertTrue(years.stream().allMatch(f -> f.isError() && f.message().contains("2022年、2023年、2024年")), describe(years));
	}

	@Test
	void theEditorShowsTheRowForTheEditionsYearsAndComputesWithThem() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("derived-edition");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(ID + ".cluster");
		try (InputStream in = entry("editions/" + ID + ".cluster").openStream()) {
			if (file.exists()) {
				file.setContents(in, IResource.FORCE, null);
			} else {
				file.create(in, IResource.FORCE, null);
			}
		}
		IEditorPart part = IDE.openEditor(EditorTesting.page(), file, ClusterEditor.ID, true);
		assertTrue(part instanceof ClusterEditor);
		ClusterEditor editor = (ClusterEditor) part;
		try {
			EditorTesting.flush();
			EditorTesting.waitForValidation(editor);
			Application a = (Application) editor.getDocument();

			// the new row, one cell per year of the edition, with the sample's values
			ClusterFormPage innovation = EditorTesting.show(editor, "section-3");
			assertEquals("1862", EditorTesting.field(innovation, IP_GRANTS + "（2023年）").getText().getText());
			assertEquals("2135", EditorTesting.field(innovation, IP_GRANTS + "（2024年）").getText().getText());
			TextField grants2025 = EditorTesting.field(innovation, IP_GRANTS + "（2025年）");
			assertEquals("2468", grants2025.getText().getText());
			assertTrue(EditorTesting.find(innovation.getPartControl(), c -> c.getData(
					org.clusterdesk.internal.editor.forms.FormWidgets.BINDING_KEY) instanceof TextField f
					&& f.label().endsWith("（2022年）")).isEmpty(), "no cell for a year the edition does not ask");

			// typing into it changes the document (undoable, dirty); emptying it is the G01 error on that cell
			EditorTesting.type(grants2025, "2600");
			assertEquals(Integer.valueOf(2600), a.getInnovation().getIpGrants().valueOf(2025));
			assertTrue(editor.isDirty());
			EditorTesting.type(grants2025, "");
			EditorTesting.waitForValidation(editor);
			List<TextField> cells = List.of(EditorTesting.field(innovation, IP_GRANTS + "（2023年）"),
					EditorTesting.field(innovation, IP_GRANTS + "（2024年）"), grants2025);
			assertTrue(cells.stream().anyMatch(c -> c.decoration().isShowing() && c.decoration().description().contains("G01")
					&& c.decoration().description().contains("2025年")), "the new row is decorated with G01 naming 2025年: "
							+ editor.getFormContext().findings().stream().map(RuleFinding::message).toList());

			// what is computed follows the edition's years: the growth of 2025 from the 2024 value
			ClusterFormPage industry = EditorTesting.show(editor, "section-2");
			TextField output2025 = EditorTesting.field(industry, OUTPUT + "（2025年）");
			assertEquals("628.10", output2025.getText().getText());
			assertEquals("10.82", derived(industry, "集群总产值增速（%）（2025年）").getLabel().getText());
			EditorTesting.type(output2025, "700");
			assertEquals("23.50", derived(industry, "集群总产值增速（%）（2025年）").getLabel().getText());
		} finally {
			EditorTesting.close(editor);
		}
	}

	private static DerivedLabel derived(ClusterFormPage page, String label) {
		for (Binding binding : page.bindings()) {
			if (binding instanceof DerivedLabel d && d.value() != null && label.equals(d.value().label())) {
				return d;
			}
		}
		throw new AssertionError("no computed value " + label + " on " + page.getTitle());
	}

	@Test
	void theWordExportPrintsTheRowWithTheEditionsYears(@TempDir Path folder) throws Exception {
		Application a = (Application) ClusterFiles.load(sample(folder));
		Path out = folder.resolve(ID + ".docx");
		DocxExporter.export(a, out, ExportMode.DRAFT, new NullProgressMonitor());
		try (InputStream in = Files.newInputStream(out); XWPFDocument docx = new XWPFDocument(in)) {
			XWPFTable table = null;
			List<String> row = null;
			for (XWPFTable t : docx.getTables()) {
				for (XWPFTableRow r : t.getRows()) {
					List<String> texts = texts(r);
					if (!texts.isEmpty() && texts.get(0).startsWith(IP_GRANTS)) {
						table = t;
						row = texts;
					}
				}
			}
			assertNotNull(row, "the Word export prints the row " + IP_GRANTS);
			assertEquals(List.of("1862", "2135", "2468"), row.subList(1, 4), "its values, year by year: " + row);
			List<String> header = texts(table.getRow(0));
			assertEquals(List.of("2023年", "2024年", "2025年"), header.subList(1, 4), "the edition's years head the table: " + header);
			String all = docx.getTables().stream().flatMap(t -> t.getRows().stream()).map(r -> String.join("|", texts(r)))
					.collect(Collectors.joining("\n"));
			assertFalse(all.contains("|2022年|"), "no column of a year the edition does not ask");
		}
	}

	private static List<String> texts(XWPFTableRow row) {
		List<String> texts = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			texts.add(cell.getText().strip());
		}
		return texts;
	}
}
