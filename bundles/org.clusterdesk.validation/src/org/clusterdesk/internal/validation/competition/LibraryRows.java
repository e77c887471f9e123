/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.competition;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.Project;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.clusterdesk.model.derived.TextFigures;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * C06 (E): rows of the four libraries. On each {@link LibraryRow}: the full name; the location (市州 / 县（市）区 / 园区 for
 * existing enterprises and projects under construction, 国别 / 省份 / 城市 for prospective enterprises, where 省份 may stay
 * empty for a foreign country, 建设地点 for planned projects); the overview within its length (200 字, counted as G03
 * counts); 1–3 main products for enterprises; a non-negative revenue. Project amounts must even be positive: that is
 * C08's, so a negative investment is reported once. On {@link ClusterLibraries}: no name twice within a library, found in
 * one pass with a hash map per library (names compared after NFKC folding and without whitespace, so （集团） and (集团)
 * are the same name).
 */
public class LibraryRows implements Rule {

	/** Annotation of the metamodel that carries a text feature's length limit (maxLength). */
	private static final String FORM_ANNOTATION = "http://www.clusterdesk.org/model/form"; //$NON-NLS-1$

	/** Used when a text feature carries no limit: the form's 字数控制在200字以内. */
	private static final int DEFAULT_OVERVIEW_LIMIT = 200;

	/** Countries whose addresses have a 省份; for any other country the column may stay empty. */
	private static final Set<String> CHINA = Set.of("中国 中华人民共和国 中国大陆 china cn prc".split(" ")); //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public void check(EObject object, RuleContext context) {
		if (context.edition() == null) {
			return;
		}
		if (object instanceof ClusterLibraries libraries) {
			checkDuplicates(libraries, context);
		} else if (object instanceof LibraryRow row && row.eContainingFeature() instanceof EReference library && context.has(library)) {
			checkRow(row, context);
		}
	}

	// ---------------------------------------------------------------- one row

	private static void checkRow(LibraryRow row, RuleContext context) {
		EAttribute nameFeature = nameFeature(row);
		String name = name(row);
		if (name == null || name.isBlank()) {
			context.error(row, nameFeature, CompetitionFacts.where(row, context),
					row instanceof Project ? Messages.C06_noProjectName : Messages.C06_noEnterpriseName, null,
					row instanceof Project ? Messages.C06_projectNameExpected : Messages.C06_enterpriseNameExpected);
		}
		if (row instanceof ExistingEnterprise e) {
			location(row, context, new Part(Literals.EXISTING_ENTERPRISE__CITY, e.getCity(), Messages.Column_city),
					new Part(Literals.EXISTING_ENTERPRISE__COUNTY, e.getCounty(), Messages.Column_county),
					new Part(Literals.EXISTING_ENTERPRISE__PARK, e.getPark(), Messages.Column_park));
			overview(row, e.getOverview(), Literals.EXISTING_ENTERPRISE__OVERVIEW, context);
			products(row, e.getProducts(), Literals.EXISTING_ENTERPRISE__PRODUCTS, context);
			revenue(e, context);
		} else if (row instanceof ProspectiveEnterprise e) {
			boolean foreign = !blank(e.getCountry()) && !CHINA.contains(e.getCountry().strip().toLowerCase(Locale.ROOT));
			location(row, context, new Part(Literals.PROSPECTIVE_ENTERPRISE__COUNTRY, e.getCountry(), Messages.Column_country),
					foreign ? null : new Part(Literals.PROSPECTIVE_ENTERPRISE__PROVINCE, e.getProvince(), Messages.Column_province),
					new Part(Literals.PROSPECTIVE_ENTERPRISE__CITY, e.getCity(), Messages.Column_prospectiveCity));
			overview(row, e.getOverview(), Literals.PROSPECTIVE_ENTERPRISE__OVERVIEW, context);
			products(row, e.getProducts(), Literals.PROSPECTIVE_ENTERPRISE__PRODUCTS, context);
		} else if (row instanceof ConstructionProject p) {
			location(row, context, new Part(Literals.CONSTRUCTION_PROJECT__CITY, p.getCity(), Messages.Column_city),
					new Part(Literals.CONSTRUCTION_PROJECT__COUNTY, p.getCounty(), Messages.Column_county),
					new Part(Literals.CONSTRUCTION_PROJECT__PARK, p.getPark(), Messages.Column_projectPark));
		} else if (row instanceof PlannedProject p) {
			location(row, context, new Part(Literals.PLANNED_PROJECT__LOCATION, p.getLocation(), Messages.Column_location));
		}
	}

	/** One column of a location. */
	private record Part(EAttribute feature, String value, String column) {
	}

	/** One finding per row naming every missing column, on the first of them. */
	private static void location(LibraryRow row, RuleContext context, Part... parts) {
		List<String> missing = new ArrayList<>();
		EAttribute first = null;
		for (Part part : parts) {
			if (part != null && blank(part.value())) {
				missing.add(part.column());
				first = first == null ? part.feature() : first;
			}
		}
		if (!missing.isEmpty()) {
			String columns = String.join(Messages.ListSeparator, missing);
			context.error(row, first, CompetitionFacts.where(row, context),
					NLS.bind(Messages.C06_locationIncomplete, CompetitionFacts.display(name(row)), columns), null, columns);
		}
	}

	private static void overview(LibraryRow row, String overview, EAttribute feature, RuleContext context) {
		int limit = maxLength(feature);
		int length = TextFigures.length(overview);
		if (length > limit) {
			context.error(row, feature, CompetitionFacts.where(row, context),
					NLS.bind(Messages.C06_overviewTooLong, new Object[] { CompetitionFacts.display(name(row)), Integer.valueOf(length),
							Integer.valueOf(limit) }),
					NLS.bind(Messages.Characters, Integer.valueOf(length)), NLS.bind(Messages.AtMostCharacters, Integer.valueOf(limit)));
		}
	}

	static int maxLength(EStructuralFeature feature) {
		String value = EcoreUtil.getAnnotation(feature, FORM_ANNOTATION, "maxLength"); //$NON-NLS-1$
		try {
			return value == null ? DEFAULT_OVERVIEW_LIMIT : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return DEFAULT_OVERVIEW_LIMIT;
		}
	}

	private static void products(LibraryRow row, List<String> products, EAttribute feature, RuleContext context) {
		int n = TopTenTables.countProducts(products);
		String expected = NLS.bind(Messages.OneToKinds, Integer.valueOf(TopTenTables.MAX_PRODUCTS));
		if (n == 0) {
			context.error(row, feature, CompetitionFacts.where(row, context),
					NLS.bind(Messages.C06_noProducts, CompetitionFacts.display(name(row)), Integer.valueOf(TopTenTables.MAX_PRODUCTS)),
					Integer.valueOf(0), expected);
		} else if (n > TopTenTables.MAX_PRODUCTS) {
			context.error(row, feature, CompetitionFacts.where(row, context),
					NLS.bind(Messages.C06_tooManyProducts, new Object[] { CompetitionFacts.display(name(row)), Integer.valueOf(n),
							Integer.valueOf(TopTenTables.MAX_PRODUCTS) }),
					Integer.valueOf(n), expected);
		}
	}

	private static void revenue(ExistingEnterprise e, RuleContext context) {
		BigDecimal revenue = e.getRevenue();
		if (revenue != null && revenue.signum() < 0) {
			Integer year = CompetitionFacts.lastYear(context.edition());
			context.error(e, Literals.EXISTING_ENTERPRISE__REVENUE, CompetitionFacts.where(e, context),
					NLS.bind(Messages.C06_negativeRevenue, new Object[] { CompetitionFacts.display(e.getName()), year,
							revenue.toPlainString() }),
					revenue, Messages.NotNegative);
		}
	}

	// ---------------------------------------------------------------- duplicates

	private static void checkDuplicates(ClusterLibraries libraries, RuleContext context) {
		duplicates(libraries.getExisting(), Literals.CLUSTER_LIBRARIES__EXISTING, Messages.C06_enterprise, context);
		duplicates(libraries.getProspective(), Literals.CLUSTER_LIBRARIES__PROSPECTIVE, Messages.C06_enterprise, context);
		duplicates(libraries.getUnderConstruction(), Literals.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION, Messages.C06_project, context);
		duplicates(libraries.getPlanned(), Literals.CLUSTER_LIBRARIES__PLANNED, Messages.C06_project, context);
	}

	/** Every row whose name an earlier row of the same library already has, in one pass. */
	private static void duplicates(List<? extends LibraryRow> library, EReference feature, String what, RuleContext context) {
		if (!context.has(feature) || library.size() < 2) {
			return;
		}
		Map<String, LibraryRow> first = new HashMap<>(library.size() * 2);
		for (LibraryRow row : library) {
			String key = duplicateKey(name(row));
			if (key == null) {
				continue; // a missing name is reported on the row
			}
			LibraryRow earlier = first.putIfAbsent(key, row);
			if (earlier != null) {
				String name = name(row).strip();
				context.error(row, nameFeature(row), CompetitionFacts.where(row, context),
						NLS.bind(Messages.C06_duplicateName, new Object[] { Integer.valueOf(CompetitionFacts.rowNumber(earlier, context)),
								name, what }),
						name, Messages.C06_uniqueName);
			}
		}
	}

	/** The name as compared for duplicates: NFKC-folded (full-width brackets and letters), without whitespace. */
	static String duplicateKey(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
		StringBuilder sb = new StringBuilder(folded.length());
		folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	// ---------------------------------------------------------------- names of the row kinds

	static String name(LibraryRow row) {
		if (row instanceof ExistingEnterprise e) {
			return e.getName();
		}
		if (row instanceof ProspectiveEnterprise e) {
			return e.getName();
		}
		return row instanceof Project p ? p.getName() : null;
	}

	static EAttribute nameFeature(LibraryRow row) {
		if (row instanceof ExistingEnterprise) {
			return Literals.EXISTING_ENTERPRISE__NAME;
		}
		if (row instanceof ProspectiveEnterprise) {
			return Literals.PROSPECTIVE_ENTERPRISE__NAME;
		}
		return Literals.PROJECT__NAME;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
