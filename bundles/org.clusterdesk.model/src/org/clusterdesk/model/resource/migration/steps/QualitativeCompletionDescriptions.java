/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.PlanIndicatorKind;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.resource.migration.MigrationContext;
import org.clusterdesk.model.resource.migration.MigrationStep;

/**
 * Version 1 → 2, re-review completion table (近三年发展目标完成情况): a qualitative (定性描述) indicator has a baseline, a
 * target and an achieved description, as the form's three columns; version 1 held one description. It stays the
 * target description; the baseline and achieved descriptions are named as values the old file could not hold.
 */
public final class QualitativeCompletionDescriptions implements MigrationStep {

	@Override
	public int sourceVersion() {
		return 1;
	}

	@Override
	public void migrate(MigrationContext context) {
		Edition edition = context.document().getEdition();
		int count = 0;
		for (ReviewSection review : context.all(ReviewSection.class)) {
			Integer baseline = review.getBaselineYear() != null ? review.getBaselineYear() : edition == null ? null : edition.getReviewBaselineYear();
			Integer target = review.getTargetYear() != null ? review.getTargetYear() : edition == null ? null : edition.getReviewTargetYear();
			for (CompletionIndicator indicator : review.getCompletion()) {
				if (indicator.getKind() != PlanIndicatorKind.QUALITATIVE) {
					continue;
				}
				count++;
				String name = indicator.getName() == null || indicator.getName().isBlank() ? Messages.Qualitative_unnamed : indicator.getName().strip();
				context.missing(Messages.bind(Messages.Qualitative_missing,
						new Object[] { name, baseline == null ? "" : baseline, target == null ? "" : target })); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (count > 0) {
			context.changed(Messages.bind(Messages.Qualitative_changed, count));
		}
	}
}
