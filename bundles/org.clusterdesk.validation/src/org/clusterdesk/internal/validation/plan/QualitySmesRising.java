/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * P03 (E): 优质中小企业数量逐年增加 (remark b): baseline &lt; stage 1 &lt; stage 2 &lt; stage 3 = target, the stage targets
 * keyed by the edition's stage years. The form's table has only the baseline and target columns, so stage targets
 * are optional: a missing one is skipped and the next value is compared with the last one given.
 */
public class QualitySmesRising implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof PlanSection plan) || !PlanChecks.applies(plan, context) || plan.getTargets().isEmpty()) {
			return;
		}
		PlanIndicator indicator = plan.targetOf(PlanIndicatorKind.QUALITY_SME_COUNT);
		String kindName = PlanChecks.kindName(PlanIndicatorKind.QUALITY_SME_COUNT);
		if (indicator == null) {
			context.error(plan, Literals.PLAN_SECTION__TARGETS, null, NLS.bind(Messages.P03_indicatorMissing, kindName), null, kindName);
			return;
		}
		String name = PlanChecks.name(indicator);
		if (indicator.getBaseline() == null || indicator.getTarget() == null) {
			context.error(indicator, indicator.getBaseline() == null ? Literals.PLAN_INDICATOR__BASELINE : Literals.PLAN_INDICATOR__TARGET, name,
					Messages.P03_valuesMissing, null, null);
			return;
		}
		List<Integer> stageYears = context.edition().getStageYears();
		String previousWhat = Messages.Baseline;
		BigDecimal previous = indicator.getBaseline();
		for (int year : stageYears) {
			BigDecimal value = stage(indicator, year);
			if (value == null) {
				continue;
			}
			String what = NLS.bind(Messages.StageTarget, year);
			if (value.compareTo(previous) <= 0) {
				notRising(context, indicator, Literals.PLAN_INDICATOR__STAGE_TARGETS, name, what, value, previousWhat, previous);
			}
			previousWhat = what;
			previous = value;
		}
		Integer lastYear = stageYears.isEmpty() ? null : stageYears.get(stageYears.size() - 1);
		BigDecimal last = lastYear == null ? null : stage(indicator, lastYear);
		if (last != null) {
			// the last stage is the three-year target itself
			if (last.compareTo(indicator.getTarget()) != 0) {
				context.error(indicator, Literals.PLAN_INDICATOR__TARGET, name, NLS.bind(Messages.P03_lastStageNotTarget,
						new Object[] { lastYear, PlanChecks.entered(last), PlanChecks.entered(indicator.getTarget()) }), indicator.getTarget(), last);
			}
		} else if (indicator.getTarget().compareTo(previous) <= 0) {
			notRising(context, indicator, Literals.PLAN_INDICATOR__TARGET, name, Messages.Target, indicator.getTarget(), previousWhat, previous);
		}
	}

	private static void notRising(RuleContext context, PlanIndicator indicator, EStructuralFeature feature, String name, String what,
			BigDecimal value, String previousWhat, BigDecimal previous) {
		context.error(indicator, feature, name, NLS.bind(Messages.P03_notRising,
				new Object[] { what, PlanChecks.entered(value), previousWhat, PlanChecks.entered(previous) }), value,
				NLS.bind(Messages.P_greaterThan, PlanChecks.entered(previous)));
	}

	private static BigDecimal stage(PlanIndicator indicator, int year) {
		for (YearDecimal v : indicator.getStageTargets()) {
			if (v.getYear() == year) {
				return v.getValue();
			}
		}
		return null;
	}
}
