/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ClusterCategory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.EconomicIndicators;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * C01 (E): the SME-share row of 2.1 is filled only for the 中小企业特色产业集群 category and left empty for 先进制造业集群.
 * The edition marks the row optional (the form says 仅中小企业特色产业集群填报), so G01 never asks for it: a missing
 * share of an SME-featured cluster is reported here — the whole row, or a year whose value is empty. A row begun with
 * other years than the edition's (only 2024, say) is G11's finding (an optional row begun but not finished), not again
 * this rule's.
 */
public class SmeShareCategory implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null
				|| !context.has(Literals.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE) || report.getEconomy() == null) {
			return;
		}
		EconomicIndicators economy = report.getEconomy();
		ComparedDecimal share = economy.getSmeOutputShare();
		List<String> filled = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (int year : edition.getDataYears()) {
			BigDecimal value = share == null ? null : share.valueOf(year);
			if (value != null) {
				filled.add(NLS.bind(Messages.C01_yearValue, Integer.valueOf(year), value.toPlainString()));
			} else {
				missing.add(NLS.bind(Messages.Year, Integer.valueOf(year)));
			}
		}
		if (share != null && share.getGrowth() != null) {
			filled.add(NLS.bind(Messages.C01_growthValue, share.getGrowth().toPlainString()));
		}
		ClusterCategory category = report.getCategory();
		if (category == ClusterCategory.ADVANCED_MANUFACTURING && !filled.isEmpty()) {
			String found = String.join(Messages.ListSeparator, filled);
			context.error(economy, Literals.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, null,
					NLS.bind(Messages.C01_filledForAdvancedManufacturing, Messages.Category_advancedManufacturing, found), found,
					Messages.C01_empty);
		} else if (category == ClusterCategory.SME_FEATURED && !missing.isEmpty() && !startedWithOtherYears(share, edition)) {
			String years = String.join(Messages.ListSeparator, missing);
			context.error(economy, Literals.ECONOMIC_INDICATORS__SME_OUTPUT_SHARE, null,
					NLS.bind(Messages.C01_missingForSmeFeatured, Messages.Category_smeFeatured, years), null,
					NLS.bind(Messages.C01_expectedYears, years));
		}
		// category NONE (未填) is G01's: nothing to compare with
	}

	/** Whether the row holds years, but not the edition's: G11 reports that. */
	private static boolean startedWithOtherYears(ComparedDecimal share, Edition edition) {
		List<Integer> years = share == null ? List.of() : share.years();
		return !years.isEmpty() && !years.equals(edition.getDataYears());
	}
}
