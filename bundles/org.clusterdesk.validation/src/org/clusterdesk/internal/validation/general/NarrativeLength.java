/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.internal.validation.general.EditionRows.Placement;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.derived.TextFigures;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * G03 (E): narratives keep to the form's limit — 200字以内, the self-assessment 3000字, the park report 2500字, and the
 * whole of section 八 3000字以内. Characters are counted as {@link TextFigures#length} counts them (code points,
 * whitespace and line breaks not counted); exactly the limit is allowed. The limit of a row is its edition's
 * {@link FormRow#getMaxLength()}, else the feature's form annotation {@code maxLength}. Library overviews are C06's.
 */
public class NarrativeLength implements Rule {

	/** Source of the form annotations of the metamodel (unit, maxLength, evidence). */
	static final String FORM_ANNOTATION = "http://www.clusterdesk.org/model/form"; //$NON-NLS-1$

	/** Section 八 of every application form: 未来三年…发展规划（3000字以内）, and the re-review's 八 as a whole. */
	private static final int PLAN_LIMIT = 3000;

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument) || context.edition() == null) {
			return;
		}
		for (Placement placement : EditionRows.of(context)) {
			EStructuralFeature feature = placement.feature();
			if (placement.owner() == null || feature.isMany() || !(feature instanceof EAttribute)
					|| feature.getEType().getInstanceClass() != String.class) {
				continue;
			}
			Integer limit = limit(placement.row(), feature);
			String text = (String) placement.value();
			if (limit != null && text != null) {
				report(context, placement.owner(), feature, TextFigures.length(text), limit);
			}
		}
		if (object instanceof Application application) {
			checkPlan(context, application);
		}
	}

	/** The plan counts as a whole: its narrative rows and stage goals together (PlanSection.narrativeLength()). */
	private static void checkPlan(RuleContext context, Application application) {
		if (context.has(Literals.APPLICATION__PLAN) && application.getPlan() != null) {
			report(context, application, Literals.APPLICATION__PLAN, application.getPlan().narrativeLength(),
					planLimit(context, Literals.APPLICATION__PLAN));
		}
		ReviewSection review = application.getReview();
		if (context.has(Literals.APPLICATION__REVIEW) && review != null) {
			// the re-review's 八（3000字以内） spans its own texts and the new plan
			PlanSection plan = review.getNewPlan();
			int length = TextFigures.length(review.getIntroduction()) + TextFigures.length(review.getCultivation())
					+ (plan == null ? 0 : plan.narrativeLength());
			report(context, application, Literals.APPLICATION__REVIEW, length, planLimit(context, Literals.APPLICATION__REVIEW));
		}
	}

	private static int planLimit(RuleContext context, EReference section) {
		FormRow row = context.row(section);
		Integer limit = row == null ? null : limit(row, section);
		return limit != null ? limit : PLAN_LIMIT;
	}

	private static void report(RuleContext context, EObject owner, EStructuralFeature feature, int length, int limit) {
		if (length > limit) {
			context.error(owner, feature, null, NLS.bind(Messages.G03_tooLong, length, limit), length,
					NLS.bind(Messages.G03_expected, limit));
		}
	}

	/** The edition's limit of the row, else the feature's; null when the row has none. */
	static Integer limit(FormRow row, EStructuralFeature feature) {
		if (row.getMaxLength() != null && row.getMaxLength() > 0) {
			return row.getMaxLength();
		}
		EAnnotation annotation = feature.getEAnnotation(FORM_ANNOTATION);
		String max = annotation == null ? null : annotation.getDetails().get("maxLength"); //$NON-NLS-1$
		try {
			return max == null ? null : Integer.valueOf(max.trim());
		} catch (NumberFormatException e) {
			return null; // a broken annotation is the modeller's to fix
		}
	}
}
