/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.resource.migration.MigrationContext;
import org.clusterdesk.model.resource.migration.MigrationStep;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;

/**
 * Version 1 → 2, competition report 3.1: the form prints 园区开发面积（亩）, 投资强度（万元/亩） and 亩均税收（万元/亩） with two
 * cells, one under 2024年 and one under 2025年: the park's figure per year. Version 1 held them like the five-cell rows
 * (园区总额 and 其中：集群产业 per year, 总额增幅). The park totals go to the year cells; the cluster parts and the
 * 增幅, which the form has no cell for, are named in the report with their values.
 */
public final class ParkFiguresPerYear implements MigrationStep {

	private static final List<EReference> ROWS = List.of(Literals.PARK__DEVELOPED_AREA, Literals.PARK__INVESTMENT_INTENSITY,
			Literals.PARK__TAX_PER_MU);

	@Override
	public int sourceVersion() {
		return 1;
	}

	@Override
	public void migrate(MigrationContext context) {
		for (Park park : context.all(Park.class)) {
			String parkName = park.getName() == null || park.getName().isBlank() ? Messages.GreenPark_unnamed : park.getName().strip();
			for (EReference row : ROWS) {
				if (!(park.eGet(row) instanceof YearlyDecimal series)) {
					continue;
				}
				// the old row element was read as the new type: its parts are what the loader could not place
				List<AnyType> totals = context.takeElements(series, "parkTotal"); //$NON-NLS-1$
				List<AnyType> parts = context.takeElements(series, "clusterPart"); //$NON-NLS-1$
				String growth = context.take(series, "growth"); //$NON-NLS-1$
				if (totals.isEmpty() && parts.isEmpty() && growth == null) {
					continue;
				}
				String label = Steps.label(context.document(), row, row.getName());
				List<String> moved = new ArrayList<>();
				for (AnyType total : totals) {
					for (String[] value : values(total)) {
						String year = value[0] == null ? "" : value[0].strip(); //$NON-NLS-1$
						String number = value[1] == null ? "" : value[1].strip(); //$NON-NLS-1$
						try {
							series.put(Integer.parseInt(year), new BigDecimal(number));
							moved.add(Messages.bind(Messages.Park_yearValue, year, number));
						} catch (NumberFormatException e) {
							// kept out of the new cell, named so the user fills it in
							context.missing(Messages.bind(Messages.Park_unreadable, new Object[] { parkName, label,
									Messages.bind(Messages.Park_yearValue, year, number) }));
						}
					}
				}
				if (!moved.isEmpty()) {
					context.changed(Messages.bind(Messages.Park_moved, new Object[] { parkName, label, String.join("\u3001", moved) })); //$NON-NLS-1$
				}
				List<String> dropped = new ArrayList<>();
				for (AnyType part : parts) {
					for (String[] value : values(part)) {
						dropped.add(Messages.bind(Messages.Park_yearValue, value[0], value[1]));
					}
				}
				if (!dropped.isEmpty()) {
					context.changed(Messages.bind(Messages.Park_clusterPartDropped, new Object[] { parkName, label, String.join("\u3001", dropped) })); //$NON-NLS-1$
				}
				if (growth != null && !growth.isBlank()) {
					context.changed(Messages.bind(Messages.Park_growthDropped, new Object[] { parkName, label, growth.strip() }));
				}
				if (series.getValues().isEmpty()) {
					park.eUnset(row);
				}
			}
		}
	}

	/** The year / value pairs of an old series element ({@code <values year="2024" value="9120"/>}). */
	private static List<String[]> values(AnyType series) {
		List<String[]> result = new ArrayList<>();
		for (FeatureMap.Entry entry : series.getMixed()) {
			if (entry.getValue() instanceof AnyType v && "values".equals(entry.getEStructuralFeature().getName())) { //$NON-NLS-1$
				result.add(new String[] { MigrationContext.attribute(v, "year"), MigrationContext.attribute(v, "value") }); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return result;
	}
}
