/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import static org.clusterdesk.ui.tests.UiTesting.processEvents;
import static org.clusterdesk.ui.tests.UiTesting.screenshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clusterdesk.internal.ui.ClusterEditors;
import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultDialog;
import org.clusterdesk.internal.ui.jobs.ExportFormat;
import org.clusterdesk.internal.ui.jobs.ExportJob;
import org.clusterdesk.internal.ui.jobs.ImportLibrariesJob;
import org.clusterdesk.internal.ui.wizards.ExportWizard;
import org.clusterdesk.internal.ui.wizards.ImportLibrariesWizard;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.forms.DocumentFactory;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export and import jobs and wizards on the samples: files read back, documents changed and undoable. */
class ExportImportJobTest {

	private static IProject project;

	private WizardDialog dialog;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("export-import");
	}

	@AfterAll
	static void deleteProject() {
		UiTesting.delete(project);
	}

	@AfterEach
	void cleanUp() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		UiTesting.cleanUp();
	}

	private static Path location(IFile file) {
		return file.getLocation().toPath();
	}

	private static ExportJob export(IFile source, ExportFormat format, String output) {
		ExportJob job = new ExportJob(ClusterTarget.of(source, UiTesting.page()), null, format, location(project.getFile(output)));
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		return job;
	}

	@Test
	void aDraftDocxOfTheNationalSample() throws Exception {
		IFile source = UiTesting.copySample(project, "miit-2025.cluster", "miit-2025.cluster");
		ExportJob job = export(source, ExportFormat.DOCX_DRAFT, "miit-2025（草稿）.docx");
		assertEquals(IStatus.INFO, job.getResultReport().severity(), job.getResultReport().text());
		IFile docx = project.getFile("miit-2025（草稿）.docx");
		assertTrue(docx.exists(), "the workspace shows the exported file");
		ClusterDocument document = ClusterFiles.load(location(source));
		try (InputStream in = Files.newInputStream(location(docx)); XWPFDocument word = new XWPFDocument(in)) {
			String header = word.getHeaderList().stream().map(XWPFHeader::getText).collect(Collectors.joining());
			assertTrue(header.contains("草稿"), header);
			String text = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertTrue(text.contains(document.getName()), "the cluster name is in the document");
			assertFalse(word.getTables().isEmpty(), "the form's tables");
		}
		assertTrue(job.getResultReport().summary().contains("miit-2025（草稿）.docx"));
	}

	@Test
	void anXlsxOfTheCompetitionSampleHasItsFourLibraries() throws Exception {
		IFile source = UiTesting.copySample(project, "competition-2026.cluster", "competition-2026.cluster");
		ExportJob job = export(source, ExportFormat.XLSX, "competition-2026.xlsx");
		assertEquals(IStatus.INFO, job.getResultReport().severity(), job.getResultReport().text());
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(location(source));
		try (InputStream in = Files.newInputStream(location(project.getFile("competition-2026.xlsx"))); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet existing = workbook.getSheet("现有企业库");
			assertNotNull(existing, "sheets: " + sheetNames(workbook));
			assertNotNull(workbook.getSheet("拟建项目库"));
			assertTrue(existing.getLastRowNum() >= report.getLibraries().getExisting().size(), "a row per enterprise");
			String firstName = report.getLibraries().getExisting().get(0).getName();
			boolean found = false;
			for (var row : existing) {
				for (var cell : row) {
					found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && firstName.equals(cell.getStringCellValue());
				}
			}
			assertTrue(found, firstName + " in the existing-enterprise sheet");
		}
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(s -> names.add(s.getSheetName()));
		return names;
	}

	@Test
	void anOpenEditorIsExportedWithItsUnsavedChanges() throws Exception {
		IFile source = UiTesting.copySample(project, "beijing-2024.cluster", "unsaved.cluster");
		byte[] saved = Files.readAllBytes(location(source));
		DomainTestEditor editor = (DomainTestEditor) IDE.openEditor(UiTesting.page(), source, DomainTestEditor.ID, true);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, editor.document(),
				ClusterDeskPackage.Literals.CLUSTER_DOCUMENT__NAME, "北京市昌平区未保存的名称产业"));
		processEvents();
		assertTrue(editor.isDirty());

		ClusterTarget target = ClusterTarget.of(source, UiTesting.page());
		assertTrue(target.isDirty());
		ExportJob job = new ExportJob(target, target.editorSnapshot(), ExportFormat.DOCX_DRAFT, location(project.getFile("unsaved.docx")));
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		assertTrue(job.getResultReport().details().contains("尚未保存"), job.getResultReport().details());
		try (InputStream in = Files.newInputStream(location(project.getFile("unsaved.docx"))); XWPFDocument word = new XWPFDocument(in)) {
			String text = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertTrue(text.contains("北京市昌平区未保存的名称产业"), "what the editor shows is exported");
		}
		assertArrayEquals(saved, Files.readAllBytes(location(source)), "the file itself is not saved by an export");
	}

	@Test
	void aFinalExportWithErrorsIsRefusedAndShowsThem() throws Exception {
		IFile source = newDocument("empty-for-final.cluster", "miit-2025");
		Path output = location(project.getFile("empty-for-final.docx"));
		ExportJob job = export(source, ExportFormat.DOCX_FINAL, "empty-for-final.docx");
		assertEquals(IStatus.ERROR, job.getResultReport().severity());
		assertTrue(job.getResultReport().summary().startsWith("终稿未导出"), job.getResultReport().summary());
		assertTrue(job.getResultReport().details().contains("[G01]"), job.getResultReport().details());
		assertTrue(job.getResultReport().details().contains("[G14]"), "the final-export rule: " + job.getResultReport().details());
		assertFalse(Files.exists(output), "nothing is written");
	}

	@Test
	void aCancelledExportLeavesTheOldFileAsItWas() throws Exception {
		IFile source = UiTesting.copySample(project, "competition-2026.cluster", "cancel-source.cluster");
		Path output = location(project.getFile("cancel.xlsx"));
		byte[] old = "the previous export".getBytes();
		Files.write(output, old);
		CancellableExport job = new CancellableExport(ClusterTarget.of(source, UiTesting.page()), output);
		IStatus status = job.runWith(new CancelAfter(3));
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertTrue(job.isCancelled());
		assertArrayEquals(old, Files.readAllBytes(output));
		try (Stream<Path> files = Files.list(output.getParent())) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
	}

	@Test
	void importIntoAClosedFileSavesItWithABackup() throws Exception {
		Path workbook = exportedLibraries();
		IFile target = competitionWithoutLibraries("closed-target.cluster");
		ImportLibrariesJob job = new ImportLibrariesJob(workbook, location(target), false);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		assertFalse(job.isAppliedInEditor());
		assertTrue(job.getResultReport().severity() <= IStatus.WARNING, job.getResultReport().text());
		CompetitionReport sample = (CompetitionReport) ClusterFiles.load(UiTesting.sample("competition-2026.cluster"));
		CompetitionReport imported = (CompetitionReport) ClusterFiles.load(location(target));
		assertSameLibraries(sample.getLibraries(), imported.getLibraries());
		assertTrue(Files.exists(location(target).resolveSibling("closed-target.cluster.bak")), "the previous version is kept");
		assertTrue(job.getResultReport().details().contains("现有企业库"), job.getResultReport().details());
	}

	@Test
	void importIntoAnOpenEditorIsOneUndoableChange() throws Exception {
		Path workbook = exportedLibraries();
		IFile target = competitionWithoutLibraries("open-target.cluster");
		byte[] before = Files.readAllBytes(location(target));
		IEditorPart editor = IDE.openEditor(UiTesting.page(), target, DomainTestEditor.ID, true);
		processEvents();
		assertFalse(editor.isDirty());
		EditingDomain domain = ((DomainTestEditor) editor).getEditingDomain();

		ImportLibrariesJob job = new ImportLibrariesJob(workbook, location(target), false);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		processEvents();

		assertTrue(job.isAppliedInEditor(), job.getResultReport().text());
		assertTrue(editor.isDirty(), "the editor has the change, not yet saved");
		assertArrayEquals(before, Files.readAllBytes(location(target)), "the file is only written when the user saves");
		CompetitionReport sample = (CompetitionReport) ClusterFiles.load(UiTesting.sample("competition-2026.cluster"));
		CompetitionReport edited = (CompetitionReport) ((DomainTestEditor) editor).document();
		assertSameLibraries(sample.getLibraries(), edited.getLibraries());
		assertEquals("导入四库", domain.getCommandStack().getUndoCommand().getLabel());

		domain.getCommandStack().undo();
		processEvents();
		assertTrue(edited.getLibraries().getExisting().isEmpty(), "one undo takes the whole import back");
		assertTrue(edited.getLibraries().getPlanned().isEmpty());
		assertFalse(editor.isDirty());
	}

	@Test
	void importIntoTheClusterDeskEditorWhenItIsInstalled() throws Exception {
		Assumptions.assumeTrue(ClusterEditors.isEditorInstalled(), "the ClusterDesk editor is not in this build");
		Path workbook = exportedLibraries();
		IFile target = competitionWithoutLibraries("editor-target.cluster");
		IEditorPart editor = IDE.openEditor(UiTesting.page(), target, ClusterDeskUi.EDITOR_ID, true);
		processEvents();
		ImportLibrariesJob job = new ImportLibrariesJob(workbook, location(target), false);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		processEvents();
		assertTrue(job.isAppliedInEditor(), job.getResultReport().text());
		assertTrue(editor.isDirty());
		EditingDomain domain = ClusterTarget.editingDomain(editor);
		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		processEvents();
		CompetitionReport edited = (CompetitionReport) ClusterTarget.document(domain, location(target));
		assertTrue(edited.getLibraries().getExisting().isEmpty());
	}

	@Test
	void aCancelledImportLeavesTheFileAsItWas() throws Exception {
		Path workbook = exportedLibraries();
		IFile target = competitionWithoutLibraries("cancel-target.cluster");
		byte[] before = Files.readAllBytes(location(target));
		CancellableImport job = new CancellableImport(workbook, location(target));
		IStatus status = job.runWith(new CancelAfter(2));
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertArrayEquals(before, Files.readAllBytes(location(target)));
		assertFalse(Files.exists(location(target).resolveSibling("cancel-target.cluster.bak")));
	}

	/** The export wizard on a file, as File ▸ Export opens it with the file selected; not blocking. */
	private ExportWizard openExportWizard(IFile source) {
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(source));
		dialog = new WizardDialog(UiTesting.shell(), wizard);
		dialog.setHelpAvailable(false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return wizard;
	}

	@Test
	void theWizardsTrendChartOptionAppendsTheChartsToTheWordExportOnly() throws Exception {
		IFile source = UiTesting.copySample(project, "miit-2025.cluster", "charts.cluster");
		ExportWizard wizard = openExportWizard(source);
		var page = wizard.getPage();
		assertTrue(page.getTrendChartsButton().isEnabled());
		assertFalse(page.getTrendChartsButton().getSelection(), "off unless asked");
		page.setFormat(ExportFormat.XLSX);
		assertFalse(page.getTrendChartsButton().isEnabled(), "an Excel export has no appendix");
		page.setFormat(ExportFormat.DOCX_DRAFT);
		page.getTrendChartsButton().setSelection(true);
		page.getTrendChartsButton().notifyListeners(SWT.Selection, new Event());
		assertTrue(page.isTrendCharts());
		screenshot(dialog.getShell(), "export-1-page-charts");
		Path docx = page.getOutputPath();
		assertTrue(wizard.performFinish());
		dialog.close();
		UiTesting.waitForJob(wizard.getJob(), 120_000);
		assertTrue(wizard.getJob().isTrendCharts());
		ResultDialog result = UiTesting.waitForDialog(wizard.getJob().getResultReport().title());
		assertTrue(result.getDetailsText().getText().contains("附件：主要指标趋势图"), result.getDetailsText().getText());
		result.close();
		try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
			String text = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertTrue(text.contains("附件：主要指标趋势图"), text);
			assertTrue(word.getAllPictures().size() >= 8, "one picture per chart: " + word.getAllPictures().size());
		}
	}

	@Test
	void theExportWizardRunsTheJobAndShowsTheResult() throws Exception {
		IFile source = UiTesting.copySample(project, "shaanxi-2026.cluster", "shaanxi-2026.cluster");
		ExportWizard wizard = openExportWizard(source);
		var page = wizard.getPage();
		assertEquals(location(source).toString(), page.getSourceField().getText().getText());
		assertEquals(location(project.getFile("shaanxi-2026（草稿）.docx")), page.getOutputPath());
		screenshot(dialog.getShell(), "export-1-page");
		page.setFormat(ExportFormat.XLSX);
		assertEquals(location(project.getFile("shaanxi-2026.xlsx")), page.getOutputPath(), "the output follows the format");
		Files.writeString(page.getOutputPath(), "old");
		page.setFormat(ExportFormat.XLSX);
		processEvents();
		assertFalse(page.isPageComplete(), "an existing file needs the overwrite tick");
		assertTrue(page.getErrorMessage().contains("覆盖已有文件"), page.getErrorMessage());
		screenshot(dialog.getShell(), "export-1-page-exists");
		page.getOverwriteButton().setSelection(true);
		page.getOverwriteButton().notifyListeners(SWT.Selection, new Event());
		assertTrue(page.isPageComplete());
		Path xlsx = page.getOutputPath();
		assertTrue(wizard.performFinish());
		dialog.close();
		UiTesting.waitForJob(wizard.getJob(), 120_000);
		ResultDialog result = UiTesting.waitForDialog(wizard.getJob().getResultReport().title());
		assertTrue(result.getDetailsText().getText().contains("shaanxi-2026.xlsx"));
		screenshot(result.getShell(), "export-2-result");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertTrue(workbook.getNumberOfSheets() > 0);
		}
	}

	@Test
	void theImportWizardChecksItsTarget() throws Exception {
		Path workbook = exportedLibraries();
		IFile application = UiTesting.copySample(project, "miit-2025.cluster", "application.cluster");
		IFile target = competitionWithoutLibraries("wizard-target.cluster");
		ImportLibrariesWizard wizard = new ImportLibrariesWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(application));
		dialog = new WizardDialog(UiTesting.shell(), wizard);
		dialog.setHelpAvailable(false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		var page = wizard.getPage();
		page.getWorkbookField().getText().setText(workbook.toString());
		processEvents();
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().contains("没有集群“四库”"), page.getErrorMessage());
		screenshot(dialog.getShell(), "import-1-page-not-competition");
		page.getTargetField().getText().setText(location(target).toString());
		processEvents();
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		assertTrue(page.getMessage().contains(".bak"), page.getMessage());
		screenshot(dialog.getShell(), "import-1-page");
		wizard.setShowResult(true);
		assertTrue(wizard.performFinish());
		dialog.close();
		UiTesting.waitForJob(wizard.getJob(), 120_000);
		ResultDialog result = UiTesting.waitForDialog(wizard.getJob().getResultReport().title());
		screenshot(result.getShell(), "import-2-result");
		assertFalse(((CompetitionReport) ClusterFiles.load(location(target))).getLibraries().getExisting().isEmpty());
	}

	/** The competition sample's libraries exported to a workbook in the project. */
	private static Path exportedLibraries() throws Exception {
		IFile workbook = project.getFile("libraries.xlsx");
		if (!workbook.exists()) {
			IFile source = UiTesting.copySample(project, "competition-2026.cluster", "libraries-source.cluster");
			ExportJob job = export(source, ExportFormat.XLSX, "libraries.xlsx");
			assertEquals(IStatus.INFO, job.getResultReport().severity(), job.getResultReport().text());
		}
		return location(workbook);
	}

	/** The exported libraries with the rows of 现有企业库 removed: a table with its header and no rows. */
	private static Path headerOnlyExisting() throws Exception {
		Path copy = exportedLibraries().resolveSibling("header-only.xlsx");
		try (java.io.InputStream in = Files.newInputStream(exportedLibraries());
				org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("现有企业库");
			int header = -1;
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					if (header < 0 && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& cell.getStringCellValue().contains("企业名称")) {
						header = row.getRowNum();
					}
				}
			}
			assertTrue(header >= 0, "the exported sheet has its header");
			for (int r = sheet.getLastRowNum(); r > header + 1; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			try (java.io.OutputStream out = Files.newOutputStream(copy)) {
				workbook.write(out);
			}
		}
		return copy;
	}

	@Test
	void aHeaderOnlyTableDoesNotEmptyALibraryUnlessTheWizardAllowsIt() throws Exception {
		Path workbook = headerOnlyExisting();
		IFile target = UiTesting.copySample(project, "competition-2026.cluster", "keep-libraries.cluster");
		byte[] before = Files.readAllBytes(location(target));
		ImportLibrariesJob refused = new ImportLibrariesJob(workbook, location(target), false, false);
		refused.setShowResult(false);
		refused.schedule();
		UiTesting.waitForJob(refused, 120_000);
		assertEquals(IStatus.ERROR, refused.getResultReport().severity(), refused.getResultReport().text());
		assertTrue(refused.getResultReport().details().contains("允许清空已有数据的库")
				&& refused.getResultReport().details().contains("现有企业库"), refused.getResultReport().details());
		assertArrayEquals(before, Files.readAllBytes(location(target)), "the library is not emptied");

		ImportLibrariesJob allowed = new ImportLibrariesJob(workbook, location(target), false, true);
		allowed.setShowResult(false);
		allowed.schedule();
		UiTesting.waitForJob(allowed, 120_000);
		assertTrue(allowed.getResultReport().severity() <= IStatus.WARNING, allowed.getResultReport().text());
		assertTrue(((CompetitionReport) ClusterFiles.load(location(target))).getLibraries().getExisting().isEmpty());
	}

	/** The competition sample with its four libraries emptied. */
	private static IFile competitionWithoutLibraries(String name) throws Exception {
		CompetitionReport report = (CompetitionReport) ClusterFiles.load(UiTesting.sample("competition-2026.cluster"));
		ClusterLibraries libraries = report.getLibraries();
		libraries.getExisting().clear();
		libraries.getProspective().clear();
		libraries.getUnderConstruction().clear();
		libraries.getPlanned().clear();
		IFile file = project.getFile(name);
		ClusterFiles.save(report.eResource(), location(file));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	private static IFile newDocument(String name, String editionId) throws Exception {
		IFile file = project.getFile(name);
		ClusterDocument document = DocumentFactory.create(EditionRegistry.getDefault().getEdition(editionId), "浙江省宁波市慈溪市智能家电产业");
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(location(file).toString()));
		resource.getContents().add(document);
		ClusterFiles.save(resource, location(file));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	private static void assertSameLibraries(ClusterLibraries expected, ClusterLibraries actual) {
		assertEquals(expected.getExisting().size(), actual.getExisting().size());
		assertEquals(expected.getProspective().size(), actual.getProspective().size());
		assertEquals(expected.getUnderConstruction().size(), actual.getUnderConstruction().size());
		assertEquals(expected.getPlanned().size(), actual.getPlanned().size());
		for (int i = 0; i < expected.getExisting().size(); i++) {
			assertEquals(expected.getExisting().get(i).getName(), actual.getExisting().get(i).getName());
		}
	}

	/** A monitor the user cancels after the export or import has checked it a few times. */
	private static final class CancelAfter extends NullProgressMonitor {

		private int checks;

		CancelAfter(int checks) {
			this.checks = checks;
		}

		@Override
		public boolean isCanceled() {
			return --checks < 0;
		}
	}

	/** Runs the export job's work in this thread with a monitor of the test's. */
	private static final class CancellableExport extends ExportJob {

		CancellableExport(ClusterTarget source, Path output) {
			super(source, null, ExportFormat.XLSX, output);
			setShowResult(false);
		}

		IStatus runWith(IProgressMonitor monitor) {
			return run(monitor);
		}
	}

	private static final class CancellableImport extends ImportLibrariesJob {

		CancellableImport(Path workbook, Path target) {
			super(workbook, target, false);
			setShowResult(false);
		}

		IStatus runWith(IProgressMonitor monitor) {
			return run(monitor);
		}
	}
}
