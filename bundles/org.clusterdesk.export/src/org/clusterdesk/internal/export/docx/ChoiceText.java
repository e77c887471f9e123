/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Checkboxes as the forms print them: ☑ for what is ticked, ☐ for every other option, in the forms' wording. A
 * single choice (是/否, 是/否/不适用, 产业类型) is one line of all its options; a checkbox group one line per option,
 * followed by the row's note （注：勾选需提供佐证材料）.
 */
final class ChoiceText {

	private static final String GAP = "\u3000\u3000"; //$NON-NLS-1$

	/** Whether an enum is printed as a line of checkboxes (else as the chosen literal's name). */
	static boolean isChoice(EEnum type) {
		ClusterDeskPackage p = ClusterDeskPackage.eINSTANCE;
		return type == p.getYesNo() || type == p.getYesNoNotApplicable() || type == p.getIndustryType();
	}

	/** The first literal of every single choice, NONE (未填): nothing ticked. */
	static boolean isNone(Object value) {
		return !(value instanceof Enumerator literal) || FormRows.NONE.equals(literal.getName());
	}

	/** A note in brackets (（需提供清单）, （注：…）) rather than a passage of the form's wording. */
	static boolean isParenthesised(String note) {
		return note.startsWith("\uff08") || note.startsWith("(") || note.startsWith("\u6ce8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The form's blank to fill in (XX（省、市）XX（县、区）XX产业, PXX页): printed as a hint, never as an answer. */
	static boolean isPlaceholder(String note) {
		return note.contains("XX"); //$NON-NLS-1$
	}

	/** A passage of the form that tells what to write (包括…, 明确实施范围…): printed above the answer. */
	static boolean isGuidance(String note) {
		return note != null && !note.isBlank() && !isParenthesised(note) && !isPlaceholder(note);
	}

	/** Whether the row's note belongs under the label; choices print theirs with the options. */
	static boolean isLabelNote(FormRow row) {
		String note = row.getNote();
		if (note == null || note.isBlank() || !isParenthesised(note) && !isPlaceholder(note)) {
			return false;
		}
		if (row.getFeature() instanceof EAttribute attribute) {
			return !(attribute.getEAttributeType() instanceof EEnum);
		}
		return !(row.getFeature() instanceof EReference reference
				&& reference.getEReferenceType() == ClusterDeskPackage.eINSTANCE.getExplainedAnswer());
	}

	CellText line(FormRow row, EEnum type, Object value) {
		return lineBuilder(row, type, value).build();
	}

	/**
	 * One line of every option but NONE. A note that is not in brackets words one of the options as this form
	 * does: the option it begins with (是（需附情况说明）), else the last one (非高耗能行业，不适用, 不涉及).
	 */
	CellText.Builder lineBuilder(FormRow row, EEnum type, Object value) {
		String note = row.getNote();
		boolean wording = note != null && !note.isBlank() && !isParenthesised(note);
		List<EEnumLiteral> options = type.getELiterals().stream().filter(l -> !FormRows.NONE.equals(l.getName())).toList();
		EEnumLiteral worded = null;
		if (wording) {
			for (EEnumLiteral option : options) {
				if (note.startsWith(Labels.literal(type, option.getInstance()))) {
					worded = option;
				}
			}
			if (worded == null) {
				worded = options.get(options.size() - 1);
			}
		}
		StringBuilder sb = new StringBuilder();
		for (EEnumLiteral option : options) {
			if (sb.length() > 0) {
				sb.append(GAP);
			}
			String label = option == worded ? note : Labels.literal(type, option.getInstance());
			sb.append(FormValues.box(value == option.getInstance(), label));
		}
		CellText.Builder b = CellText.builder().add(sb.toString());
		if (note != null && !note.isBlank() && !wording) {
			b.note(note);
		}
		return b;
	}

	/** One line per option, then the row's note. */
	CellText group(FormRow row, EEnum type, List<?> ticked, EObject owner) {
		CellText.Builder b = CellText.builder();
		for (EEnumLiteral option : type.getELiterals()) {
			if (FormRows.NONE.equals(option.getName())) {
				continue;
			}
			boolean on = ticked != null && ticked.contains(option.getInstance());
			// the evidence of a ticked box goes to the attachments after the form, not under the box
			b.add(FormValues.box(on, Labels.literal(type, option.getInstance())));
		}
		if (row.getNote() != null && !row.getNote().isBlank()) {
			b.note(row.getNote());
		}
		return b.build();
	}
}
