/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.StandardCategory;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.forms.CommitmentWording;
import org.clusterdesk.model.derived.DerivedValue;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTables;
import org.clusterdesk.internal.editor.forms.tables.FormTableView;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * Builds the controls of a section of the edition from its rows, one renderer per kind of value: text and
 * narratives with a counter, numbers, dates, choices as radio buttons, checkbox groups, the form's tables of figures
 * (yearly, compared, park and target rows) from the edition's table view model ({@link FormTableView}), the composite rows of the forms
 * (contacts, 数量及名称, 是/否及情况说明, declarations) and the lists (plan targets, top-10 tables, key projects, …).
 * Only the rows of the edition are shown, with the form's wording; what the printed form shows around the rows (headings,
 * group labels with their note once, prompts, rows the form has not) comes from the edition's layout, the description
 * the Word export follows ({@link LayoutElements}).
 */
public final class RowRenderer {

	private static final EcorePackage ECORE = EcorePackage.eINSTANCE;

	private final FormContext context;

	private final String pageId;

	private final FormToolkit toolkit;

	private final List<Binding> bindings = new ArrayList<>();

	private final List<ProblemTarget> targets = new ArrayList<>();

	/** The row being rendered: its label as this form words it, shown in place of the edition's (the row's key). */
	private FormRow current;

	private String currentLabel;

	public RowRenderer(FormContext context, String pageId) {
		this.context = context;
		this.pageId = pageId;
		this.toolkit = context.toolkit();
	}

	public List<Binding> bindings() {
		return bindings;
	}

	public List<ProblemTarget> targets() {
		return targets;
	}

	private Edition edition() {
		return context.edition();
	}

	private ClusterDocument document() {
		return context.document();
	}

	/** How the printed form lays out the edition's rows: the description the Word export follows too. */
	private FormLayout layout() {
		return FormLayout.of(edition());
	}

	/** The title the form gives a section: 一、基本情况 / 2.1 集群主要经济指标 / 封面. */
	public static String title(FormSection section) {
		String number = section.getNumber();
		if (number == null || number.isEmpty() || number.equals(section.getTitle())) {
			return section.getTitle();
		}
		return number.matches("\\d.*") ? number + " " + section.getTitle() : number + "、" + section.getTitle(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	// ---------------------------------------------------------------- sections

	/**
	 * A section of the form as a block with its rows, under a title bar unless the title is null (the page heading
	 * names it).
	 *
	 * @param sectionRef   where the section's object lives (the document for the cover)
	 * @param sectionClass the class of the section's object
	 */
	public Section section(Composite body, FormSection section, String title, OwnerRef sectionRef, EClass sectionClass) {
		Section widget = toolkit.createSection(body, title == null ? ExpandableComposite.NO_TITLE | ExpandableComposite.EXPANDED
				: ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
		if (title != null) {
			widget.setText(title);
		}
		widget.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = FormWidgets.grid(toolkit, widget, 2, 1);
		((GridLayout) client.getLayout()).marginWidth = 4;
		((GridLayout) client.getLayout()).marginHeight = 6;
		((GridLayout) client.getLayout()).verticalSpacing = 8;
		widget.setClient(client);
		rows(client, section, sectionRef, sectionClass);
		return widget;
	}

	/**
	 * The rows in a two-column grid (label | value); the rows of one of the form's tables of figures go into that table,
	 * as the edition's table view model ({@link FormTables}) groups them — the one the Word export prints.
	 */
	private void rows(Composite client, FormSection section, OwnerRef sectionRef, EClass sectionClass) {
		List<FormRow> rows = section.getRows();
		// values a table's cell shows (the smart factories' 佐证页码): not a row of their own again
		Set<EStructuralFeature> inTables = new HashSet<>();
		// whether the next row is the first of the section's (or its numbered subsection's) table in the form
		boolean opensTable = true;
		// the table of figures the form has open: a later row of it goes on under its header (past a row the form has not)
		FormTable open = null;
		int i = 0;
		while (i < rows.size()) {
			FormRow row = rows.get(i);
			OwnerRef owner = ownerOf(row, sectionRef, sectionClass);
			boolean hidden = layout().hidden(row);
			if (owner == null || hidden && inTables.contains(row.getFeature())) {
				i++;
				continue;
			}
			if (layout().heading(row) != null) {
				opensTable = true;
				open = null;
			}
			// the form's heading, group label and note, prompt, or the mark of a row the form has not
			LayoutElements.before(toolkit, client, layout(), row);
			boolean goesOn = open != null && open.accepts(row);
			FormTable table = goesOn ? open : FormTables.table(edition(), section, row, opensTable);
			// a row the form has not is not the first of the form's table
			opensTable &= hidden;
			if (table != null) {
				open = table;
				i = table(client, section, table, !goesOn, i, sectionRef, sectionClass, inTables);
				continue;
			}
			current = row;
			currentLabel = layout().label(row);
			try {
				row(client, row, owner);
			} finally {
				current = null;
				currentLabel = null;
			}
			i++;
		}
	}

	/**
	 * Renders the table opened by the row at {@code start} with the rows that go on in it; returns the index of the
	 * first row after it. A number row between two yearly rows (近三年…年均增速) stays in the table, as in the form.
	 *
	 * @param header whether the table starts here (else it goes on from above, under the header shown there)
	 */
	private int table(Composite client, FormSection section, FormTable table, boolean header, int start, OwnerRef sectionRef,
			EClass sectionClass, Set<EStructuralFeature> inTables) {
		List<FormRow> rows = section.getRows();
		FormTableView view = new FormTableView(context, pageId, client, table, header, rows, this::add);
		view.row(rows.get(start), ownerOf(rows.get(start), sectionRef, sectionClass));
		int i = start + 1;
		while (i < rows.size() && !LayoutElements.standsAbove(layout(), rows.get(i))) {
			FormRow row = rows.get(i);
			OwnerRef owner = ownerOf(row, sectionRef, sectionClass);
			if (owner == null) {
				i++;
			} else if (table.accepts(row)) {
				view.row(row, owner);
				i++;
			} else if (table.kind() == FormTable.Kind.YEARLY && kindOf(row.getFeature()) == RowKind.NUMBER && goesOn(table, rows, i + 1)) {
				view.numberRow(row, owner, layout().label(row));
				i++;
			} else {
				break;
			}
		}
		inTables.addAll(view.shownFeatures());
		return i;
	}

	/** Whether the table goes on after the number rows from {@code from}. */
	private boolean goesOn(FormTable table, List<FormRow> rows, int from) {
		int i = from;
		while (i < rows.size() && kindOf(rows.get(i).getFeature()) == RowKind.NUMBER && !LayoutElements.standsAbove(layout(), rows.get(i))) {
			i++;
		}
		return i < rows.size() && !LayoutElements.standsAbove(layout(), rows.get(i)) && table.accepts(rows.get(i));
	}

	/** The text a label of the current row shows: this form's wording of the row where it words it otherwise. */
	private String shown(String label) {
		return current != null && currentLabel != null && label != null && label.equals(current.getLabel()) ? currentLabel : label;
	}

	/** Which object holds a row's value: the section's object when its class has the feature, else the document. */
	private OwnerRef ownerOf(FormRow row, OwnerRef sectionRef, EClass sectionClass) {
		EClass holder = row.getFeature().getEContainingClass();
		if (sectionClass != null && holder.isSuperTypeOf(sectionClass)) {
			return sectionRef;
		}
		if (holder.isSuperTypeOf(document().eClass())) {
			return OwnerRef.of(document());
		}
		return null;
	}

	private enum RowKind {
		NUMBER, OTHER
	}

	private static RowKind kindOf(EStructuralFeature feature) {
		if (feature instanceof EAttribute attribute && !attribute.isMany()) {
			Class<?> c = attribute.getEAttributeType().getInstanceClass();
			if (c == BigDecimal.class || c == Integer.class || c == int.class) {
				return RowKind.NUMBER;
			}
		}
		return RowKind.OTHER;
	}

	// ---------------------------------------------------------------- one row

	private void row(Composite client, FormRow row, OwnerRef owner) {
		EStructuralFeature feature = row.getFeature();
		String label = row.getLabel();
		// a sub-row's note that is its group's is shown once, under the group's label; none where this form's wording
		// of the row includes it (…（需提供清单）（年度当前值）)
		String worded = layout().label(row);
		boolean inWording = row.getNote() != null && !worded.equals(row.getLabel()) && worded.contains(row.getNote());
		String note = inWording || LayoutElements.noteShownByGroup(layout(), row) ? null : row.getNote();
		if (feature instanceof EAttribute attribute) {
			attributeRow(client, row, owner, attribute, label, note);
			return;
		}
		EReference reference = (EReference) feature;
		EClass type = reference.getEReferenceType();
		OwnerRef value = owner.child(reference);
		if (reference.isMany()) {
			listRow(client, row, owner, reference, label, note);
		} else if (type == Literals.EXPLAINED_ANSWER) {
			rowLabel(client, label, null);
			explainedAnswer(client, value, label, note);
		} else if (type == Literals.NAMED_COUNT) {
			rowLabel(client, label, null);
			namedCount(client, value, label, note);
		} else if (type == Literals.ORGANISATION) {
			rowLabel(client, label, null);
			Composite grid = valueGrid(client, 4);
			textCell(grid, Labels.of(Literals.ORGANISATION__NAME), new FeatureAccess(context, value, Literals.ORGANISATION__NAME), label, 3);
			contactCells(grid, value.child(Literals.ORGANISATION__CONTACT), label);
			note(client, note);
		} else if (type == Literals.CONTACT) {
			rowLabel(client, label, null);
			Composite grid = valueGrid(client, 4);
			contactCells(grid, value, label);
			note(client, note);
		} else if (type == Literals.REGION) {
			rowLabel(client, label, null);
			Composite grid = valueGrid(client, 6);
			for (EAttribute part : List.of(Literals.REGION__PROVINCE, Literals.REGION__CITY, Literals.REGION__COUNTY)) {
				TextField field = new TextField(context, grid, pageId, new FeatureAccess(context, value, part), ValueConverter.TEXT,
						label + " " + Labels.of(part), SWT.NONE); //$NON-NLS-1$
				GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
				data.widthHint = 120;
				add(field.layout(data));
				toolkit.createLabel(grid, Labels.of(part));
			}
			// the note repeats the parts' names (省（区、市） 市（区） 县（市、区）): the labels beside the fields say it
		} else if (type == Literals.UNIT_CONTACT) {
			rowLabel(client, label, null);
			unitContact(valueGrid(client, 4), value, label);
			note(client, note);
		} else if (type == Literals.DECLARATION) {
			rowLabel(client, label, null);
			declaration(valueGrid(client, 4), value, label);
			note(client, note);
		} else if (type == Literals.RECOMMENDATION) {
			rowLabel(client, label, null);
			recommendation(valueGrid(client, 4), value, label);
			note(client, note);
		} else if (type == Literals.RANKING_TABLE) {
			wideLabel(client, label, note);
			rankingTable(client, value, label, reference == Literals.INNOVATION_INDICATORS__TOP_RD ? Messages.Row_rankRd : Messages.Row_rankRevenue);
		} else if (type == Literals.PLAN_SECTION) {
			wideLabel(client, label, note);
			nestedPlan(client, value);
		} else {
			// a composite the forms do not show as a row of its own
			rowLabel(client, label, null);
			toolkit.createLabel(client, ""); //$NON-NLS-1$
		}
	}

	private void attributeRow(Composite client, FormRow row, OwnerRef owner, EAttribute attribute, String label, String note) {
		FeatureAccess access = new FeatureAccess(context, owner, attribute);
		Class<?> c = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum type) {
			if (attribute.isMany()) {
				rowLabel(client, label, null);
				CheckGroupField group = new CheckGroupField(context, client, pageId, owner, attribute, label);
				add(group.layout(new GridData(SWT.FILL, SWT.TOP, true, false)));
				markRow(group.getComposite(), label);
				note(client, note);
			} else {
				rowLabel(client, label, null);
				Map<String, String> labels = choiceLabels(type, note);
				boolean vertical = type.getELiterals().stream().anyMatch(l -> Labels.literal(type, l.getInstance()).length() > 8)
						|| labels.values().stream().anyMatch(s -> s.length() > 8);
				ChoiceField choice = new ChoiceField(context, client, pageId, access, type, label, labels, vertical);
				add(choice.layout(new GridData(SWT.FILL, SWT.TOP, true, false)));
				markRow(choice.getComposite(), label);
				if (note != null && !labels.containsValue(note)) {
					note(client, note);
				}
			}
			return;
		}
		if (c == boolean.class || c == Boolean.class) {
			CheckField check = new CheckField(context, client, pageId, access, label, FormWidgets.plain(label));
			add(check.layout(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1)));
			markRow(check.getButton(), label);
			if (note != null) {
				toolkit.createLabel(client, ""); //$NON-NLS-1$
				note(client, note);
			}
			return;
		}
		if (attribute == Literals.COMMITMENT_LETTER__COMMITMENTS) {
			commitments(client, access, label, note);
			return;
		}
		if (attribute.isMany()) {
			rowLabel(client, label, null);
			TextField names = new TextField(context, client, pageId, access, ValueConverter.LINES, label, SWT.MULTI);
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.heightHint = 60;
			add(names.layout(data));
			note(client, note);
			return;
		}
		ValueConverter converter = ValueConverter.of(attribute);
		Integer max = Labels.maxLength(row, attribute);
		if (converter == ValueConverter.TEXT && (max != null || isNarrative(attribute))) {
			narrative(client, access, label, note, max);
			return;
		}
		rowLabel(client, label, null);
		if (converter.isNumeric() || converter == ValueConverter.DATE_VALUE || converter == ValueConverter.YEAR_MONTH) {
			Composite cell = valueGrid(client, 3);
			TextField field = new TextField(context, cell, pageId, access, converter, label, SWT.NONE);
			GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
			data.widthHint = 140;
			add(field.layout(data));
			markRow(field.getText(), label);
			String unit = Labels.unit(attribute);
			String suffix = converter == ValueConverter.DATE_VALUE ? Messages.Row_dateHint
					: converter == ValueConverter.YEAR_MONTH ? Messages.Row_monthHint : unit != null && !label.contains(unit) ? unit : ""; //$NON-NLS-1$
			toolkit.createLabel(cell, suffix);
			Supplier<DerivedValue> derived = () -> context.derived().of(owner.resolve(), attribute, null);
			if (derived.get() != null) {
				field.derived(derived);
				add(new DerivedLabel(context, cell, derived, Messages.Row_computed));
			} else {
				toolkit.createLabel(cell, ""); //$NON-NLS-1$
			}
		} else {
			TextField field = new TextField(context, client, pageId, access, converter, label, SWT.NONE);
			add(field.layout(new GridData(SWT.FILL, SWT.CENTER, true, false)));
			markRow(field.getText(), label);
		}
		note(client, note);
	}

	/** Narratives the forms leave room for without a stated limit (plans, organisation reports). */
	private static boolean isNarrative(EAttribute attribute) {
		EClass owner = attribute.getEContainingClass();
		return owner == Literals.PLAN_SECTION || owner == Literals.REVIEW_SECTION
				|| owner == Literals.IMPLEMENTATION_PLAN && attribute != Literals.IMPLEMENTATION_PLAN__LEAD_UNIT
				|| owner == Literals.PROMOTION_ORGANISATION && attribute != Literals.PROMOTION_ORGANISATION__NAME
				|| attribute == Literals.RECOMMENDATION__OPINION || attribute == Literals.EXPLAINED_ANSWER__EXPLANATION
				|| attribute == Literals.STAGE_GOAL__TEXT;
	}

	private void narrative(Composite client, ValueAccess access, String label, String note, Integer max) {
		Label rowLabel = rowLabel(client, label, null);
		Composite cell = valueGrid(client, 1);
		TextField field = new TextField(context, cell, pageId, access, ValueConverter.TEXT, label, SWT.MULTI);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = max != null && max <= 200 ? 72 : 150;
		data.widthHint = 400;
		add(field.layout(data));
		field.counter(cell, max);
		field.counterLabel().setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, true, false));
		if (note != null) {
			field.toolTip(note);
			rowLabel.setToolTipText(note);
		}
		markRow(field.getText(), label);
		note(client, note);
	}

	/** Labels of a choice where the row words an option its own way (是（需附情况说明）, 非高耗能行业，不适用). */
	private static Map<String, String> choiceLabels(EEnum type, String note) {
		if (note == null || note.isBlank()) {
			return Map.of();
		}
		if (type == ClusterDeskPackage.Literals.YES_NO_NOT_APPLICABLE && !note.startsWith("（")) { //$NON-NLS-1$
			return Map.of("NOT_APPLICABLE", note); //$NON-NLS-1$
		}
		if (note.startsWith("是（")) { //$NON-NLS-1$
			return Map.of("YES", note); //$NON-NLS-1$
		}
		return Map.of();
	}

	// ---------------------------------------------------------------- composite rows

	private void explainedAnswer(Composite client, OwnerRef answer, String label, String note) {
		Composite cell = valueGrid(client, 2);
		Map<String, String> labels = note != null && note.startsWith("是（") ? Map.of("YES", note) : Map.of(); //$NON-NLS-1$ //$NON-NLS-2$
		ChoiceField choice = new ChoiceField(context, cell, pageId, new FeatureAccess(context, answer, Literals.EXPLAINED_ANSWER__ANSWER),
				ClusterDeskPackage.Literals.YES_NO, label, labels, false);
		add(choice.layout(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1)));
		markRow(choice.getComposite(), label);
		Label explanationLabel = toolkit.createLabel(cell, Messages.Row_explanation);
		explanationLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		TextField explanation = new TextField(context, cell, pageId, new FeatureAccess(context, answer, Literals.EXPLAINED_ANSWER__EXPLANATION),
				ValueConverter.TEXT, label + " " + Messages.Row_explanation, SWT.MULTI); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = 54;
		add(explanation.layout(data));
		// 是（需附情况说明）: the explanation opens on 是 and takes the focus
		Binding enabler = () -> {
			boolean yes = YesNo.YES.equals(choice.value());
			boolean shown = yes || explanation.getText().getText().length() > 0;
			if (explanation.getText().isDisposed()) {
				return;
			}
			explanation.getText().setEnabled(yes);
			GridData d = (GridData) explanation.getText().getLayoutData();
			GridData ld = (GridData) explanationLabel.getLayoutData();
			if (d.exclude == shown) {
				d.exclude = !shown;
				ld.exclude = !shown;
				explanation.getText().setVisible(shown);
				explanationLabel.setVisible(shown);
				cell.getParent().layout(true, true);
				reflow(cell);
			}
		};
		enabler.refresh();
		add(enabler);
		choice.afterChoice(value -> {
			enabler.refresh();
			if (YesNo.YES.equals(value)) {
				explanation.getText().setFocus();
			}
		});
	}

	private void namedCount(Composite client, OwnerRef named, String label, String note) {
		Composite cell = valueGrid(client, 4);
		toolkit.createLabel(cell, Messages.Row_count);
		TextField count = new TextField(context, cell, pageId, new FeatureAccess(context, named, Literals.NAMED_COUNT__COUNT), ValueConverter.INTEGER,
				label + Messages.Row_countSuffix, SWT.NONE);
		GridData countData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		countData.widthHint = 70;
		add(count.layout(countData));
		markRow(count.getText(), label);
		toolkit.createLabel(cell, Messages.Row_piece);
		Label namesCount = FormWidgets.computedLabel(toolkit, cell);
		namesCount.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label namesLabel = toolkit.createLabel(cell, Messages.Row_names);
		namesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		TextField names = new TextField(context, cell, pageId, new FeatureAccess(context, named, Literals.NAMED_COUNT__NAMES), ValueConverter.LINES,
				label + Messages.Row_namesSuffix, SWT.MULTI);
		GridData namesData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		namesData.heightHint = 72;
		add(names.layout(namesData));
		names.toolTip(Messages.Row_namesHint);
		add((Binding) () -> {
			if (namesCount.isDisposed()) {
				return;
			}
			EObject o = named.resolve();
			int n = o == null ? 0 : ((List<?>) o.eGet(Literals.NAMED_COUNT__NAMES)).size();
			Object c = o == null ? null : o.eGet(Literals.NAMED_COUNT__COUNT);
			namesCount.setText(NLS.bind(Messages.Row_namesCount, n));
			namesCount.setForeground(namesCount.getDisplay().getSystemColor(c != null && !c.equals(n) ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
			namesCount.getParent().layout(new Control[] { namesCount });
		});
		bindings.get(bindings.size() - 1).refresh();
		evidenceLink(cell, named, Literals.NAMED_COUNT__EVIDENCE, label, 4);
		note(client, note);
	}

	private void contactCells(Composite grid, OwnerRef contact, String label) {
		textCell(grid, Labels.of(Literals.CONTACT__PERSON), new FeatureAccess(context, contact, Literals.CONTACT__PERSON), label, 1);
		textCell(grid, Labels.of(Literals.CONTACT__PHONE), new FeatureAccess(context, contact, Literals.CONTACT__PHONE), label, 1);
	}

	private void unitContact(Composite grid, OwnerRef unit, String label) {
		textCell(grid, Labels.of(Literals.UNIT_CONTACT__NAME), new FeatureAccess(context, unit, Literals.UNIT_CONTACT__NAME), label, 3);
		textCell(grid, Labels.of(Literals.UNIT_CONTACT__HEAD), new FeatureAccess(context, unit, Literals.UNIT_CONTACT__HEAD), label, 1);
		textCell(grid, Labels.of(Literals.UNIT_CONTACT__HEAD_PHONE), new FeatureAccess(context, unit, Literals.UNIT_CONTACT__HEAD_PHONE), label, 1);
		textCell(grid, Labels.of(Literals.UNIT_CONTACT__CONTACT), new FeatureAccess(context, unit, Literals.UNIT_CONTACT__CONTACT), label, 1);
		textCell(grid, Labels.of(Literals.UNIT_CONTACT__CONTACT_PHONE), new FeatureAccess(context, unit, Literals.UNIT_CONTACT__CONTACT_PHONE), label,
				1);
	}

	private void declaration(Composite grid, OwnerRef declaration, String label) {
		textCell(grid, Labels.of(Literals.DECLARATION__SIGNER), new FeatureAccess(context, declaration, Literals.DECLARATION__SIGNER), label, 1);
		textCell(grid, Labels.of(Literals.DECLARATION__UNIT), new FeatureAccess(context, declaration, Literals.DECLARATION__UNIT), label, 1);
		toolkit.createLabel(grid, Labels.of(Literals.DECLARATION__DATE));
		TextField date = new TextField(context, grid, pageId, new FeatureAccess(context, declaration, Literals.DECLARATION__DATE),
				ValueConverter.DATE_VALUE, label + " " + Labels.of(Literals.DECLARATION__DATE), SWT.NONE); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		add(date.layout(data));
		date.toolTip(Messages.Row_dateHint);
		CheckField sealed = new CheckField(context, grid, pageId, new FeatureAccess(context, declaration, Literals.DECLARATION__SEALED), label,
				Labels.of(Literals.DECLARATION__SEALED));
		add(sealed.layout(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1)));
	}

	private void recommendation(Composite grid, OwnerRef recommendation, String label) {
		Label opinionLabel = toolkit.createLabel(grid, Labels.of(Literals.RECOMMENDATION__OPINION));
		opinionLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		TextField opinion = new TextField(context, grid, pageId, new FeatureAccess(context, recommendation, Literals.RECOMMENDATION__OPINION),
				ValueConverter.TEXT, label, SWT.MULTI);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		data.heightHint = 54;
		add(opinion.layout(data));
		textCell(grid, Labels.of(Literals.RECOMMENDATION__UNIT), new FeatureAccess(context, recommendation, Literals.RECOMMENDATION__UNIT), label, 1);
		toolkit.createLabel(grid, Labels.of(Literals.RECOMMENDATION__DATE));
		TextField date = new TextField(context, grid, pageId, new FeatureAccess(context, recommendation, Literals.RECOMMENDATION__DATE),
				ValueConverter.DATE_VALUE, label + " " + Labels.of(Literals.RECOMMENDATION__DATE), SWT.NONE); //$NON-NLS-1$
		add(date.layout(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		date.toolTip(Messages.Row_dateHint);
	}

	/** A label and a single-line field spanning the given columns of a value grid. */
	private TextField textCell(Composite grid, String caption, ValueAccess access, String rowLabel, int span) {
		toolkit.createLabel(grid, caption);
		TextField field = new TextField(context, grid, pageId, access, ValueConverter.TEXT, rowLabel + " " + caption, SWT.NONE); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = 120;
		add(field.layout(data));
		return field;
	}

	// ---------------------------------------------------------------- top-10 tables

	private static int[] widths(int count, int width, int... extra) {
		int[] widths = new int[count + extra.length];
		for (int i = 0; i < count; i++) {
			widths[i] = width;
		}
		System.arraycopy(extra, 0, widths, count, extra.length);
		return widths;
	}

	/** The derived value a yearly cell must agree with (only those with an entered value). */
	private DerivedValue enteredDerived(EObject owner, EStructuralFeature feature, int year) {
		for (DerivedValue value : context.derived().of(owner, feature)) {
			if (Objects.equals(value.year(), year) && value.entered() != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * 承诺函: each commitment as the form words it (the cluster's name filled in), ticked when the letter makes it; the
	 * letter's text is these sentences, not a checklist (the Word export prints them as the form's paragraph).
	 */
	private void commitments(Composite client, FeatureAccess access, String label, String note) {
		rowLabel(client, label, null);
		Composite cell = valueGrid(client, 1);
		List<String> prescribed = CommitmentWording.prescribed(document());
		for (String sentence : prescribed) {
			CheckField check = new CheckField(context, cell, pageId, new CommitmentAccess(access, sentence, prescribed), label, sentence);
			add(check.layout(new GridData(SWT.FILL, SWT.TOP, true, false)));
			markRow(check.getButton(), label);
		}
		note(client, note);
	}

	private static YearDecimal yearDecimal(int year) {
		YearDecimal value = ClusterDeskFactory.eINSTANCE.createYearDecimal();
		value.setYear(year);
		return value;
	}

	private void rankingTable(Composite client, OwnerRef table, String label, String measure) {
		List<Integer> years = edition().getDataYears();
		FormContext c = context;
		List<Column> columns = new ArrayList<>();
		columns.add(Column.index(Messages.Table_index));
		columns.add(Column.of(c, 220, Literals.RANKED_ENTERPRISE__NAME));
		for (int year : years) {
			columns.add(Column.year(c, NLS.bind(Messages.Row_rankYear, year, measure), 150, year, true));
		}
		columns.add(Column.of(c, Messages.Row_growth, 80, Literals.COMPARED_DECIMAL__GROWTH).checkedBy(RowRenderer::rowGrowth));
		columns.add(Column.derived(Messages.Row_computedGrowth, 80, RowRenderer::rowGrowth));
		columns.add(Column.of(c, 220, Literals.RANKED_ENTERPRISE__PRODUCTS));
		RowTable rows = new RowTable(context, client, pageId, table, Literals.RANKING_TABLE__ROWS, columns,
				new RowTable.Options(false, false, true, false, 12), () -> ClusterDeskFactory.eINSTANCE.createRankedEnterprise(), label);
		((GridData) rows.getComposite().getLayoutData()).horizontalSpan = 2;
		add(rows);
		// 合计: the entered totals beside the sums of the rows
		Matrix total = new Matrix(toolkit, client, 2, null, widths(years.size(), FormWidgets.CELL_WIDTH, FormWidgets.CELL_WIDTH, 90, 80));
		total.label(Messages.Row_total, null);
		OwnerRef totalRef = table.child(Literals.RANKING_TABLE__TOTAL);
		for (int year : years) {
			YearAccess cell = new YearAccess(context, totalRef, year);
			if (year == years.get(0)) {
				cell.first();
			}
			TextField field = new TextField(context, total.getComposite(), pageId, cell, ValueConverter.DECIMAL,
					NLS.bind(Messages.Row_totalField, label, year), SWT.NONE);
			add(field.layout(total.cellData()));
			field.derived(() -> enteredDerived(totalRef.resolve(), Literals.YEARLY_DECIMAL__VALUES, year));
		}
		TextField growth = new TextField(context, total.getComposite(), pageId, new FeatureAccess(context, totalRef, Literals.COMPARED_DECIMAL__GROWTH),
				ValueConverter.DECIMAL, NLS.bind(Messages.Row_growthField, Messages.Row_total), SWT.NONE);
		add(growth.layout(total.cellData()));
		Supplier<DerivedValue> totalGrowth = () -> totalRef.resolve() instanceof ComparedDecimal d ? growthOf(d) : null;
		growth.derived(totalGrowth);
		DerivedLabel computed = new DerivedLabel(context, total.getComposite(), totalGrowth, null);
		computed.getLabel().setLayoutData(total.valueData());
		add(computed);
		total.finishLine();
		total.label(Messages.Row_computedLine, null);
		for (int year : years) {
			DerivedLabel sum = new DerivedLabel(context, total.getComposite(), () -> context.derived().of(totalRef.resolve(),
					Literals.YEARLY_DECIMAL__VALUES, year), null);
			GridData data = total.cellData();
			data.horizontalIndent = ProblemDecoration.INDENT;
			sum.getLabel().setLayoutData(data);
			add(sum);
		}
		total.finishLine();
		total.label(Messages.Row_evidencePage, null);
		TextField page = new TextField(context, total.getComposite(), pageId, new FeatureAccess(context, table, Literals.RANKING_TABLE__EVIDENCE_PAGE),
				ValueConverter.TEXT, NLS.bind(Messages.Row_pageField, label), SWT.NONE);
		add(page.layout(total.cellData()));
		page.getText().setMessage(Messages.Row_pageHint);
		total.finishLine();
	}

	/** D08 增幅 of a row of a top-10 table, computed from its two years. */
	private static DerivedValue rowGrowth(EObject row) {
		return row instanceof ComparedDecimal d ? growthOf(d) : null;
	}

	private static DerivedValue growthOf(ComparedDecimal row) {
		String label = row instanceof RankedEnterprise r && r.getName() != null ? r.getName() : Messages.Row_total;
		return new DerivedValue("D08", label, null, row.computedGrowth(), row.getGrowth(), Messages.Row_growthFormula, row, //$NON-NLS-1$
				Literals.COMPARED_DECIMAL__GROWTH);
	}

	// ---------------------------------------------------------------- lists

	private void listRow(Composite client, FormRow row, OwnerRef owner, EReference reference, String label, String note) {
		EClass type = reference.getEReferenceType();
		if (type == Literals.EVIDENCE_REF) {
			rowLabel(client, label, null);
			evidenceList(client, owner, reference, label);
			note(client, note);
			return;
		}
		if (type == Literals.UNIT_CONTACT) {
			rowLabel(client, label, null);
			unitContacts(client, owner, reference, label);
			note(client, note);
			return;
		}
		if (type == Literals.STANDARD_COUNT) {
			wideLabel(client, label, note);
			standards(client, owner, reference, label);
			return;
		}
		if (type == Literals.STAGE_GOAL) {
			wideLabel(client, label, note);
			stageGoals(client, owner, reference, label);
			return;
		}
		wideLabel(client, label, note);
		List<Column> columns = listColumns(type);
		RowTable table = new RowTable(context, client, pageId, owner, reference, columns, new RowTable.Options(false, false, true, false, 16),
				() -> ClusterDeskFactory.eINSTANCE.create(type), label);
		((GridData) table.getComposite().getLayoutData()).horizontalSpan = 2;
		add(table);
	}

	private List<Column> listColumns(EClass type) {
		FormContext c = context;
		List<Column> columns = new ArrayList<>();
		columns.add(Column.index(Messages.Table_index));
		if (type == Literals.KEY_PROJECT) {
			columns.add(Column.of(c, 200, Literals.KEY_PROJECT__BUILDER));
			columns.add(Column.of(c, 220, Literals.KEY_PROJECT__NAME));
			columns.add(Column.of(c, 110, Literals.KEY_PROJECT__INVESTMENT));
			columns.add(Column.of(c, 100, Literals.KEY_PROJECT__PERIOD_START));
			columns.add(Column.of(c, 100, Literals.KEY_PROJECT__PERIOD_END));
		} else if (type == Literals.APPROVED_LISTING) {
			columns.add(Column.of(c, 130, Literals.APPROVED_LISTING__KIND));
			columns.add(Column.of(c, 240, Literals.APPROVED_LISTING__NAME));
			columns.add(Column.of(c, 80, Literals.APPROVED_LISTING__LEVEL));
			columns.add(Column.of(c, 200, Literals.APPROVED_LISTING__APPROVER));
			columns.add(Column.of(c, 90, Literals.APPROVED_LISTING__APPROVED_ON));
		} else if (type == Literals.HONOUR) {
			columns.add(Column.of(c, 80, Literals.HONOUR__LEVEL));
			columns.add(Column.of(c, 360, Literals.HONOUR__TITLE));
			columns.add(Column.readOnly(Labels.of(Literals.HONOUR__EVIDENCE), 200, row -> evidenceSummary((List<?>) row.eGet(Literals.HONOUR__EVIDENCE))));
		} else if (type == Literals.QUALIFIED_SME_LIST) {
			columns.add(Column.of(c, 170, Literals.QUALIFIED_SME_LIST__KIND));
			columns.add(Column.readOnly(Messages.Row_namesNumber, 60, row -> Integer.toString(((List<?>) row.eGet(Literals.QUALIFIED_SME_LIST__NAMES)).size())));
			columns.add(Column.of(c, 420, Literals.QUALIFIED_SME_LIST__NAMES));
		} else if (type == Literals.ATTACHMENT) {
			columns.add(Column.of(c, 80, Literals.ATTACHMENT__ID));
			columns.add(Column.of(c, 300, Literals.ATTACHMENT__TITLE));
			columns.add(Column.of(c, 260, Literals.ATTACHMENT__FILE_NAME));
			columns.add(Column.of(c, 70, Literals.ATTACHMENT__PAGES));
		} else if (type == Literals.PLAN_INDICATOR || type == Literals.COMPLETION_INDICATOR) {
			planColumns(columns, type == Literals.COMPLETION_INDICATOR);
		} else {
			for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
				if (feature instanceof EAttribute && !feature.isDerived()) {
					columns.add(Column.of(c, 140, feature));
				}
			}
		}
		return columns;
	}

	private void planColumns(List<Column> columns, boolean completion) {
		FormContext c = context;
		Edition e = edition();
		Integer baseline = completion ? e.getReviewBaselineYear() : e.getPlanBaselineYear();
		Integer target = completion ? e.getReviewTargetYear() : e.getPlanTargetYear();
		columns.add(Column.of(c, 90, Literals.PLAN_INDICATOR__DIRECTION));
		columns.add(Column.of(c, 150, Literals.PLAN_INDICATOR__KIND));
		columns.add(Column.of(c, 170, Literals.PLAN_INDICATOR__NAME));
		columns.add(Column.of(c, 80, Literals.PLAN_INDICATOR__UNIT));
		columns.add(Column.of(c, baseline == null ? Labels.of(Literals.PLAN_INDICATOR__BASELINE) : NLS.bind(Messages.Row_baselineYear, baseline), 100,
				Literals.PLAN_INDICATOR__BASELINE));
		if (!completion) {
			for (int year : e.getStageYears()) {
				columns.add(Column.custom(NLS.bind(Messages.Row_stageYear, year), 90, row -> new EntryAccess(c, OwnerRef.of(row),
						Literals.PLAN_INDICATOR__STAGE_TARGETS, v -> ((YearDecimal) v).getYear() == year, () -> yearDecimal(year),
						Literals.YEAR_DECIMAL__VALUE), ValueConverter.DECIMAL));
			}
		}
		columns.add(Column.of(c, target == null ? Labels.of(Literals.PLAN_INDICATOR__TARGET) : NLS.bind(Messages.Row_targetValueYear, target), 100,
				Literals.PLAN_INDICATOR__TARGET));
		if (completion) {
			columns.add(Column.of(c, target == null ? Labels.of(Literals.COMPLETION_INDICATOR__ACHIEVED) : NLS.bind(Messages.Row_achievedYear, target),
					100, Literals.COMPLETION_INDICATOR__ACHIEVED));
			columns.add(Column.derived(Messages.Row_attainment, 90, row -> context.derived().of(row, Literals.COMPLETION_INDICATOR__ACHIEVED, null)));
			columns.add(Column.readOnly(Messages.Row_met, 70, row -> row instanceof CompletionIndicator ci && ci.met() != null
					? ci.met() ? Messages.Row_metYes : Messages.Row_metNo : "")); //$NON-NLS-1$
		} else {
			columns.add(Column.of(c, 80, Literals.PLAN_INDICATOR__REDUCTION));
			columns.add(Column.of(c, 100, Literals.PLAN_INDICATOR__INDUSTRY_AVERAGE));
			columns.add(Column.derived(Messages.Row_planAverage, 90, row -> row instanceof PlanIndicator p && p.getBaseline() != null
					&& p.getTarget() != null ? context.derived().of(row, Literals.PLAN_INDICATOR__TARGET, null) : null));
		}
		columns.add(Column.of(c, 220, Literals.PLAN_INDICATOR__DESCRIPTION));
		if (completion) {
			// 定性描述 indicators: the baseline and achieved descriptions beside the (target) description
			columns.add(Column.of(c, 220, Literals.COMPLETION_INDICATOR__BASELINE_DESCRIPTION));
			columns.add(Column.of(c, 220, Literals.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION));
		}
	}

	private void nestedPlan(Composite client, OwnerRef plan) {
		for (EStructuralFeature feature : List.of(Literals.PLAN_SECTION__APPROACH, Literals.PLAN_SECTION__TARGETS, Literals.PLAN_SECTION__STAGE_GOALS,
				Literals.PLAN_SECTION__KEY_TASKS, Literals.PLAN_SECTION__SAFEGUARDS)) {
			FormRow row = ClusterDeskFactory.eINSTANCE.createFormRow();
			row.setFeature(feature);
			row.setLabel(Labels.of(feature));
			row(client, row, plan);
		}
	}

	private void stageGoals(Composite client, OwnerRef owner, EReference reference, String label) {
		List<Integer> stages = edition().getStageYears();
		int i = 1;
		for (int year : stages) {
			EntryAccess access = new EntryAccess(context, owner, reference, e -> ((StageGoal) e).getYear() == year, () -> {
				StageGoal goal = ClusterDeskFactory.eINSTANCE.createStageGoal();
				goal.setYear(year);
				return goal;
			}, Literals.STAGE_GOAL__TEXT);
			narrative(client, access, NLS.bind(Messages.Row_stageGoal, i++, year), null, null);
		}
	}

	private void standards(Composite client, OwnerRef owner, EReference reference, String label) {
		List<Integer> years = edition().getDataYears();
		List<String> headers = new ArrayList<>();
		headers.add(Labels.of(Literals.STANDARD_COUNT__CATEGORY));
		for (int year : years) {
			headers.add(NLS.bind(Messages.Row_led, year));
			headers.add(NLS.bind(Messages.Row_participated, year));
		}
		Matrix matrix = new Matrix(toolkit, client, 2, headers, widths(years.size() * 2, 80));
		for (EEnumLiteral literal : ClusterDeskPackage.Literals.STANDARD_CATEGORY.getELiterals()) {
			Enumerator category = literal.getInstance();
			if (Labels.isNone(category)) {
				continue;
			}
			String name = Labels.literal(ClusterDeskPackage.Literals.STANDARD_CATEGORY, category);
			matrix.label(name, null);
			for (int year : years) {
				for (EAttribute count : List.of(Literals.STANDARD_COUNT__LED, Literals.STANDARD_COUNT__PARTICIPATED)) {
					EntryAccess access = new EntryAccess(context, owner, reference,
							e -> ((StandardCount) e).getYear() == year && ((StandardCount) e).getCategory() == category, () -> {
								StandardCount standard = ClusterDeskFactory.eINSTANCE.createStandardCount();
								standard.setYear(year);
								standard.setCategory((StandardCategory) category);
								return standard;
							}, count);
					TextField field = new TextField(context, matrix.getComposite(), pageId, access, ValueConverter.INTEGER,
							NLS.bind(Messages.Row_yearField, name + " " + Labels.of(count), year), SWT.NONE); //$NON-NLS-1$
					add(field.layout(matrix.cellData()));
				}
			}
		}
	}

	private void unitContacts(Composite client, OwnerRef owner, EReference reference, String label) {
		Composite cell = valueGrid(client, 1);
		List<Binding> blocks = new ArrayList<>();
		Binding rebuild = new Binding() {

			private int shown = -1;

			@Override
			public void refresh() {
				if (cell.isDisposed()) {
					return;
				}
				EObject o = owner.resolve();
				List<?> units = o == null ? List.of() : (List<?>) o.eGet(reference);
				if (units.size() == shown) {
					blocks.forEach(Binding::refresh);
					return;
				}
				shown = units.size();
				for (Control child : cell.getChildren()) {
					child.dispose();
				}
				blocks.clear();
				RowRenderer inner = new RowRenderer(context, pageId);
				for (int i = 0; i < units.size(); i++) {
					EObject unit = (EObject) units.get(i);
					Composite block = FormWidgets.grid(toolkit, cell, 4, 1);
					inner.unitContact(block, OwnerRef.of(unit), label);
					Hyperlink remove = toolkit.createHyperlink(block, Messages.Row_removeUnit, SWT.NONE);
					remove.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, true, false, 4, 1));
					remove.addHyperlinkListener(new HyperlinkAdapter() {

						@Override
						public void linkActivated(HyperlinkEvent e) {
							context.execute(RemoveCommand.create(context.domain(), owner.resolve(), reference, unit),
									NLS.bind(Messages.Row_removeUnitCommand, label));
						}
					});
				}
				Hyperlink add = toolkit.createHyperlink(cell, NLS.bind(Messages.Row_addUnit, label), SWT.NONE);
				add.addHyperlinkListener(new HyperlinkAdapter() {

					@Override
					public void linkActivated(HyperlinkEvent e) {
						EObject created = ClusterDeskFactory.eINSTANCE.createUnitContact();
						EObject o2 = owner.resolve();
						context.execute(o2 == null ? owner.create(context.domain(), x -> ((List<EObject>) x.eGet(reference)).add(created))
								: AddCommand.create(context.domain(), o2, reference, created), NLS.bind(Messages.Row_addUnitCommand, label));
					}
				});
				blocks.addAll(inner.bindings());
				problemTargets.clear();
				problemTargets.addAll(inner.targets());
				context.setTargets(pageId + "#" + label, null, inner.targets()); //$NON-NLS-1$
				cell.layout(true, true);
				reflow(cell);
			}

			private final List<ProblemTarget> problemTargets = new ArrayList<>();
		};
		rebuild.refresh();
		add(rebuild);
	}

	private void evidenceList(Composite client, OwnerRef owner, EReference reference, String label) {
		FormContext c = context;
		List<Column> columns = List.of(Column.readOnly(Labels.of(Literals.EVIDENCE_REF__ATTACHMENT), 260,
				row -> ((EvidenceRef) row).getAttachment() == null ? "" : EvidenceDialog.describe(((EvidenceRef) row).getAttachment())), //$NON-NLS-1$
				Column.of(c, 60, Literals.EVIDENCE_REF__PAGE),
				Column.of(c, 200, Literals.EVIDENCE_REF__NOTE));
		RowTable table = new RowTable(context, client, pageId, owner, reference, columns, new RowTable.Options(false, false, true, false, 4),
				() -> ClusterDeskFactory.eINSTANCE.createEvidenceRef(), label);
		table.setAddAction(() -> addEvidence(owner, reference, label));
		add(table);
	}

	private void addEvidence(OwnerRef owner, EReference reference, String label) {
		EvidencePrompt.Answer answer = context.evidencePrompt().ask(context.host().getShell(), document(), label, null, false);
		if (answer.cancelled() || answer.evidence() == null) {
			return;
		}
		CompoundCommand command = new CompoundCommand();
		answer.newAttachments().forEach(a -> command.append(AddCommand.create(context.domain(), document(), Literals.CLUSTER_DOCUMENT__ATTACHMENTS, a)));
		EObject o = owner.resolve();
		if (o == null) {
			command.append(owner.create(context.domain(), x -> {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) x.eGet(reference);
				list.add(answer.evidence());
			}));
		} else {
			command.append(AddCommand.create(context.domain(), o, reference, answer.evidence()));
		}
		context.execute(command, NLS.bind(Messages.Row_addEvidence, label));
	}

	/** A link under a composite row: its evidence (佐证材料), editable in the evidence dialog. */
	private void evidenceLink(Composite cell, OwnerRef owner, EReference reference, String label, int span) {
		Hyperlink link = toolkit.createHyperlink(cell, "", SWT.NONE); //$NON-NLS-1$
		link.setFont(FormWidgets.smallFont());
		link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, span, 1));
		link.addHyperlinkListener(new HyperlinkAdapter() {

			@Override
			public void linkActivated(HyperlinkEvent e) {
				addEvidence(owner, reference, label);
			}
		});
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Row_evidenceClear) {

			@Override
			public void run() {
				EObject o = owner.resolve();
				List<?> refs = o == null ? List.of() : (List<?>) o.eGet(reference);
				if (!refs.isEmpty()) {
					context.execute(RemoveCommand.create(context.domain(), o, reference, new ArrayList<>(refs)),
							NLS.bind(Messages.Row_evidenceClearCommand, label));
				}
			}
		});
		link.setMenu(menu.createContextMenu(link));
		Binding binding = () -> {
			if (link.isDisposed()) {
				return;
			}
			EObject o = owner.resolve();
			List<?> refs = o == null ? List.of() : (List<?>) o.eGet(reference);
			link.setText(refs.isEmpty() ? Messages.Row_evidenceAdd : NLS.bind(Messages.Row_evidenceList, evidenceSummary(refs)));
			link.setToolTipText(refs.isEmpty() ? null : Messages.Row_evidenceListTip);
			link.getParent().layout(new Control[] { link });
		};
		binding.refresh();
		add(binding);
	}

	private static String evidenceSummary(List<?> refs) {
		List<String> parts = new ArrayList<>();
		for (Object o : refs) {
			EvidenceRef ref = (EvidenceRef) o;
			String attachment = ref.getAttachment() == null ? "?" : ref.getAttachment().getTitle(); //$NON-NLS-1$
			parts.add(ref.getPage() == null ? attachment : NLS.bind(Messages.Row_evidencePageText, attachment, ref.getPage()));
		}
		return String.join("；", parts); //$NON-NLS-1$
	}

	// ---------------------------------------------------------------- layout helpers

	private Label rowLabel(Composite client, String text, String toolTip) {
		Label label = FormWidgets.rowLabel(toolkit, client, shown(text), 1);
		label.setToolTipText(toolTip);
		label.setData(FormWidgets.ROW_KEY, text);
		if (current != null && LayoutElements.groupOf(layout(), current) != null) {
			// a sub-row under its group's label
			((GridData) label.getLayoutData()).horizontalIndent = 16;
		}
		return label;
	}

	/** A label spanning both columns above a wide table. */
	private void wideLabel(Composite client, String text, String note) {
		Label label = toolkit.createLabel(client, FormWidgets.plain(shown(text)), SWT.WRAP);
		label.setFont(JFaceResources.getBannerFont());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 600;
		label.setLayoutData(data);
		label.setData(FormWidgets.ROW_KEY, text);
		if (note != null && !note.isBlank()) {
			FormWidgets.note(toolkit, client, note, 2);
		}
	}

	private Composite valueGrid(Composite client, int columns) {
		Composite grid = FormWidgets.grid(toolkit, client, columns, 1);
		return grid;
	}

	private void note(Composite client, String note) {
		if (note == null || note.isBlank()) {
			return;
		}
		toolkit.createLabel(client, ""); //$NON-NLS-1$
		Label label = FormWidgets.note(toolkit, client, note, 1);
		((GridData) label.getLayoutData()).horizontalIndent = ProblemDecoration.INDENT;
	}

	private static void markRow(Control control, String rowLabel) {
		control.setData(FormWidgets.ROW_KEY, rowLabel);
	}

	private static void reflow(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c instanceof ScrolledForm form) {
				form.reflow(true);
				return;
			}
		}
	}

	private void add(Object part) {
		if (part instanceof Binding binding) {
			bindings.add(binding);
		}
		if (part instanceof ProblemTarget target) {
			targets.add(target);
		}
	}
}
