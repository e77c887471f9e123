/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.clusterdesk.export.ImportProblem;
import org.clusterdesk.export.ImportProblem.Severity;
import org.clusterdesk.internal.export.imports.CellValues.Rejected;
import org.clusterdesk.internal.export.xlsx.LibraryField;
import org.clusterdesk.internal.export.xlsx.LibraryTable;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.LibraryRow;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.Project;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.eclipse.osgi.util.NLS;

/**
 * Turns the data rows of a recognised sheet into library entries. A row without a name is rejected whole; a cell that
 * cannot be read is rejected alone (the entry is kept without that value); blank rows and the template's numbered
 * empty rows are skipped; a 合计 row is skipped with a note. Every rejection goes to the problem list with sheet, row,
 * header, raw value and reason, and every entry keeps its row number ({@link LibraryRow#getSourceRow()}).
 */
final class RowReader {

	private static final ClusterDeskFactory F = ClusterDeskFactory.eINSTANCE;

	@SuppressWarnings("nls")
	private static final Set<String> TOTALS = Set.of("合计", "小计", "总计", "共计");

	/** 合　计 with blanks at most: longer text is a name, not looked up. */
	private static final int MAX_TOTAL_LENGTH = 8;

	private final String sheet;

	private final LibraryTable table;

	private final Map<Integer, ColumnBinding> byColumn = new HashMap<>();

	private final ProblemList problems;

	private int accepted;

	private int rejected;

	RowReader(String sheet, SheetLayout layout, ProblemList problems) {
		this.sheet = sheet;
		this.table = layout.table();
		this.problems = problems;
		for (ColumnBinding binding : layout.bindings()) {
			byColumn.put(binding.column(), binding);
		}
	}

	int accepted() {
		return accepted;
	}

	int rejected() {
		return rejected;
	}

	/** The entry of a data row, or null when the row is blank, a total or rejected. */
	LibraryRow read(int number, List<RawCell> cells) {
		Map<LibraryField, RawCell> values = new EnumMap<>(LibraryField.class);
		Map<LibraryField, ColumnBinding> bindings = new EnumMap<>(LibraryField.class);
		for (RawCell cell : cells) {
			ColumnBinding binding = byColumn.get(cell.column());
			if (binding != null) {
				values.put(binding.field(), cell);
				bindings.put(binding.field(), binding);
			}
		}
		RawCell serial = values.remove(LibraryField.SERIAL);
		if (values.isEmpty()) {
			// blank, or only the template's running number (1, 2, …)
			return null;
		}
		RawCell nameCell = values.get(LibraryField.NAME);
		if (isTotal(nameCell) || isTotal(serial)) {
			RawCell shown = nameCell != null ? nameCell : serial;
			ColumnBinding binding = nameCell != null ? bindings.get(LibraryField.NAME) : null;
			problems.add(problem(Severity.WARNING, number, binding, shown, Messages.Reason_totalRow));
			return null;
		}
		String name = null;
		if (nameCell != null) {
			try {
				name = CellValues.text(nameCell);
			} catch (Rejected e) {
				rejected++;
				problems.add(problem(Severity.ERROR, number, bindings.get(LibraryField.NAME), nameCell,
						e.getMessage() + "\uff1b" + Messages.Reason_nameMissing)); //$NON-NLS-1$
				return null;
			}
		}
		if (name == null || name.isBlank()) {
			rejected++;
			problems.add(new ImportProblem(Severity.ERROR, sheet, number, nameHeader(), nameColumn(), null,
					Messages.Reason_nameMissing));
			return null;
		}
		LibraryRow row = create();
		row.setSourceRow(number);
		boolean listed = false;
		boolean highTech = false;
		String person = null;
		String phone = null;
		for (Map.Entry<LibraryField, RawCell> entry : values.entrySet()) {
			LibraryField field = entry.getKey();
			RawCell cell = entry.getValue();
			ColumnBinding binding = bindings.get(field);
			if (isNumberOrDate(field) && CellValues.isPlaceholder(cell)) {
				problems.add(problem(Severity.WARNING, number, binding, cell,
						NLS.bind(Messages.Reason_placeholder, cell.text())));
				continue;
			}
			try {
				switch (field) {
				case NAME -> setName(row, name);
				case CONTACT_PERSON -> person = CellValues.text(cell);
				case CONTACT_PHONE -> phone = CellText.halfWidth(CellValues.text(cell));
				case LISTED -> listed |= CellValues.yesNo(cell);
				case HIGH_TECH -> highTech |= CellValues.yesNo(cell);
				case HONOURS -> {
					CellValues.Honours honours = CellValues.honours(CellValues.text(cell));
					((ExistingEnterprise) row).getHonours().addAll(honours.honours());
					listed |= honours.listed();
					highTech |= honours.highTech();
					for (String unknown : honours.unknown()) {
						problems.add(problem(Severity.ERROR, number, binding, cell,
								NLS.bind(Messages.Reason_unknownHonour, unknown)));
					}
				}
				default -> set(row, field, cell, binding);
				}
			} catch (Rejected e) {
				problems.add(problem(Severity.ERROR, number, binding, cell, e.getMessage()));
			}
		}
		if (row instanceof ExistingEnterprise enterprise) {
			enterprise.setListed(listed);
			enterprise.setHighTech(highTech);
		}
		if (person != null || phone != null) {
			Contact contact = F.createContact();
			contact.setPerson(person);
			contact.setPhone(phone);
			if (row instanceof ExistingEnterprise e) {
				e.setContact(contact);
			} else if (row instanceof Project p) {
				p.setContact(contact);
			}
		}
		accepted++;
		return row;
	}

	/** Fields where 无, - or / cannot be the value: read as empty, with a note. */
	private static boolean isNumberOrDate(LibraryField field) {
		return field == LibraryField.REVENUE || field == LibraryField.INVESTMENT || field == LibraryField.PERIOD
				|| field == LibraryField.START;
	}

	private LibraryRow create() {
		return switch (table) {
		case EXISTING -> F.createExistingEnterprise();
		case PROSPECTIVE -> F.createProspectiveEnterprise();
		case UNDER_CONSTRUCTION -> F.createConstructionProject();
		case PLANNED -> F.createPlannedProject();
		};
	}

	private static void setName(LibraryRow row, String name) {
		if (row instanceof ExistingEnterprise e) {
			e.setName(name);
		} else if (row instanceof ProspectiveEnterprise e) {
			e.setName(name);
		} else if (row instanceof Project p) {
			p.setName(name);
		}
	}

	/** Every field but the name, contact, marks and honours (handled in {@link #read}). */
	private static void set(LibraryRow row, LibraryField field, RawCell cell, ColumnBinding binding) throws Rejected {
		if (row instanceof ExistingEnterprise e) {
			switch (field) {
			case CITY -> e.setCity(CellValues.text(cell));
			case COUNTY -> e.setCounty(CellValues.text(cell));
			case PARK -> e.setPark(CellValues.text(cell));
			case OVERVIEW -> e.setOverview(CellValues.text(cell));
			case PRODUCTS -> e.getProducts().addAll(CellValues.products(CellValues.text(cell)));
			case ABOVE_SCALE -> e.setAboveScale(CellValues.yesNo(cell));
			case REVENUE -> e.setRevenue(CellValues.decimal(cell, binding.divisor()));
			default -> {
				// not a column of this table
			}
			}
		} else if (row instanceof ProspectiveEnterprise e) {
			switch (field) {
			case COUNTRY -> e.setCountry(CellValues.text(cell));
			case PROVINCE -> e.setProvince(CellValues.text(cell));
			case CITY -> e.setCity(CellValues.text(cell));
			case OVERVIEW -> e.setOverview(CellValues.text(cell));
			case PRODUCTS -> e.getProducts().addAll(CellValues.products(CellValues.text(cell)));
			case ABOVE_SCALE -> e.setAboveScale(CellValues.yesNo(cell));
			case DOMESTIC_BRAND -> e.setDomesticBrand(CellValues.yesNo(cell));
			case INTERNATIONAL_BRAND -> e.setInternationalBrand(CellValues.yesNo(cell));
			default -> {
				// not a column of this table
			}
			}
		} else if (row instanceof Project p) {
			setProject(p, field, cell, binding);
		}
	}

	private static void setProject(Project p, LibraryField field, RawCell cell, ColumnBinding binding) throws Rejected {
		switch (field) {
		case BUILDER -> p.setBuilder(CellValues.text(cell));
		case INVESTMENT -> {
			BigDecimal investment = CellValues.decimal(cell, binding.divisor());
			p.setInvestment(investment);
		}
		case PERIOD -> {
			CellValues.Period period = CellValues.period(cell);
			p.setPeriodStart(period.start());
			p.setPeriodEnd(period.end());
			p.setPeriodYearsOnly(period.yearsOnly());
		}
		case CONTENT -> p.setContent(CellValues.text(cell));
		default -> {
			if (p instanceof ConstructionProject c) {
				switch (field) {
				case CITY -> c.setCity(CellValues.text(cell));
				case COUNTY -> c.setCounty(CellValues.text(cell));
				case PARK -> c.setPark(CellValues.text(cell));
				case START -> c.setStartDate(CellValues.month(cell));
				case PROGRESS -> c.setProgress(CellValues.text(cell));
				default -> {
					// not a column of this table
				}
				}
			} else if (p instanceof PlannedProject planned) {
				switch (field) {
				case LOCATION -> planned.setLocation(CellValues.text(cell));
				case START -> planned.setPlannedStart(CellValues.month(cell));
				default -> {
					// not a column of this table
				}
				}
			}
		}
		}
	}

	private static boolean isTotal(RawCell cell) {
		return cell != null && cell.type() == RawCell.Type.TEXT && cell.text().length() <= MAX_TOTAL_LENGTH
				&& TOTALS.contains(HeaderText.normalise(cell.text()));
	}

	private ImportProblem problem(Severity severity, int number, ColumnBinding binding, RawCell cell, String reason) {
		String header = binding != null ? binding.header() : null;
		String column = cell != null ? cell.columnName() : null;
		return new ImportProblem(severity, sheet, number, header, column, cell == null ? null : cell.display(), reason);
	}

	private String nameHeader() {
		for (ColumnBinding binding : byColumn.values()) {
			if (binding.field() == LibraryField.NAME) {
				return binding.header();
			}
		}
		return null;
	}

	private String nameColumn() {
		for (ColumnBinding binding : byColumn.values()) {
			if (binding.field() == LibraryField.NAME) {
				return CellReference.convertNumToColString(binding.column());
			}
		}
		return null;
	}
}
