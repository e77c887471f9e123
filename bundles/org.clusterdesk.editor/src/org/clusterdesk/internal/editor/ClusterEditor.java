/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.clusterdesk.internal.editor.forms.Binding;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.ProblemTarget;
import org.clusterdesk.internal.editor.forms.TextField;
import org.clusterdesk.internal.editor.pages.ClusterFormPage;
import org.clusterdesk.internal.editor.pages.LibraryPage;
import org.clusterdesk.internal.editor.pages.OverviewPage;
import org.clusterdesk.internal.editor.pages.PageHost;
import org.clusterdesk.internal.editor.pages.ParkPage;
import org.clusterdesk.internal.editor.pages.SectionPage;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.DocumentLock;
import org.clusterdesk.model.resource.migration.MigrationReport;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The ClusterDesk forms editor for {@code .cluster} files: an overview page, then one page per section of the
 * file's edition (one per park, one per library), showing only the edition's rows in the form's wording. Every change
 * is an EMF command on the editing domain (undo / redo, dirty state); saving goes through {@link ClusterFiles} (atomic,
 * with a .bak). Validation runs as the user types and decorates the fields; for workspace files the findings are also
 * problem markers.
 */
public class ClusterEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker, FormContext.Host, PageHost {

	/** The editor id. */
	public static final String ID = "org.clusterdesk.editor.ClusterEditor"; //$NON-NLS-1$

	/** The key binding context while the editor is active (Ctrl+PageDown turns its pages). */
	public static final String CONTEXT = "org.clusterdesk.editor.context"; //$NON-NLS-1$

	private ComposedAdapterFactory adapterFactory;

	private AdapterFactoryEditingDomain domain;

	private Resource resource;

	private ClusterDocument document;

	private FormContext context;

	private Path file;

	private FileTime savedTime;

	private ValidationScheduler validation;

	private boolean validated;

	private UndoRedoAction undoAction;

	private UndoRedoAction redoAction;

	private IAction revertAction;

	private final List<ParkPage> parkPages = new ArrayList<>();

	private boolean checkingFile;

	private boolean refreshing;

	/** Called when a command has run (also after undo / redo): every shown value is refreshed at once. */
	private final CommandStackListener stackListener = event -> {
		if (context != null && !isDisposed() && !refreshing) {
			refreshing = true;
			try {
				changed();
			} finally {
				refreshing = false;
			}
		}
	};

	private final IPartListener2 activation = new IPartListener2() {

		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == ClusterEditor.this) {
				checkFileChanged();
			}
		}
	};

	private boolean disposed;

	/** The document's lock, held from loading to closing (null where the folder allows no lock file). */
	private DocumentLock lock;

	/** Whether the document was upgraded from an older file version when loaded and not saved since. */
	private boolean migrated;

	// ---------------------------------------------------------------- opening

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path path = pathOf(input);
		if (path == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		super.init(site, input);
		// the document is this editor's from loading to closing: a command-line write or a second editor is refused
		holdLock(path);
		try {
			load(path);
		} catch (PartInitException | RuntimeException e) {
			releaseLock();
			throw e;
		}
		setPartName(input.getName());
		site.getPage().addPartListener(activation);
		IContextService contexts = site.getService(IContextService.class);
		if (contexts != null) {
			contexts.activateContext(CONTEXT);
		}
	}

	/**
	 * Takes the document's lock ({@code .NAME.cluster.lock}, {@link DocumentLock#hold}); refused when another editor or
	 * program holds it. A folder where no lock file can be made (a read-only share) is opened without one.
	 */
	private void holdLock(Path path) throws PartInitException {
		try {
			lock = DocumentLock.hold(path);
		} catch (DocumentLock.Busy e) {
			throw new PartInitException(e.getMessage(), e);
		} catch (IOException e) {
			lock = null;
			ILog.of(getClass()).warn(NLS.bind(Messages.Editor_noLock, path, e.getLocalizedMessage()), e);
		}
	}

	private void releaseLock() {
		if (lock != null) {
			try {
				lock.close();
			} catch (IOException e) {
				ILog.of(getClass()).warn(e.getMessage(), e);
			}
			lock = null;
		}
	}

	/** The lock this editor holds on its file, or null (for tests). */
	public DocumentLock documentLock() {
		return lock;
	}

	/** The file on disk of an editor input: a workspace file, or a file opened with File > Open File…. */
	public static Path pathOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			IPath location = fileInput.getFile().getLocation();
			return location == null ? null : location.toPath();
		}
		if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null; //$NON-NLS-1$
		}
		if (input instanceof IPathEditorInput pathInput) {
			return pathInput.getPath().toPath();
		}
		return null;
	}

	private void load(Path path) throws PartInitException {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		ResourceSet set = ClusterFiles.createResourceSet();
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack, set);
		try {
			document = ClusterFiles.load(set, path);
		} catch (ClusterLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		resource = document.eResource();
		// an older file was upgraded in memory: it must be saved to be upgraded on disk, so the editor opens dirty
		migrated = MigrationReport.of(resource) != null;
		file = path.toAbsolutePath().normalize();
		savedTime = modified(file);
		context = new FormContext(domain, document, this);
		stack.addCommandStackListener(stackListener);
		validation = new ValidationScheduler(getSite().getShell().getDisplay(), document, file.getFileName().toString(), this::findingsArrived);
		if (undoAction == null) {
			undoAction = new UndoRedoAction(this, true);
			redoAction = new UndoRedoAction(this, false);
			revertAction = new RevertAction(this);
		} else {
			undoAction.update();
			redoAction.update();
		}
	}

	@Override
	protected void addPages() {
		context.setToolkit(getToolkit());
		try {
			addPage(new OverviewPage(this, context, this));
			Edition edition = document.getEdition();
			if (edition != null) {
				int index = 0;
				for (FormSection section : edition.getSections()) {
					addSectionPages(section, index++);
				}
			}
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
		updateTabToolTips();
		// the first check after the first paint of a page: a large report shows its page before the check's copy is made
		ValidationScheduler scheduler = validation;
		Display display = getContainer().getDisplay();
		boolean[] started = new boolean[1];
		Runnable start = () -> {
			if (!started[0] && !isDisposed() && scheduler == validation) {
				started[0] = true;
				scheduler.runNow();
			}
		};
		Listener painted = new Listener() {

			@Override
			public void handleEvent(Event event) {
				if (event.widget instanceof Control c && isInside(c)) {
					display.removeFilter(SWT.Paint, this);
					display.timerExec(500, start);
				}
			}
		};
		display.addFilter(SWT.Paint, painted);
		// when nothing paints (the editor hidden behind another), check anyway
		display.timerExec(1500, () -> {
			display.removeFilter(SWT.Paint, painted);
			start.run();
		});
	}

	private boolean isInside(Control control) {
		Composite container = getContainer();
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == container) {
				return true;
			}
		}
		return false;
	}

	private void addSectionPages(FormSection section, int index) throws PartInitException {
		if (section.getFeature() == Literals.COMPETITION_REPORT__LIBRARIES) {
			for (FormRow row : section.getRows()) {
				addPage(new LibraryPage(this, context, "library-" + row.getFeature().getName(), section, row)); //$NON-NLS-1$
			}
		} else if (section.getFeature() == Literals.COMPETITION_REPORT__PARKS) {
			syncParkPages(section, getPageCount());
		} else {
			addPage(new SectionPage(this, context, "section-" + index, section)); //$NON-NLS-1$
		}
	}

	/** One page per park, after the pages before section 三; rebuilt when parks are added or removed. */
	private void syncParkPages(FormSection section, int at) throws PartInitException {
		List<Park> parks = document instanceof CompetitionReport report ? report.getParks() : List.of();
		List<Park> shown = parkPages.stream().map(ParkPage::park).toList();
		if (!parkPages.isEmpty() && (shown.equals(parks) || parks.isEmpty() && shown.size() == 1 && shown.get(0) == null)) {
			return;
		}
		String active = getActivePageInstance() == null ? null : getActivePageInstance().getId();
		Park added = parks.stream().filter(p -> !shown.contains(p)).reduce((a, b) -> b).orElse(null);
		int start = at;
		if (!parkPages.isEmpty()) {
			start = parkPages.get(0).getIndex();
			for (int i = parkPages.size() - 1; i >= 0; i--) {
				removePage(parkPages.get(i).getIndex());
			}
			parkPages.clear();
		}
		int position = start;
		if (parks.isEmpty()) {
			ParkPage page = new ParkPage(this, context, "park-none", section, null, 0); //$NON-NLS-1$
			addPage(position, page);
			parkPages.add(page);
		} else {
			for (int i = 0; i < parks.size(); i++) {
				ParkPage page = new ParkPage(this, context, "park-" + System.identityHashCode(parks.get(i)), section, parks.get(i), i + 1); //$NON-NLS-1$
				addPage(position++, page);
				parkPages.add(page);
			}
		}
		updateTabToolTips();
		ParkPage newPage = parkPages.stream().filter(p -> added != null && p.park() == added).findFirst().orElse(null);
		if (newPage != null && !shown.isEmpty()) {
			// a park just added (not the first build): its page opens
			setActivePage(newPage.getId());
		} else if (active != null && active.startsWith("park-") && findPage(active) == null && !parkPages.isEmpty()) { //$NON-NLS-1$
			setActivePage(parkPages.get(parkPages.size() - 1).getId());
		}
	}

	private void updateTabToolTips() {
		if (!(getContainer() instanceof CTabFolder folder)) {
			return;
		}
		for (int i = 0; i < getPageCount() && i < folder.getItemCount(); i++) {
			if (pages.get(i) instanceof ClusterFormPage page) {
				folder.getItem(i).setToolTipText(page.heading());
			}
		}
	}

	// ---------------------------------------------------------------- changes

	private void changed() {
		Command recent = domain.getCommandStack().getMostRecentCommand();
		context.setLastChanged(recent == null ? List.of() : recent.getAffectedObjects());
		context.recomputeDerived();
		FormSection parksSection = parksSection();
		if (parksSection != null) {
			try {
				syncParkPages(parksSection, getPageCount());
			} catch (PartInitException e) {
				ILog.of(getClass()).error(e.getMessage(), e);
			}
		}
		for (ClusterFormPage page : formPages()) {
			page.refresh();
		}
		undoAction.update();
		redoAction.update();
		revertAction.setEnabled(isDirty());
		firePropertyChange(PROP_DIRTY);
		validation.schedule();
	}

	private FormSection parksSection() {
		Edition edition = document.getEdition();
		if (edition == null) {
			return null;
		}
		for (FormSection section : edition.getSections()) {
			if (section.getFeature() == Literals.COMPETITION_REPORT__PARKS) {
				return section;
			}
		}
		return null;
	}

	/** The pages of the editor, in tab order. */
	public List<ClusterFormPage> formPages() {
		List<ClusterFormPage> list = new ArrayList<>();
		if (pages != null) {
			for (Object page : pages) {
				if (page instanceof ClusterFormPage p) {
					list.add(p);
				}
			}
		}
		return list;
	}

	private void findingsArrived(List<RuleFinding> findings) {
		if (isDisposed()) {
			return;
		}
		validated = true;
		context.setFindings(findings);
		for (ClusterFormPage page : formPages()) {
			page.findingsChanged();
			if (page instanceof OverviewPage overview) {
				overview.refreshFindings();
			}
		}
		IFile workspaceFile = workspaceFile();
		if (workspaceFile != null) {
			ProblemMarkers.update(workspaceFile, resource, findings);
		}
	}

	/** Writes the text typed into fields; returns the fields whose text could not be read (they keep it). */
	public List<Binding> commitPending() {
		return context == null ? List.of() : context.commitPending();
	}

	@Override
	public void pendingChanged() {
		if (!isDisposed()) {
			firePropertyChange(PROP_DIRTY);
			if (revertAction != null) {
				revertAction.setEnabled(isDirty());
			}
		}
	}

	@Override
	public boolean isDirty() {
		return domain != null && (migrated || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || context.hasPending());
	}

	// ---------------------------------------------------------------- saving

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!save(file, monitor)) {
			return;
		}
		IFile workspaceFile = workspaceFile();
		if (workspaceFile != null) {
			try {
				workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).warn(e.getMessage(), e);
			}
		}
	}

	/** Saves to the path; on failure the user is told, the editor stays dirty and nothing is lost. */
	private boolean save(Path target, IProgressMonitor monitor) {
		List<Binding> unread = commitPending();
		FileTime onDisk = modified(target);
		if (target.equals(file) && savedTime != null && onDisk != null && !onDisk.equals(savedTime)
				&& !DiskChangePrompt.ask(getSite().getShell(), Messages.Changed_title, NLS.bind(Messages.Changed_overwrite, target))) {
			// another program saved since this editor read the file: keep its version unless the user says otherwise
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return false;
		}
		try {
			ClusterFiles.save(resource, target);
		} catch (IOException | RuntimeException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			ErrorDialog.openError(getSite().getShell(), Messages.Save_failedTitle, NLS.bind(Messages.Save_failed, target),
					new Status(IStatus.ERROR, getClass(), e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage(), e));
			return false;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		if (migrated) {
			migrated = false;
			MigrationReport.clear(resource);
			if (findPage(OverviewPage.ID) instanceof OverviewPage overview) {
				overview.migrationSaved();
			}
		}
		savedTime = modified(target);
		firePropertyChange(PROP_DIRTY);
		revertAction.setEnabled(isDirty());
		if (!unread.isEmpty()) {
			String fields = unread.stream().map(b -> b instanceof TextField t ? t.label() : String.valueOf(b)).collect(Collectors.joining("\n")); //$NON-NLS-1$
			ErrorDialog.openError(getSite().getShell(), Messages.Save_unreadTitle, null,
					new Status(IStatus.WARNING, getClass(), NLS.bind(Messages.Save_unread, fields)));
		}
		return true;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		Shell shell = getSite().getShell();
		IFile workspaceFile = workspaceFile();
		if (workspaceFile != null) {
			SaveAsDialog dialog = new SaveAsDialog(shell);
			dialog.setOriginalFile(workspaceFile);
			if (dialog.open() != Window.OK || dialog.getResult() == null) {
				return;
			}
			IPath path = dialog.getResult();
			if (path.getFileExtension() == null) {
				path = path.addFileExtension("cluster"); //$NON-NLS-1$
			}
			IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
			if (target.getLocation() == null) {
				return;
			}
			saveAs(target.getLocation().toPath(), new FileEditorInput(target));
			try {
				target.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).warn(e.getMessage(), e);
			}
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.cluster", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterPath(file.getParent().toString());
		dialog.setFileName(file.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen);
		if (!target.getFileName().toString().contains(".")) { //$NON-NLS-1$
			target = target.resolveSibling(target.getFileName() + ".cluster"); //$NON-NLS-1$
		}
		IFileStore store = EFS.getLocalFileSystem().getStore(target.toUri());
		saveAs(target, new FileStoreEditorInput(store));
	}

	/** Saves under another name and goes on editing that file. */
	public boolean saveAs(Path target, IEditorInput input) {
		IFile before = workspaceFile();
		org.eclipse.emf.common.util.URI oldUri = resource.getURI();
		resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(target.toAbsolutePath().normalize().toString()));
		if (!save(target, null)) {
			resource.setURI(oldUri);
			return false;
		}
		Path previous = file;
		file = target.toAbsolutePath().normalize();
		if (!file.equals(previous)) {
			// the lock follows the file the editor now edits
			releaseLock();
			try {
				holdLock(file);
			} catch (PartInitException e) {
				ILog.of(getClass()).warn(e.getMessage(), e);
			}
		}
		if (before != null) {
			ProblemMarkers.clear(before);
		}
		setInputWithNotify(input);
		setPartName(input.getName());
		firePropertyChange(PROP_TITLE);
		findingsArrived(context.findings());
		return true;
	}

	/** Throws away the changes and shows the file as it is on disk. */
	public void revert() {
		if (isDirty() && !MessageDialog.openConfirm(getSite().getShell(), Messages.Revert_title, NLS.bind(Messages.Revert_confirm, file.getFileName()))) {
			return;
		}
		reload();
	}

	/** Loads the file again without asking, rebuilding every page (after revert, or after a change on disk). */
	public void reload() {
		String active = getActivePageInstance() == null ? null : getActivePageInstance().getId();
		ClusterDocument before = document;
		FormContext oldContext = context;
		BasicCommandStack oldStack = (BasicCommandStack) domain.getCommandStack();
		ComposedAdapterFactory oldFactory = adapterFactory;
		AdapterFactoryEditingDomain oldDomain = domain;
		Resource oldResource = resource;
		Path oldFile = file;
		ValidationScheduler oldValidation = validation;
		try {
			load(file);
		} catch (PartInitException e) {
			// the file on disk is damaged: keep what is shown and say why
			ErrorDialog.openError(getSite().getShell(), Messages.Revert_title, e.getMessage(), e.getStatus());
			document = before;
			context = oldContext;
			adapterFactory = oldFactory;
			domain = oldDomain;
			resource = oldResource;
			file = oldFile;
			validation = oldValidation;
			return;
		}
		oldValidation.dispose();
		oldStack.removeCommandStackListener(stackListener);
		oldFactory.dispose();
		parkPages.clear();
		while (getPageCount() > 0) {
			removePage(getPageCount() - 1);
		}
		validated = false;
		addPages();
		if (active != null && findPage(active) != null) {
			setActivePage(active);
		} else {
			setActivePage(0);
		}
		undoAction.update();
		redoAction.update();
		revertAction.setEnabled(false);
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * When the editor is activated: has another program changed the file? A clean editor reloads it; a dirty one asks
	 * whether to reload (dropping its changes) or keep its own.
	 */
	public void checkFileChanged() {
		if (checkingFile || file == null) {
			return;
		}
		FileTime now = modified(file);
		if (now == null || now.equals(savedTime)) {
			return;
		}
		checkingFile = true;
		try {
			savedTime = now;
			if (!isDirty() || DiskChangePrompt.ask(getSite().getShell(), Messages.Changed_title, NLS.bind(Messages.Changed_question, file))) {
				reload();
			}
		} finally {
			checkingFile = false;
		}
	}

	private static FileTime modified(Path path) {
		try {
			return Files.getLastModifiedTime(path);
		} catch (IOException e) {
			return null;
		}
	}

	// ---------------------------------------------------------------- navigation

	@Override
	public void reveal(RuleFinding finding) {
		ProblemTarget target = context.locate(finding);
		if (target == null) {
			ClusterFormPage page = pageOf(finding.owner(), finding.section());
			if (page == null) {
				return;
			}
			setActivePage(page.getId());
			target = context.locate(finding);
			if (target == null) {
				return;
			}
		}
		String pageId = target.pageId().contains("#") ? target.pageId().substring(0, target.pageId().indexOf('#')) : target.pageId(); //$NON-NLS-1$
		if (getActivePageInstance() == null || !pageId.equals(getActivePageInstance().getId())) {
			setActivePage(pageId);
		}
		target.reveal(finding);
	}

	/** The page showing an object, else the page of the section number; null when none. */
	private ClusterFormPage pageOf(EObject owner, String section) {
		for (ClusterFormPage page : formPages()) {
			if (owner != null && page.contains(owner)) {
				return page;
			}
		}
		for (ClusterFormPage page : formPages()) {
			if (section != null && section.equals(page.sectionNumber())) {
				return page;
			}
		}
		return null;
	}

	@Override
	public void showSection(FormSection section) {
		for (ClusterFormPage page : formPages()) {
			if (page instanceof SectionPage s && s.section() == section || page instanceof LibraryPage l && l.section() == section
					|| page instanceof ParkPage p && p.section() == section) {
				setActivePage(page.getId());
				return;
			}
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		// our own markers and those of the validate command (EMF's uri attribute: file URI and the object's fragment)
		String fragment = marker.getAttribute(ProblemMarkers.OBJECT, null);
		String uri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
		if (fragment == null && uri != null) {
			fragment = org.eclipse.emf.common.util.URI.createURI(uri).fragment();
		}
		String featureName = marker.getAttribute(ProblemMarkers.FEATURE, null);
		EObject owner = fragment == null ? null : resource.getEObject(fragment);
		EStructuralFeature feature = owner == null || featureName == null ? null : owner.eClass().getEStructuralFeature(featureName);
		String section = marker.getAttribute("section", null); //$NON-NLS-1$
		if (section == null) {
			String location = marker.getAttribute(IMarker.LOCATION, null);
			section = location == null ? null : location.split(" ")[0]; //$NON-NLS-1$
		}
		reveal(new RuleFinding(marker.getAttribute(ProblemMarkers.RULE, ""), 0, section, null, null, null, null, //$NON-NLS-1$
				marker.getAttribute(IMarker.MESSAGE, ""), owner, feature)); //$NON-NLS-1$
	}

	// ---------------------------------------------------------------- access

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public ClusterDocument getDocument() {
		return document;
	}

	public FormContext getFormContext() {
		return context;
	}

	/** The file on disk. */
	public Path getFile() {
		return file;
	}

	/** The workspace file, or null for a file opened from the file system. */
	public IFile workspaceFile() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	public ValidationScheduler validation() {
		return validation;
	}

	IAction undoAction() {
		return undoAction;
	}

	IAction redoAction() {
		return redoAction;
	}

	IAction revertAction() {
		return revertAction;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IEditingDomainProvider.class || adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		if (adapter == ClusterDocument.class) {
			return adapter.cast(document);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public Shell getShell() {
		return getSite().getShell();
	}

	@Override
	public void showStatus(String message, boolean error) {
		if (getEditorSite() == null) {
			return;
		}
		var line = getEditorSite().getActionBars().getStatusLineManager();
		if (error) {
			line.setErrorMessage(message);
			getSite().getShell().getDisplay().timerExec(6000, () -> {
				if (!isDisposed()) {
					line.setErrorMessage(null);
				}
			});
		} else {
			line.setMessage(message);
		}
	}

	@Override
	public String location() {
		IFile workspaceFile = workspaceFile();
		return workspaceFile != null ? workspaceFile.getFullPath().toString() + "  (" + file + ")" : file.toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean isValidated() {
		return validated;
	}

	@Override
	public boolean isValidating() {
		return validation != null && validation.isBusy();
	}

	@Override
	public long lastValidationMillis() {
		return validation == null ? -1 : validation.lastMillis();
	}

	/** The page with the id (for tests), creating its controls. */
	public IFormPage showPage(String id) {
		return setActivePage(id);
	}

	boolean isDisposed() {
		return disposed;
	}

	@Override
	public void dispose() {
		disposed = true;
		if (validation != null) {
			validation.dispose();
		}
		getSite().getPage().removePartListener(activation);
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		IFile workspaceFile = workspaceFile();
		if (workspaceFile != null) {
			ProblemMarkers.clear(workspaceFile);
		}
		super.dispose();
		releaseLock();
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}

	/** Edit actions offered to the workbench's global handlers. */
	static IAction editAction(ActionFactory kind) {
		return new EditActionHandler(kind);
	}
}
