/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.RowRenderer;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Park;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * One core park of the competition report (三、集群核心承载园区情况) — one page per park, as the form repeats its
 * tables per park — with adding another park and removing this one. Without parks the page invites to add one.
 */
public final class ParkPage extends ClusterFormPage {

	private final FormSection section;

	private final Park park;

	/** @param park the park, or null for the page shown while there is none */
	public ParkPage(FormEditor editor, FormContext context, String id, FormSection section, Park park, int number) {
		super(editor, context, id, park == null ? tab(section) : NLS.bind(Messages.Park_tab, section.getNumber(), number),
				park == null ? RowRenderer.title(section) : NLS.bind(Messages.Park_heading, RowRenderer.title(section), number), section.getNumber());
		this.section = section;
		this.park = park;
	}

	private static String tab(FormSection section) {
		return SectionPage.tabTitle(section);
	}

	public Park park() {
		return park;
	}

	public FormSection section() {
		return section;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		managedForm.getForm().getToolBarManager().add(new Action(Messages.Park_add, images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD)) {

			@Override
			public void run() {
				addPark();
			}
		});
		if (park != null) {
			managedForm.getForm().getToolBarManager().add(new Action(Messages.Park_remove, images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE)) {

				@Override
				public void run() {
					removePark();
				}
			});
		}
		managedForm.getForm().getToolBarManager().update(true);
	}

	@Override
	protected void build(Composite body) {
		if (park == null) {
			Label label = context.toolkit().createLabel(body, Messages.Park_none, SWT.WRAP);
			label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Button add = context.toolkit().createButton(body, Messages.Park_add, SWT.PUSH);
			add.addListener(SWT.Selection, e -> addPark());
			return;
		}
		RowRenderer renderer = new RowRenderer(context, getId());
		renderer.section(body, section, null, OwnerRef.of(park), Literals.PARK);
		addBindings(renderer.bindings());
		addTargets(renderer.targets());
		FormWidgets.note(context.toolkit(), body, Messages.Park_hint, 1);
	}

	/** Adds a park after the others; its page opens. */
	public void addPark() {
		Park created = ClusterDeskFactory.eINSTANCE.createPark();
		context.execute(AddCommand.create(context.domain(), context.document(), Literals.COMPETITION_REPORT__PARKS, created), Messages.Park_addCommand);
	}

	private void removePark() {
		String name = park.getName() == null || park.getName().isBlank() ? getTitle() : park.getName();
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.Park_remove, NLS.bind(Messages.Park_removeConfirm, name))) {
			context.execute(RemoveCommand.create(context.domain(), context.document(), Literals.COMPETITION_REPORT__PARKS, park),
					NLS.bind(Messages.Park_removeCommand, name));
		}
	}

	@Override
	public boolean contains(EObject object) {
		return park != null && isWithin(object, park);
	}
}
