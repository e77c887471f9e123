/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.IndustrySection;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.clusterdesk.model.resource.migration.MigrationContext;
import org.clusterdesk.model.resource.migration.MigrationStep;
import org.eclipse.emf.ecore.EReference;

/**
 * Version 1 → 2, Jiangsu: 近三年集群外商直接投资额累计增长率 and 近三年集群主导产品出口贸易额累计增长率 are printed by the
 * form with one cell per year; version 1 held one number. The old number goes into the latest year's cell; the
 * other years are named as values the old file could not hold.
 */
public final class CumulativeGrowthPerYear implements MigrationStep {

	@Override
	public int sourceVersion() {
		return 1;
	}

	@Override
	public Map<String, String> movedFeatures() {
		return Map.of("//IndustrySection/fdiCumulativeGrowth", "//IndustrySection/fdiCumulativeGrowthByYear", //$NON-NLS-1$ //$NON-NLS-2$
				"//IndustrySection/exportCumulativeGrowth", "//IndustrySection/exportCumulativeGrowthByYear"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void migrate(MigrationContext context) {
		for (IndustrySection industry : context.all(IndustrySection.class)) {
			move(context, industry, "fdiCumulativeGrowth", Literals.INDUSTRY_SECTION__FDI_CUMULATIVE_GROWTH_BY_YEAR, Messages.CumulativeGrowth_fdi); //$NON-NLS-1$
			move(context, industry, "exportCumulativeGrowth", Literals.INDUSTRY_SECTION__EXPORT_CUMULATIVE_GROWTH_BY_YEAR, Messages.CumulativeGrowth_export); //$NON-NLS-1$
		}
	}

	private static void move(MigrationContext context, IndustrySection industry, String oldName, EReference target, String formLabel) {
		String old = context.take(industry, oldName);
		if (old == null || old.isBlank()) {
			return;
		}
		ClusterDocument document = context.document();
		String label = Steps.label(document, target, formLabel);
		List<Integer> years = years(document, target, industry);
		BigDecimal value;
		try {
			value = new BigDecimal(old.strip());
		} catch (NumberFormatException e) {
			context.missing(Messages.bind(Messages.CumulativeGrowth_unreadable, label, old));
			return;
		}
		if (years.isEmpty()) {
			context.missing(Messages.bind(Messages.CumulativeGrowth_noYear, label, old));
			return;
		}
		int latest = years.get(years.size() - 1);
		YearlyDecimal series = ClusterDeskFactory.eINSTANCE.createYearlyDecimal();
		series.put(latest, value);
		industry.eSet(target, series);
		context.changed(Messages.bind(Messages.CumulativeGrowth_moved, new Object[] { label, value.toPlainString(), latest }));
		List<String> earlier = new ArrayList<>();
		for (Integer year : years.subList(0, years.size() - 1)) {
			earlier.add(Messages.bind(Messages.Steps_year, year));
		}
		if (!earlier.isEmpty()) {
			context.missing(Messages.bind(Messages.Steps_rowYears, label, String.join("、", earlier))); //$NON-NLS-1$
		}
	}

	/** The years the form prints for the row: the edition's; without a known edition, those of the section's output. */
	private static List<Integer> years(ClusterDocument document, EReference target, IndustrySection industry) {
		Edition edition = document.getEdition();
		FormRow row = edition == null ? null : edition.rowFor(target);
		if (row != null) {
			List<Integer> years = FormRows.years(document, row);
			if (!years.isEmpty()) {
				return years;
			}
		}
		if (edition != null && !edition.getDataYears().isEmpty()) {
			return List.copyOf(edition.getDataYears());
		}
		List<Integer> years = new ArrayList<>();
		if (industry.getTotalOutput() != null) {
			for (YearDecimal v : industry.getTotalOutput().getValues()) {
				years.add(v.getYear());
			}
		}
		years.sort(null);
		return years;
	}
}
