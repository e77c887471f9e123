/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.ui.wizards;

import java.util.List;
import java.util.function.Function;

import org.clusterdesk.model.Edition;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** Chooses the edition of a new file: which form, by which issuer, for which years. */
public class EditionPage extends WizardPage {

	private final List<Edition> editions;

	private TableViewer viewer;

	private Text details;

	private Edition edition;

	public EditionPage(List<Edition> editions) {
		super("edition"); //$NON-NLS-1$
		this.editions = editions;
		setTitle(Messages.EditionPage_title);
		setDescription(Messages.EditionPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);

		Label label = new Label(composite, SWT.NONE);
		label.setText(Messages.EditionPage_editions);

		viewer = new TableViewer(composite, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.EditionPage_columnTitle, 290, EditionTexts::title);
		column(Messages.EditionPage_columnIssuer, 160, EditionTexts::issuer);
		column(Messages.EditionPage_columnKind, 110, EditionTexts::kind);
		column(Messages.EditionPage_columnDataYears, 100, EditionTexts::dataYears);
		column(Messages.EditionPage_columnPlanYears, 100, EditionTexts::planYears);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(editions);
		// every edition in sight without scrolling
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(SWT.DEFAULT, table.getHeaderHeight() + table.getItemHeight() * Math.max(editions.size(), 3) + 6).applyTo(table);
		viewer.addSelectionChangedListener(e -> select((Edition) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		viewer.addDoubleClickListener(e -> {
			if (isPageComplete() && getNextPage() != null) {
				getContainer().showPage(getNextPage());
			}
		});

		details = new Text(composite, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, details.getLineHeight() * 10 + 6).applyTo(details);

		setControl(composite);
		if (!editions.isEmpty()) {
			setEdition(edition == null ? editions.get(0) : edition);
		} else {
			setErrorMessage(Messages.EditionPage_noEditions);
			setPageComplete(false);
		}
	}

	private void column(String title, int width, Function<Edition, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Edition) element);
			}
		});
	}

	private void select(Edition selected) {
		edition = selected;
		details.setText(selected == null ? "" : EditionTexts.details(selected)); //$NON-NLS-1$
		setPageComplete(selected != null);
		setErrorMessage(null);
		setMessage(selected == null ? Messages.EditionPage_chooseOne : null);
	}

	/** Selects an edition, as a click in the table does. */
	public void setEdition(Edition selected) {
		if (viewer == null) {
			edition = selected;
		} else {
			viewer.setSelection(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected), true);
		}
	}

	/** The chosen edition, or null. */
	public Edition getEdition() {
		return edition;
	}

	/** The table of editions (for tests and screenshots). */
	public TableViewer getViewer() {
		return viewer;
	}
}
