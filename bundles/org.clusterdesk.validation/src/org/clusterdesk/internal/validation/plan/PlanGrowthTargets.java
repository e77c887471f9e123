/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.math.BigDecimal;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanRules;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * P02, P04, P05 (E): the plan's average yearly growth from baseline to target reaches the edition's minimum — output
 * (a, 10 %), R&amp;D expenditure (c, 10 %), valid invention patents (d, 15 %). The growth is
 * (target / baseline)^(1 / (target year − baseline year)) − 1, rounded HALF_UP to two decimals before the comparison,
 * so exactly 10.00 % passes. The form's output row is itself a rate (近三年集群产值年均增速): a filer who states it in
 * % (unit {@link Unit#PERCENT}) gives the planned rate as target, which is compared directly; with amounts (亿元) the
 * rate is computed from them.
 */
public class PlanGrowthTargets implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof PlanSection plan) || !PlanChecks.applies(plan, context) || context.edition().getPlanRules() == null) {
			return;
		}
		Edition edition = context.edition();
		PlanRules rules = edition.getPlanRules();
		PlanIndicatorKind kind;
		BigDecimal minimum;
		switch (context.ruleId()) {
		case "P02" -> { //$NON-NLS-1$
			kind = PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH;
			minimum = rules.getOutputAverageGrowthMin();
		}
		case "P04" -> { //$NON-NLS-1$
			kind = PlanIndicatorKind.RD_EXPENDITURE;
			minimum = rules.getRdAverageGrowthMin();
		}
		case "P05" -> { //$NON-NLS-1$
			kind = PlanIndicatorKind.VALID_PATENTS;
			minimum = rules.getPatentAverageGrowthMin();
		}
		default -> {
			return;
		}
		}
		if (minimum == null || plan.getTargets().isEmpty()) {
			return; // no requirement in this edition; an empty table is G01's
		}
		String min = PlanChecks.threshold(minimum);
		PlanIndicator indicator = plan.targetOf(kind);
		if (indicator == null) {
			context.error(plan, Literals.PLAN_SECTION__TARGETS, null, NLS.bind(Messages.P_indicatorMissing, PlanChecks.kindName(kind), min),
					null, PlanChecks.kindName(kind));
			return;
		}
		String name = PlanChecks.name(indicator);
		boolean statedRate = kind == PlanIndicatorKind.OUTPUT_AVERAGE_GROWTH && indicator.getUnit() == Unit.PERCENT;
		if (statedRate) {
			if (indicator.getTarget() == null) {
				context.error(indicator, Literals.PLAN_INDICATOR__TARGET, name, NLS.bind(Messages.P_targetMissing, min), null, atLeast(min));
			} else if (!PlanChecks.atLeast(indicator.getTarget(), minimum)) {
				context.error(indicator, Literals.PLAN_INDICATOR__TARGET, name,
						NLS.bind(Messages.P_rateTooLow, PlanChecks.shown(indicator.getTarget()), min),
						DecimalMath.round2(indicator.getTarget()), atLeast(min));
			}
			return;
		}
		if (indicator.getBaseline() == null || indicator.getTarget() == null) {
			context.error(indicator, indicator.getBaseline() == null ? Literals.PLAN_INDICATOR__BASELINE : Literals.PLAN_INDICATOR__TARGET, name,
					NLS.bind(Messages.P_valuesMissing, min), null, atLeast(min));
			return;
		}
		BigDecimal growth = indicator.averageGrowth();
		if (growth == null) {
			return; // no positive baseline: a growth rate does not exist (G04 and the figures themselves are for that)
		}
		if (!PlanChecks.atLeast(growth, minimum)) {
			Integer from = PlanChecks.baselineYear(plan, edition);
			Integer to = PlanChecks.targetYear(plan, edition);
			context.error(indicator, Literals.PLAN_INDICATOR__TARGET, name,
					NLS.bind(Messages.P_growthTooLow, new Object[] { PlanChecks.entered(indicator.getBaseline()),
							PlanChecks.entered(indicator.getTarget()),
							from, to, PlanChecks.shown(growth), min }),
					DecimalMath.round2(growth), atLeast(min));
		}
	}

	private static String atLeast(String minimum) {
		return NLS.bind(Messages.P_atLeastPercent, minimum);
	}
}
