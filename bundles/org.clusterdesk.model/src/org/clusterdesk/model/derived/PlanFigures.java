/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;

import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.StageGoal;
import org.eclipse.emf.ecore.EObject;

/** Derived values of section 八: plan targets (P02–P05) and re-review attainment (P10). */
public final class PlanFigures {

	private PlanFigures() {
	}

	/** Average yearly growth from baseline to target, in percent, over the table's years. */
	public static BigDecimal averageGrowth(PlanIndicator indicator) {
		int years = span(indicator);
		return years <= 0 ? null : DecimalMath.averageGrowth(indicator.getBaseline(), indicator.getTarget(), years);
	}

	/** (target − baseline) / baseline × 100: the total change a reduction target promises. */
	public static BigDecimal changeRate(PlanIndicator indicator) {
		return DecimalMath.growth(indicator.getBaseline(), indicator.getTarget());
	}

	/** Direction-aware: a reduction is met at or below its target, anything else at or above. */
	public static Boolean met(CompletionIndicator indicator) {
		BigDecimal achieved = indicator.getAchieved();
		BigDecimal target = indicator.getTarget();
		if (achieved == null || target == null) {
			return null;
		}
		int c = achieved.compareTo(target);
		return indicator.isReduction() ? c <= 0 : c >= 0;
	}

	/** Achieved / target × 100, or target / achieved × 100 for a reduction: 100 means exactly met. */
	public static BigDecimal attainment(CompletionIndicator indicator) {
		return indicator.isReduction() ? DecimalMath.percent(indicator.getTarget(), indicator.getAchieved())
				: DecimalMath.percent(indicator.getAchieved(), indicator.getTarget());
	}

	public static int metCount(ReviewSection section) {
		int n = 0;
		for (CompletionIndicator c : section.getCompletion()) {
			if (Boolean.TRUE.equals(c.met())) {
				n++;
			}
		}
		return n;
	}

	public static int unmetCount(ReviewSection section) {
		int n = 0;
		for (CompletionIndicator c : section.getCompletion()) {
			if (Boolean.FALSE.equals(c.met())) {
				n++;
			}
		}
		return n;
	}

	/** G03: the whole plan counts against the 3000-character limit. */
	public static int narrativeLength(PlanSection plan) {
		int n = TextFigures.length(plan.getIntroduction()) + TextFigures.length(plan.getAchievements())
				+ TextFigures.length(plan.getProblems()) + TextFigures.length(plan.getApproach())
				+ TextFigures.length(plan.getKeyTasks()) + TextFigures.length(plan.getSafeguards());
		for (StageGoal goal : plan.getStageGoals()) {
			n += TextFigures.length(goal.getText());
		}
		return n;
	}

	public static PlanIndicator targetOf(PlanSection plan, PlanIndicatorKind kind) {
		for (PlanIndicator indicator : plan.getTargets()) {
			if (indicator.getKind() == kind) {
				return indicator;
			}
		}
		return null;
	}

	/** Years between baseline and target: from the table that holds the indicator, else from the edition. */
	static int span(PlanIndicator indicator) {
		EObject container = indicator.eContainer();
		Integer from = null;
		Integer to = null;
		if (container instanceof PlanSection plan) {
			from = plan.getBaselineYear();
			to = plan.getTargetYear();
		} else if (container instanceof ReviewSection review) {
			from = review.getBaselineYear();
			to = review.getTargetYear();
		}
		if (from == null || to == null) {
			Edition edition = EditionFigures.editionOf(indicator);
			if (edition != null) {
				boolean review = container instanceof ReviewSection;
				from = review ? edition.getReviewBaselineYear() : edition.getPlanBaselineYear();
				to = review ? edition.getReviewTargetYear() : edition.getPlanTargetYear();
			}
		}
		return from == null || to == null ? 0 : to - from;
	}
}
