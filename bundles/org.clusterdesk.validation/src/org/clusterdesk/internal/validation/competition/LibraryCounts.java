/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EnterpriseIndicators;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * C04 (E): the last data year's enterprise counts of 2.2 equal the counts derived from the existing-enterprise library
 * (the form: 需在现有企业库中注明). Which column of the library each count reads:
 * <ul>
 * <li>企业数量 — the rows;</li>
 * <li>规上工业企业数量 — rows with 是否为规上企业 = 是;</li>
 * <li>高新技术企业数量 — rows marked 高新技术企业;</li>
 * <li>上市和挂牌企业数量 — rows marked 上市企业;</li>
 * <li>国家级单项冠军数量 — rows whose 获评项 include 国家单项冠军;</li>
 * <li>省级单项冠军数量 — 省级单项冠军;</li>
 * <li>国家级专精特新“小巨人”企业数量 — 国家“专精特新”小巨人;</li>
 * <li>省级专精特新企业数量 — 省级“专精特新”小巨人 (the library's only provincial 专精特新 column).</li>
 * </ul>
 * 两化融合贯标 has no library column and is not compared. The counts come from one pass over the library per run.
 * An empty library is reported once by C05, not here as eight disagreeing counts.
 */
public class LibraryCounts implements Rule {

	/** The counts of 2.2 that the library can derive, in the order of the form. */
	enum Count {
		ENTERPRISES(Literals.ENTERPRISE_INDICATORS__ENTERPRISES, e -> true),
		ABOVE_SCALE(Literals.ENTERPRISE_INDICATORS__ABOVE_SCALE, ExistingEnterprise::isAboveScale),
		HIGH_TECH(Literals.ENTERPRISE_INDICATORS__HIGH_TECH, ExistingEnterprise::isHighTech),
		LISTED(Literals.ENTERPRISE_INDICATORS__LISTED, ExistingEnterprise::isListed),
		NATIONAL_CHAMPIONS(Literals.ENTERPRISE_INDICATORS__NATIONAL_CHAMPIONS, honour(BrandHonour.NATIONAL_SINGLE_CHAMPION)),
		PROVINCIAL_CHAMPIONS(Literals.ENTERPRISE_INDICATORS__PROVINCIAL_CHAMPIONS, honour(BrandHonour.PROVINCIAL_SINGLE_CHAMPION)),
		LITTLE_GIANTS(Literals.ENTERPRISE_INDICATORS__LITTLE_GIANTS, honour(BrandHonour.NATIONAL_LITTLE_GIANT)),
		PROVINCIAL_SPECIALISED(Literals.ENTERPRISE_INDICATORS__PROVINCIAL_SPECIALISED, honour(BrandHonour.PROVINCIAL_LITTLE_GIANT));

		final EReference feature;

		final Predicate<ExistingEnterprise> counts;

		Count(EReference feature, Predicate<ExistingEnterprise> counts) {
			this.feature = feature;
			this.counts = counts;
		}

		/** How the library count is made, as the message says it. */
		String basis() {
			return switch (this) {
			case ENTERPRISES -> Messages.C04_basisRows;
			case ABOVE_SCALE -> Messages.C04_basisAboveScale;
			case HIGH_TECH -> Messages.C04_basisHighTech;
			case LISTED -> Messages.C04_basisListed;
			case NATIONAL_CHAMPIONS -> Messages.C04_basisNationalChampion;
			case PROVINCIAL_CHAMPIONS -> Messages.C04_basisProvincialChampion;
			case LITTLE_GIANTS -> Messages.C04_basisNationalLittleGiant;
			case PROVINCIAL_SPECIALISED -> Messages.C04_basisProvincialLittleGiant;
			};
		}

		private static Predicate<ExistingEnterprise> honour(BrandHonour honour) {
			return e -> e.getHonours().contains(honour);
		}
	}

	private static final Object COUNTS = new Object();

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null || report.getEnterprises() == null
				|| report.getLibraries() == null || report.getLibraries().getExisting().isEmpty()
				|| !context.has(Literals.CLUSTER_LIBRARIES__EXISTING)) {
			return;
		}
		Integer year = CompetitionFacts.lastYear(edition);
		if (year == null) {
			return;
		}
		Map<Count, Integer> derived = context.shared(COUNTS, LibraryCounts::count);
		EnterpriseIndicators enterprises = report.getEnterprises();
		for (Count count : Count.values()) {
			if (!context.has(count.feature) || !(enterprises.eGet(count.feature) instanceof ComparedCount row)) {
				continue;
			}
			Integer entered = row.valueOf(year.intValue());
			Integer inLibrary = derived.get(count);
			if (entered != null && !entered.equals(inLibrary)) {
				context.error(row, Literals.YEARLY_COUNT__VALUES, NLS.bind(Messages.Year, year),
						NLS.bind(Messages.C04_countDisagrees, new Object[] { year, entered, inLibrary, count.basis() }), entered,
						inLibrary);
			}
		}
	}

	/** Every count in one pass over the library. */
	static Map<Count, Integer> count(ClusterDocument document) {
		Map<Count, Integer> counts = new EnumMap<>(Count.class);
		for (Count count : Count.values()) {
			counts.put(count, Integer.valueOf(0));
		}
		ClusterLibraries libraries = document instanceof CompetitionReport report ? report.getLibraries() : null;
		List<ExistingEnterprise> existing = libraries == null ? List.of() : libraries.getExisting();
		for (ExistingEnterprise enterprise : existing) {
			for (Count count : Count.values()) {
				if (count.counts.test(enterprise)) {
					counts.merge(count, Integer.valueOf(1), Integer::sum);
				}
			}
		}
		return counts;
	}
}
