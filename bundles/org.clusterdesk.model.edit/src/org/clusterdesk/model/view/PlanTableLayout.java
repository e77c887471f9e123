/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.view;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.labels.ModelLabels;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How the forms lay out the plan (八): the directions of its targets table in the form's order, the indicators the form
 * names under each, and the parts of a nested plan the edition does not list (the re-review's new plan). One place for
 * the Word export, the Word form reader and its tests.
 */
public final class PlanTableLayout {

	/** The directions of the targets table, in the form's order, 其它 last. */
	public static final List<PlanDirection> DIRECTIONS = List.of(PlanDirection.LEADING_INDUSTRY, PlanDirection.INNOVATION,
			PlanDirection.DIGITAL, PlanDirection.GREEN, PlanDirection.OPENNESS, PlanDirection.GOVERNANCE, PlanDirection.OTHER);

	/** A part's own numbering in the metamodel's wording of it ((一), 1., 二、), which the form's outline replaces. */
	private static final Pattern NUMBERING = Pattern.compile("^[\uff08(]?[\u4e00-\u9fa50-9]{1,2}[\uff09)\u3001.\uff0e]\\s*"); //$NON-NLS-1$

	private PlanTableLayout() {
	}

	/** The indicators the form names under a direction, in its order (none under 其它). */
	public static List<PlanIndicatorKind> formKinds(PlanDirection direction) {
		return switch (direction) {
		case LEADING_INDUSTRY -> List.of(PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH, PlanIndicatorKind.QUALITY_SME_COUNT);
		case INNOVATION -> List.of(PlanIndicatorKind.RD_EXPENDITURE, PlanIndicatorKind.VALID_PATENTS);
		case DIGITAL -> List.of(PlanIndicatorKind.IIOT_PENETRATION);
		case GREEN -> List.of(PlanIndicatorKind.CO2_EMISSION, PlanIndicatorKind.ENERGY_PER_OUTPUT);
		case OPENNESS, GOVERNANCE -> List.of(PlanIndicatorKind.QUALITATIVE);
		default -> List.of();
		};
	}

	/** Every indicator the form names, in the table's order. */
	public static List<PlanIndicatorKind> formKinds() {
		List<PlanIndicatorKind> kinds = new ArrayList<>();
		for (PlanDirection direction : DIRECTIONS) {
			for (PlanIndicatorKind kind : formKinds(direction)) {
				if (!kinds.contains(kind)) {
					kinds.add(kind);
				}
			}
		}
		return List.copyOf(kinds);
	}

	/**
	 * The rows of a nested plan the edition does not list (the re-review's new plan): its parts after the narratives,
	 * worded by the metamodel without its numbering, the targets with the guidance and remarks the edition gives it.
	 */
	public static List<FormRow> nestedPlanRows(String targetsNote) {
		List<FormRow> rows = new ArrayList<>();
		for (EStructuralFeature f : List.<EStructuralFeature>of(Literals.PLAN_SECTION__APPROACH, Literals.PLAN_SECTION__TARGETS,
				Literals.PLAN_SECTION__STAGE_GOALS, Literals.PLAN_SECTION__KEY_TASKS, Literals.PLAN_SECTION__SAFEGUARDS)) {
			FormRow row = ClusterDeskFactory.eINSTANCE.createFormRow();
			row.setFeature(f);
			row.setLabel(withoutNumbering(ModelLabels.feature(f)));
			if (f == Literals.PLAN_SECTION__TARGETS) {
				row.setNote(targetsNote);
			}
			rows.add(row);
		}
		return rows;
	}

	/** The wording without its leading numbering (（一）, 1., 二、). */
	public static String withoutNumbering(String text) {
		return NUMBERING.matcher(text).replaceFirst(""); //$NON-NLS-1$
	}
}
