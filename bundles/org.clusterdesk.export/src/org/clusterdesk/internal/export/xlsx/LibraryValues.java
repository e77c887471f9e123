/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.util.List;

import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.Project;
import org.clusterdesk.model.ProspectiveEnterprise;

/** The cell value of a library row's field, as the export writes it (text, BigDecimal, YearMonth or null). */
final class LibraryValues {

	private LibraryValues() {
	}

	/** The row's values in the table's column order; {@code serial} is its 序号. */
	static Object[] of(LibraryRow row, List<LibraryColumn> columns, int serial) {
		Object[] values = new Object[columns.size()];
		for (int c = 0; c < values.length; c++) {
			values[c] = value(row, columns.get(c).field(), serial);
		}
		return values;
	}

	static Object value(LibraryRow row, LibraryField field, int serial) {
		if (field == LibraryField.SERIAL) {
			return Integer.valueOf(serial);
		}
		if (row instanceof ExistingEnterprise e) {
			return existing(e, field);
		}
		if (row instanceof ProspectiveEnterprise e) {
			return prospective(e, field);
		}
		if (row instanceof Project p) {
			return project(p, field);
		}
		return null;
	}

	private static Object existing(ExistingEnterprise e, LibraryField field) {
		return switch (field) {
		case NAME -> e.getName();
		case CITY -> e.getCity();
		case COUNTY -> e.getCounty();
		case PARK -> e.getPark();
		case OVERVIEW -> e.getOverview();
		case PRODUCTS -> Formats.list(e.getProducts());
		case ABOVE_SCALE -> Labels.yesNo(e.isAboveScale());
		case REVENUE -> e.getRevenue();
		case HONOURS -> Labels.honours(e.getHonours());
		case CONTACT_PERSON -> person(e.getContact());
		case CONTACT_PHONE -> phone(e.getContact());
		case LISTED -> Labels.yesNo(e.isListed());
		case HIGH_TECH -> Labels.yesNo(e.isHighTech());
		default -> null;
		};
	}

	private static Object prospective(ProspectiveEnterprise e, LibraryField field) {
		return switch (field) {
		case NAME -> e.getName();
		case COUNTRY -> e.getCountry();
		case PROVINCE -> e.getProvince();
		case CITY -> e.getCity();
		case OVERVIEW -> e.getOverview();
		case PRODUCTS -> Formats.list(e.getProducts());
		case ABOVE_SCALE -> Labels.yesNo(e.isAboveScale());
		case DOMESTIC_BRAND -> Labels.yesNo(e.isDomesticBrand());
		case INTERNATIONAL_BRAND -> Labels.yesNo(e.isInternationalBrand());
		default -> null;
		};
	}

	private static Object project(Project p, LibraryField field) {
		switch (field) {
		case NAME:
			return p.getName();
		case BUILDER:
			return p.getBuilder();
		case INVESTMENT:
			return p.getInvestment();
		case PERIOD:
			return Formats.period(p.getPeriodStart(), p.getPeriodEnd(), p.isPeriodYearsOnly());
		case CONTENT:
			return p.getContent();
		case CONTACT_PERSON:
			return person(p.getContact());
		case CONTACT_PHONE:
			return phone(p.getContact());
		default:
			break;
		}
		if (p instanceof ConstructionProject c) {
			return switch (field) {
			case CITY -> c.getCity();
			case COUNTY -> c.getCounty();
			case PARK -> c.getPark();
			case START -> c.getStartDate();
			case PROGRESS -> c.getProgress();
			default -> null;
			};
		}
		if (p instanceof PlannedProject planned) {
			return switch (field) {
			case LOCATION -> planned.getLocation();
			case START -> planned.getPlannedStart();
			default -> null;
			};
		}
		return null;
	}

	private static String person(Contact contact) {
		return contact == null ? null : contact.getPerson();
	}

	private static String phone(Contact contact) {
		return contact == null ? null : contact.getPhone();
	}
}
