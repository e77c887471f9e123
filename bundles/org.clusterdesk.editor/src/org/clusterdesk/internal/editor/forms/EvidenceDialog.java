/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.EvidenceRef;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the evidence of a ticked option or a row that needs it (佐证材料): which attachment (an existing one, or a
 * new file added to the document's attachments) and on which page.
 */
public final class EvidenceDialog extends Dialog {

	/** Return code of "later": tick the option, the evidence is added afterwards (validation reminds of it). */
	public static final int LATER = IDialogConstants.CLIENT_ID + 1;

	private final ClusterDocument document;

	private final String what;

	private final boolean offerLater;

	private final List<Attachment> attachments = new ArrayList<>();

	private final List<Attachment> added = new ArrayList<>();

	private final EvidenceRef initial;

	private Combo attachmentCombo;

	private Text pageText;

	private Text noteText;

	private Label errorLabel;

	private Attachment chosen;

	private Integer page;

	private String note;

	/**
	 * @param what       what needs evidence, in the form's words
	 * @param initial    the evidence given so far, or null
	 * @param offerLater whether "稍后补充" is offered (ticking an option)
	 */
	public EvidenceDialog(Shell shell, ClusterDocument document, String what, EvidenceRef initial, boolean offerLater) {
		super(shell);
		this.document = document;
		this.what = what;
		this.initial = initial;
		this.offerLater = offerLater;
		attachments.addAll(document.getAttachments());
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Evidence_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 12;
		layout.marginHeight = 12;
		area.setLayout(layout);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.Evidence_intro, what));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		introData.widthHint = 460;
		intro.setLayoutData(introData);

		new Label(area, SWT.NONE).setText(Messages.Evidence_attachment);
		attachmentCombo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		attachmentCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (Attachment attachment : attachments) {
			attachmentCombo.add(describe(attachment));
		}
		Button addFile = new Button(area, SWT.PUSH);
		addFile.setText(Messages.Evidence_addFile);
		addFile.addListener(SWT.Selection, e -> addFile());

		new Label(area, SWT.NONE).setText(Messages.Evidence_page);
		pageText = new Text(area, SWT.BORDER | SWT.RIGHT);
		GridData pageData = new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1);
		pageData.widthHint = 80;
		pageText.setLayoutData(pageData);

		new Label(area, SWT.NONE).setText(Messages.Evidence_note);
		noteText = new Text(area, SWT.BORDER);
		noteText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		errorLabel = new Label(area, SWT.WRAP);
		errorLabel.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		errorLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));

		if (initial != null) {
			int index = attachments.indexOf(initial.getAttachment());
			if (index >= 0) {
				attachmentCombo.select(index);
			}
			pageText.setText(initial.getPage() == null ? "" : initial.getPage().toString()); //$NON-NLS-1$
			noteText.setText(initial.getNote() == null ? "" : initial.getNote()); //$NON-NLS-1$
		} else if (attachments.size() == 1) {
			attachmentCombo.select(0);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		if (offerLater) {
			createButton(parent, LATER, Messages.Evidence_later, false);
		}
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == LATER) {
			setReturnCode(LATER);
			close();
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	protected void okPressed() {
		int index = attachmentCombo.getSelectionIndex();
		if (index < 0) {
			errorLabel.setText(Messages.Evidence_chooseAttachment);
			errorLabel.getParent().layout();
			return;
		}
		try {
			page = (Integer) ValueConverter.INTEGER.fromText(pageText.getText());
		} catch (ValueConverter.ConversionException e) {
			errorLabel.setText(e.getMessage());
			errorLabel.getParent().layout();
			return;
		}
		if (page != null && page < 1) {
			errorLabel.setText(Messages.Evidence_pagePositive);
			return;
		}
		chosen = attachments.get(index);
		note = noteText.getText().isBlank() ? null : noteText.getText().strip();
		super.okPressed();
	}

	private void addFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.Evidence_addFileTitle);
		dialog.setFilterExtensions(new String[] { "*.pdf;*.PDF", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file == null) {
			return;
		}
		Attachment attachment = newAttachment(document, added, Path.of(file).getFileName().toString());
		added.add(attachment);
		attachments.add(attachment);
		attachmentCombo.add(describe(attachment));
		attachmentCombo.select(attachments.size() - 1);
	}

	/** A new attachment for a file, with the next free id (att-01, att-02, …). */
	public static Attachment newAttachment(ClusterDocument document, List<Attachment> pending, String fileName) {
		Set<String> ids = new HashSet<>();
		document.getAttachments().forEach(a -> ids.add(a.getId()));
		pending.forEach(a -> ids.add(a.getId()));
		int n = 1;
		String id;
		do {
			id = String.format("att-%02d", n++); //$NON-NLS-1$
		} while (ids.contains(id));
		Attachment attachment = ClusterDeskFactory.eINSTANCE.createAttachment();
		attachment.setId(id);
		attachment.setFileName(fileName);
		int dot = fileName.lastIndexOf('.');
		attachment.setTitle(dot > 0 ? fileName.substring(0, dot) : fileName);
		return attachment;
	}

	/** An attachment as lists show it: its title and file. */
	public static String describe(Attachment attachment) {
		String title = attachment.getTitle() == null || attachment.getTitle().isBlank() ? attachment.getId() : attachment.getTitle();
		return attachment.getFileName() == null ? title : NLS.bind(Messages.Evidence_attachmentText, title, attachment.getFileName());
	}

	/** The evidence chosen (after OK): a new reference to the chosen attachment. */
	public EvidenceRef evidence() {
		if (chosen == null) {
			return null;
		}
		EvidenceRef ref = ClusterDeskFactory.eINSTANCE.createEvidenceRef();
		ref.setAttachment(chosen);
		ref.setPage(page);
		ref.setNote(note);
		return ref;
	}

	/** Attachments the user added with this dialog that the document does not hold yet (to add in the same command). */
	public List<Attachment> newAttachments() {
		return chosen != null && added.contains(chosen) ? List.of(chosen) : List.of();
	}
}
