/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.MissingResourceException;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.provider.ClusterDeskEditPlugin;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The forms' wording of classes, features and choices, as the edit bundle's plugin.properties has it, and what the
 * metamodel's form annotation says about a feature (unit, character limit, evidence).
 */
public final class Labels {

	/** Source of the metamodel's annotation with the form facts of a feature. */
	public static final String FORM_ANNOTATION = "http://www.clusterdesk.org/model/form"; //$NON-NLS-1$

	/** Name of the first literal of every single-valued choice: not answered. */
	public static final String NONE = "NONE"; //$NON-NLS-1$

	private static final Pattern YEAR_SUFFIX = Pattern.compile("（\\d{4}年）$"); //$NON-NLS-1$

	private Labels() {
	}

	/** The label of a feature in the edition (the row's wording) or, outside any row, the metamodel's label. */
	public static String of(Edition edition, EStructuralFeature feature) {
		String label = edition == null ? null : edition.labelFor(feature);
		return label != null ? label : of(feature);
	}

	/** The metamodel's Chinese label of a feature. */
	public static String of(EStructuralFeature feature) {
		EClass owner = feature.getEContainingClass();
		return string("_UI_" + owner.getName() + "_" + feature.getName() + "_feature", feature.getName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The Chinese label of a class. */
	public static String of(EClass eClass) {
		return string("_UI_" + eClass.getName() + "_type", eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The forms' wording of a choice. */
	public static String literal(EEnum type, Enumerator literal) {
		return ModelLabels.literal(type, literal);
	}

	/** The forms' wording of a choice of an enum attribute. */
	public static String literal(EAttribute attribute, Enumerator literal) {
		return literal((EEnum) attribute.getEAttributeType(), literal);
	}

	/** Whether a choice is the "not answered" literal every single-valued enum starts with. */
	public static boolean isNone(Object literal) {
		return literal == null || literal instanceof Enumerator e && NONE.equals(e.getName());
	}

	/** The unit the form prints beside the feature (亿元, %, 个 …), or null. */
	public static String unit(EStructuralFeature feature) {
		String unit = annotation(feature, "unit"); //$NON-NLS-1$
		if (unit == null) {
			return null;
		}
		Unit literal = Unit.getByName(unit.trim());
		return literal == null ? null : literal(ClusterDeskPackage.Literals.UNIT, literal);
	}

	/** The character limit of a narrative: the row's own limit, else the feature's; null when there is none. */
	public static Integer maxLength(FormRow row, EStructuralFeature feature) {
		if (row != null && row.getMaxLength() != null) {
			return row.getMaxLength();
		}
		String max = annotation(feature, "maxLength"); //$NON-NLS-1$
		try {
			return max == null ? null : Integer.valueOf(max.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Whether each ticked option of a checkbox group needs evidence (（注：勾选需提供佐证材料）). */
	public static boolean needsEvidence(EStructuralFeature feature) {
		return "true".equals(annotation(feature, "evidence")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A derived value's label without its year suffix: 集群总产值增速（%）（2023年） → 集群总产值增速（%）. */
	public static String withoutYear(String label) {
		return label == null ? "" : YEAR_SUFFIX.matcher(label).replaceFirst(""); //$NON-NLS-1$
	}

	private static String annotation(EStructuralFeature feature, String key) {
		EAnnotation annotation = feature.getEAnnotation(FORM_ANNOTATION);
		return annotation == null ? null : annotation.getDetails().get(key);
	}

	private static String string(String key, String fallback) {
		try {
			return ClusterDeskEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
