/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clusterdesk.internal.ui.ClusterDeskUi;
import org.clusterdesk.internal.ui.ClusterTarget;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.editions.EditionRegistry;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The filled Word form to read, the edition to read it as (recognised from its title and cover unless chosen) and the
 * new .cluster file — beside the form with the same name unless the user types another. An existing file is only
 * replaced when the user ticks the replace box; a file open in an editor is not replaced at all.
 */
public class ImportFormPage extends WizardPage implements ClusterFileWizard.FilePage {

	private final IWorkbenchPage workbenchPage;

	private final List<Edition> editions = new ArrayList<>(EditionRegistry.getDefault().getEditions());

	private Path initialForm;

	private FileField form;

	private Combo edition;

	private FileField target;

	private Button replace;

	/** Whether the target was typed or chosen by the user (then it no longer follows the form). */
	private boolean targetEdited;

	private boolean settingTarget;

	public ImportFormPage(IWorkbenchPage workbenchPage) {
		super("importForm"); //$NON-NLS-1$
		this.workbenchPage = workbenchPage;
		setTitle(Messages.ImportFormPage_title);
		setDescription(Messages.ImportFormPage_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(composite);

		form = new FileField(composite, Messages.ImportFormPage_form, "docx", Messages.ImportFormPage_chooseForm, false); //$NON-NLS-1$
		form.getText().addModifyListener(e -> {
			proposeTarget();
			validate();
		});

		Label editionLabel = new Label(composite, SWT.NONE);
		editionLabel.setText(Messages.ImportFormPage_edition);
		edition = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
		edition.add(Messages.ImportFormPage_recognise);
		for (Edition e : editions) {
			edition.add(EditionTexts.summary(e));
		}
		edition.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(edition);
		edition.addListener(SWT.Selection, e -> validate());

		target = new FileField(composite, Messages.ImportFormPage_target, ClusterDeskUi.FILE_EXTENSION, Messages.ImportFormPage_chooseTarget,
				true);
		target.getText().addModifyListener(e -> {
			if (!settingTarget) {
				targetEdited = true;
			}
			validate();
		});

		replace = new Button(composite, SWT.CHECK);
		replace.setText(Messages.ImportFormPage_replace);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(replace);
		replace.addListener(SWT.Selection, e -> validate());

		Label explanation = new Label(composite, SWT.WRAP);
		explanation.setText(Messages.ImportFormPage_explanation);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(500, SWT.DEFAULT).indent(0, 8).applyTo(explanation);

		setControl(composite);
		if (initialForm != null) {
			form.setPath(initialForm);
		}
		validate();
	}

	/** Starts with this form when it is a Word file (a selected .cluster file is no target: it exists). */
	@Override
	public void setFile(Path path) {
		if (path == null || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) { //$NON-NLS-1$
			return;
		}
		if (form == null) {
			initialForm = path;
		} else {
			form.setPath(path);
		}
	}

	/** The target beside the form, with its name, while the user has not chosen another. */
	private void proposeTarget() {
		Path docx = form.getPath();
		if (targetEdited || docx == null || docx.getParent() == null) {
			return;
		}
		String name = docx.getFileName().toString().replaceFirst("(?i)\\.docx$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		settingTarget = true;
		try {
			target.setPath(docx.resolveSibling(name + '.' + ClusterDeskUi.FILE_EXTENSION));
		} finally {
			settingTarget = false;
		}
	}

	private void validate() {
		if (replace == null) {
			return;
		}
		Path docx = form.getPath();
		Path out = target.getPath();
		String error = null;
		String info = null;
		if (docx == null) {
			info = Messages.ImportFormPage_chooseFormMessage;
		} else if (!Files.isRegularFile(docx)) {
			error = NLS.bind(Messages.EarlierApplicationPage_notFound, docx);
		} else if (out == null) {
			error = Messages.ImportFormPage_noTarget;
		} else if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith('.' + ClusterDeskUi.FILE_EXTENSION)) {
			error = Messages.ImportFormPage_targetExtension;
		} else if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
			error = NLS.bind(Messages.ExportPage_noFolder, out.getParent());
		} else if (Files.isDirectory(out)) {
			error = NLS.bind(Messages.ExportPage_outputIsFolder, out);
		} else if (Files.exists(out) && !replace.getSelection()) {
			error = NLS.bind(Messages.ImportFormPage_exists, out.getFileName());
		} else if (Files.exists(out) && ClusterTarget.of(out, workbenchPage).editor() != null) {
			error = NLS.bind(Messages.ImportFormPage_openInEditor, out.getFileName());
		} else if (Files.exists(out)) {
			info = NLS.bind(Messages.ImportFormPage_replacing, out.getFileName());
		} else {
			info = Messages.ImportFormPage_ready;
		}
		setErrorMessage(error);
		setMessage(info, IMessageProvider.INFORMATION);
		setPageComplete(error == null && docx != null);
	}

	public Path getFormPath() {
		return form.getPath();
	}

	public Path getTargetPath() {
		return target.getPath();
	}

	/** The chosen edition's id, or null to recognise it from the form. */
	public String getEditionId() {
		int index = edition.getSelectionIndex();
		return index <= 0 ? null : editions.get(index - 1).getId();
	}

	/** Whether an existing target may be replaced. */
	public boolean isReplace() {
		return replace.getSelection();
	}

	public FileField getFormField() {
		return form;
	}

	public FileField getTargetField() {
		return target;
	}

	public Combo getEditionCombo() {
		return edition;
	}

	public Button getReplaceButton() {
		return replace;
	}

	@Override
	public void refresh() {
		validate();
	}
}
