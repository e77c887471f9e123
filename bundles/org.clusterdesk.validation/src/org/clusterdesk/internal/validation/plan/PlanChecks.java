/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.math.BigDecimal;

import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** What the plan rules share: where a plan applies, how an indicator is named, how numbers are shown. */
final class PlanChecks {

	private PlanChecks() {
	}

	/**
	 * Whether the edition shows the object where it sits: the application's plan (section 八) or the re-review's new
	 * plan, the re-review section, the competition report's implementation plan.
	 */
	static boolean applies(EObject object, RuleContext context) {
		EStructuralFeature containment = object.eContainingFeature();
		return context.edition() != null && containment != null && context.has(containment);
	}

	/** The plan's baseline year: the table's own, else the edition's. */
	static Integer baselineYear(PlanSection plan, Edition edition) {
		return plan.getBaselineYear() != null ? plan.getBaselineYear() : edition.getPlanBaselineYear();
	}

	/** The plan's target year: the table's own, else the edition's. */
	static Integer targetYear(PlanSection plan, Edition edition) {
		return plan.getTargetYear() != null ? plan.getTargetYear() : edition.getPlanTargetYear();
	}

	/** The indicator as the filer named it, else as the form's table names its kind. */
	static String name(PlanIndicator indicator) {
		if (indicator.getName() != null && !indicator.getName().isBlank()) {
			return indicator.getName().strip();
		}
		return kindName(indicator.getKind());
	}

	/** The form's wording of an indicator of the plan table. */
	static String kindName(PlanIndicatorKind kind) {
		return switch (kind) {
		case OUTPUT_AVERAGE_GROWTH -> Messages.Kind_outputAverageGrowth;
		case QUALITY_SME_COUNT -> Messages.Kind_qualitySmeCount;
		case RD_EXPENDITURE -> Messages.Kind_rdExpenditure;
		case VALID_PATENTS -> Messages.Kind_validPatents;
		case IIOT_PENETRATION -> Messages.Kind_iiotPenetration;
		case CO2_EMISSION -> Messages.Kind_co2Emission;
		case ENERGY_PER_OUTPUT -> Messages.Kind_energyPerOutput;
		default -> kind.getLiteral();
		};
	}

	/** A value as the forms print it: two decimals, HALF_UP; a dash when there is none. */
	static String shown(BigDecimal value) {
		return value == null ? Messages.Value_none : DecimalMath.round2(value).toPlainString();
	}

	/** A value as the filer entered it. */
	static String entered(BigDecimal value) {
		return value == null ? Messages.Value_none : value.toPlainString();
	}

	/** A threshold of the edition without padding: 10, 13.5. */
	static String threshold(BigDecimal value) {
		return value == null ? Messages.Value_none : value.stripTrailingZeros().toPlainString();
	}

	/** "2026年" */
	static String year(int year) {
		return NLS.bind(Messages.Year, Integer.toString(year));
	}

	/** Whether value, rounded HALF_UP to the two decimals the forms keep, is at least the minimum. */
	static boolean atLeast(BigDecimal value, BigDecimal minimum) {
		return DecimalMath.round2(value).compareTo(minimum) >= 0;
	}
}
