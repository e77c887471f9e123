/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.util.List;
import java.util.Set;

import org.clusterdesk.model.AdministrativeLevel;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.ListingKind;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * C10 (E): the national and provincial counts of 2.4 (技术创新载体, 工业设计中心), 2.5 (绿色工厂, 绿色供应链管理企业) and 2.6 (公共服务平台)
 * equal the rows of their lists of that kind and level. The lists name what holds today, so only the last data year is
 * compared. The 2.4 list holds carriers and design centres, the 2.5 list factories and supply chains: each count reads
 * its own kind. A listing of another kind or below 省级 does not belong to its list (省级及以上…) and would silently
 * escape every count: it is reported too.
 */
public class ListCounts implements Rule {

	/** One count of the form and the listings it counts. */
	private record Count(EReference section, EReference count, EReference list, ListingKind kind, AdministrativeLevel level) {
	}

	/** One list of the form and the kinds it holds. */
	private record Listing(EReference section, EReference list, Set<ListingKind> kinds) {
	}

	private static final List<Count> COUNTS = List.of(
			new Count(Literals.COMPETITION_REPORT__INNOVATION, Literals.INNOVATION_INDICATORS__NATIONAL_CARRIERS,
					Literals.INNOVATION_INDICATORS__CARRIERS, ListingKind.TECHNOLOGY_CARRIER, AdministrativeLevel.NATIONAL),
			new Count(Literals.COMPETITION_REPORT__INNOVATION, Literals.INNOVATION_INDICATORS__PROVINCIAL_CARRIERS,
					Literals.INNOVATION_INDICATORS__CARRIERS, ListingKind.TECHNOLOGY_CARRIER, AdministrativeLevel.PROVINCE),
			new Count(Literals.COMPETITION_REPORT__INNOVATION, Literals.INNOVATION_INDICATORS__NATIONAL_DESIGN_CENTRES,
					Literals.INNOVATION_INDICATORS__CARRIERS, ListingKind.DESIGN_CENTRE, AdministrativeLevel.NATIONAL),
			new Count(Literals.COMPETITION_REPORT__INNOVATION, Literals.INNOVATION_INDICATORS__PROVINCIAL_DESIGN_CENTRES,
					Literals.INNOVATION_INDICATORS__CARRIERS, ListingKind.DESIGN_CENTRE, AdministrativeLevel.PROVINCE),
			new Count(Literals.COMPETITION_REPORT__GREEN, Literals.GREEN_INDICATORS__NATIONAL_GREEN_FACTORIES,
					Literals.GREEN_INDICATORS__LISTINGS, ListingKind.GREEN_FACTORY, AdministrativeLevel.NATIONAL),
			new Count(Literals.COMPETITION_REPORT__GREEN, Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_FACTORIES,
					Literals.GREEN_INDICATORS__LISTINGS, ListingKind.GREEN_FACTORY, AdministrativeLevel.PROVINCE),
			new Count(Literals.COMPETITION_REPORT__GREEN, Literals.GREEN_INDICATORS__NATIONAL_GREEN_SUPPLY_CHAINS,
					Literals.GREEN_INDICATORS__LISTINGS, ListingKind.GREEN_SUPPLY_CHAIN, AdministrativeLevel.NATIONAL),
			new Count(Literals.COMPETITION_REPORT__GREEN, Literals.GREEN_INDICATORS__PROVINCIAL_GREEN_SUPPLY_CHAINS,
					Literals.GREEN_INDICATORS__LISTINGS, ListingKind.GREEN_SUPPLY_CHAIN, AdministrativeLevel.PROVINCE),
			new Count(Literals.COMPETITION_REPORT__PUBLIC_SERVICE, Literals.PUBLIC_SERVICE_INDICATORS__NATIONAL_PLATFORMS,
					Literals.PUBLIC_SERVICE_INDICATORS__PLATFORMS, ListingKind.PUBLIC_SERVICE_PLATFORM, AdministrativeLevel.NATIONAL),
			new Count(Literals.COMPETITION_REPORT__PUBLIC_SERVICE, Literals.PUBLIC_SERVICE_INDICATORS__PROVINCIAL_PLATFORMS,
					Literals.PUBLIC_SERVICE_INDICATORS__PLATFORMS, ListingKind.PUBLIC_SERVICE_PLATFORM, AdministrativeLevel.PROVINCE));

	private static final List<Listing> LISTS = List.of(
			new Listing(Literals.COMPETITION_REPORT__INNOVATION, Literals.INNOVATION_INDICATORS__CARRIERS,
					Set.of(ListingKind.TECHNOLOGY_CARRIER, ListingKind.DESIGN_CENTRE)),
			new Listing(Literals.COMPETITION_REPORT__GREEN, Literals.GREEN_INDICATORS__LISTINGS,
					Set.of(ListingKind.GREEN_FACTORY, ListingKind.GREEN_SUPPLY_CHAIN)),
			new Listing(Literals.COMPETITION_REPORT__PUBLIC_SERVICE, Literals.PUBLIC_SERVICE_INDICATORS__PLATFORMS,
					Set.of(ListingKind.PUBLIC_SERVICE_PLATFORM)));

	/** 省级及以上. */
	private static final Set<AdministrativeLevel> LEVELS = Set.of(AdministrativeLevel.NATIONAL, AdministrativeLevel.PROVINCE);

	@Override
	public void check(EObject object, RuleContext context) {
		Edition edition = context.edition();
		if (!(object instanceof CompetitionReport report) || edition == null) {
			return;
		}
		Integer year = CompetitionFacts.lastYear(edition);
		if (year != null) {
			for (Count count : COUNTS) {
				checkCount(report, count, year, context);
			}
		}
		for (Listing listing : LISTS) {
			checkMembers(report, listing, context);
		}
	}

	private static void checkCount(CompetitionReport report, Count count, Integer year, RuleContext context) {
		if (!context.has(count.count()) || !context.has(count.list()) || !(report.eGet(count.section()) instanceof EObject section)
				|| !(section.eGet(count.count()) instanceof ComparedCount row)) {
			return;
		}
		Integer entered = row.valueOf(year.intValue());
		if (entered == null) {
			return; // G01/G11
		}
		int listed = 0;
		for (ApprovedListing listing : listings(section, count.list())) {
			if (listing.getKind() == count.kind() && listing.getLevel() == count.level()) {
				listed++;
			}
		}
		if (entered.intValue() != listed) {
			context.error(row, Literals.YEARLY_COUNT__VALUES, NLS.bind(Messages.Year, year),
					NLS.bind(Messages.C10_countDisagrees, new Object[] { year, entered, context.label(count.list()), level(count.level()),
							kind(count.kind()), Integer.valueOf(listed) }),
					entered, Integer.valueOf(listed));
		}
	}

	private static void checkMembers(CompetitionReport report, Listing list, RuleContext context) {
		if (!context.has(list.list()) || !(report.eGet(list.section()) instanceof EObject section)) {
			return;
		}
		List<ApprovedListing> listings = listings(section, list.list());
		String listLabel = context.label(list.list());
		for (int i = 0; i < listings.size(); i++) {
			ApprovedListing listing = listings.get(i);
			String name = CompetitionFacts.display(listing.getName());
			String where = CompetitionFacts.where(i);
			if (!list.kinds().contains(listing.getKind())) {
				String kinds = String.join(Messages.ListSeparator, list.kinds().stream().sorted().map(ListCounts::kind).toList());
				context.error(listing, Literals.APPROVED_LISTING__KIND, where,
						NLS.bind(Messages.C10_kindNotInList, new Object[] { name, kind(listing.getKind()), listLabel, kinds }),
						kind(listing.getKind()), kinds);
			}
			if (!LEVELS.contains(listing.getLevel())) {
				context.error(listing, Literals.APPROVED_LISTING__LEVEL, where,
						NLS.bind(Messages.C10_levelNotInList, new Object[] { name, level(listing.getLevel()), listLabel }),
						level(listing.getLevel()), Messages.C10_levels);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<ApprovedListing> listings(EObject section, EReference list) {
		return (List<ApprovedListing>) section.eGet(list);
	}

	static String kind(ListingKind kind) {
		return switch (kind) {
		case NONE -> Messages.Unanswered;
		case TECHNOLOGY_CARRIER -> Messages.Kind_technologyCarrier;
		case DESIGN_CENTRE -> Messages.Kind_designCentre;
		case GREEN_FACTORY -> Messages.Kind_greenFactory;
		case GREEN_SUPPLY_CHAIN -> Messages.Kind_greenSupplyChain;
		case PUBLIC_SERVICE_PLATFORM -> Messages.Kind_platform;
		};
	}

	static String level(AdministrativeLevel level) {
		return switch (level) {
		case NONE -> Messages.Unanswered;
		case NATIONAL -> Messages.Level_national;
		case PROVINCE -> Messages.Level_province;
		case CITY -> Messages.Level_city;
		case DISTRICT -> Messages.Level_district;
		case COUNTY -> Messages.Level_county;
		};
	}
}
