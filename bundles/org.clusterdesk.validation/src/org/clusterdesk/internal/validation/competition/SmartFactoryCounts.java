/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EnterpriseIndicators;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * C09 (E): 领航级/卓越级/先进级/基础级智能工厂数量 (X/X/X/X) — one entry for each data year and for no other year, each with all
 * four grades given. The metamodel keeps the grades as integers, so they are whole by construction; a negative grade is
 * G02's (every count the edition shows is ≥ 0) and not reported again here. An empty row is G01's; G11 sees only yearly
 * series, so the years of this table are checked here.
 */
public class SmartFactoryCounts implements Rule {

	private static final List<EAttribute> GRADES = List.of(Literals.SMART_FACTORY_COUNT__LEADING, Literals.SMART_FACTORY_COUNT__EXCELLENT,
			Literals.SMART_FACTORY_COUNT__ADVANCED, Literals.SMART_FACTORY_COUNT__BASIC);

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null || report.getEnterprises() == null
				|| !context.has(Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES)) {
			return;
		}
		EnterpriseIndicators enterprises = report.getEnterprises();
		List<SmartFactoryCount> counts = enterprises.getSmartFactories();
		if (counts.isEmpty()) {
			return;
		}
		List<Integer> years = edition.getDataYears();
		String expectedYears = years(years);
		Map<Integer, SmartFactoryCount> byYear = new LinkedHashMap<>();
		for (SmartFactoryCount count : counts) {
			Integer year = Integer.valueOf(count.getYear());
			String where = NLS.bind(Messages.Year, year);
			if (!years.contains(year)) {
				context.error(count, Literals.SMART_FACTORY_COUNT__YEAR, where, NLS.bind(Messages.C09_otherYear, year, expectedYears), year,
						expectedYears);
				continue;
			}
			if (byYear.putIfAbsent(year, count) != null) {
				context.error(count, Literals.SMART_FACTORY_COUNT__YEAR, where, NLS.bind(Messages.C09_yearTwice, year), year,
						expectedYears);
				continue;
			}
			grades(count, year, where, context);
		}
		List<String> missing = new ArrayList<>();
		for (Integer year : years) {
			if (!byYear.containsKey(year)) {
				missing.add(NLS.bind(Messages.Year, year));
			}
		}
		if (!missing.isEmpty()) {
			String text = String.join(Messages.ListSeparator, missing);
			context.error(enterprises, Literals.ENTERPRISE_INDICATORS__SMART_FACTORIES, null, NLS.bind(Messages.C09_missingYears, text),
					null, expectedYears);
		}
	}

	private static void grades(SmartFactoryCount count, Integer year, String where, RuleContext context) {
		for (EAttribute grade : GRADES) {
			if (count.eGet(grade) == null) {
				context.error(count, grade, where, NLS.bind(Messages.C09_gradeMissing, year, gradeName(grade)), null, Messages.WholeNumber);
			}
		}
	}

	private static String gradeName(EAttribute grade) {
		if (grade == Literals.SMART_FACTORY_COUNT__LEADING) {
			return Messages.Grade_leading;
		}
		if (grade == Literals.SMART_FACTORY_COUNT__EXCELLENT) {
			return Messages.Grade_excellent;
		}
		return grade == Literals.SMART_FACTORY_COUNT__ADVANCED ? Messages.Grade_advanced : Messages.Grade_basic;
	}

	private static String years(List<Integer> years) {
		List<String> text = new ArrayList<>();
		for (Integer year : years) {
			text.add(NLS.bind(Messages.Year, year));
		}
		return String.join(Messages.ListSeparator, text);
	}
}
