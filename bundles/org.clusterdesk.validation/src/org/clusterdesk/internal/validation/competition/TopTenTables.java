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
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * C02 (E): the top-10 tables (营业收入排名前十企业, 2.2; 集群研发投入前十位企业, 2.4) hold at most ten rows, sorted by the last
 * data year's value from high to low; each row of the revenue table names 1–3 main products (the R&amp;D table has no
 * products column).
 */
public class TopTenTables implements Rule {

	/** 前十: the form prints ten rows. */
	static final int MAX_ROWS = 10;

	/** 主导产品（不超过3个）. */
	static final int MAX_PRODUCTS = 3;

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null) {
			return;
		}
		Integer year = CompetitionFacts.lastYear(edition);
		if (report.getEnterprises() != null) {
			check(report.getEnterprises().getTopRevenue(), Literals.ENTERPRISE_INDICATORS__TOP_REVENUE, true, year, context);
		}
		if (report.getInnovation() != null) {
			check(report.getInnovation().getTopRd(), Literals.INNOVATION_INDICATORS__TOP_RD, false, year, context);
		}
	}

	private static void check(RankingTable table, EReference feature, boolean withProducts, Integer year, RuleContext context) {
		if (table == null || !context.has(feature)) {
			return;
		}
		List<RankedEnterprise> rows = table.getRows();
		if (rows.size() > MAX_ROWS) {
			context.error(table, Literals.RANKING_TABLE__ROWS, null,
					NLS.bind(Messages.C02_tooManyRows, Integer.valueOf(rows.size()), Integer.valueOf(MAX_ROWS)),
					Integer.valueOf(rows.size()), Integer.valueOf(MAX_ROWS));
		}
		if (year != null) {
			checkOrder(rows, year.intValue(), context);
		}
		if (withProducts) {
			for (int i = 0; i < rows.size(); i++) {
				checkProducts(rows.get(i), i, context);
			}
		}
	}

	/** Reports the first row whose value is above the row before it: one finding per table, not one per inversion. */
	private static void checkOrder(List<RankedEnterprise> rows, int year, RuleContext context) {
		RankedEnterprise previous = null;
		BigDecimal previousValue = null;
		for (int i = 0; i < rows.size(); i++) {
			RankedEnterprise row = rows.get(i);
			BigDecimal value = row.valueOf(year);
			if (value == null) {
				continue; // a missing value is G01/G11's; compare the next row with the last known one
			}
			if (previousValue != null && value.compareTo(previousValue) > 0) {
				context.error(row, Literals.YEARLY_DECIMAL__VALUES, CompetitionFacts.where(i),
						NLS.bind(Messages.C02_notSorted, new Object[] { CompetitionFacts.display(row.getName()), Integer.valueOf(year),
								value.toPlainString(), CompetitionFacts.display(previous.getName()), previousValue.toPlainString() }),
						value, NLS.bind(Messages.C02_expectedAtMost, previousValue.toPlainString()));
				return;
			}
			previous = row;
			previousValue = value;
		}
	}

	private static void checkProducts(RankedEnterprise row, int index, RuleContext context) {
		int products = countProducts(row.getProducts());
		if (products == 0) {
			context.error(row, Literals.RANKED_ENTERPRISE__PRODUCTS, CompetitionFacts.where(index),
					NLS.bind(Messages.C02_noProducts, CompetitionFacts.display(row.getName()), Integer.valueOf(MAX_PRODUCTS)),
					Integer.valueOf(0), NLS.bind(Messages.OneTo, Integer.valueOf(MAX_PRODUCTS)));
		} else if (products > MAX_PRODUCTS) {
			context.error(row, Literals.RANKED_ENTERPRISE__PRODUCTS, CompetitionFacts.where(index),
					NLS.bind(Messages.C02_tooManyProducts, new Object[] { CompetitionFacts.display(row.getName()),
							Integer.valueOf(products), Integer.valueOf(MAX_PRODUCTS) }),
					Integer.valueOf(products), NLS.bind(Messages.OneTo, Integer.valueOf(MAX_PRODUCTS)));
		}
	}

	/** Products as the filer named them: blank entries (an empty spreadsheet cell) do not count. */
	static int countProducts(List<String> products) {
		int n = 0;
		for (String product : products) {
			if (product != null && !product.isBlank()) {
				n++;
			}
		}
		return n;
	}
}
