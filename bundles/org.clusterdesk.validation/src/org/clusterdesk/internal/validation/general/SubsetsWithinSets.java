/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.derived.SeriesFigures;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * G09 (E): a subset is not larger than its set, year by year over the edition's data years: SMEs and every
 * qualified-SME count (专精特新, 小巨人, 单项冠军, 高新, 创新型, 上市, 上市辅导期) ≤ enterprises; SME R&amp;D staff ≤ SME
 * employees; cloud SMEs and IIoT-connected SMEs ≤ SMEs. Only pairs of rows the edition shows, only years both hold
 * (a row asked for the last year only is compared in that year).
 */
public class SubsetsWithinSets implements Rule {

	/** Subset row, set row. */
	private static final EReference[][] PAIRS = { //
			{ Literals.INDUSTRY_SECTION__SMES, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__SPECIALISED_SMES, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__LITTLE_GIANTS, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__SINGLE_CHAMPIONS, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__HIGH_TECH_ENTERPRISES, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__INNOVATIVE_SMES, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__LISTED_SMES, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INDUSTRY_SECTION__PRE_LISTING_SMES, Literals.INDUSTRY_SECTION__ENTERPRISES },
			{ Literals.INNOVATION_SECTION__RD_STAFF, Literals.INNOVATION_SECTION__SME_EMPLOYEES },
			{ Literals.DIGITAL_SECTION__CLOUD_SMES, Literals.INDUSTRY_SECTION__SMES },
			{ Literals.DIGITAL_SECTION__IIOT_SMES, Literals.INDUSTRY_SECTION__SMES } };

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof Application application) || context.edition() == null) {
			return;
		}
		for (EReference[] pair : PAIRS) {
			compare(context, application, pair[0], pair[1], Diagnostic.ERROR, Messages.G09_subsetLarger);
		}
	}

	/**
	 * Reports each year of the edition in which the subset row holds more than the set row.
	 *
	 * @param message bound with the subset value, the set row's wording and the set value
	 */
	static void compare(RuleContext context, Application application, EReference subsetRow, EReference setRow, int severity,
			String message) {
		if (!context.has(subsetRow) || !context.has(setRow)) {
			return;
		}
		YearlyCount subset = series(application, subsetRow);
		YearlyCount set = series(application, setRow);
		if (subset == null || set == null || SeriesFigures.offEditionYears(subset) || SeriesFigures.offEditionYears(set)) {
			return; // a row filled for other years is G11's: its years cannot be compared with the other row's
		}
		for (YearCount entry : subset.getValues()) {
			Integer part = entry.getValue();
			Integer whole = set.valueOf(entry.getYear());
			if (part != null && whole != null && part > whole && context.edition().getDataYears().contains(entry.getYear())) {
				context.report(severity, entry, Literals.YEAR_COUNT__VALUE, Places.year(entry.getYear()),
						NLS.bind(message, new Object[] { part, context.label(setRow), whole }), part,
						NLS.bind(Messages.Expected_atMost, whole));
			}
		}
	}

	/** The yearly row of the application's section that holds the feature, or null. */
	private static YearlyCount series(Application application, EReference row) {
		for (EReference section : application.eClass().getEAllContainments()) {
			if (!section.isMany() && section.getEReferenceType() == row.getEContainingClass()) {
				EObject holder = (EObject) application.eGet(section);
				return holder == null ? null : (YearlyCount) holder.eGet(row);
			}
		}
		return null;
	}
}
