/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.review.ui.tests;

import static org.clusterdesk.review.ui.tests.ReviewTesting.column;
import static org.clusterdesk.review.ui.tests.ReviewTesting.flush;
import static org.clusterdesk.review.ui.tests.ReviewTesting.row;
import static org.clusterdesk.review.ui.tests.ReviewTesting.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.ProblemTarget;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.review.BatchBenchmarkData;
import org.clusterdesk.internal.review.ui.ReviewJob;
import org.clusterdesk.internal.review.ui.ReviewView;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.rules.RuleFinding;
import org.clusterdesk.validation.ClusterValidation;
import org.clusterdesk.validation.ValidationReport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Review view in a real workbench, over real files: the six samples, their deliberately broken copies and a file
 * that cannot be read. What is asserted is what a reviewer sees: rows, cell texts, header order, colours, the
 * editor page and field that double-click leads to.
 */
class ReviewViewTest {

	private static final RGB FAIL = new RGB(0xFF, 0xC7, 0xCE);

	private static final RGB FAIL_TEXT = new RGB(0x9C, 0x00, 0x06);

	private static final RGB NOTE = new RGB(0xFF, 0xEB, 0x9C);

	private static final String OUTPUT_2024 = "集群总产值（亿元） 2024年";

	@TempDir
	Path temp;

	private Path folder;

	private ReviewView view;

	private IProject project;

	@BeforeEach
	void setUp() throws IOException, CoreException {
		ReviewTesting.page().closeAllEditors(false);
		// the samples, the broken copies (as broken-NAME) and one file that is not a cluster document at all
		folder = Files.createDirectories(temp.resolve("season"));
		try (Stream<Path> samples = Files.list(ReviewTesting.samples()); Stream<Path> broken = Files.list(ReviewTesting.samples().resolve("broken"))) {
			for (Path sample : samples.filter(p -> p.toString().endsWith(".cluster")).toList()) {
				Files.copy(sample, folder.resolve(sample.getFileName()));
			}
			for (Path sample : broken.filter(p -> p.toString().endsWith(".cluster")).toList()) {
				Files.copy(sample, folder.resolve("broken-" + sample.getFileName()));
			}
		}
		Files.writeString(folder.resolve("unreadable.cluster"), "<?xml version=\"1.0\"?><cd:Application name=\"cut off", StandardCharsets.UTF_8);
		view = ReviewTesting.showView();
	}

	@AfterEach
	void tearDown() throws CoreException {
		ReviewTesting.page().closeAllEditors(false);
		// the next test starts with a fresh view: no filter, no sort
		if (view != null) {
			ReviewTesting.page().hideView(view);
		}
		flush();
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
	}

	private Table table() {
		return view.table().viewer().getTable();
	}

	private void reviewFolder() {
		ReviewTesting.waitForReview(view, view.reviewFolder(folder));
	}

	@Test
	void copiedRowsPasteIntoASpreadsheetWithTheHeaderAndTheShownValues() {
		reviewFolder();
		Table table = table();
		int miit = texts(table, "文件").indexOf("miit-2025.cluster");
		int jiangsu = texts(table, "文件").indexOf("jiangsu-2024.cluster");
		table.setSelection(new int[] { miit, jiangsu });
		table.setFocus();
		flush();
		String text = view.copy();
		String[] lines = text.split("\n");
		assertEquals(3, lines.length, "the header and the two selected rows: " + text);
		List<String> header = List.of(lines[0].split("\t", -1));
		assertEquals(table.getColumnCount(), header.size(), "every column");
		assertTrue(header.contains("集群名称") && header.contains(OUTPUT_2024), header.toString());
		List<String> first = List.of(lines[Math.min(miit, jiangsu) == miit ? 1 : 2].split("\t", -1));
		assertEquals("浙江省宁波市慈溪市智能家电产业", first.get(header.indexOf("集群名称")));
		assertEquals("628.10", first.get(header.indexOf(OUTPUT_2024)), "as shown, two decimals");
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			assertEquals(text, clipboard.getContents(TextTransfer.getInstance()), "on the clipboard");
		} finally {
			clipboard.dispose();
		}

		// the same from the table's context menu, beside 打开
		org.eclipse.swt.widgets.Menu menu = table.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(t -> !t.isEmpty()).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.size() == 2 && items.get(0).startsWith("打开并转到第一个问题") && items.get(1).startsWith("复制"), items.toString());

		// nothing selected: every row shown, in the order shown (here filtered: the sample and its broken copy)
		table.deselectAll();
		view.filterText().setText("jiangsu");
		flush();
		table.setFocus();
		assertEquals(2, table.getItemCount());
		String[] shown = view.copy().split("\n");
		assertEquals(3, shown.length, "the header and the two rows shown");
		assertEquals(texts(table, "文件"), List.of(shown[1].split("\t", -1)[header.indexOf("文件")], shown[2].split("\t", -1)[header.indexOf("文件")]));
	}

	@Test
	void theReviewedFolderIsKeptForTheNextSessionAndReviewedAgain() throws Exception {
		reviewFolder();
		XMLMemento memento = XMLMemento.createWriteRoot("view");
		view.saveState(memento);
		assertEquals(folder.toAbsolutePath().normalize().toString(), memento.getString("folder"));

		// a new session: the workbench gives the view its memento, the view reviews the folder again on its own
		IWorkbenchPage page = ReviewTesting.page();
		page.hideView(view);
		flush();
		ReviewView restored = new ReviewView();
		restored.init(view.getViewSite(), memento);
		assertEquals(folder.toAbsolutePath().normalize(), restored.restoredFolder());

		XMLMemento openEditors = XMLMemento.createWriteRoot("view");
		view = (ReviewView) page.showView(ReviewView.ID);
		ReviewTesting.waitForReview(view, view.reviewOpenEditors());
		view.saveState(openEditors);
		assertNull(openEditors.getString("folder"), "open editors are not kept: they come back with the workbench");
	}

	@Test
	void withSubfoldersTheApplicationsKeptPerCityAreReviewedToo() throws Exception {
		Files.createDirectories(folder.resolve("西安"));
		Files.copy(folder.resolve("shaanxi-2026.cluster"), folder.resolve("西安/shaanxi-2026.cluster"));
		reviewFolder();
		int direct = table().getItemCount();
		assertFalse(texts(table(), "文件").contains("西安/shaanxi-2026.cluster"), "only the folder itself by default");

		IAction subfolders = view.subfoldersAction();
		assertFalse(subfolders.isChecked());
		subfolders.setChecked(true);
		subfolders.run();
		waitUntilReviewed();
		assertEquals(direct + 1, table().getItemCount());
		assertTrue(texts(table(), "文件").contains("西安/shaanxi-2026.cluster"), "shown by its path within the folder");
		assertTrue(view.getContentDescription().contains("含子文件夹"), view.getContentDescription());

		XMLMemento memento = XMLMemento.createWriteRoot("view");
		view.saveState(memento);
		assertEquals(Boolean.TRUE, memento.getBoolean("recursive"), "kept for the next session");
		// the workbench keeps the view's state when it is closed and opened again: leave it as the other tests expect
		subfolders.setChecked(false);
		view.saveState(XMLMemento.createWriteRoot("view"));
	}

	/** Waits for the review the view started last. */
	private void waitUntilReviewed() {
		ReviewTesting.waitUntil("the review", 120_000, () -> view.shownResult() != null && !view.isReviewing());
	}

	@Test
	void everyFileIsARowWithTheOverviewsValuesAndUnreadableOnesSayWhy() {
		reviewFolder();
		Table table = table();
		assertEquals(13, table.getItemCount(), "6 samples, 6 broken copies, 1 unreadable file");
		List<String> files = texts(table, "文件");
		assertEquals(files.stream().sorted().toList(), files, "in the folder's order, by name");
		List<String> headers = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
		assertEquals(List.of("序号", "集群名称", "文件", "版本", "表单类别", "所属地区", "是否符合申报条件", "错误数", "警告数", "必填项完整度（%）", "读取情况"),
				headers.subList(0, 11), "the Overview sheet's leading columns");
		assertTrue(headers.contains(OUTPUT_2024) && headers.contains("集群总产值（亿元） 2022年"), "an indicator over its years: " + headers);

		TableItem miit = row(table, "miit-2025.cluster");
		assertEquals("浙江省宁波市慈溪市智能家电产业", miit.getText(column(table, "集群名称")));
		assertEquals("miit-2025", miit.getText(column(table, "版本")));
		assertEquals("申报表", miit.getText(column(table, "表单类别")));
		assertEquals("浙江省宁波市慈溪市", miit.getText(column(table, "所属地区")));
		assertEquals("628.10", miit.getText(column(table, OUTPUT_2024)), "two decimals, as the forms keep them");
		assertEquals("0", miit.getText(column(table, "错误数")));
		assertEquals("已读取", miit.getText(column(table, "读取情况")));
		assertEquals("复核申报表", row(table, "miit-2025-review.cluster").getText(column(table, "表单类别")));
		assertNotEquals("0", row(table, "broken-miit-2025.cluster").getText(column(table, "错误数")));

		TableItem unreadable = row(table, "unreadable.cluster");
		String status = unreadable.getText(column(table, "读取情况"));
		assertTrue(status.startsWith("无法读取：") && !status.contains("/"), "the reason, not the path the file column shows: " + status);
		assertEquals("", unreadable.getText(column(table, "集群名称")));
		assertEquals("", unreadable.getText(column(table, "错误数")));

		String line = view.statusText();
		assertTrue(line.startsWith("12 份申报表") && line.contains("无法读取 1 个文件"), line);
		assertEquals("文件夹 " + folder, view.getContentDescription(), "what was reviewed, over the table");
		int ineligible = (int) texts(table, "是否符合申报条件").stream().filter("否"::equals).count();
		assertTrue(ineligible > 0 && line.contains("不符合申报条件 " + ineligible + " 份"), line);
	}

	@Test
	void clickingAHeaderSortsNumericallyWithBlanksLastAndAgainReverses() {
		reviewFolder();
		Table table = table();
		TableColumn output = table.getColumn(column(table, OUTPUT_2024));
		output.notifyListeners(SWT.Selection, new Event());
		flush();
		assertSame(output, table.getSortColumn());
		assertEquals(SWT.UP, table.getSortDirection());
		List<String> up = texts(table, OUTPUT_2024);
		List<Double> numbers = numbers(up);
		assertTrue(numbers.size() >= 8 && numbers.size() < up.size(), "some rows have no 2024 output: " + up);
		assertEquals(numbers.stream().sorted().toList(), numbers, "ascending as numbers: " + up);
		assertTrue(up.subList(numbers.size(), up.size()).stream().allMatch(String::isEmpty), "blanks last: " + up);

		output.notifyListeners(SWT.Selection, new Event());
		flush();
		assertEquals(SWT.DOWN, table.getSortDirection());
		List<String> down = texts(table, OUTPUT_2024);
		List<Double> reversed = numbers(down);
		assertEquals(numbers.stream().sorted((a, b) -> Double.compare(b, a)).toList(), reversed, "descending: " + down);
		assertTrue(down.subList(reversed.size(), down.size()).stream().allMatch(String::isEmpty), "blanks still last: " + down);

		// a text column sorts as Chinese readers sort (pinyin), punctuation aside; a new review keeps the sort
		TableColumn name = table.getColumn(column(table, "文件"));
		name.notifyListeners(SWT.Selection, new Event());
		flush();
		List<String> files = texts(table, "文件");
		assertEquals(files.stream().sorted(Collator.getInstance(Locale.CHINA)).toList(), files);
		assertEquals("beijing-2024.cluster", files.get(0));
		TableColumn region = table.getColumn(column(table, "所属地区"));
		region.notifyListeners(SWT.Selection, new Event());
		flush();
		List<String> regions = texts(table, "所属地区");
		assertTrue(regions.indexOf("北京市海淀区") < regions.indexOf("扬州市宝应县") && regions.indexOf("扬州市宝应县") < regions.indexOf("浙江省宁波市慈溪市"),
				"北 (bei) before 扬 (yang) before 浙 (zhe): " + regions);
		assertEquals("", regions.get(regions.size() - 1), "the unreadable file has no region: last");
		name.notifyListeners(SWT.Selection, new Event());
		flush();
		ReviewTesting.waitForReview(view, view.refresh());
		assertEquals("文件", table.getSortColumn().getText());
		assertEquals(files, texts(table, "文件"));
	}

	private static List<Double> numbers(List<String> texts) {
		List<Double> numbers = new ArrayList<>();
		for (String text : texts) {
			if (!text.isEmpty()) {
				numbers.add(Double.valueOf(text));
			}
		}
		return numbers;
	}

	@Test
	void theFilterNarrowsTheRowsAndCtrlFGoesThere() throws Exception {
		reviewFolder();
		Table table = table();
		table.setFocus();
		// Edit > Find (Ctrl+F) in the view focuses the filter
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.findReplace", null);
		flush();
		assertSame(view.filterText(), Display.getCurrent().getFocusControl(), "Ctrl+F puts the cursor in the filter");

		view.filterText().setText("JIANGSU");
		flush();
		assertEquals(List.of("broken-jiangsu-2024.cluster", "jiangsu-2024.cluster"), texts(table, "文件"), "by file or edition, case ignored");
		assertTrue(view.statusText().contains("显示 2 / 13 行"), view.statusText());

		view.filterText().setText("慈溪");
		flush();
		assertFalse(texts(table, "文件").isEmpty());
		for (TableItem item : table.getItems()) {
			String name = item.getText(column(table, "集群名称")) + item.getText(column(table, "所属地区"));
			assertTrue(name.contains("慈溪"), "by name or region: " + name);
		}

		view.filterText().setText("");
		flush();
		assertEquals(13, table.getItemCount());
		assertFalse(view.statusText().contains("显示"), view.statusText());
	}

	@Test
	void cellsAreHighlightedInTheSheetsColours() {
		reviewFolder();
		Table table = table();
		TableItem broken = row(table, "broken-miit-2025.cluster");
		TableItem clean = row(table, "miit-2025.cluster");
		TableItem unreadable = row(table, "unreadable.cluster");
		int errors = column(table, "错误数");
		assertEquals(FAIL, broken.getBackground(errors).getRGB(), "errors in light red");
		assertEquals(FAIL_TEXT, broken.getForeground(errors).getRGB());
		assertNotEquals(FAIL, clean.getBackground(errors).getRGB(), "no error, no colour");
		assertEquals(FAIL, unreadable.getBackground(column(table, "读取情况")).getRGB());
		assertNotEquals(FAIL, clean.getBackground(column(table, "读取情况")).getRGB());

		int eligible = column(table, "是否符合申报条件");
		int warnings = column(table, "警告数");
		int noted = 0;
		for (TableItem item : table.getItems()) {
			assertEquals("否".equals(item.getText(eligible)), FAIL.equals(item.getBackground(eligible).getRGB()), item.getText(2) + ": 否 in red");
			boolean warned = !item.getText(warnings).isEmpty() && Integer.parseInt(item.getText(warnings)) > 0;
			assertEquals(warned, NOTE.equals(item.getBackground(warnings).getRGB()), item.getText(2) + ": warnings in yellow");
			noted += warned ? 1 : 0;
		}
		assertTrue(noted > 0, "some file has warnings");
	}

	@Test
	void doubleClickOpensTheWorkspaceFileAtItsFirstProblem() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("review-view-test");
		project.create(null);
		project.open(null);
		IFolder season = project.getFolder("season");
		season.create(true, true, null);
		IFile file = season.getFile("miit-2025.cluster");
		try (InputStream in = Files.newInputStream(ReviewTesting.samples().resolve("broken/miit-2025.cluster"))) {
			file.create(in, IResource.FORCE, null);
		}
		// 审查文件夹… takes the folder selected in the Project Explorer
		CommonNavigator explorer = (CommonNavigator) ReviewTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(season));
		flush();
		ReviewTesting.page().activate(view);
		view.reviewSelectedFolder();
		ReviewTesting.waitUntil("the review of the selected folder", 60_000,
				() -> view.shownResult() != null && Job.getJobManager().find(ReviewJob.FAMILY).length == 0);
		Table table = table();
		assertEquals(List.of("miit-2025.cluster"), texts(table, "文件"));

		table.setSelection(0);
		view.table().viewer().setSelection(new StructuredSelection(view.table().viewer().getElementAt(0)));
		Event doubleClick = new Event();
		doubleClick.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, doubleClick);
		flush();

		IEditorPart active = ReviewTesting.page().getActiveEditor();
		assertTrue(active instanceof ClusterEditor, "the ClusterDesk editor opens: " + active);
		ClusterEditor editor = (ClusterEditor) active;
		assertEquals(file, ResourceUtil.getFile(editor.getEditorInput()), "the workspace file itself");
		assertFirstProblemShown(editor);
	}

	@Test
	void enterOpensAFileOutsideTheWorkspaceAtItsFirstProblem() {
		reviewFolder();
		Table table = table();
		TableItem item = row(table, "broken-jiangsu-2024.cluster");
		table.setSelection(item);
		view.table().viewer().setSelection(new StructuredSelection(item.getData()));
		table.setFocus();
		// Enter in the table is the platform's default selection, as a double-click is
		Event enter = new Event();
		enter.item = item;
		table.notifyListeners(SWT.DefaultSelection, enter);
		flush();

		ClusterEditor editor = (ClusterEditor) ReviewTesting.page().getActiveEditor();
		assertNotNull(editor);
		assertTrue(editor.getEditorInput() instanceof IURIEditorInput, "a file outside the workspace: " + editor.getEditorInput());
		assertEquals(folder.resolve("broken-jiangsu-2024.cluster"), ClusterEditor.pathOf(editor.getEditorInput()));
		assertFirstProblemShown(editor);
	}

	/** The page of the document's first problem is active and the cursor is in its field. */
	private static void assertFirstProblemShown(ClusterEditor editor) {
		ValidationReport report = ClusterValidation.validate(editor.getDocument());
		RuleFinding first = report.errors().get(0);
		ClusterFormPage page = (ClusterFormPage) editor.getActivePageInstance();
		assertNotNull(page, "a page is active");
		assertEquals(first.section(), page.sectionNumber(), "the page of section " + first.section() + " (" + first.message() + "), not " + page.getTitle());
		Control focus = Display.getCurrent().getFocusControl();
		assertNotNull(focus, "something has the focus");
		Object target = null;
		for (Control c = focus; c != null && target == null; c = c.getParent()) {
			target = c.getData(FormWidgets.BINDING_KEY);
		}
		assertTrue(target instanceof ProblemTarget, "the focus is in a field of the form: " + focus);
		ProblemTarget field = (ProblemTarget) target;
		assertTrue(field.match(first, first.owner(), first.feature()) > 0, "the field of " + first.message() + " has the focus, not " + field);
	}

	@Test
	void reviewingOpenEditorsSeesUnsavedEdits() throws Exception {
		Path file = folder.resolve("miit-2025.cluster");
		ClusterEditor editor = (ClusterEditor) IDE.openEditor(ReviewTesting.page(), file.toUri(), ClusterEditor.ID, true);
		flush();
		ClusterDocument document = editor.getDocument();
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), document, ClusterDeskPackage.Literals.CLUSTER_DOCUMENT__NAME, "尚未保存的集群名称"));
		flush();
		assertTrue(editor.isDirty());

		ReviewTesting.page().activate(view);
		ReviewTesting.waitForReview(view, view.reviewOpenEditors());
		Table table = table();
		assertEquals(List.of("miit-2025.cluster"), texts(table, "文件"), "only the open application");
		assertEquals("尚未保存的集群名称", texts(table, "集群名称").get(0), "as the editor holds it");
		assertEquals("浙江省宁波市慈溪市智能家电产业", ClusterFiles.load(file).getName(), "the file is not saved by a review");
		assertEquals("打开的申报表", view.getContentDescription());

		// a second editor joins the next review
		IWorkbenchPage page = ReviewTesting.page();
		IDE.openEditor(page, folder.resolve("jiangsu-2024.cluster").toUri(), ClusterEditor.ID, false);
		flush();
		ReviewTesting.waitForReview(view, view.refresh());
		assertEquals(2, table.getItemCount());
	}

	@Test
	void theClusterDeskMenuOpensTheView() {
		ReviewTesting.page().hideView(view);
		flush();
		Menu bar = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
		MenuItem clusterDesk = Arrays.stream(bar.getItems()).filter(i -> i.getText().startsWith("集群申报")).findFirst().orElseThrow();
		Menu menu = clusterDesk.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		flush();
		MenuItem open = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("打开申报审查视图")).findFirst()
				.orElseThrow(() -> new AssertionError("no 打开申报审查视图 in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		open.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		flush();
		assertTrue(ReviewTesting.page().findView(ReviewView.ID) instanceof ReviewView, "the view is open");
		assertEquals("申报审查", ((ReviewView) ReviewTesting.page().findView(ReviewView.ID)).getPartName());
		view = (ReviewView) ReviewTesting.page().findView(ReviewView.ID);
	}

	@Test
	void screenshotOfTheView() throws Exception {
		IWorkbenchPage page = ReviewTesting.page();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			reviewFolder();
			Table table = table();
			table.getColumn(column(table, OUTPUT_2024)).notifyListeners(SWT.Selection, new Event());
			table.setSelection(0);
			view.getSite().getShell().forceActive();
			view.getSite().getShell().layout(true, true);
			ReviewTesting.settle();
			Path shot = ReviewTesting.screenshot(view.getSite().getShell().getBounds(), "review-view");
			assertTrue(Files.exists(shot), "screenshot " + shot);
			// the counts, the reading status and the indicators, where the highlights are
			table.deselectAll();
			table.showColumn(table.getColumn(column(table, OUTPUT_2024)));
			ReviewTesting.settle();
			table.showColumn(table.getColumn(column(table, "是否符合申报条件")));
			ReviewTesting.settle();
			ReviewTesting.screenshot(view.getSite().getShell().getBounds(), "review-view-highlights");
			view.filterText().setText("miit");
			ReviewTesting.settle();
			ReviewTesting.screenshot(view.getSite().getShell().getBounds(), "review-view-filtered");
		} finally {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	void theReviewedFolderIsExportedAsTheBatchWorkbook() throws Exception {
		reviewFolder();
		Path out = temp.resolve("审查.xlsx");
		Job job = view.exportWorkbook(out);
		assertNotNull(job, "a folder was reviewed");
		ReviewTesting.waitUntil(job.getName(), 120_000, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet overview = workbook.getSheet("总览");
			assertNotNull(overview);
			// title, group and header rows, then one row per file: the same rows as the view
			assertEquals(table().getItemCount(), overview.getLastRowNum() - 2);
			assertEquals(table().getColumnCount(), overview.getRow(2).getLastCellNum(), "the same columns");
		}
	}

	@Test
	void theOpenApplicationsAreExportedAsTheEditorsHoldThem() throws Exception {
		ClusterEditor editor = (ClusterEditor) IDE.openEditor(ReviewTesting.page(), folder.resolve("miit-2025.cluster").toUri(), ClusterEditor.ID, true);
		flush();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.getDocument(),
				ClusterDeskPackage.Literals.CLUSTER_DOCUMENT__NAME, "尚未保存的集群名称"));
		ReviewTesting.page().activate(view);
		ReviewTesting.waitForReview(view, view.reviewOpenEditors());
		Path out = temp.resolve("打开的申报表.xlsx");
		Job job = view.exportWorkbook(out);
		assertNotNull(job, "open applications can be exported too");
		ReviewTesting.waitUntil(job.getName(), 120_000, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet overview = workbook.getSheet("总览");
			assertEquals(1, overview.getLastRowNum() - 2, "one row: the open application");
			int name = -1;
			for (int c = 0; c < overview.getRow(2).getLastCellNum(); c++) {
				String group = overview.getRow(1).getCell(c) == null ? "" : overview.getRow(1).getCell(c).getStringCellValue();
				if ("集群名称".equals(group)) {
					name = c;
				}
			}
			assertTrue(name >= 0, "a 集群名称 column");
			assertEquals("尚未保存的集群名称", overview.getRow(3).getCell(name).getStringCellValue(), "as the editor holds it, unsaved");
		}
		assertTrue(editor.isDirty(), "exporting saves nothing");
	}

	/**
	 * A season's worth of applications: a thousand generated ones are listed, sorted and filtered. The times are
	 * printed for a reader (as LibraryBenchmarkTest does), never asserted.
	 */
	@Test
	void aThousandApplicationsAreListedSortedAndFiltered() throws Exception {
		Path big = temp.resolve("thousand");
		BatchBenchmarkData.write(big, 1000, ReviewTesting.samples());
		long start = System.nanoTime();
		ReviewTesting.waitForReview(view, view.reviewFolder(big));
		long reviewed = System.nanoTime();
		Table table = table();
		assertEquals(1000, table.getItemCount());
		table.getColumn(column(table, OUTPUT_2024)).notifyListeners(SWT.Selection, new Event());
		flush();
		long sorted = System.nanoTime();
		List<Double> outputs = numbers(texts(table, OUTPUT_2024));
		assertEquals(outputs.stream().sorted().toList(), outputs);
		// reading every row's text above materialises the virtual table: not part of the filter's time
		long beforeFilter = System.nanoTime();
		view.filterText().setText("00999-");
		flush();
		long filtered = System.nanoTime();
		assertEquals(1, table.getItemCount());
		assertTrue(view.statusText().contains("显示 1 / 1000 行"), view.statusText());
		view.filterText().setText("");
		flush();
		assertEquals(1000, table.getItemCount());
		System.out.printf("Review view, 1000 applications: review %d ms, sort %d ms, filter %d ms, unfilter %d ms%n", (reviewed - start) / 1_000_000,
				(sorted - reviewed) / 1_000_000, (filtered - beforeFilter) / 1_000_000, (System.nanoTime() - filtered) / 1_000_000);
	}

	@Test
	void theClusterDeskPerspectiveHasTheViewBesideTheProblemsView() throws Exception {
		IWorkbenchPage page = ReviewTesting.page();
		page.hideView(view);
		view = null;
		IPerspectiveDescriptor previous = page.getPerspective();
		IPerspectiveDescriptor clusterDesk = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("org.clusterdesk.rcp.perspective");
		assertNotNull(clusterDesk);
		try {
			page.setPerspective(clusterDesk);
			page.resetPerspective();
			flush();
			assertTrue(Arrays.stream(page.getViewReferences()).anyMatch(r -> ReviewView.ID.equals(r.getId())), "part of the perspective's layout");
			IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			page.showView(ReviewView.ID, null, IWorkbenchPage.VIEW_CREATE);
			flush();
			IViewPart[] stack = page.getViewStack(problems);
			assertTrue(Arrays.stream(stack).anyMatch(v -> v instanceof ReviewView), "stacked with the Problems view: " + Arrays.toString(stack));
			assertTrue(Arrays.asList(page.getShowViewShortcuts()).contains(ReviewView.ID), "in Window > Show View");
		} finally {
			page.setPerspective(previous);
			// views are shared between a window's perspectives: closing it disposes the view, for the next test
			page.closePerspective(clusterDesk, false, false);
			flush();
		}
	}

	@Test
	void stopEndsAReviewAndSaysSo() {
		reviewFolder();
		assertEquals(13, table().getItemCount());
		IAction stop = toolBarAction("停止(&S)");
		IAction refresh = toolBarAction("刷新(&R)");
		assertFalse(stop.isEnabled(), "nothing to stop");
		// held before it starts, so that the stop comes first whatever the machine's speed
		Job.getJobManager().suspend();
		ReviewJob job;
		try {
			job = view.refresh();
			assertTrue(stop.isEnabled());
			assertFalse(refresh.isEnabled(), "one review at a time");
			assertTrue(view.statusText().startsWith("正在审查"), view.statusText());
			stop.run();
		} finally {
			Job.getJobManager().resume();
		}
		ReviewTesting.waitForReview(view, job);
		assertTrue(view.shownResult().cancelled());
		assertTrue(view.statusText().startsWith("已停止"), view.statusText());
		assertFalse(stop.isEnabled());
		assertTrue(refresh.isEnabled());
		ReviewTesting.waitForReview(view, view.refresh());
		assertEquals(13, table().getItemCount(), "刷新 reviews the folder again");
	}

	private IAction toolBarAction(String text) {
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem action && text.equals(action.getAction().getText())) {
				return action.getAction();
			}
		}
		throw new AssertionError("no " + text + " in the view's toolbar");
	}
}
