/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.plan;

import java.util.Objects;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * P10, re-review (复核) completion table (三、发展成效):
 * <ul>
 * <li>E: its baseline and target years are the edition's (2022 → 2025); the new plan's years are P01's.</li>
 * <li>E: every indicator of the earlier plan, except a qualitative one, has an achieved value.</li>
 * <li>W: each unmet target is listed with achieved, target and attainment (direction-aware: a reduction is met at or
 * below its target). Not an error: an honest report of a missed target is a correct filing, and the export must not
 * be blocked for it — the reviewer reads the list.</li>
 * </ul>
 */
public class ReviewAttainment implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ReviewSection review) || !PlanChecks.applies(review, context)) {
			return;
		}
		Edition edition = context.edition();
		year(context, review, Literals.REVIEW_SECTION__BASELINE_YEAR, review.getBaselineYear(), edition.getReviewBaselineYear(),
				Messages.P01_baselineYear);
		year(context, review, Literals.REVIEW_SECTION__TARGET_YEAR, review.getTargetYear(), edition.getReviewTargetYear(),
				Messages.P01_targetYear);
		Integer targetYear = review.getTargetYear() != null ? review.getTargetYear() : edition.getReviewTargetYear();
		for (CompletionIndicator indicator : review.getCompletion()) {
			if (indicator.getKind() == PlanIndicatorKind.QUALITATIVE) {
				// a qualitative indicator's achieved value is its achieved description (the form's 完成值 cell)
				if (indicator.getAchievedDescription() == null || indicator.getAchievedDescription().isBlank()) {
					context.error(indicator, Literals.COMPLETION_INDICATOR__ACHIEVED_DESCRIPTION, PlanChecks.name(indicator),
							NLS.bind(Messages.P10_achievedDescriptionMissing, targetYear), null, Messages.P10_achievedDescriptionExpected);
				}
				continue;
			}
			String name = PlanChecks.name(indicator);
			if (indicator.getAchieved() == null) {
				context.error(indicator, Literals.COMPLETION_INDICATOR__ACHIEVED, name,
						NLS.bind(Messages.P10_achievedMissing, targetYear, PlanChecks.entered(indicator.getTarget())), null,
						Messages.P10_achievedExpected);
			} else if (Boolean.FALSE.equals(indicator.met())) {
				String message = indicator.isReduction() ? Messages.P10_reductionUnmet : Messages.P10_unmet;
				context.warning(indicator, Literals.COMPLETION_INDICATOR__ACHIEVED, name,
						NLS.bind(message, new Object[] { targetYear, PlanChecks.entered(indicator.getAchieved()),
								PlanChecks.entered(indicator.getTarget()), PlanChecks.shown(indicator.attainment()) }),
						indicator.getAchieved(), indicator.getTarget());
			}
		}
	}

	private static void year(RuleContext context, EObject owner, EStructuralFeature feature, Integer found, Integer expected, String what) {
		if (found != null && expected != null && !Objects.equals(found, expected)) {
			context.error(owner, feature, what, NLS.bind(Messages.P10_yearDiffers, new Object[] { what, found, expected }), found, expected);
		}
	}
}
