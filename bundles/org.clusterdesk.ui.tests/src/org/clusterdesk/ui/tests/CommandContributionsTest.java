/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import static org.clusterdesk.ui.tests.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterEditors;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The commands, handlers, menus and wizards are contributed to the workbench, and enabled where they apply. */
class CommandContributionsTest {

	private static final List<String> COMMANDS = List.of(ClusterDeskUi.COMMAND_NEW_FILE, ClusterDeskUi.COMMAND_RE_REVIEW,
			ClusterDeskUi.COMMAND_VALIDATE, ClusterDeskUi.COMMAND_EXPORT, ClusterDeskUi.COMMAND_IMPORT_LIBRARIES);

	private static final List<String> ON_A_FILE = List.of(ClusterDeskUi.COMMAND_VALIDATE, ClusterDeskUi.COMMAND_EXPORT,
			ClusterDeskUi.COMMAND_IMPORT_LIBRARIES);

	private static IProject project;

	private static IFile file;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("command-contributions");
		file = UiTesting.copySample(project, "miit-2025.cluster", "miit-2025.cluster");
		project.getFolder("folder").create(true, true, null);
	}

	@AfterAll
	static void deleteProject() {
		UiTesting.delete(project);
	}

	@AfterEach
	void cleanUp() {
		UiTesting.cleanUp();
	}

	private static ICommandService commands() {
		return PlatformUI.getWorkbench().getService(ICommandService.class);
	}

	@Test
	void theCommandsAreDefinedInTheirCategory() throws Exception {
		for (String id : COMMANDS) {
			Command command = commands().getCommand(id);
			assertTrue(command.isDefined(), id);
			assertEquals(ClusterDeskUi.COMMAND_CATEGORY, command.getCategory().getId(), id);
			assertTrue(command.isHandled(), "a handler for " + id);
			assertFalse(command.getName().isBlank());
		}
		assertEquals("ClusterDesk 集群申报", commands().getCategory(ClusterDeskUi.COMMAND_CATEGORY).getName());
		assertEquals("校验申报文件", commands().getCommand(ClusterDeskUi.COMMAND_VALIDATE).getName());
	}

	@Test
	void fileCommandsAreEnabledOnASelectedClusterFileOnly() throws Exception {
		IViewPart explorer = UiTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
		UiTesting.page().activate(explorer);
		processEvents();
		assertEquals(new StructuredSelection(file).getFirstElement(),
				((StructuredSelection) explorer.getSite().getSelectionProvider().getSelection()).getFirstElement());
		for (String id : ON_A_FILE) {
			assertTrue(commands().getCommand(id).isEnabled(), id + " on a selected .cluster file");
		}
		assertTrue(commands().getCommand(ClusterDeskUi.COMMAND_NEW_FILE).isEnabled());
		assertTrue(commands().getCommand(ClusterDeskUi.COMMAND_RE_REVIEW).isEnabled());

		IFolder folder = project.getFolder("folder");
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(folder));
		processEvents();
		for (String id : ON_A_FILE) {
			assertFalse(commands().getCommand(id).isEnabled(), id + " on a folder");
		}
		assertTrue(commands().getCommand(ClusterDeskUi.COMMAND_NEW_FILE).isEnabled(), "a new file may go into any folder");
	}

	@Test
	void fileCommandsAreEnabledInTheActiveClusterDeskEditor() throws Exception {
		Assumptions.assumeTrue(ClusterEditors.isEditorInstalled(), "the ClusterDesk editor is not in this build");
		IEditorPart editor = IDE.openEditor(UiTesting.page(), file, ClusterDeskUi.EDITOR_ID, true);
		UiTesting.page().activate(editor);
		processEvents();
		for (String id : ON_A_FILE) {
			assertTrue(commands().getCommand(id).isEnabled(), id + " in the editor");
		}
	}

	@Test
	void theMainMenuHasTheClusterDeskMenu() {
		Menu bar = UiTesting.shell().getMenuBar();
		assertNotNull(bar);
		MenuItem clusterDesk = Arrays.stream(bar.getItems()).filter(i -> i.getText().startsWith("集群申报")).findFirst()
				.orElseThrow(() -> new AssertionError("no 集群申报 menu in " + Arrays.stream(bar.getItems()).map(MenuItem::getText).toList()));
		assertEquals("集群申报(&C)", clusterDesk.getText());
		// the workbench fills a menu when it is about to show
		Menu menu = clusterDesk.getMenu();
		String items = String.join("|", show(menu));
		for (String label : List.of("新建集群申报文件(&N)...", "复核申报(&R)...", "校验(&V)", "导出(&E)...", "导入集群“四库”(&I)...")) {
			assertTrue(items.contains(label), label + " in " + items);
		}
		hide(menu);
	}

	@Test
	void theContextMenuOfAClusterFileHasTheCommands() throws Exception {
		IViewPart explorer = UiTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		UiTesting.page().activate(explorer);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
		processEvents();
		Menu menu = ((Viewer) explorer.getSite().getSelectionProvider()).getControl().getMenu();
		List<String> items = show(menu);
		assertTrue(items.contains("集群申报"), "the ClusterDesk submenu in " + items);
		MenuItem clusterDesk = Arrays.stream(menu.getItems()).filter(i -> "集群申报".equals(i.getText())).findFirst().orElseThrow();
		List<String> commands = show(clusterDesk.getMenu());
		assertTrue(commands.containsAll(List.of("校验(&V)", "导出(&E)...", "导入集群“四库”(&I)...", "复核申报(&R)...")), String.valueOf(commands));
		hide(clusterDesk.getMenu());
		hide(menu);
		// what the user sees: the context menu open on the file
		Control tree = ((Viewer) explorer.getSite().getSelectionProvider()).getControl();
		Point at = tree.toDisplay(40, 40);
		menu.setLocation(at);
		menu.setVisible(true);
		UiTesting.settle(300);
		UiTesting.screenshot(UiTesting.shell().getBounds(), "context-menu");
		menu.setVisible(false);
		processEvents();

		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project.getFolder("folder")));
		processEvents();
		assertFalse(show(menu).contains("集群申报"), "not on a folder");
		hide(menu);
	}

	@Test
	void theExplorersNewMenuOffersTheWizardOnAFolder() throws Exception {
		IViewPart explorer = UiTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		UiTesting.page().activate(explorer);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project.getFolder("folder")));
		processEvents();
		Menu menu = ((Viewer) explorer.getSite().getSelectionProvider()).getControl().getMenu();
		show(menu);
		// the New submenu, whatever the platform's language calls it
		boolean offered = false;
		for (MenuItem item : menu.getItems()) {
			if (item.getMenu() != null && !offered) {
				offered = show(item.getMenu()).contains("集群申报文件");
				hide(item.getMenu());
			}
		}
		assertTrue(offered, "New > 集群申报文件 in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
		hide(menu);
	}

	/** Fills a menu as the workbench does when it is about to show; returns the visible items' texts. */
	private static List<String> show(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		return Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
	}

	private static void hide(Menu menu) {
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
	}

	@Test
	void theWizardsAreInFileNewImportAndExport() {
		var workbench = PlatformUI.getWorkbench();
		IWizardDescriptor newFile = workbench.getNewWizardRegistry().findWizard(ClusterDeskUi.WIZARD_NEW_FILE);
		assertNotNull(newFile);
		assertEquals("集群申报文件", newFile.getLabel());
		assertEquals("ClusterDesk 集群申报", newFile.getCategory().getLabel());
		assertNotNull(workbench.getNewWizardRegistry().findWizard(ClusterDeskUi.WIZARD_RE_REVIEW));
		assertNotNull(workbench.getExportWizardRegistry().findWizard(ClusterDeskUi.WIZARD_EXPORT));
		assertNotNull(workbench.getImportWizardRegistry().findWizard(ClusterDeskUi.WIZARD_IMPORT_LIBRARIES));
	}

	@Test
	void theClusterDeskPerspectiveHasTheWizardShortcuts() throws Exception {
		List<String> contributed = new ArrayList<>();
		for (var element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.perspectiveExtensions")) {
			if ("org.clusterdesk.rcp.perspective".equals(element.getAttribute("targetID"))) {
				for (var shortcut : element.getChildren("newWizardShortcut")) {
					contributed.add(shortcut.getAttribute("id"));
				}
			}
		}
		assertTrue(contributed.containsAll(List.of(ClusterDeskUi.WIZARD_NEW_FILE, ClusterDeskUi.WIZARD_RE_REVIEW)), String.valueOf(contributed));
		var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
		var perspective = registry.findPerspectiveWithId("org.clusterdesk.rcp.perspective");
		if (perspective == null) {
			return; // the product's bundle is not in this test runtime: the contribution is all there is to see
		}
		var page = UiTesting.page();
		var before = page.getPerspective();
		page.setPerspective(perspective);
		try {
			List<String> shortcuts = Arrays.asList(page.getNewWizardShortcuts());
			assertTrue(shortcuts.contains(ClusterDeskUi.WIZARD_NEW_FILE), String.valueOf(shortcuts));
			assertTrue(shortcuts.contains(ClusterDeskUi.WIZARD_RE_REVIEW), String.valueOf(shortcuts));
		} finally {
			page.setPerspective(before);
		}
	}
}
