/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.PlanDirection;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.view.PlanTableLayout;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the plan table (方向 | 指标 | 基准值 | 目标值) shows of an indicator, for comparing one read back with the original:
 * <ul>
 * <li>the indicators by direction in the form's order, the form's own indicators first (the order of the list is not
 * shown);</li>
 * <li>the 指标 cell: the form's own indicators (近三年集群产值年均增速 …, 定性描述) print the form's wording alone, so
 * their name and a quantitative indicator's description are not shown; an applicant's own indicator prints its name
 * (its description where it has none);</li>
 * <li>a 定性描述's description as its target (the 目标值 cell);</li>
 * <li>its unit only with a value printed with it; whether lower is better only for the form's own indicators (the
 * remarks' 下降率), not for an applicant's 其它指标;</li>
 * <li>in the re-review's completion table, a 定性描述's descriptions as its three value cells (figures it may have
 * besides are not printed).</li>
 * </ul>
 */
final class PlanIndicatorsAsPrinted {

	private PlanIndicatorsAsPrinted() {
	}

	/** The indicators the form names under a direction, in its order. */
	static List<PlanIndicatorKind> formKinds(PlanDirection direction) {
		return PlanTableLayout.formKinds(direction);
	}

	private static PlanDirection direction(PlanIndicator i) {
		return i.getDirection() == null || i.getDirection() == PlanDirection.NONE ? PlanDirection.OTHER : i.getDirection();
	}

	private static boolean formNamed(PlanIndicator i) {
		return formKinds(direction(i)).contains(i.getKind());
	}

	static List<Object> inFormOrder(List<?> indicators) {
		List<Object> sorted = new ArrayList<>(indicators);
		sorted.sort(Comparator.comparingInt((Object o) -> PlanTableLayout.DIRECTIONS.indexOf(direction((PlanIndicator) o)))
				.thenComparingInt(o -> formNamed((PlanIndicator) o) ? formKinds(direction((PlanIndicator) o)).indexOf(((PlanIndicator) o).getKind()) : 100));
		return sorted;
	}

	/** Whether a feature of an indicator is compared as printed (or not at all) rather than as stored. */
	static boolean comparedAsPrinted(EClass type, EStructuralFeature feature, EObject expected, EObject actual) {
		if (!ClusterDeskPackage.Literals.PLAN_INDICATOR.isSuperTypeOf(type)) {
			return false;
		}
		PlanIndicator e = (PlanIndicator) expected;
		if (feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__NAME) {
			return true;
		}
		if (feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__DESCRIPTION) {
			// printed only as a 定性描述's target (the completion table's in its target column): compared as it is
			return !(e != null && (describedInColumns(e) || e.getKind() == PlanIndicatorKind.QUALITATIVE && formNamed(e)));
		}
		if (e != null && describedInColumns(e) && (feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__BASELINE
				|| feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__TARGET || feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__UNIT
				|| feature == ClusterDeskPackage.Literals.COMPLETION_INDICATOR__ACHIEVED)) {
			return true; // its value columns print the descriptions, not the figures
		}
		if (feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__REDUCTION) {
			return e == null || !formNamed(e);
		}
		if (feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__UNIT) {
			return e == null || e.getBaseline() == null && e.getTarget() == null
					&& !(e instanceof CompletionIndicator c && c.getAchieved() != null);
		}
		return false;
	}

	/** A qualitative row of the completion table: its descriptions fill the three value columns. */
	private static boolean describedInColumns(PlanIndicator i) {
		return i instanceof CompletionIndicator && (i.getKind() == PlanIndicatorKind.QUALITATIVE
				|| i.getBaseline() == null && i.getTarget() == null && i.getDescription() != null);
	}

	/** What the 指标 cell shows of the applicant's wording: nothing for the form's own indicators, else the name. */
	static String indicatorCell(EObject o) {
		if (!(o instanceof PlanIndicator i) || formNamed(i)) {
			return ""; //$NON-NLS-1$
		}
		String name = i.getName() == null || i.getName().isBlank() ? i.getDescription() : i.getName();
		return name == null ? "" : name.strip(); //$NON-NLS-1$
	}
}
