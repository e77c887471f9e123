/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompetitionReport;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The workbook to import and the competition report that receives the four libraries. The lists the workbook has
 * replace the report's; the others stay. The page says whether the change will be an undoable edit in the open
 * editor or a save of the closed file.
 */
public class ImportLibrariesPage extends WizardPage implements ClusterFileWizard.FilePage {

	private final ClusterFileCheck check;

	private Path initialTarget;

	private FileField workbook;

	private FileField target;

	private Button refuseOnErrors;

	private Button allowEmpty;

	public ImportLibrariesPage(IWorkbenchPage workbenchPage) {
		super("importLibraries"); //$NON-NLS-1$
		this.check = new ClusterFileCheck(workbenchPage);
		setTitle(Messages.ImportLibrariesPage_title);
		setDescription(Messages.ImportLibrariesPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(composite);

		workbook = new FileField(composite, Messages.ImportLibrariesPage_workbook, "xlsx", Messages.ImportLibrariesPage_chooseWorkbook, //$NON-NLS-1$
				false);
		workbook.getText().addModifyListener(e -> validate());
		target = new FileField(composite, Messages.ImportLibrariesPage_target, ClusterDeskUi.FILE_EXTENSION,
				Messages.ImportLibrariesPage_chooseTarget, false);
		target.getText().addModifyListener(e -> validate());

		Label explanation = new Label(composite, SWT.WRAP);
		explanation.setText(Messages.ImportLibrariesPage_explanation);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(500, SWT.DEFAULT).indent(0, 8).applyTo(explanation);

		refuseOnErrors = new Button(composite, SWT.CHECK);
		refuseOnErrors.setText(Messages.ImportLibrariesPage_refuseOnErrors);
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 4).applyTo(refuseOnErrors);

		allowEmpty = new Button(composite, SWT.CHECK);
		allowEmpty.setText(Messages.ImportLibrariesPage_allowEmpty);
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 4).applyTo(allowEmpty);

		setControl(composite);
		if (initialTarget != null) {
			target.setPath(initialTarget);
		}
		validate();
	}

	/** Starts with this report (the selection or the active editor's). */
	@Override
	public void setFile(Path path) {
		setTarget(path);
	}

	public void setTarget(Path path) {
		if (target == null) {
			initialTarget = path;
		} else {
			target.setPath(path);
		}
	}

	private void validate() {
		if (target == null) {
			return;
		}
		Path book = workbook.getPath();
		Path report = target.getPath();
		check.check(report);
		String error = null;
		String info = null;
		if (book == null) {
			info = Messages.ImportLibrariesPage_chooseWorkbookMessage;
		} else if (!Files.isRegularFile(book)) {
			error = NLS.bind(Messages.EarlierApplicationPage_notFound, book);
		}
		if (error == null) {
			if (report == null) {
				info = info == null ? Messages.ImportLibrariesPage_chooseTargetMessage : info;
			} else if (check.problem() != null) {
				error = check.problem();
			} else if (!(check.document() instanceof CompetitionReport)) {
				ClusterDocument document = check.document();
				error = NLS.bind(Messages.ImportLibrariesPage_notCompetition, report.getFileName(),
						document.getEdition() == null ? document.getEditionId() : EditionTexts.title(document.getEdition()));
			} else if (info == null) {
				ClusterTarget open = check.target();
				info = open != null && open.editingDomain() != null ? Messages.ImportLibrariesPage_intoEditor
						: Messages.ImportLibrariesPage_intoFile;
			}
		}
		setErrorMessage(error);
		setMessage(info, IMessageProvider.INFORMATION);
		setPageComplete(error == null && book != null && report != null);
	}

	public Path getWorkbookPath() {
		return workbook.getPath();
	}

	public Path getTargetPath() {
		return target.getPath();
	}

	/** Whether a table with a header and no rows may empty a library that has entries. */
	public boolean isAllowEmpty() {
		return allowEmpty != null && allowEmpty.getSelection();
	}

	public boolean isRefuseOnErrors() {
		return refuseOnErrors.getSelection();
	}

	public FileField getWorkbookField() {
		return workbook;
	}

	public FileField getTargetField() {
		return target;
	}

	@Override
	public void refresh() {
		check.reset();
		validate();
	}
}
