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
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * C11 (E): park indicators of 3.1, year by year. Every amount's 其中：集群产业 is not above its 园区总额 — except 投资强度 and 亩均税收,
 * which are ratios: the cluster's part may well be denser than the park. 投资强度 and 亩均税收 of the cluster part agree with
 * the cluster part's investment, tax and developed area (亿元 converted to 万元 first, tolerance 0.01). The park totals'
 * agreement is D09's (DerivedValues lists it): this rule does not report it again.
 */
public class ParkIndicators implements Rule {

	/** Ratios, not amounts: part ≤ total does not apply. */
	private static final List<EReference> RATIOS = List.of(Literals.PARK__INVESTMENT_INTENSITY, Literals.PARK__TAX_PER_MU);

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null || !context.has(Literals.COMPETITION_REPORT__PARKS)) {
			return;
		}
		for (Park park : report.getParks()) {
			String parkName = CompetitionFacts.display(park.getName());
			for (EStructuralFeature feature : park.eClass().getEAllStructuralFeatures()) {
				if (context.has(feature) && !RATIOS.contains(feature) && park.eGet(feature) instanceof ParkIndicator indicator) {
					partWithinTotal(indicator, parkName, edition.getDataYears(), context);
				}
			}
			for (int year : edition.getDataYears()) {
				if (context.has(Literals.PARK__INVESTMENT_INTENSITY)) {
					perMu(park, park.getInvestmentIntensity(), park.getFixedInvestment(), park.computedInvestmentIntensity(year, true), year,
							Messages.C11_investmentIntensity, Messages.C11_fixedInvestment, context);
				}
				if (context.has(Literals.PARK__TAX_PER_MU)) {
					perMu(park, park.getTaxPerMu(), park.getTax(), park.computedTaxPerMu(year, true), year, Messages.C11_taxPerMu,
							Messages.C11_tax, context);
				}
			}
		}
	}

	private static void partWithinTotal(ParkIndicator indicator, String parkName, List<Integer> years, RuleContext context) {
		for (int year : years) {
			BigDecimal total = value(indicator.getParkTotal(), year);
			BigDecimal part = value(indicator.getClusterPart(), year);
			if (total != null && part != null && part.compareTo(total) > 0) {
				context.error(indicator, Literals.PARK_INDICATOR__CLUSTER_PART, where(parkName, year),
						NLS.bind(Messages.C11_partAboveTotal, part.toPlainString(), total.toPlainString()), part,
						NLS.bind(Messages.C11_atMost, total.toPlainString()));
			}
		}
	}

	private static void perMu(Park park, ParkIndicator entered, ParkIndicator amount, BigDecimal computed, int year, String what,
			String amountName, RuleContext context) {
		BigDecimal value = entered == null ? null : value(entered.getClusterPart(), year);
		if (value == null || computed == null || DecimalMath.agrees(value, computed)) {
			return;
		}
		BigDecimal yiYuan = value(amount.getClusterPart(), year);
		BigDecimal mu = value(park.getDevelopedArea().getClusterPart(), year);
		context.error(entered, Literals.PARK_INDICATOR__CLUSTER_PART, where(CompetitionFacts.display(park.getName()), year),
				NLS.bind(Messages.C11_perMuDisagrees, new Object[] { what, value.toPlainString(), amountName, yiYuan.toPlainString(),
						mu.toPlainString(), DecimalMath.round2(computed).toPlainString() }),
				value, DecimalMath.round2(computed));
	}

	private static BigDecimal value(YearlyDecimal series, int year) {
		return series == null ? null : series.valueOf(year);
	}

	private static String where(String parkName, int year) {
		return NLS.bind(Messages.C11_where, parkName, Integer.valueOf(year));
	}
}
