/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.Park;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * The competition report's tables, each on its own sheet in the form's order: the indicator tables of 2.1–2.6 (rows and
 * wording from the edition, the two data years as columns, 增幅 and 佐证页码 where the form has them), the top-ten
 * tables and the key projects with their 合计, the lists of carriers, green factories and platforms, every core park's
 * indicators (园区总额 / 其中：集群产业 per year) and the implementation targets.
 */
final class CompetitionSheets {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final Workbook workbook;

	private final XlsxStyles styles;

	private final SheetNames names;

	CompetitionSheets(Workbook workbook, XlsxStyles styles, SheetNames names) {
		this.workbook = workbook;
		this.styles = styles;
		this.names = names;
	}

	void write(CompetitionReport report, Edition edition) throws ExportException {
		List<Integer> years = edition.getDataYears();
		for (FormSection section : edition.getSections()) {
			switch (section.getNumber()) {
			case "2.1" -> indicators(report, section, years, true, false); //$NON-NLS-1$
			case "2.2" -> { //$NON-NLS-1$
				indicators(report, section, years, true, true);
				if (report.getEnterprises() != null) {
					ranking(Messages.Sheet_topRevenue, label(section, P.getEnterpriseIndicators_TopRevenue()),
							Messages.Column_rankRevenue, true, report.getEnterprises().getTopRevenue(), years);
				}
			}
			case "2.3" -> keyProjects(report, section); //$NON-NLS-1$
			case "2.4" -> { //$NON-NLS-1$
				indicators(report, section, years, true, true);
				if (report.getInnovation() != null) {
					listing(Messages.Sheet_carriers, label(section, P.getInnovationIndicators_Carriers()),
							report.getInnovation().getCarriers(), true);
					ranking(Messages.Sheet_topRd, label(section, P.getInnovationIndicators_TopRd()),
							Messages.Column_rdInvestment, false, report.getInnovation().getTopRd(), years);
				}
			}
			case "2.5" -> { //$NON-NLS-1$
				indicators(report, section, years, false, true);
				if (report.getGreen() != null) {
					listing(Messages.Sheet_greenListings, label(section, P.getGreenIndicators_Listings()),
							report.getGreen().getListings(), false);
				}
			}
			case "2.6" -> { //$NON-NLS-1$
				indicators(report, section, years, false, true);
				if (report.getPublicService() != null) {
					listing(Messages.Sheet_platforms, label(section, P.getPublicServiceIndicators_Platforms()),
							report.getPublicService().getPlatforms(), false);
				}
			}
			default -> {
				if (section.getFeature() == P.getCompetitionReport_Parks()) {
					parks(report, section, years);
				} else if (section.getFeature() == P.getCompetitionReport_Implementation()) {
					targets(report, section, edition);
				}
			}
			}
		}
	}

	/** An indicator table: 指标名称, the data years, 增幅（%） and 佐证页码 where the form has them. */
	private void indicators(CompetitionReport report, FormSection section, List<Integer> years, boolean growth,
			boolean evidence) throws ExportException {
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.of(Messages.Table_indicator, CellKind.TEXT, 30, 56));
		for (int year : years) {
			columns.add(TableColumn.of(NLS.bind(Messages.Table_year, Integer.toString(year)), CellKind.DECIMAL, 12, 14));
		}
		if (growth) {
			columns.add(TableColumn.of(Messages.Table_growth, CellKind.DECIMAL, 10, 12));
		}
		if (evidence) {
			columns.add(TableColumn.of(Messages.Table_evidencePage, CellKind.CENTRED, 10, 14));
		}
		List<Object[]> rows = new ArrayList<>();
		for (EObject object : FormRows.sectionObjects(report, section)) {
			for (FormRow row : section.getRows()) {
				EObject owner = FormRows.owner(report, object, row);
				Object value = owner == null ? null : owner.eGet(row.getFeature());
				Object[] cells = new Object[columns.size()];
				cells[0] = row.getLabel();
				int c = 1;
				if (YearlyValues.isSeries(value)) {
					for (int year : years) {
						cells[c++] = Counts.cell(YearlyValues.valueOf(value, year), Counts.counts(row.getFeature()));
					}
					if (growth) {
						cells[c++] = YearlyValues.growth(value);
					}
					if (evidence) {
						cells[c] = YearlyValues.evidencePage(value);
					}
				} else if (row.getFeature() == P.getEnterpriseIndicators_SmartFactories()) {
					@SuppressWarnings("unchecked")
					List<SmartFactoryCount> counts = (List<SmartFactoryCount>) value;
					for (int year : years) {
						cells[c++] = smartFactories(counts, year);
					}
					if (growth) {
						c++;
					}
					if (evidence) {
						cells[c] = owner.eGet(P.getEnterpriseIndicators_SmartFactoriesEvidencePage());
					}
				} else {
					continue;
				}
				rows.add(cells);
			}
		}
		TableSheet sheet = sheet(NLS.bind(Messages.Sheet_section, section.getNumber(), section.getTitle()), columns);
		rows.forEach(sheet::measure);
		sheet.title(NLS.bind(Messages.Sheet_section, section.getNumber(), section.getTitle()));
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(1);
	}

	/** 领航级/卓越级/先进级/基础级 as the form writes them: X/X/X/X. */
	private static String smartFactories(List<SmartFactoryCount> counts, int year) {
		for (SmartFactoryCount count : counts) {
			if (count.getYear() == year) {
				return count(count.getLeading()) + "/" + count(count.getExcellent()) + "/" //$NON-NLS-1$ //$NON-NLS-2$
						+ count(count.getAdvanced()) + "/" + count(count.getBasic()); //$NON-NLS-1$
			}
		}
		return null;
	}

	private static String count(Integer n) {
		return n == null ? "" : n.toString(); //$NON-NLS-1$
	}

	/** A top-ten table: name, the two years under one group header, 增幅, products (revenue only), 合计. */
	private void ranking(String sheetName, String title, String group, boolean products, RankingTable table,
			List<Integer> years) throws ExportException {
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.of(Messages.Column_rankName, CellKind.TEXT, 24, 34));
		for (int year : years) {
			columns.add(TableColumn.grouped(group, NLS.bind(Messages.Table_year, Integer.toString(year)),
					CellKind.DECIMAL, 12, 14));
		}
		columns.add(TableColumn.of(Messages.Table_growth, CellKind.DECIMAL, 10, 12));
		if (products) {
			columns.add(TableColumn.of(Messages.Column_rankProducts, CellKind.TEXT, 20, 36));
		}
		List<Object[]> rows = new ArrayList<>();
		List<RankedEnterprise> entries = table == null ? List.of() : table.getRows();
		for (RankedEnterprise entry : entries) {
			Object[] cells = new Object[columns.size()];
			cells[0] = entry.getName();
			int c = 1;
			for (int year : years) {
				cells[c++] = entry.valueOf(year);
			}
			cells[c++] = YearlyValues.growth(entry);
			if (products) {
				cells[c] = Formats.list(entry.getProducts());
			}
			rows.add(cells);
		}
		Object[] total = new Object[columns.size()];
		total[0] = Messages.Table_total;
		if (table != null) {
			int c = 1;
			for (int year : years) {
				BigDecimal entered = table.getTotal() == null ? null : table.getTotal().valueOf(year);
				total[c++] = YearlyValues.enteredOrComputed(entered, table.computedTotal(year));
			}
			total[c] = table.getTotal() == null ? null : YearlyValues.growth(table.getTotal());
		}
		TableSheet sheet = sheet(sheetName, columns);
		rows.forEach(sheet::measure);
		sheet.title(table != null && table.getEvidencePage() != null
				? title + "\uff08" + Messages.Table_evidencePage + "\uff1a" + table.getEvidencePage() + "\uff09" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: title);
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.totalRow(total);
		sheet.finish(1);
	}

	/** 2.3: 建设单位名称, 项目名称, 总投资（万元）, 建设期 and the 合计. */
	private void keyProjects(CompetitionReport report, FormSection section) throws ExportException {
		List<TableColumn> columns = List.of(TableColumn.of(Messages.Column_keyBuilder, CellKind.TEXT, 20, 32),
				TableColumn.of(Messages.Column_keyName, CellKind.TEXT, 24, 40),
				TableColumn.of(Messages.Column_keyInvestment, CellKind.DECIMAL, 12, 14),
				TableColumn.of(Messages.Column_keyPeriod, CellKind.CENTRED, 16, 17));
		List<Object[]> rows = new ArrayList<>();
		for (KeyProject project : report.getKeyProjects()) {
			rows.add(new Object[] { project.getBuilder(), project.getName(), project.getInvestment(),
					Formats.period(project.getPeriodStart(), project.getPeriodEnd()) });
		}
		TableSheet sheet = sheet(NLS.bind(Messages.Sheet_section, section.getNumber(), section.getTitle()), columns);
		rows.forEach(sheet::measure);
		sheet.title(NLS.bind(Messages.Sheet_section, section.getNumber(), section.getTitle()));
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.totalRow(new Object[] { Messages.Table_total, null,
				YearlyValues.enteredOrComputed(report.getKeyProjectsTotal(), report.computedKeyProjectsTotal()), null });
		sheet.finish(1);
	}

	/** A list of approved carriers, factories or platforms; carriers put 批准时间 before 批准单位, as the form does. */
	private void listing(String sheetName, String title, List<ApprovedListing> listings, boolean carriers)
			throws ExportException {
		TableColumn name = TableColumn.of(carriers ? Messages.Column_carrierName : Messages.Column_listingName,
				CellKind.TEXT, 24, 40);
		TableColumn level = TableColumn.of(Messages.Column_level, CellKind.CENTRED, 8, 10);
		TableColumn date = TableColumn.of(Messages.Column_approvedOn, CellKind.MONTH, 10, 10);
		TableColumn approver = TableColumn.of(Messages.Column_approver, CellKind.TEXT, 20, 34);
		List<TableColumn> columns = carriers ? List.of(name, level, date, approver) : List.of(name, level, approver, date);
		List<Object[]> rows = new ArrayList<>();
		for (ApprovedListing listing : listings) {
			String levelLabel = Labels.literal(listing.getLevel());
			rows.add(carriers ? new Object[] { listing.getName(), levelLabel, listing.getApprovedOn(), listing.getApprover() }
					: new Object[] { listing.getName(), levelLabel, listing.getApprover(), listing.getApprovedOn() });
		}
		TableSheet sheet = sheet(sheetName, columns);
		rows.forEach(sheet::measure);
		sheet.title(title);
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(1);
	}

	/**
	 * 3.1 for every core park: each year split into 园区总额 and 其中：集群产业, then 总额增幅; the rows the form prints with
	 * one cell a year (园区开发面积, 投资强度, 亩均税收) fill the 园区总额 column of each year.
	 */
	private void parks(CompetitionReport report, FormSection section, List<Integer> years) throws ExportException {
		int number = 0;
		for (Park park : report.getParks()) {
			number++;
			List<TableColumn> columns = new ArrayList<>();
			columns.add(TableColumn.of(Messages.Table_indicator, CellKind.TEXT, 26, 40));
			for (int year : years) {
				String group = NLS.bind(Messages.Table_year, Integer.toString(year));
				columns.add(TableColumn.grouped(group, Messages.Column_parkTotal, CellKind.DECIMAL, 11, 14));
				columns.add(TableColumn.grouped(group, Messages.Column_clusterPart, CellKind.DECIMAL, 11, 14));
			}
			columns.add(TableColumn.of(Messages.Column_parkGrowth, CellKind.DECIMAL, 10, 12));
			List<Object[]> rows = new ArrayList<>();
			for (FormRow row : section.getRows()) {
				Object value = park.eGet(row.getFeature());
				Object[] cells = new Object[columns.size()];
				cells[0] = row.getLabel();
				if (value instanceof ParkIndicator indicator) {
					int c = 1;
					boolean counts = Counts.counts(row.getFeature());
					for (int year : years) {
						cells[c++] = Counts.cell(YearlyValues.valueOf(indicator.getParkTotal(), year), counts);
						cells[c++] = Counts.cell(YearlyValues.valueOf(indicator.getClusterPart(), year), counts);
					}
					cells[c] = YearlyValues.enteredOrComputed(indicator.getGrowth(), indicator.computedGrowth());
				} else if (row.getFeature() instanceof org.eclipse.emf.ecore.EReference ref && ref.getEReferenceType() == P.getYearlyDecimal()) {
					// 园区开发面积, 投资强度, 亩均税收: the form prints the park's figure, one cell a year (under 园区总额 here)
					YearlyDecimal series = value instanceof YearlyDecimal y ? y : null;
					int c = 1;
					for (int year : years) {
						cells[c] = Counts.cell(YearlyValues.valueOf(series, year), false);
						c += 2;
					}
				} else if (row.getFeature() == P.getPark_GreenParkLevel()) {
					// the form: 是否为国/省级绿色园区 | answer | 佐证页码 | page
					cells[1] = Labels.literal(park.getGreenParkLevel());
					cells[2] = Messages.Table_evidencePage;
					cells[3] = park.getEvidencePage();
				} else {
					continue;
				}
				rows.add(cells);
			}
			TableSheet sheet = sheet(report.getParks().size() > 1
					? NLS.bind(Messages.Sheet_numbered, Messages.Sheet_park, Integer.toString(number))
					: Messages.Sheet_park, columns);
			rows.forEach(sheet::measure);
			sheet.title(NLS.bind(Messages.Title_park, new Object[] { Messages.Sheet_park, text(park.getName()),
					text(park.getLeadingIndustry()) }));
			sheet.header();
			for (Object[] row : rows) {
				sheet.row(row);
			}
			sheet.finish(1);
		}
	}

	/** 5.1: 上一年实际值 and the targets of the stage years. */
	private void targets(CompetitionReport report, FormSection section, Edition edition) throws ExportException {
		List<Integer> stages = edition.getStageYears();
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.of(Messages.Table_indicator, CellKind.TEXT, 24, 36));
		columns.add(TableColumn.of(Messages.Column_actual, CellKind.DECIMAL, 12, 14));
		for (int year : stages) {
			columns.add(TableColumn.of(NLS.bind(Messages.Column_targetYear, Integer.toString(year)), CellKind.DECIMAL, 12, 14));
		}
		List<Object[]> rows = new ArrayList<>();
		EObject plan = report.getImplementation();
		for (FormRow row : section.getRows()) {
			if (!P.getImplementationTarget().equals(row.getFeature().getEType())) {
				continue;
			}
			Object value = plan == null ? null : plan.eGet(row.getFeature());
			Object[] cells = new Object[columns.size()];
			cells[0] = row.getLabel();
			if (value instanceof ImplementationTarget target) {
				boolean counts = Counts.counts(row.getFeature());
				cells[1] = Counts.cell(target.getActual(), counts);
				for (int i = 0; i < stages.size(); i++) {
					cells[2 + i] = Counts.cell(target.targetFor(stages.get(i)), counts);
				}
			}
			rows.add(cells);
		}
		TableSheet sheet = sheet(Messages.Sheet_targets, columns);
		rows.forEach(sheet::measure);
		sheet.title(Messages.Title_targets);
		sheet.header();
		for (Object[] row : rows) {
			sheet.row(row);
		}
		sheet.finish(1);
	}

	private TableSheet sheet(String name, List<TableColumn> columns) {
		return new TableSheet(workbook.createSheet(names.unique(name)), styles, columns);
	}

	/** The edition's wording of a row, else the feature name. */
	private static String label(FormSection section, EStructuralFeature feature) {
		for (FormRow row : section.getRows()) {
			if (row.getFeature() == feature) {
				return row.getLabel();
			}
		}
		return feature.getName();
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
