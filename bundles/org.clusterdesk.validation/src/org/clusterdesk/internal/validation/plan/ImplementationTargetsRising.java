/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ImplementationPlan;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * P11 (W): the competition report's development targets (5.1) do not fall: last-year actual ≤ 2026 ≤ 2027 ≤ 2028 for
 * revenue, above-scale enterprises, profit and tax, the years being the edition's stage years. A missing value is
 * skipped (the next one is compared with the last one given); staying level is allowed ("do not fall").
 */
public class ImplementationTargetsRising implements Rule {

	private static final List<EReference> ROWS = List.of(Literals.IMPLEMENTATION_PLAN__REVENUE,
			Literals.IMPLEMENTATION_PLAN__ABOVE_SCALE_ENTERPRISES, Literals.IMPLEMENTATION_PLAN__PROFIT, Literals.IMPLEMENTATION_PLAN__TAX);

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ImplementationPlan plan) || !PlanChecks.applies(plan, context)) {
			return;
		}
		List<Integer> years = context.edition().getStageYears();
		for (EReference row : ROWS) {
			if (!context.has(row) || !(plan.eGet(row) instanceof ImplementationTarget target)) {
				continue;
			}
			String previousWhat = Messages.P11_actual;
			BigDecimal previous = target.getActual();
			for (int year : years) {
				BigDecimal value = target.targetFor(year);
				if (value == null) {
					continue;
				}
				String what = NLS.bind(Messages.P11_target, year);
				if (previous != null && value.compareTo(previous) < 0) {
					context.warning(target, Literals.IMPLEMENTATION_TARGET__TARGETS, PlanChecks.year(year), NLS.bind(Messages.P11_falls,
							new Object[] { what, PlanChecks.entered(value), previousWhat, PlanChecks.entered(previous) }), value,
							NLS.bind(Messages.P_atLeastValue, PlanChecks.entered(previous)));
				}
				previousWhat = what;
				previous = value;
			}
		}
	}
}
