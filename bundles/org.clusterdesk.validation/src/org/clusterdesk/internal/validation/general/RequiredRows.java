/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.clusterdesk.internal.validation.general.EditionRows.Placement;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * G01 (E): a required row of the edition is not empty (说明 2: 各必填栏目不得空缺，无相关情况时应填写“无”). One finding
 * per missing row, saying what is missing. Missing years of a yearly row are reported here; foreign or disordered
 * years are G11's, and so are the edition's years missing from a row that holds foreign ones (a shifted table). The
 * declaration rows are G14's and the 承诺函's signature rows (bureau, date) G15's: they are signed for the final export,
 * not while drafting.
 */
public class RequiredRows implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument document) || context.edition() == null) {
			return;
		}
		for (Placement placement : EditionRows.of(context)) {
			FormRow row = placement.row();
			if (!row.isRequired() || isDeclaration(row.getFeature())) {
				continue;
			}
			String missing = missing(document, placement);
			if (missing != null) {
				EObject owner = placement.owner() != null ? placement.owner() : document;
				// in a repeated section (the parks) say which element lacks the row
				EObject element = placement.sectionObject();
				String where = element != null && element.eContainingFeature() != null && element.eContainingFeature().isMany()
						? Places.where(context, element, null)
						: null;
				context.error(owner, row.getFeature(), where, missing, null, null);
			}
		}
	}

	private static boolean isDeclaration(EStructuralFeature feature) {
		return feature.getEContainingClass() == Literals.DECLARATION || feature.getEType() == Literals.DECLARATION
				|| feature == Literals.COMMITMENT_LETTER__ISSUING_BUREAU || feature == Literals.COMMITMENT_LETTER__DATE;
	}

	/** What is missing in the row, or null when it is filled. */
	private static String missing(ClusterDocument document, Placement placement) {
		FormRow row = placement.row();
		EStructuralFeature feature = row.getFeature();
		if (placement.owner() == null) {
			return isText(feature) ? Messages.G01_textMissing : Messages.G01_missing;
		}
		Object value = placement.value();
		if (feature.isMany()) {
			// a checkbox group with nothing ticked is an answer; a list needs an entry
			boolean checkboxes = feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum;
			return checkboxes || !((Collection<?>) value).isEmpty() ? null : Messages.G01_listEmpty;
		}
		if (isText(feature)) {
			return blank((String) value) ? Messages.G01_textMissing : null;
		}
		if (value instanceof YearlyDecimal || value instanceof YearlyCount) {
			return missingYears(document, row, value);
		}
		if (value instanceof Enumerator literal) {
			return FormRows.NONE.equals(literal.getName()) ? Messages.G01_notChosen : null;
		}
		if (value instanceof ExplainedAnswer answer) {
			// FormRows counts any answer object as filled; 未填 (NONE) is no answer
			return answer.getAnswer() == null || FormRows.NONE.equals(answer.getAnswer().getName()) ? Messages.G01_notChosen : null;
		}
		if (value instanceof NamedCount named) {
			return named.getCount() == null ? Messages.G01_countMissing : null;
		}
		List<String> parts = missingParts(value);
		if (parts != null) {
			return parts.isEmpty() ? null : NLS.bind(Messages.G01_partsMissing, String.join("、", parts)); //$NON-NLS-1$
		}
		return FormRows.isFilled(document, placement.sectionObject() != null ? placement.sectionObject() : document, row) ? null
				: Messages.G01_missing;
	}

	private static String missingYears(ClusterDocument document, FormRow row, Object series) {
		List<Integer> expected = FormRows.years(document, row);
		List<Integer> held = series instanceof YearlyDecimal d ? d.years() : ((YearlyCount) series).years();
		if (!expected.containsAll(held)) {
			return null; // filled for other years (a shifted table): G11's, reported once, not again year by year
		}
		List<String> missing = new ArrayList<>();
		for (Integer year : expected) {
			Object v = series instanceof YearlyDecimal d ? d.valueOf(year) : ((YearlyCount) series).valueOf(year);
			if (v == null) {
				missing.add(Places.year(year));
			}
		}
		return missing.isEmpty() ? null : NLS.bind(Messages.G01_yearsMissing, String.join("、", missing)); //$NON-NLS-1$
	}

	/** The parts of a composite answer that are empty, or null when the value is not a composite this rule knows. */
	private static List<String> missingParts(Object value) {
		List<String> parts = new ArrayList<>();
		if (value instanceof Organisation organisation) {
			if (blank(organisation.getName())) {
				parts.add(Messages.G01_partUnitName);
			}
			addContactParts(organisation.getContact(), parts);
			return parts;
		}
		if (value instanceof Contact contact) {
			addContactParts(contact, parts);
			return parts;
		}
		if (value instanceof UnitContact unit) {
			// the form's boxes: 单位名称, 负责人姓名、职务, 电话, 联系人姓名、职务, 电话
			addIfBlank(unit.getName(), Messages.G01_partUnitName, parts);
			addIfBlank(unit.getHead(), Messages.G01_partHead, parts);
			addIfBlank(unit.getHeadPhone(), Messages.G01_partHeadPhone, parts);
			addIfBlank(unit.getContact(), Messages.G01_partPerson, parts);
			addIfBlank(unit.getContactPhone(), Messages.G01_partContactPhone, parts);
			return parts;
		}
		return null;
	}

	private static void addContactParts(Contact contact, List<String> parts) {
		addIfBlank(contact == null ? null : contact.getPerson(), Messages.G01_partPerson, parts);
		addIfBlank(contact == null ? null : contact.getPhone(), Messages.G01_partPhone, parts);
	}

	private static void addIfBlank(String text, String part, List<String> parts) {
		if (blank(text)) {
			parts.add(part);
		}
	}

	private static boolean isText(EStructuralFeature feature) {
		return feature instanceof EAttribute && feature.getEType().getInstanceClass() == String.class;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
