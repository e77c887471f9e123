/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.forms;

import java.util.List;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.CompletionIndicator;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormKind;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * New documents with the empty structure of their edition: every section object, every composite row (a yearly row
 * holds the edition's years with empty values), so that an editor or an importer only sets values.
 */
public final class DocumentFactory {

	private static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	private DocumentFactory() {
	}

	/** A new, empty document of the edition. */
	public static ClusterDocument create(Edition edition, String name) {
		ClusterDocument document = edition.getKind() == FormKind.COMPETITION ? F.createCompetitionReport() : F.createApplication();
		document.setEditionId(edition.getId());
		document.setName(name);
		document.setDraft(true);
		for (FormSection section : edition.getSections()) {
			EObject sectionObject = document;
			EReference sectionFeature = section.getFeature();
			if (sectionFeature != null) {
				if (sectionFeature.isMany()) {
					continue; // repeated sections (parks) start with no element: the filer adds them
				}
				sectionObject = (EObject) document.eGet(sectionFeature);
				if (sectionObject == null) {
					sectionObject = EcoreUtil.create(sectionFeature.getEReferenceType());
					document.eSet(sectionFeature, sectionObject);
				}
			}
			for (FormRow row : section.getRows()) {
				EObject owner = FormRows.owner(document, sectionObject, row);
				if (owner != null && row.getFeature() instanceof EReference reference && reference.isContainment() && !reference.isMany()
						&& owner.eGet(reference) == null) {
					owner.eSet(reference, emptyValue(reference.getEReferenceType(), years(edition, row)));
				}
			}
		}
		if (document instanceof Application application) {
			initialisePlans(application, edition);
		}
		return document;
	}

	/**
	 * A re-review document started from an earlier application: the basic information is carried over, and the
	 * earlier plan's indicators with their baselines and targets become the completion table, ready for the achieved
	 * values.
	 */
	public static Application reReview(Application earlier, Edition review) {
		Application document = (Application) create(review, earlier.getName());
		if (earlier.getRegion() != null) {
			document.setRegion(EcoreUtil.copy(earlier.getRegion()));
		}
		if (earlier.getContact() != null) {
			document.setContact(EcoreUtil.copy(earlier.getContact()));
		}
		if (earlier.getBasicInfo() != null) {
			// every attribute and composite row of 一 the review edition also shows
			for (var feature : Literals.BASIC_INFO_SECTION.getEAllStructuralFeatures()) {
				if (review.hasField(feature) && earlier.getBasicInfo().eIsSet(feature) && !feature.isDerived()) {
					Object value = earlier.getBasicInfo().eGet(feature);
					document.getBasicInfo().eSet(feature, value instanceof EObject o ? EcoreUtil.copy(o) : value);
				}
			}
		}
		PlanSection plan = earlier.getPlan();
		ReviewSection section = document.getReview();
		if (plan != null && section != null) {
			for (PlanIndicator indicator : plan.getTargets()) {
				CompletionIndicator completion = F.createCompletionIndicator();
				completion.setDirection(indicator.getDirection());
				completion.setKind(indicator.getKind());
				completion.setName(indicator.getName());
				completion.setUnit(indicator.getUnit());
				completion.setReduction(indicator.isReduction());
				completion.setBaseline(indicator.getBaseline());
				completion.setTarget(indicator.getTarget());
				completion.setDescription(indicator.getDescription());
				section.getCompletion().add(completion);
			}
		}
		return document;
	}

	private static void initialisePlans(Application application, Edition edition) {
		if (application.getPlan() != null) {
			application.getPlan().setBaselineYear(edition.getPlanBaselineYear());
			application.getPlan().setTargetYear(edition.getPlanTargetYear());
		}
		ReviewSection review = application.getReview();
		if (review != null) {
			review.setBaselineYear(edition.getReviewBaselineYear());
			review.setTargetYear(edition.getReviewTargetYear());
			if (review.getNewPlan() == null) {
				review.setNewPlan(F.createPlanSection());
			}
			review.getNewPlan().setBaselineYear(edition.getPlanBaselineYear());
			review.getNewPlan().setTargetYear(edition.getPlanTargetYear());
		}
	}

	private static List<Integer> years(Edition edition, FormRow row) {
		List<Integer> years = edition.getDataYears();
		return row.isLastYearOnly() && !years.isEmpty() ? List.of(years.get(years.size() - 1)) : years;
	}

	/** An empty composite value: a yearly row with its years, an organisation with its contact, … */
	static EObject emptyValue(EClass type, List<Integer> years) {
		EObject value = EcoreUtil.create(type);
		if (value instanceof YearlyDecimal series) {
			years.forEach(y -> series.put(y, null));
		} else if (value instanceof YearlyCount series) {
			years.forEach(y -> series.put(y, null));
		} else if (value instanceof Organisation organisation) {
			organisation.setContact(F.createContact());
		}
		return value;
	}
}
