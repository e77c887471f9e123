/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.editor.forms.Column;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.Labels;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.PeriodAccess;
import org.clusterdesk.internal.editor.forms.RowRenderer;
import org.clusterdesk.internal.editor.forms.RowTable;
import org.clusterdesk.internal.editor.forms.ValueConverter;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * One of the four libraries (集群“四库”) as a table like the form's: virtual, sortable, filterable, editable in
 * place, and able to take a block pasted from Excel. The heading's summary (共有企业XXX个，其中…) is computed from the
 * rows, never typed (C05).
 */
public final class LibraryPage extends ClusterFormPage {

	private final FormSection section;

	private final FormRow row;

	private RowTable table;

	private Label summary;

	public LibraryPage(FormEditor editor, FormContext context, String id, FormSection section, FormRow row) {
		super(editor, context, id, shortTitle(row.getLabel()), RowRenderer_title(section) + " " + row.getLabel(), section.getNumber()); //$NON-NLS-1$
		this.section = section;
		this.row = row;
	}

	private static String RowRenderer_title(FormSection section) {
		return RowRenderer.title(section);
	}

	/** （一）现有企业库 → 现有企业库 */
	private static String shortTitle(String label) {
		int close = label.indexOf('）');
		return close >= 0 && close + 1 < label.length() ? label.substring(close + 1) : label;
	}

	public FormRow row() {
		return row;
	}

	public FormSection section() {
		return section;
	}

	public RowTable table() {
		return table;
	}

	@Override
	protected void build(Composite body) {
		summary = context.toolkit().createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryData.widthHint = 600;
		summary.setLayoutData(summaryData);
		summary.setForeground(FormWidgets.computedColor(summary.getDisplay()));
		summary.setToolTipText(Messages.Library_summaryHint);
		EReference libraries = section.getFeature();
		EReference list = (EReference) row.getFeature();
		OwnerRef owner = OwnerRef.of(context.document(), libraries);
		EClass type = list.getEReferenceType();
		table = new RowTable(context, body, getId(), owner, list, columns(type), RowTable.Options.LIBRARY,
				() -> EcoreUtil.create(type), shortTitle(row.getLabel()));
		table.setPasteHandler(new LibraryPaste(context));
		addBinding(table);
		addTarget(table);
		addBinding(this::refreshSummary);
		refreshSummary();
	}

	private void refreshSummary() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		EObject o = context.document().eGet(section.getFeature()) instanceof EObject e ? e : null;
		String text = ""; //$NON-NLS-1$
		if (o instanceof ClusterLibraries l) {
			EReference list = (EReference) row.getFeature();
			if (list == Literals.CLUSTER_LIBRARIES__EXISTING) {
				text = l.existingSummary();
			} else if (list == Literals.CLUSTER_LIBRARIES__PROSPECTIVE) {
				text = l.prospectiveSummary();
			} else if (list == Literals.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION) {
				text = l.underConstructionSummary();
			} else if (list == Literals.CLUSTER_LIBRARIES__PLANNED) {
				text = l.plannedSummary();
			}
		}
		String shown = NLS.bind(Messages.Library_summary, text);
		if (!shown.equals(summary.getText())) {
			summary.setText(shown);
			summary.getParent().layout();
		}
	}

	/** The columns of a library in the order of the form's table. */
	List<Column> columns(EClass type) {
		FormContext c = context;
		List<Column> columns = new ArrayList<>();
		columns.add(Column.index(Messages.Library_index));
		// the form's column order (as the export writes it), so that blocks copied from the official template paste
		if (type == Literals.EXISTING_ENTERPRISE) {
			columns.add(Column.of(c, 230, Literals.EXISTING_ENTERPRISE__NAME));
			columns.add(Column.of(c, 70, Literals.EXISTING_ENTERPRISE__CITY));
			columns.add(Column.of(c, 80, Literals.EXISTING_ENTERPRISE__COUNTY));
			columns.add(Column.of(c, 150, Literals.EXISTING_ENTERPRISE__PARK));
			columns.add(Column.of(c, 260, Literals.EXISTING_ENTERPRISE__OVERVIEW));
			columns.add(Column.of(c, 160, Literals.EXISTING_ENTERPRISE__PRODUCTS));
			columns.add(Column.of(c, 70, Literals.EXISTING_ENTERPRISE__ABOVE_SCALE));
			columns.add(Column.of(c, revenueHeader(), 110, Literals.EXISTING_ENTERPRISE__REVENUE));
			columns.add(Column.of(c, 200, Literals.EXISTING_ENTERPRISE__HONOURS));
			contact(columns, Literals.EXISTING_ENTERPRISE__CONTACT);
			columns.add(Column.of(c, 60, Literals.EXISTING_ENTERPRISE__LISTED));
			columns.add(Column.of(c, 80, Literals.EXISTING_ENTERPRISE__HIGH_TECH));
		} else if (type == Literals.PROSPECTIVE_ENTERPRISE) {
			columns.add(Column.of(c, 230, Literals.PROSPECTIVE_ENTERPRISE__NAME));
			columns.add(Column.of(c, 60, Literals.PROSPECTIVE_ENTERPRISE__COUNTRY));
			columns.add(Column.of(c, 70, Literals.PROSPECTIVE_ENTERPRISE__PROVINCE));
			columns.add(Column.of(c, 70, Literals.PROSPECTIVE_ENTERPRISE__CITY));
			columns.add(Column.of(c, 260, Literals.PROSPECTIVE_ENTERPRISE__OVERVIEW));
			columns.add(Column.of(c, 160, Literals.PROSPECTIVE_ENTERPRISE__PRODUCTS));
			columns.add(Column.of(c, 70, Literals.PROSPECTIVE_ENTERPRISE__ABOVE_SCALE));
			columns.add(Column.of(c, 90, Literals.PROSPECTIVE_ENTERPRISE__DOMESTIC_BRAND));
			columns.add(Column.of(c, 90, Literals.PROSPECTIVE_ENTERPRISE__INTERNATIONAL_BRAND));
		} else if (type == Literals.CONSTRUCTION_PROJECT) {
			columns.add(Column.of(c, 220, Literals.PROJECT__NAME));
			columns.add(Column.of(c, 70, Literals.CONSTRUCTION_PROJECT__CITY));
			columns.add(Column.of(c, 80, Literals.CONSTRUCTION_PROJECT__COUNTY));
			columns.add(Column.of(c, 140, Literals.CONSTRUCTION_PROJECT__PARK));
			columns.add(Column.of(c, 200, Literals.PROJECT__BUILDER));
			columns.add(Column.of(c, 100, Literals.PROJECT__INVESTMENT));
			columns.add(period(Messages.Library_period));
			columns.add(Column.of(c, 80, Literals.CONSTRUCTION_PROJECT__START_DATE));
			columns.add(Column.of(c, 220, Literals.PROJECT__CONTENT));
			columns.add(Column.of(c, 150, Literals.CONSTRUCTION_PROJECT__PROGRESS));
			contact(columns, Literals.PROJECT__CONTACT);
		} else if (type == Literals.PLANNED_PROJECT) {
			columns.add(Column.of(c, 220, Literals.PROJECT__NAME));
			columns.add(Column.of(c, 150, Literals.PLANNED_PROJECT__LOCATION));
			columns.add(period(Messages.Library_plannedPeriod));
			columns.add(Column.of(c, 90, Literals.PLANNED_PROJECT__PLANNED_START));
			columns.add(Column.of(c, 200, Literals.PROJECT__BUILDER));
			columns.add(Column.of(c, 100, Literals.PROJECT__INVESTMENT));
			columns.add(Column.of(c, 220, Literals.PROJECT__CONTENT));
			contact(columns, Literals.PROJECT__CONTACT);
		}
		return columns;
	}

	/** 项目建设期 in one cell, as the form has it (2024.03-2026.12, or 2024-2026 when given in years). */
	private Column period(String header) {
		return Column.custom(header, 130, row -> new PeriodAccess(context, row, Literals.PROJECT__PERIOD_START, Literals.PROJECT__PERIOD_END,
				Literals.PROJECT__PERIOD_YEARS_ONLY), ValueConverter.PERIOD_VALUE, Literals.PROJECT__PERIOD_START);
	}

	/** 2025年主营业务收入（亿元）: the year is the edition's last data year. */
	private String revenueHeader() {
		String label = Labels.of(Literals.EXISTING_ENTERPRISE__REVENUE);
		List<Integer> years = context.edition() == null ? List.of() : context.edition().getDataYears();
		return years.isEmpty() ? label : label.replaceFirst("^\\d{4}", years.get(years.size() - 1).toString()); //$NON-NLS-1$
	}

	private void contact(List<Column> columns, EReference contact) {
		String who = Labels.of(contact);
		columns.add(Column.of(context, NLS.bind(Messages.Library_contactPerson, who), 80, contact, Literals.CONTACT__PERSON));
		columns.add(Column.of(context, NLS.bind(Messages.Library_contactPhone, who), 120, contact, Literals.CONTACT__PHONE));
	}

	@Override
	public boolean contains(EObject object) {
		return table != null && table.rowOf(object) != null;
	}

	/** A new empty row of the library's kind (for tests). */
	EObject newRow() {
		return ClusterDeskFactory.eINSTANCE.create(((EReference) row.getFeature()).getEReferenceType());
	}
}
