/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * C11 (E): park indicators of 3.1, year by year: every amount's 其中：集群产业 is not above its 园区总额. 园区开发面积, 投资强度
 * and 亩均税收 are the park's figures, one cell a year, without a cluster part (the form prints them so); whether 投资强度 and
 * 亩均税收 agree with investment, tax and developed area (亿元 → 万元 first, tolerance 0.01) is D09's ({@code DerivedValues},
 * Derived_parkValue), and D09 reports each disagreement once. This rule does not compute them again.
 */
public class ParkIndicators implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null || !context.has(Literals.COMPETITION_REPORT__PARKS)) {
			return;
		}
		for (Park park : report.getParks()) {
			String parkName = CompetitionFacts.display(park.getName());
			for (EStructuralFeature feature : park.eClass().getEAllStructuralFeatures()) {
				if (context.has(feature) && park.eGet(feature) instanceof ParkIndicator indicator) {
					partWithinTotal(indicator, parkName, edition.getDataYears(), context);
				}
			}
		}
	}

	private static void partWithinTotal(ParkIndicator indicator, String parkName, List<Integer> years, RuleContext context) {
		for (int year : years) {
			BigDecimal total = value(indicator.getParkTotal(), year);
			BigDecimal part = value(indicator.getClusterPart(), year);
			if (total != null && part != null && part.compareTo(total) > 0) {
				context.error(indicator, Literals.PARK_INDICATOR__CLUSTER_PART,
						NLS.bind(Messages.C11_where, parkName, Integer.valueOf(year)),
						NLS.bind(Messages.C11_partAboveTotal, part.toPlainString(), total.toPlainString()), part,
						NLS.bind(Messages.C11_atMost, total.toPlainString()));
			}
		}
	}

	private static BigDecimal value(YearlyDecimal series, int year) {
		return series == null ? null : series.valueOf(year);
	}
}
