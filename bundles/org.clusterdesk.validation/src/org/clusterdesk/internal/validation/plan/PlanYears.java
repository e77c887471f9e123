/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * P01 (E): the plan table's baseline and target years are the edition's (2024 → 2027 nationally), for the
 * application's plan and the re-review's new plan alike; stage goals and stage targets are for the edition's stage
 * years, and every stage year has its goal. (The re-review's completion table years are checked by P10, which
 * receives the re-review section.)
 */
public class PlanYears implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof PlanSection plan) || !PlanChecks.applies(plan, context)) {
			return;
		}
		Edition edition = context.edition();
		year(context, plan, Literals.PLAN_SECTION__BASELINE_YEAR, plan.getBaselineYear(), edition.getPlanBaselineYear(),
				Messages.P01_baselineYear);
		year(context, plan, Literals.PLAN_SECTION__TARGET_YEAR, plan.getTargetYear(), edition.getPlanTargetYear(), Messages.P01_targetYear);
		List<Integer> stageYears = edition.getStageYears();
		if (stageYears.isEmpty()) {
			return;
		}
		Set<Integer> goalYears = new HashSet<>();
		for (StageGoal goal : plan.getStageGoals()) {
			goalYears.add(goal.getYear());
			if (!stageYears.contains(goal.getYear())) {
				context.error(goal, Literals.STAGE_GOAL__YEAR, PlanChecks.year(goal.getYear()),
						NLS.bind(Messages.P01_stageGoalYear, goal.getYear(), stageYearsText(stageYears)), goal.getYear(), stageYearsText(stageYears));
			}
		}
		if (!plan.getStageGoals().isEmpty()) {
			// an empty list is G01's (a required row); a partial one misses a stage
			for (int year : stageYears) {
				if (!goalYears.contains(year)) {
					context.error(plan, Literals.PLAN_SECTION__STAGE_GOALS, PlanChecks.year(year), NLS.bind(Messages.P01_stageGoalMissing, year),
							null, PlanChecks.year(year));
				}
			}
		}
		for (PlanIndicator indicator : plan.getTargets()) {
			for (YearDecimal stage : indicator.getStageTargets()) {
				if (!stageYears.contains(stage.getYear())) {
					context.error(indicator, Literals.PLAN_INDICATOR__STAGE_TARGETS, PlanChecks.name(indicator),
							NLS.bind(Messages.P01_stageTargetYear, stage.getYear(), stageYearsText(stageYears)), stage.getYear(),
							stageYearsText(stageYears));
				}
			}
		}
	}

	private static void year(RuleContext context, EObject owner, EStructuralFeature feature, Integer found, Integer expected, String what) {
		if (found != null && expected != null && !Objects.equals(found, expected)) {
			context.error(owner, feature, what, NLS.bind(Messages.P01_yearDiffers, new Object[] { what, found, expected }), found, expected);
		}
	}

	private static String stageYearsText(List<Integer> years) {
		StringBuilder sb = new StringBuilder();
		for (Integer year : years) {
			if (sb.length() > 0) {
				sb.append(Messages.ListSeparator);
			}
			sb.append(PlanChecks.year(year));
		}
		return sb.toString();
	}
}
