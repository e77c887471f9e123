/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.derived.DecimalMath;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * C03 (W): every enterprise of the two top-10 tables and every builder of a key project (2.3) is in the existing-enterprise
 * library under the same full name, and the revenue table's last-year value agrees with the library's main business
 * revenue (both 亿元, tolerance 0.01). The R&amp;D table is in 万元 of R&amp;D spending: only its names are looked up.
 * Names are looked up in an index built once per run.
 */
public class LibraryCrossCheck implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null || report.getLibraries() == null
				|| !context.has(Literals.CLUSTER_LIBRARIES__EXISTING)) {
			return;
		}
		if (report.getLibraries().getExisting().isEmpty()) {
			return; // an empty library is C05's (and G01's) finding: not one warning per top-10 enterprise
		}
		Map<String, ExistingEnterprise> library = CompetitionFacts.existingByName(context);
		Integer year = CompetitionFacts.lastYear(edition);
		if (report.getEnterprises() != null) {
			checkTable(report.getEnterprises().getTopRevenue(), Literals.ENTERPRISE_INDICATORS__TOP_REVENUE, year, library, context);
		}
		if (report.getInnovation() != null) {
			checkTable(report.getInnovation().getTopRd(), Literals.INNOVATION_INDICATORS__TOP_RD, null, library, context);
		}
		if (context.has(Literals.COMPETITION_REPORT__KEY_PROJECTS)) {
			List<KeyProject> projects = report.getKeyProjects();
			for (int i = 0; i < projects.size(); i++) {
				KeyProject project = projects.get(i);
				String builder = CompetitionFacts.key(project.getBuilder());
				if (builder != null && !library.containsKey(builder)) {
					context.warning(project, Literals.KEY_PROJECT__BUILDER, CompetitionFacts.where(i),
							NLS.bind(Messages.C03_builderNotInLibrary, builder), builder, Messages.C03_inLibrary);
				}
			}
		}
	}

	/**
	 * @param revenueYear the year whose value is compared with the library's revenue, or null for a table that is not
	 *                    of revenue
	 */
	private static void checkTable(RankingTable table, EReference feature, Integer revenueYear, Map<String, ExistingEnterprise> library,
			RuleContext context) {
		if (table == null || !context.has(feature)) {
			return;
		}
		List<RankedEnterprise> rows = table.getRows();
		for (int i = 0; i < rows.size(); i++) {
			RankedEnterprise row = rows.get(i);
			String name = CompetitionFacts.key(row.getName());
			if (name == null) {
				continue; // a row without a name cannot be looked up
			}
			ExistingEnterprise enterprise = library.get(name);
			if (enterprise == null) {
				context.warning(row, Literals.RANKED_ENTERPRISE__NAME, CompetitionFacts.where(i),
						NLS.bind(Messages.C03_notInLibrary, name), name, Messages.C03_inLibrary);
				continue;
			}
			if (revenueYear == null) {
				continue;
			}
			BigDecimal entered = row.valueOf(revenueYear.intValue());
			BigDecimal inLibrary = enterprise.getRevenue();
			if (entered != null && inLibrary != null && !DecimalMath.agrees(entered, inLibrary)) {
				context.warning(row, Literals.YEARLY_DECIMAL__VALUES, CompetitionFacts.where(i),
						NLS.bind(Messages.C03_revenueDisagrees, new Object[] { name, revenueYear, entered.toPlainString(),
								inLibrary.toPlainString() }),
						entered, DecimalMath.round2(inLibrary));
			}
		}
	}
}
