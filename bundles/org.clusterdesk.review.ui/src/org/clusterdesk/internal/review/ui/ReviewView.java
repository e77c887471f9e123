/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.clusterdesk.review.BatchReview;
import org.clusterdesk.review.ReviewScan;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * 申报审查: the batch review's overview in the workbench, over a folder or over the applications open in editors.
 * The review runs as a job (progress per file, cancellable) and the table shows the result when it ends; a
 * double-click or Enter opens the application at its first problem.
 */
public class ReviewView extends ViewPart {

	public static final String ID = "org.clusterdesk.review.ui.ReviewView"; //$NON-NLS-1$

	private static final String PLUGIN_ID = "org.clusterdesk.review.ui"; //$NON-NLS-1$

	private Text filter;

	private ReviewTable table;

	private Label status;

	private ReviewScope scope;

	private ReviewResult shown;

	private ReviewJob running;

	private Action reviewFolder;

	private Action reviewEditors;

	private Action refresh;

	private Action stop;

	private Action export;

	private Action copy;

	private Action open;

	private Action subfolders;

	/** The memento key of the last folder reviewed: the view reviews it again when the workbench restarts. */
	private static final String MEMENTO_FOLDER = "folder"; //$NON-NLS-1$

	/** The memento key of whether folders are reviewed with their subfolders. */
	private static final String MEMENTO_RECURSIVE = "recursive"; //$NON-NLS-1$

	/** The folder of the last session, reviewed again once the view is built; null when none. */
	private Path restoredFolder;

	/** Whether the last session reviewed folders with their subfolders. */
	private boolean restoredRecursive;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		String folder = memento == null ? null : memento.getString(MEMENTO_FOLDER);
		if (folder != null && Files.isDirectory(Path.of(folder))) {
			restoredFolder = Path.of(folder);
		}
		restoredRecursive = memento != null && Boolean.TRUE.equals(memento.getBoolean(MEMENTO_RECURSIVE));
	}

	@Override
	public void saveState(IMemento memento) {
		super.saveState(memento);
		if (scope instanceof ReviewScope.Folder folder) {
			memento.putString(MEMENTO_FOLDER, folder.folder().toString());
		}
		memento.putBoolean(MEMENTO_RECURSIVE, subfolders.isChecked());
	}

	/** The 包括子文件夹 toggle of the view's menu. */
	public IAction subfoldersAction() {
		return subfolders;
	}

	/** The folder the view will review again after a restart, as kept by {@link #saveState}; null when none. */
	public Path restoredFolder() {
		return restoredFolder;
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		body.setLayout(layout);

		filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Filter_message);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(e -> {
			table.filter(filter.getText());
			updateStatus();
		});

		table = new ReviewTable(body);
		table.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.viewer().addOpenListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof ReviewRow row) {
				open(row);
			}
		});
		// Ctrl+F where the Find command has no binding (the workbench's own binding reaches the FIND handler below)
		table.viewer().getTable().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
				focusFilter();
				e.doit = false;
			}
		});
		getSite().setSelectionProvider(table.viewer());

		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText(Messages.Status_none);

		createActions();
		IActionBars bars = getViewSite().getActionBars();
		contribute(bars.getToolBarManager());
		contribute(bars.getMenuManager());
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), new Action() {

			@Override
			public void run() {
				focusFilter();
			}
		});
		// Edit > Copy (Ctrl+C) and Select All (Ctrl+A) on the table; the filter field keeps its own
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), new Action() {

			@Override
			public void run() {
				table.viewer().getTable().selectAll();
			}
		});
		MenuManager context = new MenuManager();
		context.add(open);
		context.add(new Separator());
		context.add(copy);
		table.viewer().getTable().setMenu(context.createContextMenu(table.viewer().getTable()));
		updateActions();
		if (restoredFolder != null) {
			// after the workbench has come up: the review runs in the background, the startup does not wait for it
			Path folder = restoredFolder;
			parent.getDisplay().asyncExec(() -> {
				if (!status.isDisposed() && scope == null) {
					reviewFolder(folder);
				}
			});
		}
	}

	private void createActions() {
		reviewFolder = action(Messages.Action_reviewFolder, Messages.Action_reviewFolder_tip, "icons/review_folder.png", this::reviewSelectedFolder); //$NON-NLS-1$
		reviewEditors = action(Messages.Action_reviewEditors, Messages.Action_reviewEditors_tip, "icons/review_editors.png", //$NON-NLS-1$
				this::reviewOpenEditors);
		refresh = action(Messages.Action_refresh, Messages.Action_refresh_tip, "icons/refresh.png", this::refresh); //$NON-NLS-1$
		stop = action(Messages.Action_stop, Messages.Action_stop_tip, null, () -> {
			if (running != null) {
				running.cancel();
			}
		});
		stop.setImageDescriptor(getSite().getWorkbenchWindow().getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
		export = action(Messages.Action_export, Messages.Action_export_tip, "icons/export_workbook.png", this::exportWorkbook); //$NON-NLS-1$
		open = action(Messages.Action_open, Messages.Action_open_tip, null, () -> {
			if (table.viewer().getStructuredSelection().getFirstElement() instanceof ReviewRow row) {
				open(row);
			}
		});
		subfolders = new Action(Messages.Action_subfolders, IAction.AS_CHECK_BOX) {

			@Override
			public void run() {
				// the folder on show again, with or without its subfolders
				if (scope instanceof ReviewScope.Folder folder && running == null) {
					reviewFolder(folder.folder());
				}
			}
		};
		subfolders.setToolTipText(Messages.Action_subfolders_tip);
		subfolders.setChecked(restoredRecursive);
		copy = action(Messages.Action_copy, Messages.Action_copy_tip, null, this::copy);
		copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
		copy.setImageDescriptor(getSite().getWorkbenchWindow().getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
	}

	/**
	 * 复制: the selected rows (all rows shown when none is selected) with the header, as tab-separated text that
	 * spreadsheets paste as a table; the filter field copies its own text.
	 */
	public String copy() {
		Control focus = Display.getCurrent() == null ? null : Display.getCurrent().getFocusControl();
		if (focus == filter) {
			filter.copy();
			return null;
		}
		List<ReviewRow> rows = table.selectedOrShownRows();
		if (rows.isEmpty()) {
			return null;
		}
		String text = table.tabSeparated(rows);
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Copy_done, rows.size()));
		return text;
	}

	private static Action action(String text, String toolTip, String icon, Runnable run) {
		Action action = new Action(text) {

			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(toolTip);
		if (icon != null) {
			action.setImageDescriptor(ResourceLocator.imageDescriptorFromBundle(ReviewView.class, icon).orElse(null));
		}
		return action;
	}

	private void contribute(IToolBarManager toolBar) {
		toolBar.add(reviewFolder);
		toolBar.add(reviewEditors);
		toolBar.add(refresh);
		toolBar.add(stop);
		toolBar.add(new Separator());
		toolBar.add(export);
	}

	private void contribute(IMenuManager menu) {
		menu.add(reviewFolder);
		menu.add(subfolders);
		menu.add(reviewEditors);
		menu.add(refresh);
		menu.add(stop);
		menu.add(new Separator());
		menu.add(export);
	}

	@Override
	public void setFocus() {
		table.viewer().getTable().setFocus();
	}

	// ---------------------------------------------------------------- reviewing

	/** 审查文件夹…: the folder selected in the Project Explorer (a file stands for its folder), else one chosen. */
	public void reviewSelectedFolder() {
		Path folder = selectedFolder();
		if (folder == null) {
			DirectoryDialog dialog = new DirectoryDialog(getSite().getShell(), SWT.OPEN);
			dialog.setText(Messages.Folder_title);
			dialog.setMessage(Messages.Folder_message);
			if (scope instanceof ReviewScope.Folder last) {
				dialog.setFilterPath(last.folder().toString());
			}
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			folder = Path.of(chosen);
		}
		reviewFolder(folder);
	}

	private Path selectedFolder() {
		ISelection selection = getSite().getWorkbenchWindow().getSelectionService().getSelection(IPageLayout.ID_PROJECT_EXPLORER);
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			IContainer container = resource instanceof IContainer c ? c : resource == null ? null : resource.getParent();
			if (container != null && container.getType() != IResource.ROOT && container.getLocation() != null) {
				return container.getLocation().toPath();
			}
		}
		return null;
	}

	/** Reviews the .cluster files directly in the folder. */
	public ReviewJob reviewFolder(Path folder) {
		return review(new ReviewScope.Folder(folder.toAbsolutePath().normalize(), subfolders.isChecked()));
	}

	/** Reviews what the open ClusterDesk editors hold, unsaved edits included. */
	public ReviewJob reviewOpenEditors() {
		return review(new ReviewScope.OpenEditors(getSite().getWorkbenchWindow().getWorkbench()));
	}

	/** Reviews the last scope again; null when nothing was reviewed yet. */
	public ReviewJob refresh() {
		return scope == null ? null : review(scope);
	}

	private ReviewJob review(ReviewScope newScope) {
		if (running != null) {
			running.cancel();
		}
		scope = newScope;
		ReviewJob job = new ReviewJob(newScope, newScope.take(), (done, result) -> Display.getDefault().asyncExec(() -> finished(done, result)));
		running = job;
		status.setText(NLS.bind(Messages.Status_running, newScope.describe()));
		updateActions();
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			// the view's tab shows it is busy; the Progress view has the per-file progress and the cancel
			progress.schedule(job, 0, true);
		} else {
			job.schedule();
		}
		return job;
	}

	private void finished(ReviewJob job, ReviewResult result) {
		if (status.isDisposed() || job != running) {
			return; // the view was closed, or another review started meanwhile
		}
		running = null;
		shown = result;
		table.show(result.rows());
		setContentDescription(result.scope().describe());
		updateStatus();
		updateActions();
	}

	private void updateStatus() {
		if (shown == null || status.isDisposed()) {
			return;
		}
		String text;
		if (shown.sources() == 0) {
			text = shown.scope() instanceof ReviewScope.Folder ? NLS.bind(Messages.Status_empty, shown.scope().describe()) : Messages.Status_noEditors;
		} else {
			text = NLS.bind(Messages.Status_summary,
					new Object[] { shown.applications(), shown.errors(), shown.ineligible(), shown.unreadable() });
			int visible = table.viewer().getTable().getItemCount();
			if (visible != shown.rows().size()) {
				text += NLS.bind(Messages.Status_filtered, visible, shown.rows().size());
			}
		}
		if (shown.cancelled()) {
			text = NLS.bind(Messages.Status_cancelled, shown.rows().size()) + ' ' + text;
		}
		status.setText(text);
		status.setToolTipText(text);
	}

	private void updateActions() {
		refresh.setEnabled(scope != null && running == null);
		stop.setEnabled(running != null);
		export.setEnabled(scope != null && running == null);
	}

	// ---------------------------------------------------------------- opening and exporting

	/** Opens the application of the row in the ClusterDesk editor, at its first problem. */
	public void open(ReviewRow row) {
		if (!row.summary().readable() || row.file() == null) {
			getViewSite().getActionBars().getStatusLineManager()
					.setErrorMessage(NLS.bind(Messages.Open_unreadable, row.summary().file(), row.summary().loadError()));
			return;
		}
		try {
			OpenApplication.open(getSite().getPage(), row.file(), row.summary().firstProblem());
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(NLS.bind(Messages.Open_failed, row.file(), e.getMessage()));
		}
	}

	/** 导出审查工作簿…: asks where, then writes the workbook of what was reviewed. */
	private void exportWorkbook() {
		if (scope == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
		if (scope instanceof ReviewScope.Folder folder) {
			dialog.setFilterPath(folder.folder().toString());
		}
		dialog.setFileName(Messages.Export_defaultName);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			exportWorkbook(Path.of(chosen));
		}
	}

	/**
	 * Writes the batch review workbook of what was last reviewed — the folder's files, or the open applications as
	 * the editors hold them now — in the background, as {@code clusterdesk batch} does (atomically: on failure or
	 * cancel the target stays as it was); null when nothing was reviewed yet.
	 */
	public Job exportWorkbook(Path out) {
		if (scope == null) {
			return null;
		}
		// open editors are copied here, on the UI thread; a folder is listed by the job
		Supplier<List<ReviewScan.Source>> sources = scope.take();
		Job job = new Job(NLS.bind(Messages.Export_job, out.getFileName())) {

			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					BatchReview.runSources(sources.get(), out, null, monitor, null);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					// reported by the workbench in words
					return Status.error(e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage(), e);
				}
				Display.getDefault().asyncExec(() -> {
					if (!status.isDisposed()) {
						getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Export_done, out));
					}
				});
				return new Status(IStatus.OK, PLUGIN_ID, NLS.bind(Messages.Export_done, out));
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Ctrl+F: the filter, with its text selected to type over. */
	public void focusFilter() {
		filter.setFocus();
		filter.selectAll();
	}

	// ---------------------------------------------------------------- for tests

	public ReviewTable table() {
		return table;
	}

	public Text filterText() {
		return filter;
	}

	public String statusText() {
		return status.getText();
	}

	/** The result the table shows, or null before the first review ends. */
	/** Whether a review is running. */
	public boolean isReviewing() {
		return running != null;
	}

	public ReviewResult shownResult() {
		return shown;
	}

	@Override
	public void dispose() {
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}
}
