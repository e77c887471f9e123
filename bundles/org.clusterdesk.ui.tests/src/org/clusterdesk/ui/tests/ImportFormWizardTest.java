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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clusterdesk.export.DocxExporter;
import org.clusterdesk.export.ExportMode;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultDialog;
import org.clusterdesk.internal.ui.jobs.ImportFormJob;
import org.clusterdesk.internal.ui.wizards.ImportFormWizard;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * File ▸ Import ▸ 读取已填写的Word申报表 on real exports of the samples: the wizard's fields, the job's new file opened in
 * the ClusterDesk editor, the report of places not read, and a Word file that is no form refused with nothing written.
 */
class ImportFormWizardTest {

	/** A typed figure in words where the form asks for a number: the reader must report it, not guess. */
	private static final String NOT_A_NUMBER = "约三十"; //$NON-NLS-1$

	private static IProject project;

	private WizardDialog dialog;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("import-form");
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

	/** The sample exported as a draft Word form into the project, through the export bundle's API. */
	private static IFile exported(String sample, String name) throws Exception {
		ClusterDocument document = ClusterFiles.load(UiTesting.sample(sample));
		IFile docx = project.getFile(name);
		DocxExporter.export(document, location(docx), ExportMode.DRAFT, null);
		docx.refreshLocal(IResource.DEPTH_ZERO, null);
		return docx;
	}

	/**
	 * Types a figure in words into the first cell of a table that holds a decimal number, as a person filling the form
	 * might.
	 *
	 * @return the text that was replaced
	 */
	private static String typeWordsForANumber(IFile docx) throws Exception {
		Pattern decimal = Pattern.compile("\\d+\\.\\d+"); //$NON-NLS-1$
		String replaced = null;
		try (InputStream in = Files.newInputStream(location(docx)); XWPFDocument word = new XWPFDocument(in)) {
			search: for (XWPFTable table : word.getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						String text = cell.getText().strip();
						if (decimal.matcher(text).matches()) {
							replaced = text;
							XWPFParagraph paragraph = cell.getParagraphs().get(0);
							for (int i = paragraph.getRuns().size() - 1; i > 0; i--) {
								paragraph.removeRun(i);
							}
							paragraph.getRuns().get(0).setText(NOT_A_NUMBER, 0);
							break search;
						}
					}
				}
			}
			assertNotNull(replaced, "the export has a decimal figure in a table");
			try (OutputStream out = Files.newOutputStream(location(docx))) {
				word.write(out);
			}
		}
		return replaced;
	}

	private ImportFormWizard openWizard(IFile selected) {
		ImportFormWizard wizard = new ImportFormWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
		dialog = new WizardDialog(UiTesting.shell(), wizard);
		dialog.setHelpAvailable(false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		return wizard;
	}

	@Test
	void theWizardReadsAnEditedFormOpensItAndListsWhatItCouldNotRead() throws Exception {
		IFile docx = exported("miit-2025.cluster", "miit-2025-filled.docx");
		typeWordsForANumber(docx);
		Path target = location(project.getFile("miit-2025-filled.cluster"));

		ImportFormWizard wizard = openWizard(docx);
		var page = wizard.getPage();
		assertEquals(location(docx), page.getFormPath(), "the selected Word file is the form");
		assertEquals(target, page.getTargetPath(), "the new file is beside the form, with its name");
		assertNull(page.getEditionId(), "the edition is recognised unless chosen");
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		screenshot(dialog.getShell(), "import-form-1-page");

		wizard.setShowResult(true);
		assertTrue(wizard.performFinish());
		dialog.close();
		ImportFormJob job = wizard.getJob();
		UiTesting.waitForJob(job, 180_000);
		processEvents();

		assertEquals(IStatus.WARNING, job.getResultReport().severity(), job.getResultReport().text());
		assertTrue(Files.isRegularFile(target), "the new .cluster file is written");
		ClusterDocument read = ClusterFiles.load(target);
		assertEquals("miit-2025", read.getEditionId());
		assertEquals(ClusterFiles.load(UiTesting.sample("miit-2025.cluster")).getName(), read.getName(), "the cluster's name is read");

		IEditorPart editor = job.getEditor();
		assertNotNull(editor, "the new document is opened");
		assertEquals(ClusterDeskUi.EDITOR_ID, editor.getSite().getId());
		assertEquals(editor, ClusterTarget.of(target, UiTesting.page()).editor(), "the editor shows the new file");
		assertFalse(editor.isDirty());

		List<UnreadPlace> unread = job.getReadResult().unread();
		UnreadPlace typed = unread.stream().filter(p -> NOT_A_NUMBER.equals(p.found())).findFirst().orElse(null);
		assertNotNull(typed, "the figure in words is reported: " + unread);
		assertFalse(typed.section().isBlank());
		assertFalse(typed.row().isBlank());
		assertFalse(typed.reason().isBlank());
		ResultDialog result = UiTesting.waitForDialog(job.getResultReport().title());
		String shown = result.getDetailsText().getText();
		assertTrue(shown.contains(typed.toString()), "the place is listed with section, row, text and reason: " + shown);
		assertTrue(shown.contains("未能读取的 " + unread.size() + " 处"), shown);
		assertFalse(shown.contains("全部读取"), shown);
		screenshot(result.getShell(), "import-form-2-result");
		result.close();
	}

	@Test
	void fileImportListsTheWizardBesideTheLibraryImport() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("org.clusterdesk.ui.wizards.importForm");
		assertNotNull(descriptor, "File > Import has the wizard");
		assertEquals("读取已填写的Word申报表", descriptor.getLabel());
		IWizardDescriptor libraries = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("org.clusterdesk.ui.wizards.importLibraries");
		assertEquals(libraries.getCategory().getId(), descriptor.getCategory().getId(), "in the ClusterDesk category");
		assertTrue(descriptor.createWizard() instanceof ImportFormWizard);
	}

	@Test
	void anUneditedExportIsReadWithEveryUnreadPlaceListed() throws Exception {
		IFile docx = exported("shaanxi-2026.cluster", "shaanxi-2026.docx");
		Path target = location(project.getFile("shaanxi-2026-read.cluster"));
		ImportFormJob job = new ImportFormJob(location(docx), "shaanxi-2026", target, false);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 180_000);
		processEvents();
		String details = job.getResultReport().details();
		assertTrue(Files.isRegularFile(target), job.getResultReport().text());
		assertNotNull(job.getEditor(), "the new document is opened");
		List<UnreadPlace> unread = job.getReadResult().unread();
		if (unread.isEmpty()) {
			assertEquals(IStatus.INFO, job.getResultReport().severity());
			assertTrue(details.contains("全部读取"), details);
		} else {
			assertEquals(IStatus.WARNING, job.getResultReport().severity());
			for (UnreadPlace place : unread) {
				assertTrue(details.contains(place.toString()), place + " in " + details);
			}
		}
	}

	@Test
	void aWordFileThatIsNoFormIsRefusedAndNothingIsWritten() throws Exception {
		Path notAForm = location(project.getFile("会议纪要.docx"));
		try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(notAForm)) {
			word.createParagraph().createRun().setText("关于产业集群培育工作的会议纪要");
			word.createParagraph().createRun().setText("一、会议时间：2025年5月20日");
			word.write(out);
		}
		Path target = notAForm.resolveSibling("会议纪要.cluster");
		ImportFormJob job = new ImportFormJob(notAForm, null, target, false);
		job.schedule();
		UiTesting.waitForJob(job, 60_000);
		assertTrue(job.getResultReport().isError(), job.getResultReport().text());
		assertTrue(job.getResultReport().summary().contains("不是可读取的申报表"), job.getResultReport().summary());
		assertTrue(job.getResultReport().details().contains("会议纪要.docx"), "the reader's reason names the file: " + job.getResultReport().details());
		ResultDialog result = UiTesting.waitForDialog(job.getResultReport().title());
		screenshot(result.getShell(), "import-form-3-not-a-form");
		result.close();
		assertFalse(Files.exists(target), "nothing is written");
		assertNull(job.getEditor());
		try (Stream<Path> files = Files.list(notAForm.getParent())) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("会议纪要.cluster")), "no temporary file either");
		}
	}

	@Test
	void anExistingFileIsReplacedOnlyWhenConfirmed() throws Exception {
		IFile docx = exported("beijing-2024.cluster", "beijing-2024.docx");
		IFile existing = UiTesting.copySample(project, "miit-2025.cluster", "beijing-2024.cluster");
		byte[] before = Files.readAllBytes(location(existing));

		ImportFormWizard wizard = openWizard(docx);
		var page = wizard.getPage();
		assertEquals(location(existing), page.getTargetPath());
		assertFalse(page.isPageComplete(), "an existing file needs the replace tick");
		String[] items = page.getEditionCombo().getItems();
		int beijing = -1;
		for (int i = 1; i < items.length; i++) {
			page.getEditionCombo().select(i);
			if ("beijing-2024".equals(page.getEditionId())) {
				beijing = i;
			}
		}
		assertTrue(beijing > 0, "every installed edition can be chosen: " + List.of(items));
		page.getEditionCombo().select(beijing);
		page.getEditionCombo().notifyListeners(SWT.Selection, new Event());
		assertTrue(page.getErrorMessage().contains("替换已有的同名文件"), page.getErrorMessage());
		screenshot(dialog.getShell(), "import-form-1-page-exists");
		assertFalse(wizard.performFinish());
		assertNull(wizard.getJob());

		// a job asked not to replace refuses too, whatever the page said
		ImportFormJob refused = new ImportFormJob(location(docx), null, location(existing), false);
		refused.setShowResult(false);
		refused.schedule();
		UiTesting.waitForJob(refused, 60_000);
		assertTrue(refused.getResultReport().isError());
		assertArrayEquals(before, Files.readAllBytes(location(existing)));

		page.getReplaceButton().setSelection(true);
		page.getReplaceButton().notifyListeners(SWT.Selection, new Event());
		assertTrue(page.isPageComplete(), String.valueOf(page.getErrorMessage()));
		assertTrue(page.getMessage().contains(".bak"), page.getMessage());
		wizard.setShowResult(false);
		assertTrue(wizard.performFinish());
		dialog.close();
		UiTesting.waitForJob(wizard.getJob(), 180_000);
		processEvents();
		assertFalse(wizard.getJob().getResultReport().isError(), wizard.getJob().getResultReport().text());
		assertEquals("beijing-2024", ClusterFiles.load(location(existing)).getEditionId(), "the file now holds the form read");
		assertArrayEquals(before, Files.readAllBytes(location(existing).resolveSibling("beijing-2024.cluster.bak")),
				"the previous version is kept");
	}

	@Test
	void aFileOpenInTheEditorIsNotReplaced() throws Exception {
		IFile docx = exported("miit-2025.cluster", "open.docx");
		IFile existing = UiTesting.copySample(project, "beijing-2024.cluster", "open.cluster");
		byte[] before = Files.readAllBytes(location(existing));
		IEditorPart editor = IDE.openEditor(UiTesting.page(), existing, ClusterDeskUi.EDITOR_ID, true);
		processEvents();

		ImportFormWizard wizard = openWizard(docx);
		var page = wizard.getPage();
		page.getReplaceButton().setSelection(true);
		page.getReplaceButton().notifyListeners(SWT.Selection, new Event());
		assertFalse(page.isPageComplete());
		assertTrue(page.getErrorMessage().contains("已在编辑器中打开"), page.getErrorMessage());
		dialog.close();

		ImportFormJob job = new ImportFormJob(location(docx), null, location(existing), true);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 60_000);
		assertTrue(job.getResultReport().isError(), job.getResultReport().text());
		assertTrue(job.getResultReport().summary().contains("已在编辑器中打开"), job.getResultReport().summary());
		assertArrayEquals(before, Files.readAllBytes(location(existing)), "the file under the editor is untouched");
		assertFalse(Files.exists(location(existing).resolveSibling("open.cluster.bak")));
		assertFalse(editor.isDirty());
	}

	@Test
	void aCancelWhileReadingWritesNothing() throws Exception {
		IFile docx = exported("jiangsu-2024.cluster", "jiangsu-2024.docx");
		Path target = location(project.getFile("jiangsu-2024-cancel.cluster"));
		CancellableFormJob job = new CancellableFormJob(location(docx), target);
		IStatus status = job.runNow(new NullProgressMonitor() {
			private int checks = 3;

			@Override
			public boolean isCanceled() {
				return --checks < 0;
			}
		});
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertTrue(job.isCancelled());
		assertFalse(Files.exists(target), "nothing is written");
	}

	/** The job run on the test thread with a monitor that cancels part-way through the reading. */
	private static final class CancellableFormJob extends ImportFormJob {

		CancellableFormJob(Path form, Path target) {
			super(form, null, target, false);
			setShowResult(false);
		}

		IStatus runNow(org.eclipse.core.runtime.IProgressMonitor monitor) {
			return run(monitor);
		}
	}
}
