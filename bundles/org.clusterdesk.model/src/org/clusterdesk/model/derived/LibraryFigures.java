/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.EnterpriseMark;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.clusterdesk.model.Project;
import org.eclipse.osgi.util.NLS;

/** The four libraries' summary counts (C04, C05): computed from the rows, never typed. */
public final class LibraryFigures {

	private LibraryFigures() {
	}

	public static boolean carries(ExistingEnterprise enterprise, EnterpriseMark mark) {
		List<BrandHonour> honours = enterprise.getHonours();
		return switch (mark) {
		case LISTED -> enterprise.isListed();
		case ABOVE_SCALE -> enterprise.isAboveScale();
		case HIGH_TECH -> enterprise.isHighTech();
		case SINGLE_CHAMPION -> honours.contains(BrandHonour.NATIONAL_SINGLE_CHAMPION)
				|| honours.contains(BrandHonour.PROVINCIAL_SINGLE_CHAMPION);
		case LITTLE_GIANT -> honours.contains(BrandHonour.NATIONAL_LITTLE_GIANT)
				|| honours.contains(BrandHonour.PROVINCIAL_LITTLE_GIANT);
		case BRAND -> !honours.isEmpty();
		};
	}

	public static int countExisting(ClusterLibraries libraries, EnterpriseMark mark) {
		int n = 0;
		for (ExistingEnterprise e : libraries.getExisting()) {
			if (carries(e, mark)) {
				n++;
			}
		}
		return n;
	}

	/** C05: the heading of （一）现有企业库. */
	public static String existingSummary(ClusterLibraries libraries) {
		return NLS.bind(Messages.LibrarySummary_existing, new Object[] { libraries.getExisting().size(),
				countExisting(libraries, EnterpriseMark.LISTED), countExisting(libraries, EnterpriseMark.SINGLE_CHAMPION),
				countExisting(libraries, EnterpriseMark.LITTLE_GIANT), countExisting(libraries, EnterpriseMark.ABOVE_SCALE),
				countExisting(libraries, EnterpriseMark.HIGH_TECH), countExisting(libraries, EnterpriseMark.BRAND) });
	}

	public static String prospectiveSummary(ClusterLibraries libraries) {
		int aboveScale = 0;
		int domestic = 0;
		int international = 0;
		for (ProspectiveEnterprise e : libraries.getProspective()) {
			aboveScale += e.isAboveScale() ? 1 : 0;
			domestic += e.isDomesticBrand() ? 1 : 0;
			international += e.isInternationalBrand() ? 1 : 0;
		}
		return NLS.bind(Messages.LibrarySummary_prospective,
				new Object[] { libraries.getProspective().size(), aboveScale, domestic, international });
	}

	public static String underConstructionSummary(ClusterLibraries libraries) {
		return NLS.bind(Messages.LibrarySummary_underConstruction, libraries.getUnderConstruction().size(),
				format(totalInvestment(libraries, false)));
	}

	public static String plannedSummary(ClusterLibraries libraries) {
		return NLS.bind(Messages.LibrarySummary_planned, libraries.getPlanned().size(),
				format(totalInvestment(libraries, true)));
	}

	/** Total investment (亿元) of the projects under construction, or of the planned ones; missing amounts count 0. */
	public static BigDecimal totalInvestment(ClusterLibraries libraries, boolean planned) {
		List<? extends Project> projects = planned ? libraries.getPlanned() : libraries.getUnderConstruction();
		BigDecimal sum = BigDecimal.ZERO;
		for (Project p : projects) {
			if (p.getInvestment() != null) {
				sum = sum.add(p.getInvestment(), DecimalMath.SUM_CONTEXT);
			}
		}
		return sum;
	}

	private static String format(BigDecimal amount) {
		BigDecimal rounded = DecimalMath.round2(amount);
		return rounded == null ? "—" : rounded.toPlainString(); //$NON-NLS-1$
	}
}
