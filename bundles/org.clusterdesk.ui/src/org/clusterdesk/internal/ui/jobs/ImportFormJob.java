/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.clusterdesk.formreader.FormReadException;
import org.clusterdesk.formreader.FormReadResult;
import org.clusterdesk.formreader.FormReader;
import org.clusterdesk.formreader.UnreadPlace;
import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterEditors;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.internal.ui.ResultReport;
import org.clusterdesk.internal.ui.wizards.EditionTexts;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.editions.EditionRegistry;
import org.clusterdesk.model.resource.ClusterFiles;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;

/**
 * Reads a filled official Word form into a new {@code .cluster} document, in the background: the form is read first
 * (the long part; a cancel then writes nothing), then the document is saved atomically — an existing file only when
 * replacing was confirmed, its previous version kept as {@code .bak} — and opened in the ClusterDesk editor. The report
 * lists every place of the form that could not be read (section / row / text found / reason), left empty in the
 * document. A file that is no form of a known edition is refused with the reader's message and nothing is written.
 */
public class ImportFormJob extends ClusterJob {

	private final Path form;

	private final String editionId;

	private final Path target;

	private final boolean replace;

	private volatile FormReadResult readResult;

	private volatile IEditorPart editor;

	/**
	 * @param form      the filled .docx form
	 * @param editionId the edition to read it as, or null to recognise it from its title and cover
	 * @param target    the new .cluster file
	 * @param replace   whether an existing target may be replaced (the user confirmed it)
	 */
	public ImportFormJob(Path form, String editionId, Path target, boolean replace) {
		super(NLS.bind(Messages.FormJob_name, form.getFileName()));
		this.form = form.toAbsolutePath().normalize();
		this.editionId = editionId;
		this.target = target.toAbsolutePath().normalize();
		this.replace = replace;
	}

	@Override
	protected ResultReport work(IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		String title = NLS.bind(Messages.FormJob_title, form.getFileName());
		if (Files.exists(target) && !replace) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.FormJob_exists, target.getFileName()), target.toString());
		}
		if (Files.exists(target) && isOpenInEditor()) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.FormJob_openInEditor, target.getFileName()), target.toString());
		}
		FormReadResult result;
		try {
			result = FormReader.read(form, editionId, progress.split(85));
		} catch (FormReadException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.FormJob_notAForm, form.getFileName()), e.getMessage());
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		readResult = result;
		// from here on: no cancel half-way
		boolean existed = Files.exists(target);
		try {
			Resource resource = ClusterFiles.createResourceSet().createResource(URI.createFileURI(target.toString()));
			resource.getContents().add(result.document());
			ClusterFiles.save(resource, target);
		} catch (IOException | RuntimeException e) {
			return new ResultReport(title, IStatus.ERROR, NLS.bind(Messages.FormJob_saveFailed, target.getFileName()), describe(e));
		}
		progress.worked(5);
		IFile file = WorkspaceFiles.refresh(target, progress.split(5));
		open(file);
		return report(title, result, existed);
	}

	/** Whether an editor has the target open (it is not replaced under the editor's feet). */
	private boolean isOpenInEditor() {
		AtomicReference<Boolean> open = new AtomicReference<>(false);
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					if (ClusterTarget.of(target, page).editor() != null) {
						open.set(true);
					}
				}
			}
		});
		return open.get();
	}

	/** Opens the new document in the ClusterDesk editor (the workspace file, else the file on disk). */
	private void open(IFile file) {
		AtomicReference<IEditorPart> opened = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
				window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
			}
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			if (file != null) {
				opened.set(ClusterEditors.reveal(page, file));
			} else if (ClusterEditors.isEditorInstalled()) {
				try {
					opened.set(IDE.openEditor(page, new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(target.toUri())),
							ClusterDeskUi.EDITOR_ID, true));
				} catch (PartInitException e) {
					ILog.of(getClass()).error(e.getMessage(), e);
				}
			}
		});
		editor = opened.get();
	}

	private ResultReport report(String title, FormReadResult result, boolean replaced) {
		List<UnreadPlace> unread = result.unread();
		StringBuilder details = new StringBuilder();
		details.append(NLS.bind(Messages.FormJob_detailForm, form)).append('\n');
		details.append(NLS.bind(Messages.FormJob_detailTarget, target)).append('\n');
		details.append(NLS.bind(Messages.FormJob_detailEdition, editionTitle(result.editionId()))).append('\n');
		if (replaced) {
			details.append(NLS.bind(Messages.FormJob_detailBackup, target.getFileName() + ClusterFiles.BACKUP_SUFFIX)).append('\n');
		}
		if (editor == null) {
			details.append(Messages.FormJob_notOpened).append('\n');
		}
		details.append('\n');
		if (unread.isEmpty()) {
			details.append(Messages.FormJob_allRead).append('\n');
		} else {
			details.append(NLS.bind(Messages.FormJob_unreadHeader, unread.size())).append('\n');
			for (UnreadPlace place : unread) {
				details.append(place).append('\n');
			}
		}
		String summary = unread.isEmpty() ? NLS.bind(Messages.FormJob_doneAllRead, form.getFileName(), target.getFileName())
				: NLS.bind(Messages.FormJob_doneUnread, new Object[] { form.getFileName(), target.getFileName(), unread.size() });
		return new ResultReport(title, unread.isEmpty() ? IStatus.INFO : IStatus.WARNING, summary, details.toString().strip());
	}

	private static String editionTitle(String id) {
		Edition edition = EditionRegistry.getDefault().getEdition(id);
		return edition == null ? id : EditionTexts.title(edition) + "（" + id + "）"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What the form held, once read; null before, or when it could not be read. */
	public FormReadResult getReadResult() {
		return readResult;
	}

	/** The editor the new document was opened in, or null. */
	public IEditorPart getEditor() {
		return editor;
	}

	public Path getForm() {
		return form;
	}

	public Path getTarget() {
		return target;
	}
}
