/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Project;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * 六、集群“四库”: each library under its caption (（一）现有企业库（共有企业…）), its two-row header (企业所在地 over 市州 /
 * 县（市）区 / 所在园区, 企业联系人 over 姓名 / 联系电话, …) and one row per entry down to the table's end — rows added by the
 * filer included, the 序号 not read (a row added in Word may have none). Each column is found by the form's wording of
 * its feature; a value that cannot be read is reported with the entry's name and the column and left empty.
 * <p>
 * What the tables do not show, and so is not read: the row a library entry was imported from (来源行号), and whether
 * an existing enterprise is listed (上市企业) or high-tech (高新技术企业) — the caption only counts them.
 */
final class LibraryReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** Features the library tables have no column for (see the class comment). */
	static final Set<EAttribute> NOT_SHOWN = Set.of(P.getLibraryRow_SourceRow(), P.getExistingEnterprise_Listed(),
			P.getExistingEnterprise_HighTech());

	private static final Set<EAttribute> PERIOD = Set.of(P.getProject_PeriodStart(), P.getProject_PeriodEnd(),
			P.getProject_PeriodYearsOnly());

	private final GridReader reader;

	LibraryReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormSection section, EObject libraries) {
		for (FormRow row : section.getRows()) {
			if (row.getFeature() instanceof EReference reference && reference.isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> list = (List<EObject>) libraries.eGet(reference);
				list.clear();
				library(row, reference.getEReferenceType(), list);
			}
		}
	}

	private void library(FormRow row, EClass type, List<EObject> list) {
		String label = row.getLabel();
		List<DocxGrid.Item> items = reader.items();
		int caption = caption(items, label);
		DocxGrid.Item top = caption >= 0 && caption + 1 < items.size() && items.get(caption + 1).isRow() ? items.get(caption + 1) : null;
		if (top == null) {
			reader.unread(label, "", Messages.Reason_notFound); //$NON-NLS-1$
			return;
		}
		int first = caption + 2;
		DocxGrid.Item sub = null;
		if (first < items.size() && items.get(first).isRow() && items.get(first).table == top.table
				&& items.get(first).cells.stream().anyMatch(DocxGrid.Cell::continued)) {
			sub = items.get(first);
			sub.used = true;
			first++;
		}
		top.used = true;
		HeaderColumns header = HeaderColumns.of(top, sub);
		Columns columns = columns(row, type, header);
		if (columns == null) {
			return;
		}
		for (int i = first; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() || item.table != top.table) {
				break;
			}
			item.used = true;
			reader.readTo(i);
			if (header.isHeader(item) || item.cells.stream().allMatch(c -> c.text().isBlank())) {
				continue; // the header again, or an empty row left in the table
			}
			list.add(entry(label, type, columns, item));
		}
	}

	/** The paragraph that captions the library: its label, then the summary the export computes. */
	private static int caption(List<DocxGrid.Item> items, String label) {
		String key = Values.key(label);
		for (int i = 0; i < items.size(); i++) {
			DocxGrid.Item item = items.get(i);
			if (!item.isRow() && !item.used && Values.key(item.paragraph).startsWith(key)) {
				item.used = true;
				return i;
			}
		}
		return -1;
	}

	/** The grid column of each feature a library table shows. */
	private record Columns(List<EAttribute> attributes, int[] at, int name, int period, int person, int phone) {
	}

	private Columns columns(FormRow row, EClass type, HeaderColumns header) {
		List<EAttribute> attributes = new ArrayList<>();
		List<Integer> at = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (EAttribute attribute : type.getEAllAttributes()) {
			if (NOT_SHOWN.contains(attribute) || PERIOD.contains(attribute)) {
				continue;
			}
			String label = ModelLabels.feature(attribute);
			int column = header.column(label);
			if (column < 0) {
				missing.add(label);
				continue;
			}
			attributes.add(attribute);
			at.add(column);
		}
		int period = -1;
		if (P.getProject().isSuperTypeOf(type)) {
			period = header.column(type == P.getPlannedProject() ? Messages.Form_plannedPeriod : Messages.Form_projectPeriod);
			if (period < 0) {
				missing.add(type == P.getPlannedProject() ? Messages.Form_plannedPeriod : Messages.Form_projectPeriod);
			}
		}
		int person = -1;
		int phone = -1;
		EReference contact = (EReference) type.getEStructuralFeature("contact"); //$NON-NLS-1$
		if (contact != null) {
			String group = ModelLabels.feature(contact);
			person = header.column(group, Messages.Form_contactName);
			phone = header.column(group, Messages.Form_contactPhone);
			if (person < 0 || phone < 0) {
				missing.add(group);
			}
		}
		if (!missing.isEmpty()) {
			// the rest is read; what has no column is said once for the table
			reader.unread(row.getLabel(), String.join("\u3001", missing), Messages.Reason_noColumn); //$NON-NLS-1$
		}
		int name = header.column(ModelLabels.feature(type.getEStructuralFeature("name"))); //$NON-NLS-1$
		return new Columns(attributes, at.stream().mapToInt(Integer::intValue).toArray(), name, period, person, phone);
	}

	private EObject entry(String label, EClass type, Columns columns, DocxGrid.Item item) {
		EObject entry = EcoreUtil.create(type);
		String name = HeaderColumns.cellAt(item, columns.name());
		String place = NLS.bind(Messages.Place_sub, label, name.isBlank() ? Messages.Form_noName : name);
		for (int i = 0; i < columns.attributes().size(); i++) {
			EAttribute attribute = columns.attributes().get(i);
			String text = HeaderColumns.cellAt(item, columns.at()[i]);
			try {
				set(entry, attribute, text);
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_sub, place, ModelLabels.feature(attribute)), text, e.getMessage());
			}
		}
		if (entry instanceof Project project && columns.period() >= 0) {
			String text = HeaderColumns.cellAt(item, columns.period());
			try {
				period(project, text);
			} catch (Values.Unreadable e) {
				reader.unread(NLS.bind(Messages.Place_sub, place, type == P.getPlannedProject() ? Messages.Form_plannedPeriod : Messages.Form_projectPeriod),
						text, e.getMessage());
			}
		}
		EReference reference = (EReference) type.getEStructuralFeature("contact"); //$NON-NLS-1$
		if (reference != null && columns.person() >= 0) {
			String person = HeaderColumns.cellAt(item, columns.person());
			String phone = HeaderColumns.cellAt(item, columns.phone());
			if (!person.isBlank() || !phone.isBlank()) {
				Contact contact = P.getClusterDeskFactory().createContact();
				contact.setPerson(person.isBlank() ? null : person.strip());
				contact.setPhone(phone.isBlank() ? null : phone.strip());
				entry.eSet(reference, contact);
			}
		}
		return entry;
	}

	private static void set(EObject entry, EAttribute attribute, String text) throws Values.Unreadable {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum enumType && attribute.isMany()) {
			@SuppressWarnings("unchecked")
			List<Object> list = (List<Object>) entry.eGet(attribute);
			List<String> unknown = new ArrayList<>();
			for (String name : GridReader.names(text)) {
				Enumerator literal = literal(enumType, name);
				if (literal == null) {
					unknown.add(name);
				} else if (!list.contains(literal)) {
					list.add(literal);
				}
			}
			if (!unknown.isEmpty()) {
				throw new Values.Unreadable(NLS.bind(Messages.Reason_unknownOption, String.join("\u3001", unknown))); //$NON-NLS-1$
			}
		} else if (attribute.isMany()) {
			@SuppressWarnings("unchecked")
			List<Object> list = (List<Object>) entry.eGet(attribute);
			list.addAll(GridReader.names(text));
		} else if (type == String.class) {
			entry.eSet(attribute, text.isBlank() ? null : text.strip());
		} else if (type == BigDecimal.class) {
			entry.eSet(attribute, Values.decimal(text));
		} else if (type == YearMonth.class) {
			entry.eSet(attribute, Values.yearMonth(text));
		} else if (type == boolean.class || type == Boolean.class) {
			Boolean value = yesNo(text);
			if (value != null) {
				entry.eSet(attribute, value);
			}
		} else if (!Values.isNothing(text)) {
			throw new Values.Unreadable(Messages.Reason_notSupported);
		}
	}

	/** 是 / 否 (or a ticked box before one of them); null when nothing is written. */
	static Boolean yesNo(String text) throws Values.Unreadable {
		if (Values.isNothing(text)) {
			return null;
		}
		String key = Values.key(text);
		if (key.equals(Values.key(Messages.Form_yes))) {
			return Boolean.TRUE;
		}
		if (key.equals(Values.key(Messages.Form_no))) {
			return Boolean.FALSE;
		}
		Boolean ticked = null;
		for (Values.Option option : Values.options(text)) {
			if (option.ticked()) {
				Boolean value = Values.key(option.text()).equals(Values.key(Messages.Form_yes)) ? Boolean.TRUE
						: Values.key(option.text()).equals(Values.key(Messages.Form_no)) ? Boolean.FALSE : null;
				if (value == null || ticked != null && !ticked.equals(value)) {
					throw new Values.Unreadable(Messages.Reason_notYesNo);
				}
				ticked = value;
			}
		}
		if (ticked == null) {
			throw new Values.Unreadable(Messages.Reason_notYesNo);
		}
		return ticked;
	}

	/** The literal a name words (国家“专精特新”小巨人, with or without the quotes). */
	private static Enumerator literal(EEnum type, String name) {
		String key = unquoted(name);
		for (EEnumLiteral literal : type.getELiterals()) {
			if (!"NONE".equals(literal.getName()) && unquoted(ModelLabels.literal(type, literal.getInstance())).equals(key)) { //$NON-NLS-1$
				return literal.getInstance();
			}
		}
		return null;
	}

	private static String unquoted(String text) {
		return Values.key(text).replaceAll("[\u201c\u201d\"'\u2018\u2019]", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A construction period as the form prints it: 2024年6月至2026年12月, or in years only (2024年至2026年: from January,
	 * to December), also written 2024.06-2026.12 or 2024年6月~2026年12月.
	 */
	static void period(Project project, String text) throws Values.Unreadable {
		project.setPeriodStart(null);
		project.setPeriodEnd(null);
		project.setPeriodYearsOnly(false);
		if (Values.isNothing(text)) {
			return;
		}
		String folded = Values.key(text);
		String[] parts = folded.split("\u81f3|~|\u301c|\u5230|\u2014|\u2013"); //$NON-NLS-1$
		if (parts.length != 2) {
			parts = folded.split("-"); //$NON-NLS-1$
		}
		if (parts.length != 2) {
			throw new Values.Unreadable(Messages.Reason_notPeriod);
		}
		YearMonth start = bound(parts[0], 1);
		YearMonth end = bound(parts[1], 12);
		boolean yearsOnly = isYear(parts[0]) || isYear(parts[1]);
		project.setPeriodStart(start);
		project.setPeriodEnd(end);
		project.setPeriodYearsOnly(yearsOnly);
	}

	private static boolean isYear(String bound) {
		return bound.matches("\\d{4}\u5e74?"); //$NON-NLS-1$
	}

	private static YearMonth bound(String bound, int month) throws Values.Unreadable {
		if (isYear(bound)) {
			return YearMonth.of(Integer.parseInt(bound.substring(0, 4)), month);
		}
		YearMonth value = Values.yearMonth(bound);
		if (value == null) {
			throw new Values.Unreadable(Messages.Reason_notPeriod);
		}
		return value;
	}
}
