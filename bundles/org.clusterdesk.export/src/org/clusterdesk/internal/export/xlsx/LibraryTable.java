/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import static org.clusterdesk.internal.export.xlsx.LibraryField.ABOVE_SCALE;
import static org.clusterdesk.internal.export.xlsx.LibraryField.BUILDER;
import static org.clusterdesk.internal.export.xlsx.LibraryField.CITY;
import static org.clusterdesk.internal.export.xlsx.LibraryField.CONTACT_PERSON;
import static org.clusterdesk.internal.export.xlsx.LibraryField.CONTACT_PHONE;
import static org.clusterdesk.internal.export.xlsx.LibraryField.CONTENT;
import static org.clusterdesk.internal.export.xlsx.LibraryField.COUNTRY;
import static org.clusterdesk.internal.export.xlsx.LibraryField.COUNTY;
import static org.clusterdesk.internal.export.xlsx.LibraryField.DOMESTIC_BRAND;
import static org.clusterdesk.internal.export.xlsx.LibraryField.HIGH_TECH;
import static org.clusterdesk.internal.export.xlsx.LibraryField.HONOURS;
import static org.clusterdesk.internal.export.xlsx.LibraryField.INTERNATIONAL_BRAND;
import static org.clusterdesk.internal.export.xlsx.LibraryField.INVESTMENT;
import static org.clusterdesk.internal.export.xlsx.LibraryField.LISTED;
import static org.clusterdesk.internal.export.xlsx.LibraryField.LOCATION;
import static org.clusterdesk.internal.export.xlsx.LibraryField.NAME;
import static org.clusterdesk.internal.export.xlsx.LibraryField.OVERVIEW;
import static org.clusterdesk.internal.export.xlsx.LibraryField.PARK;
import static org.clusterdesk.internal.export.xlsx.LibraryField.PERIOD;
import static org.clusterdesk.internal.export.xlsx.LibraryField.PRODUCTS;
import static org.clusterdesk.internal.export.xlsx.LibraryField.PROGRESS;
import static org.clusterdesk.internal.export.xlsx.LibraryField.PROVINCE;
import static org.clusterdesk.internal.export.xlsx.LibraryField.REVENUE;
import static org.clusterdesk.internal.export.xlsx.LibraryField.SERIAL;
import static org.clusterdesk.internal.export.xlsx.LibraryField.START;

import java.util.List;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterLibraries;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * The four libraries' tables as section 六 of the competition form prints them: sheet name, title with the computed
 * summary (C05) and the columns in the form's order and wording. The one place both the export and the import take
 * the header texts from.
 */
public enum LibraryTable {

	EXISTING(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__EXISTING),
	PROSPECTIVE(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__PROSPECTIVE),
	UNDER_CONSTRUCTION(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__UNDER_CONSTRUCTION),
	PLANNED(ClusterDeskPackage.Literals.CLUSTER_LIBRARIES__PLANNED);

	/** Rows above the first data row: the title and the two header rows. */
	public static final int HEADER_ROWS = 3;

	private final EReference feature;

	LibraryTable(EReference feature) {
		this.feature = feature;
	}

	/** The list of {@link ClusterLibraries} the table shows. */
	public EReference feature() {
		return feature;
	}

	public boolean isProject() {
		return this == UNDER_CONSTRUCTION || this == PLANNED;
	}

	public String sheetName() {
		return switch (this) {
		case EXISTING -> Messages.Sheet_existing;
		case PROSPECTIVE -> Messages.Sheet_prospective;
		case UNDER_CONSTRUCTION -> Messages.Sheet_underConstruction;
		case PLANNED -> Messages.Sheet_planned;
		};
	}

	/** （一）现有企业库（共有企业N个，其中，…）: the heading with the summary computed from the rows. */
	public String title(ClusterLibraries libraries) {
		return switch (this) {
		case EXISTING -> NLS.bind(Messages.Title_existing, libraries.existingSummary());
		case PROSPECTIVE -> NLS.bind(Messages.Title_prospective, libraries.prospectiveSummary());
		case UNDER_CONSTRUCTION -> NLS.bind(Messages.Title_underConstruction, libraries.underConstructionSummary());
		case PLANNED -> NLS.bind(Messages.Title_planned, libraries.plannedSummary());
		};
	}

	/**
	 * The columns in the form's order. {@code revenueYear} is the edition's last data year, named in the revenue header
	 * of the existing enterprises (2025年主营业务收入（亿元）).
	 */
	public List<LibraryColumn> columns(int revenueYear) {
		return switch (this) {
		case EXISTING -> List.of(
				LibraryColumn.of(SERIAL, Messages.Column_serial, 5, 6),
				LibraryColumn.of(NAME, Messages.Column_enterpriseFullName, 18, 30),
				LibraryColumn.grouped(CITY, Messages.Column_enterpriseLocation, Messages.Column_city, 8, 10),
				LibraryColumn.grouped(COUNTY, Messages.Column_enterpriseLocation, Messages.Column_county, 8, 12),
				LibraryColumn.grouped(PARK, Messages.Column_enterpriseLocation, Messages.Column_enterprisePark, 10, 24),
				LibraryColumn.of(OVERVIEW, Messages.Column_existingOverview, 24, 48),
				LibraryColumn.of(PRODUCTS, Messages.Column_existingProducts, 12, 24),
				LibraryColumn.of(ABOVE_SCALE, Messages.Column_aboveScale, 8, 8),
				LibraryColumn.of(REVENUE, NLS.bind(Messages.Column_revenue, Integer.toString(revenueYear)), 11, 14),
				LibraryColumn.of(HONOURS, Messages.Column_honours, 20, 26),
				LibraryColumn.grouped(CONTACT_PERSON, Messages.Column_enterpriseContact, Messages.Column_contactPerson, 7, 10),
				LibraryColumn.grouped(CONTACT_PHONE, Messages.Column_enterpriseContact, Messages.Column_contactPhone, 13, 16),
				LibraryColumn.of(LISTED, Messages.Column_listed, 8, 8),
				LibraryColumn.of(HIGH_TECH, Messages.Column_highTech, 10, 10));
		case PROSPECTIVE -> List.of(
				LibraryColumn.of(SERIAL, Messages.Column_serial, 5, 6),
				LibraryColumn.of(NAME, Messages.Column_enterpriseName, 18, 30),
				LibraryColumn.grouped(COUNTRY, Messages.Column_location, Messages.Column_country, 6, 10),
				LibraryColumn.grouped(PROVINCE, Messages.Column_location, Messages.Column_province, 7, 12),
				LibraryColumn.grouped(CITY, Messages.Column_location, Messages.Column_cityOnly, 7, 12),
				LibraryColumn.of(OVERVIEW, Messages.Column_overview, 24, 48),
				LibraryColumn.of(PRODUCTS, Messages.Column_products, 12, 24),
				LibraryColumn.of(ABOVE_SCALE, Messages.Column_aboveScale, 8, 8),
				LibraryColumn.grouped(DOMESTIC_BRAND, Messages.Column_brand, Messages.Column_domesticBrand, 8, 8),
				LibraryColumn.grouped(INTERNATIONAL_BRAND, Messages.Column_brand, Messages.Column_internationalBrand, 8, 8));
		case UNDER_CONSTRUCTION -> List.of(
				LibraryColumn.of(SERIAL, Messages.Column_serial, 5, 6),
				LibraryColumn.of(NAME, Messages.Column_projectName, 18, 30),
				LibraryColumn.grouped(CITY, Messages.Column_buildSite, Messages.Column_city, 8, 10),
				LibraryColumn.grouped(COUNTY, Messages.Column_buildSite, Messages.Column_county, 8, 12),
				LibraryColumn.grouped(PARK, Messages.Column_buildSite, Messages.Column_park, 10, 24),
				LibraryColumn.of(BUILDER, Messages.Column_builder, 16, 28),
				LibraryColumn.of(INVESTMENT, Messages.Column_investment, 10, 12),
				LibraryColumn.of(PERIOD, Messages.Column_period, 16, 17),
				LibraryColumn.of(START, Messages.Column_startDate, 9, 10),
				LibraryColumn.of(CONTENT, Messages.Column_content, 24, 40),
				LibraryColumn.of(PROGRESS, Messages.Column_progress, 18, 30),
				LibraryColumn.grouped(CONTACT_PERSON, Messages.Column_projectContact, Messages.Column_contactPerson, 7, 10),
				LibraryColumn.grouped(CONTACT_PHONE, Messages.Column_projectContact, Messages.Column_contactPhone, 13, 16));
		case PLANNED -> List.of(
				LibraryColumn.of(SERIAL, Messages.Column_serial, 5, 6),
				LibraryColumn.of(NAME, Messages.Column_projectName, 18, 30),
				LibraryColumn.of(LOCATION, Messages.Column_buildSite, 14, 28),
				LibraryColumn.of(PERIOD, Messages.Column_plannedPeriod, 16, 17),
				LibraryColumn.of(START, Messages.Column_plannedStart, 9, 10),
				LibraryColumn.of(BUILDER, Messages.Column_builder, 16, 28),
				LibraryColumn.of(INVESTMENT, Messages.Column_investment, 10, 12),
				LibraryColumn.of(CONTENT, Messages.Column_content, 24, 40),
				LibraryColumn.grouped(CONTACT_PERSON, Messages.Column_projectContact, Messages.Column_contactPerson, 7, 10),
				LibraryColumn.grouped(CONTACT_PHONE, Messages.Column_projectContact, Messages.Column_contactPhone, 13, 16));
		};
	}
}
