/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.editor.forms.Binding;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.ProblemTarget;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of the ClusterDesk editor: built from the document when first shown, refreshed after every change, showing
 * in its header how many problems it has and offering the 填报说明.
 */
public abstract class ClusterFormPage extends FormPage {

	protected final FormContext context;

	private final List<Binding> bindings = new ArrayList<>();

	private final List<ProblemTarget> targets = new ArrayList<>();

	private final String sectionNumber;

	private final String heading;

	private boolean built;

	protected ClusterFormPage(FormEditor editor, FormContext context, String id, String tabTitle, String heading, String sectionNumber) {
		super(editor, id, tabTitle);
		this.context = context;
		this.heading = heading;
		this.sectionNumber = sectionNumber;
	}

	/** The section number of the form this page shows (一, 2.1, …), or null. */
	public String sectionNumber() {
		return sectionNumber;
	}

	public String heading() {
		return heading;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(heading);
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 10;
		layout.marginHeight = 8;
		layout.verticalSpacing = 12;
		body.setLayout(layout);
		build(body);
		form.getToolBarManager().add(new Action(Messages.Page_instructions, PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_LCL_LINKTO_HELP)) {

			@Override
			public void run() {
				InstructionsDialog.open(getSite().getShell(), context.edition());
			}
		});
		form.getToolBarManager().update(true);
		built = true;
		context.setTargets(getId(), sectionNumber, targets);
		updateHeader();
		form.reflow(true);
	}

	/** Creates the page's controls. */
	protected abstract void build(Composite body);

	/** Whether the page's controls exist (pages are built when first shown). */
	public boolean isBuilt() {
		return built && getManagedForm() != null && !getManagedForm().getForm().isDisposed();
	}

	protected void addBindings(List<Binding> more) {
		bindings.addAll(more);
	}

	protected void addBinding(Binding binding) {
		bindings.add(binding);
	}

	protected void addTargets(List<ProblemTarget> more) {
		targets.addAll(more);
	}

	protected void addTarget(ProblemTarget target) {
		targets.add(target);
	}

	public List<Binding> bindings() {
		return bindings;
	}

	/** Shows the model's current values (after a change). */
	public void refresh() {
		if (!isBuilt()) {
			return;
		}
		for (Binding binding : new ArrayList<>(bindings)) {
			binding.refresh();
		}
		updateHeader();
	}

	/** The findings shown changed: update the header's count. */
	public void findingsChanged() {
		if (isBuilt()) {
			updateHeader();
		}
	}

	private void updateHeader() {
		ScrolledForm form = getManagedForm().getForm();
		int[] counts = context.problemCounts(getId());
		int errors = counts[0];
		int warnings = counts[1];
		if (errors + warnings == 0) {
			form.setMessage(null, IMessageProvider.NONE);
		} else {
			form.setMessage(NLS.bind(Messages.Page_problems, errors, warnings), errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
		}
	}

	/** Whether an object of the document is shown on this page (to find the page of a finding). */
	public abstract boolean contains(EObject object);

	/** Whether the object is the root or lies below it. */
	protected static boolean isWithin(EObject object, EObject root) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o == root) {
				return true;
			}
		}
		return false;
	}

	/** A composite filling the page's width. */
	protected static GridData fill() {
		return new GridData(SWT.FILL, SWT.TOP, true, false);
	}

	@Override
	public void dispose() {
		context.removeTargets(getId());
		super.dispose();
	}
}
