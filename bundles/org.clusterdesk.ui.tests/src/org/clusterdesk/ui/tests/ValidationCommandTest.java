/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import static org.clusterdesk.ui.tests.UiTesting.processEvents;
import static org.clusterdesk.ui.tests.UiTesting.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultDialog;
import org.clusterdesk.internal.ui.ResultReport;
import org.clusterdesk.internal.ui.jobs.ValidationJob;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.forms.DocumentFactory;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validate command: a job, a report the user can copy, and problem markers on the file. */
class ValidationCommandTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("validation-command");
	}

	@AfterAll
	static void deleteProject() {
		UiTesting.delete(project);
	}

	@AfterEach
	void cleanUp() {
		UiTesting.cleanUp();
	}

	/** A new, empty national application: every required row is a finding. */
	private static IFile emptyApplication(String name) throws Exception {
		IFile file = project.getFile(name);
		ClusterDocument document = DocumentFactory.create(EditionRegistry.getDefault().getEdition("miit-2025"), "浙江省宁波市慈溪市智能家电产业");
		Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(file.getLocation().toString()));
		resource.getContents().add(document);
		ClusterFiles.save(resource, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	@Test
	void theCommandOnASelectedFileShowsTheReportAndMarksTheFile() throws Exception {
		IFile file = emptyApplication("empty.cluster");
		IViewPart explorer = UiTesting.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
		UiTesting.page().activate(explorer);
		processEvents();

		Object job = explorer.getSite().getService(IHandlerService.class).executeCommand(ClusterDeskUi.COMMAND_VALIDATE, null);
		assertTrue(job instanceof ValidationJob, "the handler schedules the validation job");
		ValidationJob validation = (ValidationJob) job;
		UiTesting.waitForJob(validation, 60_000);

		ResultReport report = validation.getResultReport();
		assertNotNull(report);
		assertEquals(IStatus.ERROR, report.severity());
		assertTrue(report.summary().startsWith("empty.cluster：发现 "), report.summary());
		assertTrue(report.details().contains("[G01]"), report.details());
		assertTrue(report.details().contains("一、基本情况"), "findings are grouped by the form's sections");

		IMarker[] markers = file.findMarkers(ClusterDeskUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		assertEquals(validation.getValidationReport().findings().size(), markers.length);
		assertTrue(Arrays.stream(markers).anyMatch(m -> "G01".equals(m.getAttribute(ClusterDeskUi.MARKER_RULE, null))));
		assertTrue(Arrays.stream(markers).allMatch(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("[")));
		assertTrue(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length > 0, "they are problems for the Problems view");

		ResultDialog dialog = UiTesting.waitForDialog(report.title());
		assertEquals(report.details(), dialog.getDetailsText().getText());
		screenshot(dialog.getShell(), "validate-report");
	}

	@Test
	void aValidatedSampleReplacesTheOldMarkers() throws Exception {
		IFile file = UiTesting.copySample(project, "miit-2025.cluster", "sample.cluster");
		file.createMarker(ClusterDeskUi.MARKER_TYPE).setAttribute(IMarker.MESSAGE, "old");
		ValidationJob job = new ValidationJob(ClusterTarget.of(file, UiTesting.page()), null);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 60_000);
		IMarker[] markers = file.findMarkers(ClusterDeskUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		assertFalse(Arrays.stream(markers).anyMatch(m -> "old".equals(m.getAttribute(IMarker.MESSAGE, ""))));
		assertEquals(job.getValidationReport().findings().size(), markers.length);
		assertFalse(job.getValidationReport().hasErrors(), "the sample is a valid application: " + job.getResultReport().details());
	}

	@Test
	void theResultDialogTextCanBeSelectedAndCopied() {
		ResultReport report = new ResultReport("报告", IStatus.WARNING, "一句话的摘要。", "第一行\n第二行：数值 12.34");
		ResultDialog dialog = ResultDialog.open(report);
		try {
			processEvents();
			var text = dialog.getDetailsText();
			assertTrue((text.getStyle() & SWT.READ_ONLY) != 0);
			assertTrue((text.getStyle() & SWT.MULTI) != 0);
			text.setFocus();
			Event ctrlA = new Event();
			ctrlA.keyCode = 'a';
			ctrlA.character = 'a';
			ctrlA.stateMask = SWT.MOD1;
			text.notifyListeners(SWT.KeyDown, ctrlA);
			assertEquals(report.details(), text.getSelectionText(), "Ctrl+A selects everything");

			dialog.copyToClipboard();
			Clipboard clipboard = new Clipboard(text.getDisplay());
			try {
				assertEquals(report.text(), clipboard.getContents(TextTransfer.getInstance()));
			} finally {
				clipboard.dispose();
			}
			screenshot(dialog.getShell(), "result-dialog");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aDamagedFileIsReportedNotThrown() throws Exception {
		IFile file = project.getFile("damaged.cluster");
		file.create(new java.io.ByteArrayInputStream("<?xml version=\"1.0\"?><cd:Application".getBytes()), true, null);
		ValidationJob job = new ValidationJob(ClusterTarget.of(file, UiTesting.page()), null);
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 60_000);
		assertEquals(IStatus.ERROR, job.getResultReport().severity());
		assertTrue(job.getResultReport().summary().contains("damaged.cluster"));
		assertTrue(job.getResultReport().details().contains("damaged.cluster"), job.getResultReport().details());
	}
}
