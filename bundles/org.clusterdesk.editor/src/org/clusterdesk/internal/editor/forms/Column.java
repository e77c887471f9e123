/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.clusterdesk.model.derived.DerivedValue;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.swt.SWT;

/** One column of a {@link RowTable}: its header, how it reads, shows and edits the value of a row. */
public final class Column {

	/** How a column edits. */
	public enum Kind {
		/** Typed text read by a converter (text, numbers, dates, lists in one cell). */
		TEXT,
		/** A yes/no check box. */
		CHECK,
		/** A single choice from a drop-down. */
		CHOICE,
		/** Several choices from a check list dialog. */
		MULTI_CHOICE,
		/** A computed value, read only. */
		DERIVED,
		/** The row's position (序号), read only. */
		INDEX,
		/** A text computed from the row, read only. */
		READ_ONLY
	}

	final String header;

	final int width;

	final Kind kind;

	final Function<EObject, ValueAccess> access;

	final ValueConverter converter;

	final EEnum enumType;

	final Function<EObject, DerivedValue> derived;

	final EStructuralFeature feature;

	private Function<EObject, String> readOnlyText;

	private Column(String header, int width, Kind kind, Function<EObject, ValueAccess> access, ValueConverter converter, EEnum enumType,
			Function<EObject, DerivedValue> derived, EStructuralFeature feature) {
		this.header = header;
		this.width = width;
		this.kind = kind;
		this.access = access;
		this.converter = converter;
		this.enumType = enumType;
		this.derived = derived;
		this.feature = feature;
	}

	/** The position of the row in the list (序号). */
	public static Column index(String header) {
		return new Column(header, 56, Kind.INDEX, null, ValueConverter.TEXT, null, null, null);
	}

	/** A feature of the row under its label as the forms word it ({@link Labels#of}), edited as its type says. */
	public static Column of(FormContext context, int width, EStructuralFeature feature) {
		return of(context, Labels.of(feature), width, null, feature);
	}

	/** A feature of the row, edited as its type says. */
	public static Column of(FormContext context, String header, int width, EStructuralFeature feature) {
		return of(context, header, width, null, feature);
	}

	/** A feature of an object the row holds (e.g. 联系人 → 姓名), created when the user first types into it. */
	public static Column of(FormContext context, String header, int width, EReference via, EStructuralFeature feature) {
		Function<EObject, ValueAccess> access = row -> new FeatureAccess(context, via == null ? OwnerRef.of(row) : OwnerRef.of(row, via), feature);
		EClassifier type = feature.getEType();
		if (feature instanceof EAttribute attribute && type instanceof EEnum e) {
			return new Column(header, width, attribute.isMany() ? Kind.MULTI_CHOICE : Kind.CHOICE, access, ValueConverter.TEXT, e, null, feature);
		}
		if (type == EcorePackage.Literals.EBOOLEAN || type == EcorePackage.Literals.EBOOLEAN_OBJECT) {
			return new Column(header, width, Kind.CHECK, access, ValueConverter.TEXT, null, null, feature);
		}
		ValueConverter converter = feature.isMany() ? ValueConverter.ENUMERATION : ValueConverter.of((EAttribute) feature);
		return new Column(header, width, Kind.TEXT, access, converter, null, null, feature);
	}

	/** A year's value of a row that is itself a yearly row (前十企业: 2024年 / 2025年). */
	public static Column year(FormContext context, String header, int width, int year, boolean decimal) {
		return new Column(header, width, Kind.TEXT, row -> new YearAccess(context, OwnerRef.of(row), year), decimal ? ValueConverter.DECIMAL
				: ValueConverter.INTEGER, null, null, null);
	}

	/** A value of a row with its own access (e.g. a stage target of a plan indicator). */
	public static Column custom(String header, int width, Function<EObject, ValueAccess> access, ValueConverter converter) {
		return new Column(header, width, Kind.TEXT, access, converter, null, null, null);
	}

	/** A value of a row with its own access, where findings about the feature tint the cell. */
	public static Column custom(String header, int width, Function<EObject, ValueAccess> access, ValueConverter converter, EStructuralFeature feature) {
		return new Column(header, width, Kind.TEXT, access, converter, null, null, feature);
	}

	/** A computed value, read only, with its formula as tooltip. */
	public static Column derived(String header, int width, Function<EObject, DerivedValue> derived) {
		return new Column(header, width, Kind.DERIVED, null, ValueConverter.DECIMAL, null, derived, null);
	}

	/** A text computed from the row, read only. */
	public static Column readOnly(String header, int width, Function<EObject, String> text) {
		Column column = new Column(header, width, Kind.READ_ONLY, null, ValueConverter.TEXT, null, null, null);
		column.readOnlyText = text;
		return column;
	}

	/** Marks this column's cells when the entered value disagrees with the computed one. */
	public Column checkedBy(Function<EObject, DerivedValue> check) {
		Column column = new Column(header, width, kind, access, converter, enumType, check, feature);
		column.readOnlyText = readOnlyText;
		return column;
	}

	public String header() {
		return header;
	}

	public Kind kind() {
		return kind;
	}

	public EStructuralFeature feature() {
		return feature;
	}

	boolean isEditable() {
		return kind != Kind.DERIVED && kind != Kind.INDEX && kind != Kind.READ_ONLY;
	}

	/** The cell's text. */
	String text(EObject row, int position) {
		switch (kind) {
		case INDEX:
			return Integer.toString(position + 1);
		case READ_ONLY: {
			String text = readOnlyText.apply(row);
			return text == null ? "" : text; //$NON-NLS-1$
		}
		case DERIVED: {
			DerivedValue value = derived.apply(row);
			return value == null ? "" : FormWidgets.format(value.computed()); //$NON-NLS-1$
		}
		case CHECK:
			return Boolean.TRUE.equals(access.apply(row).get()) ? Messages.Table_yes : Messages.Table_no;
		case CHOICE: {
			Object value = access.apply(row).get();
			return value instanceof Enumerator e && !Labels.isNone(e) ? Labels.literal(enumType, e) : ""; //$NON-NLS-1$
		}
		case MULTI_CHOICE: {
			Object value = access.apply(row).get();
			if (!(value instanceof List<?> list)) {
				return ""; //$NON-NLS-1$
			}
			return String.join("、", list.stream().map(v -> Labels.literal(enumType, (Enumerator) v)).toList()); //$NON-NLS-1$
		}
		default:
			return converter.toText(access.apply(row).get());
		}
	}

	/** What the column sorts by: numbers as numbers, the rest as text. */
	Comparable<?> sortKey(EObject row, int position) {
		switch (kind) {
		case INDEX:
			return position;
		case DERIVED: {
			DerivedValue value = derived.apply(row);
			return value == null || value.computed() == null ? null : value.computed();
		}
		case TEXT:
			if (converter.isNumeric()) {
				Object value = access.apply(row).get();
				return value instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) value;
			}
			return text(row, position);
		default:
			return text(row, position);
		}
	}

	int alignment() {
		return converter != null && converter.isNumeric() || kind == Kind.INDEX ? SWT.RIGHT : kind == Kind.CHECK ? SWT.CENTER : SWT.LEFT;
	}
}
