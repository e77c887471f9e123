/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.ui.tests;

import static org.clusterdesk.ui.tests.UiTesting.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.jobs.EvidenceJob;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 集群申报 ▸ 生成佐证材料: the job on workspace files, with an open editor, and cancelled. */
class EvidenceJobTest {

	private static IProject project;

	@BeforeAll
	static void createProject() throws Exception {
		project = UiTesting.project("evidence");
	}

	@AfterAll
	static void deleteProject() {
		UiTesting.delete(project);
	}

	@AfterEach
	void cleanUp() {
		UiTesting.cleanUp();
	}

	private static Path location(IFile file) {
		return file.getLocation().toPath();
	}

	/** Copies a sample and its attachments folder into the project. */
	private static IFile copyWithAttachments(String sample) throws Exception {
		IFile file = UiTesting.copySample(project, sample + ".cluster", sample + ".cluster");
		Path folder = Files.createDirectories(location(file).resolveSibling(sample + "-附件"));
		try (Stream<Path> files = Files.list(UiTesting.sample(sample + "-附件"))) {
			for (Path f : files.toList()) {
				Files.copy(f, folder.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return file;
	}

	@Test
	void theCommandIsInTheClusterDeskMenu() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand("org.clusterdesk.ui.commands.evidence");
		assertTrue(command.isDefined());
		assertEquals("生成佐证材料", assertDoesNotThrow(command::getName));
	}

	private static String assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<String> s) {
		return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
	}

	@Test
	void aBundleOfAWorkspaceFileShowsInTheProject() throws Exception {
		IFile source = copyWithAttachments("miit-2025");
		IFile pdf = project.getFile("佐证材料.pdf");
		EvidenceJob job = new EvidenceJob(ClusterTarget.of(source, UiTesting.page()), null, location(pdf));
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		assertEquals(IStatus.INFO, job.getResultReport().severity(), job.getResultReport().text());
		assertEquals("已生成佐证材料 佐证材料.pdf：附件 8 份，共 334 页", job.getResultReport().summary());
		assertTrue(pdf.exists(), "the workspace shows the bundle");
		assertTrue(Files.size(location(pdf)) > 10_000);
		assertEquals(-1, job.getUpdatedValues(), "nothing to update");
	}

	@Test
	void pageCountsThatDifferAreUpdatedInTheOpenEditorAsOneUndoableChange() throws Exception {
		IFile source = copyWithAttachments("competition-2026");
		CompetitionReport recorded = (CompetitionReport) ClusterFiles.load(location(source));
		recorded.getAttachments().get(0).setPages(44); // the file has 48
		recorded.getEnterprises().getTopRevenue().setEvidencePage("P45"); // page 1 of 02 under the recorded counts
		ClusterFiles.save(recorded.eResource(), location(source));
		source.refreshLocal(IResource.DEPTH_ZERO, null);
		byte[] saved = Files.readAllBytes(location(source));

		DomainTestEditor editor = (DomainTestEditor) IDE.openEditor(UiTesting.page(), source, DomainTestEditor.ID, true);
		ClusterTarget target = ClusterTarget.of(source, UiTesting.page());
		EvidenceJob job = new EvidenceJob(target, target.editorSnapshot(), location(project.getFile("竞赛佐证材料.pdf")));
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitUntil(job.getName(), 120_000, () -> {
			processEvents(); // the job updates the editor on the UI thread
			return job.getState() == org.eclipse.core.runtime.jobs.Job.NONE && job.getResult() != null;
		});
		String details = job.getResultReport().details();
		assertTrue(details.contains("附件1“" + recorded.getAttachments().get(0).getTitle() + "”：文件有 48 页，申报文件记录为 44 页"), details);
		assertTrue(job.getUpdatedValues() > 2, details);
		assertTrue(details.contains("已在编辑器中按佐证材料更新"), details);

		CompetitionReport inEditor = (CompetitionReport) editor.document();
		assertEquals(48, inEditor.getAttachments().get(0).getPages().intValue());
		assertEquals("P49", inEditor.getEnterprises().getTopRevenue().getEvidencePage());
		assertTrue(editor.isDirty());
		assertTrue(java.util.Arrays.equals(saved, Files.readAllBytes(location(source))), "the file is saved by the user, not the job");

		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().undo();
		processEvents();
		assertEquals(44, inEditor.getAttachments().get(0).getPages().intValue());
		assertEquals("P45", inEditor.getEnterprises().getTopRevenue().getEvidencePage());
		UiTesting.page().closeAllEditors(false);
	}

	@Test
	void aCancelledBundleLeavesTheOldFileAsItWas() throws Exception {
		IFile source = copyWithAttachments("shaanxi-2026");
		Path output = location(project.getFile("cancel.pdf"));
		Files.writeString(output, "the previous bundle");
		CancellableEvidence job = new CancellableEvidence(ClusterTarget.of(source, UiTesting.page()), output);
		IStatus status = job.runWith(new NullProgressMonitor() {
			private int checks = 4;

			@Override
			public boolean isCanceled() {
				return --checks < 0;
			}
		});
		assertEquals(IStatus.CANCEL, status.getSeverity());
		assertTrue(job.isCancelled());
		assertEquals("the previous bundle", Files.readString(output));
		try (Stream<Path> files = Files.list(output.getParent())) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".tmp")), "no temporary file left");
		}
	}

	@Test
	void missingAttachmentsAreListedInTheResult() throws Exception {
		IFile source = copyWithAttachments("beijing-2024");
		ClusterDocument document = ClusterFiles.load(location(source));
		Files.delete(location(source).resolveSibling(document.getAttachments().get(2).getFileName()));
		EvidenceJob job = new EvidenceJob(ClusterTarget.of(source, UiTesting.page()), null, location(project.getFile("missing.pdf")));
		job.setShowResult(false);
		job.schedule();
		UiTesting.waitForJob(job, 120_000);
		assertEquals(IStatus.ERROR, job.getResultReport().severity());
		assertEquals("1 份附件无法汇编，未写出 missing.pdf", job.getResultReport().summary());
		assertTrue(job.getResultReport().details().contains("附件3“" + document.getAttachments().get(2).getTitle() + "”"),
				job.getResultReport().details());
		assertFalse(project.getFile("missing.pdf").exists());
	}

	/** Runs the job's work in this thread with a monitor of the test's. */
	private static final class CancellableEvidence extends EvidenceJob {

		CancellableEvidence(ClusterTarget source, Path output) {
			super(source, null, output);
			setShowResult(false);
		}

		IStatus runWith(IProgressMonitor monitor) throws IOException {
			return run(monitor);
		}
	}
}
