/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.ProblemMarkers;
import org.clusterdesk.internal.editor.forms.Binding;
import org.clusterdesk.internal.editor.forms.DerivedLabel;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.OverviewPage;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * A user's day in the editor: typing a value updates what is computed from it and marks what now disagrees at once;
 * validation decorates the field; undo, redo, save and reload; problems in the Problems view with Go To.
 */
class EditingTest {

	private static final String OUTPUT_2024 = "集群总产值（亿元）（2024年）";

	private static final String LEADING_GROWTH_2024 = "集群主导产业产值增速（%）（2024年）";

	@Test
	void typingUpdatesDerivedValuesAndDecorationsUndoSaveReload() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("miit-2025");
		IFile file = editor.workspaceFile();
		try {
			EditorTesting.waitForValidation(editor);
			ClusterFormPage industry = EditorTesting.show(editor, "section-2");
			TextField output = EditorTesting.field(industry, OUTPUT_2024);
			TextField leadingGrowth = EditorTesting.field(industry, LEADING_GROWTH_2024);
			assertEquals("628.10", output.getText().getText());
			assertEquals("10.82", derived(industry, "集群总产值增速（%）（2024年）").getLabel().getText());
			assertFalse(leadingGrowth.isMarkedDisagreeing());

			EditorTesting.type(output, "700");
			// at once, before any validation: the growth beside it and the disagreeing entered growth
			assertEquals(new BigDecimal("700"), ((Application) editor.getDocument()).getIndustry().getTotalOutput().valueOf(2024));
			assertEquals("23.50", derived(industry, "集群总产值增速（%）（2024年）").getLabel().getText());
			assertTrue(leadingGrowth.isMarkedDisagreeing(), "the entered leading-industry growth now disagrees");
			assertTrue(editor.isDirty());
			IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
			assertNotNull(undo, "Edit > Undo is connected to the editor");
			assertTrue(undo.isEnabled());
			assertTrue(undo.getText().contains(OUTPUT_2024), "the undo label names the change: " + undo.getText());

			EditorTesting.waitForValidation(editor);
			assertTrue(leadingGrowth.decoration().isShowing(), "validation decorates the disagreeing field");
			assertTrue(leadingGrowth.decoration().description().contains("D03"), leadingGrowth.decoration().description());
			RuleFinding d03 = editor.getFormContext().findings().stream().filter(f -> "D03".equals(f.ruleId())).findFirst().orElseThrow();

			// the overview lists it; opening it goes to the field
			OverviewPage overview = (OverviewPage) EditorTesting.show(editor, OverviewPage.ID);
			assertTrue(List.of((Object[]) overview.problemsViewer().getInput()).contains(d03));
			editor.reveal(d03);
			EditorTesting.flush();
			assertSame(industry, editor.getActivePageInstance());
			assertSame(leadingGrowth.getText(), Display.getCurrent().getFocusControl(), "the field of the problem has the focus");

			// the Problems view has it too, and Go To reveals it
			EditorTesting.waitUntil(() -> markers(file).length > 0, 20_000, "problem markers");
			IMarker marker = markers(file)[0];
			assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("D03"));
			EditorTesting.show(editor, OverviewPage.ID);
			IDE.gotoMarker(editor, marker);
			EditorTesting.flush();
			assertSame(industry, editor.getActivePageInstance());

			undo.run();
			EditorTesting.flush();
			assertEquals("628.10", output.getText().getText());
			assertEquals("10.82", derived(industry, "集群总产值增速（%）（2024年）").getLabel().getText());
			assertFalse(leadingGrowth.isMarkedDisagreeing());
			assertFalse(editor.isDirty(), "undone to the saved state");
			EditorTesting.waitForValidation(editor);
			assertFalse(leadingGrowth.decoration().isShowing());
			EditorTesting.waitUntil(() -> markers(file).length == 0, 20_000, "markers removed");

			IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
			redo.run();
			EditorTesting.flush();
			assertEquals("700", output.getText().getText());
			editor.doSave(new NullProgressMonitor());
			EditorTesting.flush();
			assertFalse(editor.isDirty());
			Path saved = file.getLocation().toPath();
			Application onDisk = (Application) ClusterFiles.load(saved);
			assertEquals(new BigDecimal("700"), onDisk.getIndustry().getTotalOutput().valueOf(2024));
			assertTrue(Files.exists(saved.resolveSibling(saved.getFileName() + ClusterFiles.BACKUP_SUFFIX)), "the previous version is kept");
		} finally {
			EditorTesting.close(editor);
		}
		ClusterEditor reopened = (ClusterEditor) IDE.openEditor(EditorTesting.page(), file, ClusterEditor.ID, true);
		try {
			ClusterFormPage industry = EditorTesting.show(reopened, "section-2");
			assertEquals("700", EditorTesting.field(industry, OUTPUT_2024).getText().getText());
			assertEquals("23.50", derived(industry, "集群总产值增速（%）（2024年）").getLabel().getText());
		} finally {
			EditorTesting.close(reopened);
		}
	}

	@Test
	void unreadableNumbersKeepTheirTextAndShowAnErrorAtOnce() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("shaanxi-2026");
		try {
			ClusterFormPage basic = EditorTesting.show(editor, "section-1");
			TextField area = EditorTesting.field(basic, "集群占地面积（平方公里）");
			Object before = ((Application) editor.getDocument()).getBasicInfo().getArea();
			EditorTesting.type(area, "12,3x");
			assertEquals("12,3x", area.getText().getText(), "what was typed stays");
			assertTrue(area.decoration().hasError(), "an error at once");
			assertTrue(area.decoration().description().contains("12,3x"), area.decoration().description());
			assertEquals(before, ((Application) editor.getDocument()).getBasicInfo().getArea(), "nothing unreadable reaches the model");
			assertTrue(editor.isDirty(), "typed text counts as unsaved work");
			EditorTesting.type(area, "４２．５");
			assertEquals(new BigDecimal("42.5"), ((Application) editor.getDocument()).getBasicInfo().getArea(), "full-width digits are read");
			assertFalse(area.decoration().hasError());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void revertGoesBackToTheFile() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("jiangsu-2024");
		try {
			ClusterFormPage cover = EditorTesting.show(editor, "section-0");
			TextField name = EditorTesting.field(cover, "集群名称");
			String original = name.getText().getText();
			EditorTesting.type(name, "江苏省无锡市某某产业");
			assertTrue(editor.isDirty());
			editor.reload();
			EditorTesting.flush();
			assertFalse(editor.isDirty());
			ClusterFormPage reloaded = EditorTesting.show(editor, "section-0");
			assertEquals(original, EditorTesting.field(reloaded, "集群名称").getText().getText());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void aFailedSaveKeepsTheWorkAndSaysWhy(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		Path directory = folder.resolve("申报");
		Files.createDirectories(directory);
		Path copy = directory.resolve("beijing.cluster");
		Files.copy(EditorTesting.sample("beijing-2024"), copy);
		byte[] before = Files.readAllBytes(copy);
		ClusterEditor editor = EditorTesting.openFromFileSystem(copy);
		try {
			ClusterFormPage cover = EditorTesting.show(editor, "section-0");
			EditorTesting.type(EditorTesting.field(cover, "集群名称"), "北京市海淀区新名称产业");
			// the folder disappears and a file takes its name: the save cannot write there
			Files.move(copy, folder.resolve("moved.cluster"));
			// with the lock file the open editor holds there
			Files.delete(directory.resolve(".beijing.cluster.lock"));
			Files.delete(directory);
			Files.writeString(directory, "not a folder");
			NullProgressMonitor monitor = new NullProgressMonitor();
			editor.doSave(monitor);
			EditorTesting.flush();
			assertTrue(monitor.isCanceled(), "the save reports failure (closing is cancelled)");
			assertTrue(editor.isDirty(), "the changes are still there");
			assertEquals("北京市海淀区新名称产业", editor.getDocument().getName());
			org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(folder.resolve("moved.cluster")), "the file as it was");
		} finally {
			EditorTesting.close(editor);
		}
	}

	static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	/** The computed value on the page with the label (and year). */
	static DerivedLabel derived(ClusterFormPage page, String label) {
		for (Binding binding : page.bindings()) {
			if (binding instanceof DerivedLabel d && d.value() != null && label.equals(d.value().label())) {
				return d;
			}
		}
		throw new AssertionError("no computed value " + label + " on " + page.getTitle());
	}
}
