/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.YesNo;
import org.clusterdesk.model.forms.FormLayout;
import org.clusterdesk.model.view.FormTable;
import org.clusterdesk.model.view.FormTables;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * A section of the form as one bordered table, row by row in the edition's order: the label column on the left, the
 * value columns on the right, divided as each row needs (the year columns under a 年度 header, 联系人 | 联系方式,
 * the standards' 类别 × 主持/参与 per year, 2024年 / 2025年 / 增幅 / 佐证页码, …). The top ten and the approved
 * listings go on in the same table with their caption and header rows, as the form prints them; lists the forms print
 * as tables of their own (key projects, attachments) end the table and follow it.
 */
final class FormTableWriter {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** Share of the width the label column takes. */
	private static final double LABEL_SHARE = 0.36;

	/** Share of the width a group label takes (创新平台建设情况), and its sub-rows' labels. */
	private static final double GROUP_SHARE = 0.2;

	private static final double SUB_LABEL_SHARE = 0.32;

	private final ExportContext ctx;

	private final YearlyBlocks yearly;

	private final ChoiceText choices;

	private FormSection section;

	private FormLayout layout = FormLayout.NONE;

	private EObject sectionObject;

	private TableBuilder table;

	/**
	 * The tables of figures opened in the current Word table, latest last: a row goes on in the latest that accepts it
	 * (a yearly row under the 年度 header after a row printed with its own years, a park's yearly row), else it opens
	 * the table the view model gives it, header first.
	 */
	private final List<FormTableRenderer> figures = new java.util.ArrayList<>();

	FormTableWriter(ExportContext ctx) {
		this.ctx = ctx;
		this.yearly = new YearlyBlocks(ctx, this);
		this.choices = new ChoiceText();
	}

	/** Writes a section for one of its objects (null when the document has none yet: empty rows). */
	void write(FormSection formSection, EObject object) {
		start(formSection, object);
		writeRows(0, formSection.getRows().size(), true);
		flush();
	}

	/**
	 * Writes a section the document has several objects for (two core parks): the form says 另行加行, so each subsection
	 * the form numbers inside the section (3.1, 3.2) holds every object in turn — 3.1's table once per park, one below
	 * the other, then 3.2 with each park's report in rows of its one table — rather than the whole section per object.
	 */
	void writeRepeated(FormSection formSection, List<EObject> objects) {
		List<FormRow> rows = formSection.getRows();
		this.layout = FormLayout.of(ctx.edition());
		List<Integer> starts = new java.util.ArrayList<>();
		starts.add(0);
		for (int i = 1; i < rows.size(); i++) {
			if (layout.heading(rows.get(i)) != null && !layout.hidden(rows.get(i))) {
				starts.add(i);
			}
		}
		starts.add(rows.size());
		for (int s = 0; s + 1 < starts.size(); s++) {
			int from = starts.get(s);
			int to = starts.get(s + 1);
			// a subsection that is one text (3.2's report): the objects' texts are rows of one table
			boolean oneText = to - from == 1 && rows.get(from).getFeature() instanceof EAttribute a
					&& a.getEAttributeType().getInstanceClass() == String.class;
			for (int o = 0; o < objects.size(); o++) {
				if (o == 0 || !oneText) {
					if (o > 0) {
						// the next object's table of the subsection, apart from the one above
						ctx.body().paragraph(DocxStyles.TABLE, null);
					}
					start(formSection, objects.get(o));
					writeRows(from, to, o == 0);
					if (!oneText) {
						flush();
					}
				} else {
					this.sectionObject = objects.get(o);
					repeatedText(rows.get(from));
				}
			}
			if (oneText) {
				flush();
			}
		}
	}

	private void start(FormSection formSection, EObject object) {
		this.section = formSection;
		this.sectionObject = object;
		this.layout = FormLayout.of(ctx.edition());
		newTable();
	}

	private void writeRows(int from, int to, boolean headings) {
		List<FormRow> rows = section.getRows();
		for (int i = from; i < to; i++) {
			FormRow row = rows.get(i);
			if (layout.hidden(row)) {
				// captured for the attachments: the form has no row for it
				continue;
			}
			String heading = layout.heading(row);
			if (heading != null && headings) {
				// a subsection the form numbers inside its part (3.1, 4.2, 5.1 …): its heading, then its own table
				flush();
				ctx.body().paragraph(DocxStyles.HEADING2, heading);
			}
			FormLayout.Group beside = layout.beside(row);
			if (beside != null && !beside.starts(row)) {
				// printed in the line of the row it stands beside
				continue;
			}
			FormLayout.Group inline = layout.inline(row);
			if (inline != null) {
				if (inline.starts(row)) {
					inline(inline);
				}
				continue;
			}
			i = writeRow(rows, i);
		}
	}

	/** The text of a further object in the table of the first one's: the object's name above it, no guidance again. */
	private void repeatedText(FormRow row) {
		CellText.Builder cell = CellText.builder();
		FormRow first = section.getRows().get(0);
		Object name = ExportContext.value(ctx.owner(sectionObject, first), first.getFeature());
		if (name instanceof String n && !n.isBlank()) {
			cell.add(DocxStyles.TABLE, n.strip(), Align.LEFT);
		}
		Object value = ExportContext.value(ctx.owner(sectionObject, row), row.getFeature());
		cell.add(DocxStyles.TABLE, FormValues.text((String) value), Align.BOTH);
		table.row().rest(cell.build());
	}

	FormLayout layout() {
		return layout;
	}

	FormSection section() {
		return section;
	}

	EObject sectionObject() {
		return sectionObject;
	}

	TableBuilder table() {
		return table;
	}

	int labelWidth() {
		return (int) Math.round(table.width() * LABEL_SHARE);
	}

	int valueWidth() {
		return table.width() - labelWidth();
	}

	/** Writes the table so far and starts a new one (before a list printed as its own table). */
	void flush() {
		ctx.body().table(table);
		newTable();
	}

	/** Whether nothing has been written to the current table yet. */
	boolean tableEmpty() {
		return table.isEmpty();
	}

	private void newTable() {
		table = new TableBuilder(ctx.body().width());
		figures.clear();
	}

	/** Writes one row; returns the index of the last row consumed. */
	private int writeRow(List<FormRow> rows, int index) {
		FormRow row = rows.get(index);
		EObject owner = ctx.owner(sectionObject, row);
		EStructuralFeature feature = row.getFeature();
		Object value = ExportContext.value(owner, feature);
		if (layout.noteRow(row)) {
			// the form's note inside the merged label above (（注：…需提供计算公式）), the filer's text after it
			CellText.Builder b = CellText.builder().add(DocxStyles.TABLE_LABEL, row.getNote(), Align.LEFT);
			if (value instanceof String text && !text.isBlank()) {
				b.add(text);
			}
			table.row().merged(labelWidth()).rest(b.build());
			return index;
		}
		if (layout.subRow(row) != null && feature instanceof EAttribute) {
			CellText cell = CellText.centred(value instanceof BigDecimal d ? FormValues.decimal(d, feature)
					: value == null ? "" : value.toString()); //$NON-NLS-1$
			table.row().merged(labelWidth()).cell(valueWidth() / 3, CellText.of(DocxStyles.TABLE_LABEL, layout.subRow(row), Align.CENTER))
					.rest(cell);
			return index;
		}
		if (feature instanceof EReference reference) {
			return writeReference(rows, index, reference.getEReferenceType(), owner, value);
		}
		EAttribute attribute = (EAttribute) feature;
		FormLayout.Group beside = layout.beside(row);
		FormRow other = beside == null || attribute.isMany() ? null
				: section.getRows().stream().filter(r -> r.getFeature().getName().equals(beside.rows().get(1))).findFirst().orElse(null);
		if (other != null && other.getFeature() instanceof EAttribute otherAttribute && !otherAttribute.isMany()) {
			// 是否为国/省级绿色园区（需提供佐证） | □国家级 □省级 □否 | 佐证页码 | P12: the second row in the first one's line
			Object otherValue = ExportContext.value(ctx.owner(sectionObject, other), other.getFeature());
			int v = valueWidth();
			CellText label = label(row);
			if (row.getNote() != null && label.lines().stream().noneMatch(l -> l.text() != null && l.text().contains(row.getNote()))) {
				// the form prints the row's note in its label cell here: 是否为国/省级绿色园区（需提供佐证）
				CellText.Builder b = CellText.builder();
				label.lines().forEach(l -> b.add(l.style(), l.text(), l.align()));
				label = b.note(row.getNote()).build();
			}
			table.row().cell(labelWidth(), label).cell((int) (v * 0.4), attributeText(row, attribute, value))
					.cell((int) (v * 0.2), CellText.of(DocxStyles.TABLE_LABEL, beside.label(), Align.CENTER))
					.rest(attributeText(other, otherAttribute, otherValue));
			return index;
		}
		if (attribute.getEAttributeType() instanceof EEnum type) {
			if (attribute.isMany()) {
				simple(row, choices.group(row, type, (List<?>) value, owner));
			} else if (ChoiceText.isChoice(type)) {
				simple(row, choices.line(row, type, value));
			} else {
				simple(row, CellText.of(ChoiceText.isNone(value) ? "" : Labels.literal(type, (Enumerator) value))); //$NON-NLS-1$
			}
			return index;
		}
		if (attribute.isMany()) {
			simple(row, CellText.of(value == null ? "" : FormValues.joined(strings((List<?>) value)))); //$NON-NLS-1$
			return index;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == String.class) {
			text(row, (String) value);
		} else if (type == BigDecimal.class) {
			simple(row, CellText.centred(FormValues.decimal((BigDecimal) value, feature)));
		} else if (type == Integer.class || type == int.class) {
			simple(row, CellText.centred(FormValues.count((Integer) value)));
		} else if (value instanceof Boolean bool) {
			simple(row, CellText.of(FormValues.bool(bool)));
		} else if (value instanceof LocalDate date) {
			simple(row, CellText.of(FormValues.date(date)));
		} else if (value instanceof YearMonth month) {
			simple(row, CellText.of(FormValues.yearMonth(month)));
		} else {
			simple(row, CellText.EMPTY);
		}
		return index;
	}

	/** One value of an attribute row as its cell prints it (a choice as the form's boxes, a page as written). */
	private CellText attributeText(FormRow row, EAttribute attribute, Object value) {
		if (attribute.getEAttributeType() instanceof EEnum type) {
			return ChoiceText.isChoice(type) ? choices.line(row, type, value)
					: CellText.of(ChoiceText.isNone(value) ? "" : Labels.literal(type, (Enumerator) value)); //$NON-NLS-1$
		}
		if (value instanceof BigDecimal d) {
			return CellText.centred(FormValues.decimal(d, attribute));
		}
		if (value instanceof Integer count) {
			// figures are centred throughout, whole numbers as decimals
			return CellText.centred(FormValues.count(count));
		}
		return CellText.of(value == null ? "" : FormValues.text(value.toString())); //$NON-NLS-1$
	}

	private int writeReference(List<FormRow> rows, int index, EClass type, EObject owner, Object value) {
		FormRow row = rows.get(index);
		if (FormTables.tabular(row)) {
			figures(row, owner);
		} else if (type == P.getStandardCount()) {
			yearly.standards(row, (List<?>) value);
		} else if (type == P.getNamedCount()) {
			simple(row, namedCount((NamedCount) value));
		} else if (type == P.getOrganisation()) {
			organisation(row, (Organisation) value);
		} else if (type == P.getUnitContact()) {
			unitContacts(row, value);
		} else if (type == P.getExplainedAnswer()) {
			explained(row, (ExplainedAnswer) value);
		} else if (type == P.getEvidenceRef()) {
			CellText refs = CellText.of(value == null ? "" : ExportContext.evidence(evidenceRefs((List<?>) value))); //$NON-NLS-1$
			if (ChoiceText.isGuidance(row.getNote())) {
				across(row, refs);
			} else {
				simple(row, refs);
			}
		} else if (type == P.getHonour()) {
			yearly.honours(row, (List<?>) value);
		} else if (type == P.getQualifiedSmeList()) {
			simple(row, ListTables.qualifiedSmes((List<?>) value));
		} else if (type == P.getRegion()) {
			simple(row, CellText.of(region((Region) value)));
		} else if (type == P.getContact()) {
			simple(row, CellText.of(contact((Contact) value)));
		} else if (type == P.getRecommendation()) {
			if (layout.prompt(row) != null && layout.group(row) == null) {
				// the form's one cell across the table: 集群所在地县以上人民政府意见：, room, （盖章）, 年 月 日
				CellText.Builder cell = CellText.builder().add(DocxStyles.TABLE_LABEL, layout.prompt(row), Align.LEFT);
				recommendation(row, (Recommendation) value).lines().forEach(l -> cell.add(l.style(), l.text(), l.align()));
				table.row().rest(cell.build());
			} else {
				simple(row, recommendation(row, (Recommendation) value));
			}
		} else if (type == P.getRankingTable() || type == P.getKeyProject() || type == P.getApprovedListing()
				|| type == P.getAttachment()) {
			if (!ListTables.continuesTable(type)) {
				flush();
			}
			// the top ten and the approved listings go on in the section's table, as the form prints them
			return new ListTables(ctx).write(section, index, type, owner, value, table);
		} else {
			simple(row, CellText.EMPTY);
		}
		return index;
	}

	/** A row of one of the form's tables of figures, in the table its view model says, with the header it opens. */
	private void figures(FormRow row, EObject owner) {
		FormTableRenderer open = null;
		for (int i = figures.size() - 1; i >= 0 && open == null; i--) {
			if (figures.get(i).table().accepts(row)) {
				open = figures.get(i);
			}
		}
		if (open == null) {
			FormTable opened = FormTables.table(ctx.edition(), section, row, table.isEmpty());
			open = new FormTableRenderer(opened, ctx.renderers(), layout, labelWidth(), valueWidth());
			figures.add(open);
			open.header(table);
		}
		open.lines(open.table().lines(row), owner, table);
	}

	// ---------------------------------------------------------------- cells

	/** The label cell: the form's wording of the row, and a note the form prints beside it. */
	CellText label(FormRow row) {
		return label(layout, row, layout.label(row));
	}

	/** The label cell of a row worded as given (this form's wording): a note the form prints beside it follows. */
	static CellText label(FormLayout layout, FormRow row, String text) {
		CellText.Builder b = CellText.builder().add(DocxStyles.TABLE_LABEL, text, Align.LEFT);
		// this form's own wording may include the note already
		boolean worded = row.getNote() != null && text.contains(row.getNote());
		if (ChoiceText.isLabelNote(row) && !layout.valueNote(row) && !worded) {
			b.note(row.getNote());
		}
		return b.build();
	}

	/**
	 * A row of a label and one value spanning the value columns; in a group, the group's label merged down the first
	 * column, the row's own label and its value beside it (or, where the form has it so, one cell of both).
	 */
	void simple(FormRow row, CellText value) {
		String prompt = layout.prompt(row);
		CellText.Builder cell = CellText.builder();
		if (prompt != null) {
			cell.add(DocxStyles.TABLE_LABEL, prompt, Align.LEFT);
		}
		String unit = layout.unit(row);
		if (unit != null) {
			// the form prints the unit in the value cell (　个（需提供清单及佐证材料）): after the figure, alone when empty
			String figure = value.lines().isEmpty() ? "" : value.lines().get(0).text(); //$NON-NLS-1$
			value = CellText.centred(figure + unit);
		}
		value.lines().forEach(l -> cell.add(l.style(), l.text(), l.align()));
		if (layout.valueNote(row) && row.getNote() != null && (value.lines().isEmpty() || isNote(row.getNote()))) {
			// where the form has it in the value cell: a note (（注：…）, （需提供…）) after the value, a hint only in its place
			cell.note(row.getNote());
		}
		FormLayout.Group group = layout.group(row);
		if (group == null) {
			table.row().cell(labelWidth(), label(row)).rest(cell.build());
			return;
		}
		int groupWidth = (int) Math.round(table.width() * GROUP_SHARE);
		TableBuilder.Row r = table.row();
		if (group.starts(row)) {
			CellText.Builder head = CellText.builder().add(DocxStyles.TABLE_LABEL, group.label(), Align.LEFT);
			if (group.note() != null) {
				head.note(group.note());
			}
			r.mergeStart(groupWidth, head.build());
		} else {
			r.merged(groupWidth);
		}
		boolean spanning = prompt != null || row.getFeature() instanceof EAttribute a
				&& (a.getEAttributeType().getInstanceClass() == String.class || a.isMany());
		if (spanning) {
			// 智能制造…应用情况（200字以内） above its text, 集群已开展的…推广工作： above its checkboxes: one cell
			CellText.Builder both = CellText.builder();
			if (prompt == null) {
				both.add(DocxStyles.TABLE_LABEL, layout.label(row), Align.LEFT);
			}
			cell.build().lines().forEach(l -> both.add(l.style(), l.text(), l.align()));
			r.rest(both.build());
		} else {
			CellText.Builder sub = CellText.builder().add(DocxStyles.TABLE_LABEL, layout.label(row), Align.LEFT);
			if (ChoiceText.isLabelNote(row) && !row.getNote().equals(group.note())) {
				sub.note(row.getNote());
			}
			r.cell((int) Math.round(table.width() * SUB_LABEL_SHARE), sub.build()).rest(cell.build());
		}
	}

	private static boolean isNote(String note) {
		return note.startsWith("\uff08\u6ce8") || note.startsWith("\uff08\u9700"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Rows the form prints as the lines of one cell beside one label (绿色工厂数量 3, 绿色工业园区数量 1, …). */
	private void inline(FormLayout.Group group) {
		CellText.Builder cell = CellText.builder();
		for (FormRow r : section.getRows()) {
			if (group.rows().contains(r.getFeature().getName())) {
				Object value = ExportContext.value(ctx.owner(sectionObject, r), r.getFeature());
				String text = value instanceof Integer n ? FormValues.count(n)
						: value instanceof BigDecimal d ? FormValues.decimal(d, r.getFeature()) : value == null ? "" : value.toString(); //$NON-NLS-1$
				cell.add(NLS.bind(Messages.Inline_line, layout.label(r), text));
			}
		}
		if (group.note() != null) {
			cell.note(group.note());
		}
		table.row().cell(labelWidth(), CellText.of(DocxStyles.TABLE_LABEL, group.label(), Align.LEFT)).rest(cell.build());
	}

	private void text(FormRow row, String value) {
		int limit = row.getMaxLength() != null && row.getMaxLength() > 0 ? row.getMaxLength()
				: FormValues.maxLength(row.getFeature());
		if (limit <= 200 && !ChoiceText.isGuidance(row.getNote())) {
			simple(row, CellText.of(value));
			return;
		}
		// a report (自评报告, 2500/3000字) or a text with the form's guidance: label across, text below
		across(row, CellText.builder().add(DocxStyles.TABLE, FormValues.text(value), Align.BOTH).build());
	}

	/** A row whose label (and the form's guidance) spans the table, with the answer in a row of its own below. */
	private void across(FormRow row, CellText value) {
		// as the form has it: the prompt and its guidance at the top of the cell the answer is written in
		CellText.Builder cell = CellText.builder();
		if (!row.getLabel().equals(section.getTitle()) && layout.heading(row) == null) {
			cell.add(DocxStyles.TABLE_LABEL, layout.label(row), Align.LEFT);
		}
		if (row.getNote() != null) {
			cell.note(row.getNote());
		}
		value.lines().forEach(l -> cell.add(l.style(), l.text(), l.align()));
		table.row().rest(cell.build());
	}

	private CellText namedCount(NamedCount named) {
		CellText.Builder b = CellText.builder();
		Integer count = named == null ? null : named.getCount();
		b.add(NLS.bind(Messages.NamedCount_count, count == null ? "    " : count.toString())); //$NON-NLS-1$
		b.add(NLS.bind(Messages.NamedCount_names, named == null ? "" : FormValues.joined(named.getNames()))); //$NON-NLS-1$
		return b.build();
	}

	private void organisation(FormRow row, Organisation organisation) {
		FormLayout.Group beside = layout.beside(row);
		FormRow other = beside == null ? null
				: section.getRows().stream().filter(r -> r.getFeature().getName().equals(beside.rows().get(1))).findFirst().orElse(null);
		if (other != null && other.getFeature() instanceof EReference ref && ref.getEReferenceType() == P.getExplainedAnswer()) {
			// 集群运营管理机构 | name | 是否发生变化 | □是（需附情况说明） □否
			ExplainedAnswer answer = (ExplainedAnswer) ExportContext.value(ctx.owner(sectionObject, other), other.getFeature());
			CellText.Builder b = choices.lineBuilder(other, P.getYesNo(), answer == null ? null : answer.getAnswer());
			if (answer != null && answer.getExplanation() != null && !answer.getExplanation().isBlank()) {
				b.add(NLS.bind(Messages.Explanation, answer.getExplanation()));
			}
			int v = valueWidth();
			table.row().cell(labelWidth(), label(row)).cell((int) (v * 0.35), organisation == null ? "" : organisation.getName()) //$NON-NLS-1$
					.cell((int) (v * 0.25), CellText.of(DocxStyles.TABLE_LABEL, beside.label(), Align.LEFT)).rest(b.build());
		} else {
			simple(row, CellText.of(organisation == null ? "" : organisation.getName())); //$NON-NLS-1$
		}
		Contact contact = organisation == null ? null : organisation.getContact();
		int v = valueWidth();
		table.row().cell(labelWidth(), CellText.of(DocxStyles.TABLE_LABEL, Labels.feature(P.getContact_Person()), Align.LEFT))
				.cell((int) (v * 0.35), contact == null ? "" : contact.getPerson()) //$NON-NLS-1$
				.cell((int) (v * 0.25), CellText.of(DocxStyles.TABLE_LABEL, ctx.phoneLabel(), Align.LEFT))
				.rest(contact == null ? "" : contact.getPhone()); //$NON-NLS-1$
	}

	private void unitContacts(FormRow row, Object value) {
		List<?> units = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		if (units.isEmpty()) {
			units = java.util.Collections.singletonList(null);
		}
		int l = labelWidth();
		int v = valueWidth();
		int sub = (int) (v * 0.26);
		int name = (int) (v * 0.31);
		int phoneLabel = (int) (v * 0.13);
		for (Object o : units) {
			UnitContact unit = (UnitContact) o;
			table.row().mergeStart(l, label(row)).cell(sub, subLabel(P.getUnitContact_Name()))
					.rest(unit == null ? "" : unit.getName()); //$NON-NLS-1$
			table.row().merged(l).cell(sub, subLabel(P.getUnitContact_Head())).cell(name, unit == null ? "" : unit.getHead()) //$NON-NLS-1$
					.cell(phoneLabel, subLabel(P.getUnitContact_HeadPhone())).rest(unit == null ? "" : unit.getHeadPhone()); //$NON-NLS-1$
			table.row().merged(l).cell(sub, subLabel(P.getUnitContact_Contact()))
					.cell(name, unit == null ? "" : unit.getContact()) //$NON-NLS-1$
					.cell(phoneLabel, subLabel(P.getUnitContact_ContactPhone()))
					.rest(unit == null ? "" : unit.getContactPhone()); //$NON-NLS-1$
		}
	}

	private static CellText subLabel(EStructuralFeature feature) {
		return CellText.of(DocxStyles.TABLE_LABEL, Labels.feature(feature), Align.LEFT);
	}

	private void explained(FormRow row, ExplainedAnswer answer) {
		YesNo value = answer == null ? null : answer.getAnswer();
		CellText.Builder b = choices.lineBuilder(row, P.getYesNo(), value);
		if (answer != null && answer.getExplanation() != null && !answer.getExplanation().isBlank()) {
			b.add(NLS.bind(Messages.Explanation, answer.getExplanation()));
		}
		simple(row, b.build());
	}

	static CellText recommendation(FormRow row, Recommendation recommendation) {
		CellText.Builder b = CellText.builder();
		String opinion = recommendation == null ? "" : FormValues.text(recommendation.getOpinion()); //$NON-NLS-1$
		b.add(DocxStyles.TABLE, opinion, Align.BOTH);
		// room for the opinion (when it is still to be written), the seal and the date, as the printed form leaves it
		for (int i = opinion.isBlank() ? 6 : 2; i > 0; i--) {
			b.add(DocxStyles.TABLE, " ", Align.LEFT); //$NON-NLS-1$
		}
		String unit = recommendation == null ? "" : FormValues.text(recommendation.getUnit()); //$NON-NLS-1$
		String sealed = row.getNote() != null ? unit + row.getNote() : NLS.bind(Messages.Recommendation_unit, unit);
		b.add(DocxStyles.TABLE, sealed, Align.RIGHT);
		b.add(DocxStyles.TABLE, FormValues.date(recommendation == null ? null : recommendation.getDate()), Align.RIGHT);
		return b.build();
	}

	static String region(Region region) {
		if (region == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder sb = new StringBuilder();
		for (String part : new String[] { region.getProvince(), region.getCity(), region.getCounty() }) {
			if (part != null && !part.isBlank()) {
				sb.append(sb.length() > 0 ? " " : "").append(part); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return sb.toString();
	}

	static String contact(Contact contact) {
		if (contact == null) {
			return ""; //$NON-NLS-1$
		}
		return (FormValues.text(contact.getPerson()) + "  " + FormValues.text(contact.getPhone())).trim(); //$NON-NLS-1$
	}

	static List<String> strings(List<?> values) {
		return values.stream().map(v -> v == null ? "" : v.toString()).toList(); //$NON-NLS-1$
	}

	@SuppressWarnings("unchecked")
	static List<EvidenceRef> evidenceRefs(List<?> values) {
		return (List<EvidenceRef>) values;
	}

	/** The 增幅 a filer entered, else the one computed from the two years. */
	static BigDecimal growth(Object row) {
		if (row instanceof ComparedDecimal d) {
			return d.getGrowth() != null ? d.getGrowth() : d.computedGrowth();
		}
		if (row instanceof ComparedCount c) {
			return c.getGrowth() != null ? c.getGrowth() : c.computedGrowth();
		}
		return null;
	}

}
