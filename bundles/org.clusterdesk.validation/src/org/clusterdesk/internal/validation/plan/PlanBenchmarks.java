/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.math.BigDecimal;

import org.clusterdesk.model.BenchmarkKind;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanRules;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.Unit;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * P06 IIoT penetration, P07 CO2 reduction, P08 energy-per-output reduction (remarks e–g). Where the edition's benchmark
 * is {@link BenchmarkKind#INDUSTRY_AVERAGE} (national, Shaanxi) the target must reach the industry average the filer
 * states on the indicator (E; a missing average is an error too: nothing can be checked without it). Where it is
 * {@link BenchmarkKind#ABSOLUTE} (Jiangsu, Beijing: "达到45%左右") the edition's value is a guide: below it is a warning.
 * <p>
 * CO2 and energy are reductions: reduction = (baseline − target) / baseline × 100, compared with the average or
 * target (both reduction rates in %). A filer who gives the row in % (unit {@link Unit#PERCENT}) states the planned
 * reduction itself as target. Comparisons use the value rounded HALF_UP to two decimals: 45.00 % reaches 45.
 */
public class PlanBenchmarks implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof PlanSection plan) || !PlanChecks.applies(plan, context) || plan.getTargets().isEmpty()) {
			return;
		}
		PlanRules rules = context.edition().getPlanRules();
		if (rules == null || rules.getBenchmark() == null) {
			return;
		}
		boolean industryAverage = rules.getBenchmark() == BenchmarkKind.INDUSTRY_AVERAGE;
		PlanIndicatorKind kind;
		BigDecimal absolute;
		switch (context.ruleId()) {
		case "P06" -> { //$NON-NLS-1$
			kind = PlanIndicatorKind.IIOT_PENETRATION;
			absolute = rules.getIiotPenetrationTarget();
		}
		case "P07" -> { //$NON-NLS-1$
			kind = PlanIndicatorKind.CO2_EMISSION;
			absolute = rules.getCo2ReductionTarget();
		}
		case "P08" -> { //$NON-NLS-1$
			kind = PlanIndicatorKind.ENERGY_PER_OUTPUT;
			absolute = rules.getEnergyReductionTarget();
		}
		default -> {
			return;
		}
		}
		if (!industryAverage && absolute == null) {
			return; // the edition sets no value to reach
		}
		Finding finding = new Finding(context, industryAverage);
		PlanIndicator indicator = plan.targetOf(kind);
		String kindName = PlanChecks.kindName(kind);
		if (indicator == null) {
			finding.report(plan, Literals.PLAN_SECTION__TARGETS, null, NLS.bind(Messages.P_benchmarkIndicatorMissing, kindName), null, kindName);
			return;
		}
		String name = PlanChecks.name(indicator);
		BigDecimal threshold = industryAverage ? indicator.getIndustryAverage() : absolute;
		if (threshold == null) {
			context.error(indicator, Literals.PLAN_INDICATOR__INDUSTRY_AVERAGE, name, Messages.P_industryAverageMissing, null, null);
			return;
		}
		String against = NLS.bind(industryAverage ? Messages.P_againstIndustryAverage : Messages.P_againstEditionTarget,
				PlanChecks.threshold(threshold));
		String expected = NLS.bind(Messages.P_atLeastPercent, PlanChecks.threshold(threshold));
		boolean reduction = kind != PlanIndicatorKind.IIOT_PENETRATION;
		boolean statedRate = !reduction || indicator.getUnit() == Unit.PERCENT;
		if (statedRate) {
			if (indicator.getTarget() == null) {
				finding.report(indicator, Literals.PLAN_INDICATOR__TARGET, name, NLS.bind(Messages.P_benchmarkTargetMissing, against), null,
						expected);
			} else if (!PlanChecks.atLeast(indicator.getTarget(), threshold)) {
				finding.report(indicator, Literals.PLAN_INDICATOR__TARGET, name, NLS.bind(reduction ? Messages.P_reductionRateBelow : Messages.P_targetBelow,
						PlanChecks.shown(indicator.getTarget()), against), DecimalMath.round2(indicator.getTarget()), expected);
			}
			return;
		}
		if (indicator.getBaseline() == null || indicator.getTarget() == null) {
			finding.report(indicator, indicator.getBaseline() == null ? Literals.PLAN_INDICATOR__BASELINE : Literals.PLAN_INDICATOR__TARGET, name,
					NLS.bind(Messages.P_benchmarkValuesMissing, against), null, expected);
			return;
		}
		BigDecimal change = indicator.changeRate();
		if (change == null) {
			return; // a zero baseline has no reduction rate
		}
		BigDecimal reductionRate = change.negate();
		if (!PlanChecks.atLeast(reductionRate, threshold)) {
			finding.report(indicator, Literals.PLAN_INDICATOR__TARGET, name,
					NLS.bind(Messages.P_reductionBelow, new Object[] { PlanChecks.entered(indicator.getBaseline()),
							PlanChecks.entered(indicator.getTarget()), PlanChecks.shown(reductionRate), against }),
					DecimalMath.round2(reductionRate), expected);
		}
	}

	/** Reports with the severity of the edition's benchmark: E against the industry average, W against a guide value. */
	private record Finding(RuleContext context, boolean error) {

		void report(EObject owner, EStructuralFeature feature, String where, String detail, Object found, Object expected) {
			if (error) {
				context.error(owner, feature, where, detail, found, expected);
			} else {
				context.warning(owner, feature, where, detail, found, expected);
			}
		}
	}
}
