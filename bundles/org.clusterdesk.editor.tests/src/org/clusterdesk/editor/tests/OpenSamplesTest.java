/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clusterdesk.internal.editor.ClusterEditor;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.Labels;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.LibraryPage;
import org.clusterdesk.internal.editor.pages.OverviewPage;
import org.clusterdesk.internal.editor.pages.ParkPage;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample opens; its pages follow its edition's sections and show exactly the edition's rows, in its words. */
class OpenSamplesTest {

	static List<String> samples() {
		return EditorTesting.SAMPLES;
	}

	@ParameterizedTest
	@MethodSource("samples")
	void pagesShowTheEditionsRowsAndNothingElse(String sample) throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace(sample);
		try {
			EditorTesting.waitForValidation(editor);
			Edition edition = editor.getDocument().getEdition();
			assertNotNull(edition, sample + " has a known edition");
			assertTrue(editor.formPages().get(0) instanceof OverviewPage, "the overview comes first");
			Set<String> shown = new HashSet<>();
			for (ClusterFormPage page : editor.formPages()) {
				EditorTesting.show(editor, page.getId());
				assertTrue(page.isBuilt(), page.getId() + " is built when shown");
				EditorTesting.find(page.getPartControl(), c -> c.getData(FormWidgets.ROW_KEY) != null)
						.forEach(c -> shown.add((String) c.getData(FormWidgets.ROW_KEY)));
			}
			Set<String> allowed = new HashSet<>();
			for (FormSection section : edition.getSections()) {
				boolean libraries = section.getFeature() == Literals.COMPETITION_REPORT__LIBRARIES;
				for (FormRow row : section.getRows()) {
					allowed.add(row.getLabel());
					if (libraries) {
						assertTrue(editor.formPages().stream().anyMatch(p -> p instanceof LibraryPage l && l.row() == row),
								"a page for " + row.getLabel());
					} else if (section.getFeature() != Literals.COMPETITION_REPORT__PARKS || editor.formPages().stream()
							.anyMatch(p -> p instanceof ParkPage park && park.park() != null)) {
						assertTrue(shown.contains(row.getLabel()), sample + ": row " + section.getNumber() + " " + row.getLabel() + " is shown");
					}
				}
			}
			// the re-review's new plan is shown with the plan's own headings
			for (var feature : Literals.PLAN_SECTION.getEStructuralFeatures()) {
				allowed.add(Labels.of(feature));
			}
			for (String label : shown) {
				assertTrue(allowed.contains(label) || label.matches("（\\d）\\d{4}年度"), sample + " shows only its edition's rows, not " + label);
			}
			assertFalse(editor.isDirty(), "looking at every page changes nothing");
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void competitionSubsectionsAreHeadedByTheirPart() throws Exception {
		ClusterEditor editor = EditorTesting.openInWorkspace("competition-2026");
		try {
			List<String> headings = new java.util.ArrayList<>();
			for (ClusterFormPage page : editor.formPages()) {
				EditorTesting.show(editor, page.getId());
				headings.add(page.getManagedForm().getForm().getText());
			}
			assertTrue(headings.contains("二、集群发展总体情况 · 2.1 集群主要经济指标"), headings.toString());
			assertTrue(headings.contains("二、集群发展总体情况 · 2.7 集群发展总体情况自评报告（3000字）"), headings.toString());
			assertTrue(headings.stream().anyMatch(h -> h.startsWith("三、集群核心承载园区情况")), "part 三 is not under 二: " + headings);
			assertTrue(headings.contains("一、集群基本信息"), headings.toString());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void reviewShowsTheOperatorChangeButNotTheCountyShare() throws Exception {
		ClusterEditor review = EditorTesting.openInWorkspace("miit-2025-review");
		ClusterEditor application = EditorTesting.openInWorkspace("miit-2025");
		try {
			assertTrue(labels(review).contains("集群运营管理机构是否发生变化"));
			assertFalse(labels(application).contains("集群运营管理机构是否发生变化"));
			assertTrue(labels(application).contains("集群总产值占所在县级行政区划工业总产值比例（%）"));
			assertFalse(labels(review).contains("集群总产值占所在县级行政区划工业总产值比例（%）"));
		} finally {
			EditorTesting.close(review);
			EditorTesting.close(application);
		}
	}

	private static Set<String> labels(ClusterEditor editor) {
		Set<String> shown = new HashSet<>();
		for (ClusterFormPage page : editor.formPages()) {
			EditorTesting.show(editor, page.getId());
			EditorTesting.find(page.getPartControl(), c -> c.getData(FormWidgets.ROW_KEY) != null)
					.forEach(c -> shown.add((String) c.getData(FormWidgets.ROW_KEY)));
		}
		return shown;
	}

	@Test
	void clusterFilesHaveTheirContentTypeAndOpenInTheEditor() {
		var type = Platform.getContentTypeManager().findContentTypeFor("申报.cluster");
		assertNotNull(type);
		assertEquals("org.clusterdesk.editor.clusterFile", type.getId());
		assertEquals(ClusterEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("申报.cluster").getId());
	}

	@Test
	void saveAsWritesTheNewFileAndGoesOnWithIt(@TempDir Path folder) throws Exception {
		Path copy = folder.resolve("a.cluster");
		Files.copy(EditorTesting.sample("shaanxi-2026"), copy);
		ClusterEditor editor = EditorTesting.openFromFileSystem(copy);
		try {
			ClusterFormPage cover = EditorTesting.show(editor, "section-0");
			EditorTesting.type(EditorTesting.field(cover, "集群名称"), "陕西省西安市另存产业");
			Path target = folder.resolve("另存.cluster");
			assertTrue(editor.saveAs(target, new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(target.toUri()))));
			EditorTesting.flush();
			assertFalse(editor.isDirty());
			assertEquals("另存.cluster", editor.getPartName());
			assertEquals(target, editor.getFile());
			assertEquals("陕西省西安市另存产业", ClusterFiles.load(target).getName());
			assertFalse(Files.readString(copy).contains("另存产业"), "the original file is left as it was");
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void opensFromTheFileSystemAndOffersTheEditingDomain(@TempDir Path folder) throws Exception {
		Path copy = folder.resolve("外部文件.cluster");
		Files.copy(EditorTesting.sample("beijing-2024"), copy);
		ClusterEditor editor = EditorTesting.openFromFileSystem(copy);
		try {
			assertTrue(editor.getEditorInput() instanceof IURIEditorInput);
			assertEquals("外部文件.cluster", editor.getPartName());
			assertEquals(copy.toAbsolutePath().normalize(), editor.getFile());
			IEditingDomainProvider provider = editor.getAdapter(IEditingDomainProvider.class);
			assertNotNull(provider);
			assertTrue(provider.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0) == editor.getDocument());
		} finally {
			EditorTesting.close(editor);
		}
	}

	@Test
	void aDamagedFileIsReportedAndLeftAsItWas(@TempDir Path folder) throws Exception {
		Path damaged = folder.resolve("damaged.cluster");
		byte[] whole = Files.readAllBytes(EditorTesting.sample("miit-2025"));
		byte[] half = Arrays.copyOf(whole, whole.length / 2);
		Files.write(damaged, half);
		IEditorPart part = null;
		try {
			part = IDE.openEditorOnFileStore(EditorTesting.page(), EFS.getLocalFileSystem().getStore(damaged.toUri()));
		} catch (PartInitException e) {
			// also acceptable: the workbench reports it
		}
		EditorTesting.flush();
		assertFalse(part instanceof ClusterEditor, "no editor on a damaged file");
		assertArrayEquals(half, Files.readAllBytes(damaged), "the damaged file is not changed");
		if (part != null) {
			EditorTesting.page().closeEditor(part, false);
		}
	}
}
