/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.PlanIndicator;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.StageGoal;
import org.clusterdesk.model.StandardCount;
import org.clusterdesk.model.UnitContact;
import org.clusterdesk.model.YearCount;
import org.clusterdesk.model.YearDecimal;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * The qualifier of a value inside its row, for a finding's {@code where}: the year, the library row, the park, the
 * enterprise of a top-10 table, the plan indicator, and the column of values that are not rows themselves (基准值,
 * 增幅, …). The context adds the section and the row's wording.
 */
final class Places {

	private Places() {
	}

	/** The qualifier of the value of the feature of the owner, or null when the row says it all. */
	static String where(RuleContext context, EObject owner, EStructuralFeature feature) {
		List<String> parts = new ArrayList<>();
		for (EObject o = owner; o != null && !(o instanceof ClusterDocument); o = o.eContainer()) {
			String part = qualifier(context, o);
			if (part != null) {
				parts.add(0, part);
			}
		}
		String column = feature == null || context.row(feature) != null ? null : column(feature);
		if (column != null) {
			parts.add(column);
		}
		return parts.isEmpty() ? null : String.join(" ", parts); //$NON-NLS-1$
	}

	static String year(int year) {
		return NLS.bind(Messages.Places_year, year);
	}

	private static String qualifier(RuleContext context, EObject o) {
		if (o instanceof YearDecimal v) {
			return year(v.getYear());
		}
		if (o instanceof YearCount v) {
			return year(v.getYear());
		}
		if (o instanceof StandardCount v) {
			return year(v.getYear());
		}
		if (o instanceof SmartFactoryCount v) {
			return year(v.getYear());
		}
		if (o instanceof StageGoal v) {
			return year(v.getYear());
		}
		if (o instanceof LibraryRow r) {
			return NLS.bind(Messages.Places_row, r.getSourceRow() != null ? r.getSourceRow() : position(context, o));
		}
		if (o instanceof RankedEnterprise e) {
			return named(e.getName(), context, o);
		}
		if (o instanceof KeyProject p) {
			return named(p.getName(), context, o);
		}
		if (o instanceof ApprovedListing l) {
			return named(l.getName(), context, o);
		}
		if (o instanceof PlanIndicator i) {
			return named(i.getName(), context, o);
		}
		if (o instanceof Park p) {
			return named(p.getName(), context, o);
		}
		if (o instanceof UnitContact u && o.eContainingFeature().isMany()) {
			return named(u.getName(), context, o);
		}
		EStructuralFeature containing = o.eContainingFeature();
		if (containing == Literals.PARK_INDICATOR__PARK_TOTAL) {
			return Messages.Places_parkTotal;
		}
		if (containing == Literals.PARK_INDICATOR__CLUSTER_PART) {
			return Messages.Places_clusterPart;
		}
		if (containing == Literals.RANKING_TABLE__TOTAL) {
			return Messages.Places_total;
		}
		return null;
	}

	/** The column of a value below a row that is not a row itself. */
	private static String column(EStructuralFeature feature) {
		if (feature == Literals.PLAN_INDICATOR__BASELINE) {
			return Messages.Places_baseline;
		}
		if (feature == Literals.PLAN_INDICATOR__TARGET) {
			return Messages.Places_target;
		}
		if (feature == Literals.PLAN_INDICATOR__INDUSTRY_AVERAGE) {
			return Messages.Places_industryAverage;
		}
		if (feature == Literals.COMPLETION_INDICATOR__ACHIEVED) {
			return Messages.Places_achieved;
		}
		if (feature == Literals.IMPLEMENTATION_TARGET__ACTUAL) {
			return Messages.Places_actual;
		}
		if (feature == Literals.COMPARED_DECIMAL__GROWTH || feature == Literals.COMPARED_COUNT__GROWTH
				|| feature == Literals.PARK_INDICATOR__GROWTH) {
			return Messages.Places_growth;
		}
		if (feature == Literals.UNIT_CONTACT__HEAD_PHONE) {
			return Messages.Places_headPhone;
		}
		if (feature == Literals.UNIT_CONTACT__CONTACT_PHONE) {
			return Messages.Places_contactPhone;
		}
		return null;
	}

	private static String named(String name, RuleContext context, EObject o) {
		return name != null && !name.isBlank() ? name.strip() : NLS.bind(Messages.Places_item, position(context, o));
	}

	/** 1-based position in its list; indexed once per list so that many findings in a library stay linear. */
	private static int position(RuleContext context, EObject o) {
		EStructuralFeature feature = o.eContainingFeature();
		if (feature == null || !feature.isMany()) {
			return 1;
		}
		Map<EObject, Integer> positions = context.shared(Places.class, d -> new IdentityHashMap<>());
		Integer known = positions.get(o);
		if (known == null) {
			int i = 1;
			for (Object sibling : (List<?>) o.eContainer().eGet(feature)) {
				positions.put((EObject) sibling, i++);
			}
			known = positions.getOrDefault(o, 1);
		}
		return known;
	}
}
