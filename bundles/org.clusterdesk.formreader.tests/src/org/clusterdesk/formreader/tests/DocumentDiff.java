/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.formreader.tests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Compares two documents feature by feature, as far as the form can show a value: decimals as the form prints them
 * (two places), an empty text as no text, NONE (未填) as nothing chosen, a yearly row by its years. Each difference
 * is one line naming its place (class.feature, the path) and both values; {@link #places()} gives the class.feature
 * names, for the list of what the reader does not read yet.
 */
final class DocumentDiff {

	/**
	 * What the form does not show, and so cannot come back from it: the document's draft flag (the export mode says
	 * 草稿, not the document), the year entries' own ids; a library entry's spreadsheet row (来源行号, where it was
	 * imported from), and whether an existing enterprise is listed or high-tech: the library table has no column for
	 * either, its caption only counts them (共有企业N个，其中，上市企业N个…高新技术企业N个); a plan indicator's industry
	 * average and stage-year targets, which the Word form has no place for; Jiangsu's 优质中小企业名单, which the form asks
	 * for as attachments (需提供名单) and has no row for (its layout hides it), so that the Word export prints the names
	 * nowhere, neither in the form nor in the 附件清单. A plan indicator is compared as the form
	 * shows it: see {@link PlanIndicatorsAsPrinted}. Nothing else is excluded.
	 */
	static final Set<String> NOT_SHOWN = Set.of("ClusterDocument.draft", "Application.draft", "CompetitionReport.draft",
			"ClusterDocument.editionId", "LibraryRow.sourceRow", "ExistingEnterprise.listed", "ExistingEnterprise.highTech",
			"PlanIndicator.industryAverage", "PlanIndicator.stageTargets", "IndustrySection.qualifiedSmeLists");

	private final List<String> lines = new ArrayList<>();

	private final Set<String> places = new TreeSet<>();

	static DocumentDiff of(EObject expected, EObject actual) {
		DocumentDiff d = new DocumentDiff();
		d.compare("", expected, actual);
		return d;
	}

	List<String> lines() {
		return lines;
	}

	Set<String> places() {
		return places;
	}

	private void compare(String path, EObject expected, EObject actual) {
		EClass type = expected != null ? expected.eClass() : actual.eClass();
		if (expected != null && actual != null && expected.eClass() != actual.eClass()) {
			differ(type.getName() + ".class", path, expected.eClass().getName(), actual.eClass().getName()); //$NON-NLS-1$
			return;
		}
		if (expected instanceof YearlyDecimal || actual instanceof YearlyDecimal) {
			yearly(path, type, (YearlyDecimal) expected, (YearlyDecimal) actual);
		} else if (expected instanceof YearlyCount || actual instanceof YearlyCount) {
			yearlyCount(path, type, (YearlyCount) expected, (YearlyCount) actual);
		}
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
				continue;
			}
			if (feature == ClusterDeskPackage.Literals.YEARLY_DECIMAL__VALUES || feature == ClusterDeskPackage.Literals.YEARLY_COUNT__VALUES) {
				continue; // compared by year above
			}
			String place = type.getName() + "." + feature.getName(); //$NON-NLS-1$
			String declared = feature.getEContainingClass().getName() + "." + feature.getName(); //$NON-NLS-1$
			if (NOT_SHOWN.contains(place) || NOT_SHOWN.contains(declared)) {
				continue;
			}
			String at = path + "/" + feature.getName(); //$NON-NLS-1$
			if (PlanIndicatorsAsPrinted.comparedAsPrinted(type, feature, expected, actual)) {
				if (feature == ClusterDeskPackage.Literals.PLAN_INDICATOR__NAME) {
					String ce = PlanIndicatorsAsPrinted.indicatorCell(expected);
					String ca = PlanIndicatorsAsPrinted.indicatorCell(actual);
					if (!ce.equals(ca)) {
						differ(place, at, ce, ca);
					}
				}
				continue;
			}
			Object e = expected == null ? null : expected.eGet(feature);
			Object a = actual == null ? null : actual.eGet(feature);
			if (feature instanceof EReference r && r.isMany() && ClusterDeskPackage.Literals.PLAN_INDICATOR.isSuperTypeOf(r.getEReferenceType())) {
				e = e == null ? null : PlanIndicatorsAsPrinted.inFormOrder((List<?>) e);
				a = a == null ? null : PlanIndicatorsAsPrinted.inFormOrder((List<?>) a);
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					List<?> le = (List<?>) e;
					List<?> la = (List<?>) a;
					int n = Math.max(le == null ? 0 : le.size(), la == null ? 0 : la.size());
					for (int i = 0; i < n; i++) {
						EObject oe = le != null && i < le.size() ? (EObject) le.get(i) : null;
						EObject oa = la != null && i < la.size() ? (EObject) la.get(i) : null;
						if (oe == null || oa == null) {
							differ(place, at + "[" + i + "]", oe, oa); //$NON-NLS-1$ //$NON-NLS-2$
						} else {
							compare(at + "[" + i + "]", oe, oa); //$NON-NLS-1$ //$NON-NLS-2$
						}
					}
				} else if (e != null || a != null) {
					if ((e == null || a == null) && isEmpty((EObject) (e != null ? e : a))) {
						continue;
					}
					compare(at, (EObject) e, (EObject) a);
				}
			} else if (feature instanceof EReference) {
				// a cross reference (evidence to its attachment): by the referenced object's place
				String se = refs(e);
				String sa = refs(a);
				if (!se.equals(sa)) {
					differ(place, at, se, sa);
				}
			} else if (feature == ClusterDeskPackage.Literals.COMPARED_DECIMAL__GROWTH || feature == ClusterDeskPackage.Literals.COMPARED_COUNT__GROWTH) {
				// the form prints the 增幅 in effect: the one entered, else the one computed from the two years
				Object ge = effectiveGrowth(expected);
				Object ga = effectiveGrowth(actual);
				if (!same((EAttribute) feature, ge, ga)) {
					differ(place, at, ge, ga);
				}
			} else if (!same((EAttribute) feature, e, a)) {
				differ(place, at, e, a);
			}
		}
	}

	private static Object effectiveGrowth(EObject o) {
		if (o instanceof org.clusterdesk.model.ComparedDecimal d) {
			return d.getGrowth() != null ? d.getGrowth() : d.computedGrowth();
		}
		if (o instanceof org.clusterdesk.model.ComparedCount c) {
			return c.getGrowth() != null ? c.getGrowth() : c.computedGrowth();
		}
		return null;
	}

	private static String refs(Object value) {
		if (value instanceof List<?> list) {
			StringBuilder sb = new StringBuilder();
			for (Object o : list) {
				sb.append(refs(o)).append(';');
			}
			return sb.toString();
		}
		return value instanceof EObject o ? org.eclipse.emf.ecore.util.EcoreUtil.getURI(o).fragment() : ""; //$NON-NLS-1$
	}

	private void yearly(String path, EClass type, YearlyDecimal e, YearlyDecimal a) {
		Set<Integer> years = new TreeSet<>();
		if (e != null) {
			years.addAll(e.years());
		}
		if (a != null) {
			years.addAll(a.years());
		}
		for (Integer year : years) {
			BigDecimal ve = e == null ? null : e.valueOf(year);
			BigDecimal va = a == null ? null : a.valueOf(year);
			if (!sameDecimal(ve, va)) {
				differ(type.getName() + ".values", path + "/" + year, ve, va); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void yearlyCount(String path, EClass type, YearlyCount e, YearlyCount a) {
		Set<Integer> years = new TreeSet<>();
		if (e != null) {
			years.addAll(e.years());
		}
		if (a != null) {
			years.addAll(a.years());
		}
		for (Integer year : years) {
			Integer ve = e == null ? null : e.valueOf(year);
			Integer va = a == null ? null : a.valueOf(year);
			if (ve == null ? va != null : !ve.equals(va)) {
				differ(type.getName() + ".values", path + "/" + year, ve, va); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Whether an object holds nothing the form shows (an empty contact, a yearly row without values). */
	private static boolean isEmpty(EObject o) {
		if (o instanceof YearlyDecimal d) {
			return d.years().stream().allMatch(y -> d.valueOf(y) == null) && isEmptyBeyondValues(o);
		}
		if (o instanceof YearlyCount c) {
			return c.years().stream().allMatch(y -> c.valueOf(y) == null) && isEmptyBeyondValues(o);
		}
		return isEmptyBeyondValues(o);
	}

	private static boolean isEmptyBeyondValues(EObject o) {
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			if (f.isDerived() || f.isTransient() || f.isVolatile() || f == ClusterDeskPackage.Literals.YEARLY_DECIMAL__VALUES
					|| f == ClusterDeskPackage.Literals.YEARLY_COUNT__VALUES) {
				continue;
			}
			Object v = o.eGet(f);
			if (v instanceof List<?> l) {
				if (!l.isEmpty()) {
					return false;
				}
			} else if (v instanceof EObject child) {
				if (!isEmpty(child)) {
					return false;
				}
			} else if (f instanceof EAttribute a && !same(a, v, null)) {
				return false;
			}
		}
		return true;
	}

	static boolean same(EAttribute attribute, Object e, Object a) {
		if (e instanceof List<?> le && a instanceof List<?> la) {
			if (le.size() != la.size()) {
				return false;
			}
			for (int i = 0; i < le.size(); i++) {
				if (!same(attribute, le.get(i), la.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (e instanceof List<?> le && a == null) {
			return le.isEmpty();
		}
		e = normal(e, attribute);
		a = normal(a, attribute);
		if (e instanceof BigDecimal de && a instanceof BigDecimal da) {
			return sameDecimal(de, da);
		}
		return e == null ? a == null : e.equals(a);
	}

	private static Object normal(Object v, EAttribute attribute) {
		if (v instanceof String s && s.isEmpty()) {
			return null;
		}
		if (v instanceof Enumerator literal && FormRows.NONE.equals(literal.getName())) {
			return null;
		}
		if (v instanceof Boolean b && !b) {
			return null; // false and not set read the same in a form
		}
		return v;
	}

	private static boolean sameDecimal(BigDecimal e, BigDecimal a) {
		if (e == null || a == null) {
			return e == a;
		}
		return e.setScale(2, RoundingMode.HALF_UP).compareTo(a.setScale(2, RoundingMode.HALF_UP)) == 0;
	}

	private void differ(String feature, String path, Object expected, Object actual) {
		// the place: the path without list positions and years (/industry/enterprises, /parks/gdp/parkTotal)
		String place = path.replaceAll("\\[\\d+\\]", "").replaceAll("/\\d{4}$", "");
		places.add(place);
		lines.add(place + " " + path + ": expected <" + expected + "> but read <" + actual + ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
