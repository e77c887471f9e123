/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.forms;

import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.Declaration;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.ExplainedAnswer;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.Recommendation;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads a document through the rows of its edition: which object holds a row's value, and whether the row is
 * filled as the forms mean it (说明 2: 各必填栏目不得空缺). Shared by the command line, the editor and the exporters.
 */
public final class FormRows {

	/** Name of the first literal of every single-valued choice: not answered yet. */
	public static final String NONE = "NONE"; //$NON-NLS-1$

	private FormRows() {
	}

	/**
	 * The objects a section edits: the document itself for the cover, else what its reference holds — one object,
	 * or one per element for a repeated section (the competition report's parks). Empty when nothing exists yet.
	 */
	public static List<EObject> sectionObjects(ClusterDocument document, FormSection section) {
		if (section.getFeature() == null) {
			return List.of(document);
		}
		if (!section.getFeature().getEContainingClass().isSuperTypeOf(document.eClass())) {
			return List.of();
		}
		Object value = document.eGet(section.getFeature());
		if (value instanceof List<?> list) {
			return list.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		}
		return value instanceof EObject object ? List.of(object) : List.of();
	}

	/**
	 * The object that holds a row's value: the section object when its class has the feature, else the document
	 * (a root row shown inside a section, like the cluster name in 一). Null when neither has it.
	 */
	public static EObject owner(ClusterDocument document, EObject sectionObject, FormRow row) {
		EStructuralFeature feature = row.getFeature();
		if (sectionObject != null && feature.getEContainingClass().isSuperTypeOf(sectionObject.eClass())) {
			return sectionObject;
		}
		if (feature.getEContainingClass().isSuperTypeOf(document.eClass())) {
			return document;
		}
		return null;
	}

	/**
	 * Whether the row holds an answer: text not blank, every year of a yearly row, a complete contact, … In a
	 * repeated section the row must be answered for every element, and there must be at least one.
	 */
	public static boolean isFilled(ClusterDocument document, FormSection section, FormRow row) {
		List<EObject> objects = sectionObjects(document, section);
		if (objects.isEmpty()) {
			return false;
		}
		for (EObject object : objects) {
			if (!isFilled(document, object, row)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the row is answered in one section object. */
	public static boolean isFilled(ClusterDocument document, EObject sectionObject, FormRow row) {
		EObject owner = owner(document, sectionObject, row);
		if (owner == null) {
			return false;
		}
		EStructuralFeature feature = row.getFeature();
		Object value = owner.eGet(feature);
		if (feature.isMany()) {
			// a checkbox group with nothing ticked is an answer too; a list must have entries
			return feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum
					|| !((Collection<?>) value).isEmpty();
		}
		return isFilled(value, years(document, row));
	}

	/** The years a yearly row must hold in the document's edition. */
	public static List<Integer> years(ClusterDocument document, FormRow row) {
		Edition edition = document.getEdition();
		if (edition == null || edition.getDataYears().isEmpty()) {
			return List.of();
		}
		List<Integer> years = edition.getDataYears();
		return row.isLastYearOnly() ? List.of(years.get(years.size() - 1)) : years;
	}

	static boolean isFilled(Object value, List<Integer> years) {
		if (value == null) {
			return false;
		}
		if (value instanceof String text) {
			return !text.isBlank();
		}
		if (value instanceof Enumerator literal) {
			// every single-valued choice starts with NONE (未填): the default until the filer answers
			return !NONE.equals(literal.getName());
		}
		if (value instanceof YearlyDecimal series) {
			return !years.isEmpty() && years.stream().allMatch(y -> series.valueOf(y) != null);
		}
		if (value instanceof YearlyCount series) {
			return !years.isEmpty() && years.stream().allMatch(y -> series.valueOf(y) != null);
		}
		if (value instanceof NamedCount named) {
			return named.getCount() != null;
		}
		if (value instanceof ExplainedAnswer answer) {
			return answer.getAnswer() != null && !NONE.equals(answer.getAnswer().getName());
		}
		if (value instanceof UnitContact unit) {
			return notBlank(unit.getName()) && notBlank(unit.getHead()) && notBlank(unit.getHeadPhone()) && notBlank(unit.getContact())
					&& notBlank(unit.getContactPhone());
		}
		if (value instanceof Organisation organisation) {
			return notBlank(organisation.getName()) && isFilled(organisation.getContact(), years);
		}
		if (value instanceof Contact contact) {
			return notBlank(contact.getPerson()) && notBlank(contact.getPhone());
		}
		if (value instanceof Region region) {
			return notBlank(region.getCity()) || notBlank(region.getCounty()) || notBlank(region.getProvince());
		}
		if (value instanceof Declaration declaration) {
			return notBlank(declaration.getSigner()) && declaration.getDate() != null;
		}
		if (value instanceof Recommendation recommendation) {
			return notBlank(recommendation.getOpinion()) || notBlank(recommendation.getUnit());
		}
		return true;
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}
}
