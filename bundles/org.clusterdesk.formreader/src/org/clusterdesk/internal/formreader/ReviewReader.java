/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.view.PlanTableLayout;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * 八、近三年…发展目标完成情况 of a re-review: 一、集群基本情况简介 and 二、培育工作 under their headings, 三、发展成效's
 * completion table (基准值 | 目标值 | 完成值 of the review years), and 四、 the new plan — its parts under the headings the
 * form gives them (（一）总体思路, 1.三年总体目标 with its table of the plan years, 2.阶段性目标, 重点任务, 保障措施), read
 * as an application's plan is.
 */
final class ReviewReader {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final GridReader reader;

	ReviewReader(GridReader reader) {
		this.reader = reader;
	}

	void read(FormSection section, ReviewSection review) {
		for (FormRow row : section.getRows()) {
			EStructuralFeature feature = row.getFeature();
			if (feature == P.getReviewSection_Completion()) {
				new PlanTargetsReader(reader).readCompletion(row, review.getCompletion(), reader.edition().getReviewBaselineYear(),
						reader.edition().getReviewTargetYear());
			} else if (feature == P.getReviewSection_NewPlan()) {
				PlanSection plan = review.getNewPlan();
				if (plan == null) {
					plan = P.getClusterDeskFactory().createPlanSection();
					review.setNewPlan(plan);
				}
				reader.plan(plan, PlanTableLayout.nestedPlanRows(row.getNote()));
			} else if (feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == String.class) {
				int at = reader.heading(PlanTableLayout.withoutNumbering(row.getLabel())); //$NON-NLS-1$
				if (at < 0) {
					reader.unread(row.getLabel(), "", Messages.Reason_notFound); //$NON-NLS-1$
					continue;
				}
				List<String> text = reader.paragraphsAfter(at, row.getNote());
				review.eSet(feature, text.isEmpty() ? null : String.join("\n", text)); //$NON-NLS-1$
			}
		}
	}
}
