/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigDecimal;
import java.util.List;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.ApprovedListing;
import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CompetitionReport;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.KeyProject;
import org.clusterdesk.model.QualifiedSmeList;
import org.clusterdesk.model.RankedEnterprise;
import org.clusterdesk.model.RankingTable;
import org.clusterdesk.model.derived.DecimalMath;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * The lists of the forms: the top-10 enterprises with their 合计, approved carriers, green factories and platforms
 * inside the table of their subsection, where the form continues its indicators' table with the list's caption and
 * header rows (2.2, 2.4, 2.5, 2.6); the key projects with their 合计, and the evidence attachments, as tables of their
 * own under the row's wording.
 */
final class ListTables {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final ExportContext ctx;

	ListTables(ExportContext ctx) {
		this.ctx = ctx;
	}

	/** Whether the form prints the list inside the table of its section, after the rows above it. */
	static boolean continuesTable(EClass type) {
		return type == P.getRankingTable() || type == P.getApprovedListing();
	}

	/**
	 * Writes the list of a row into the section's table ({@link #continuesTable(EClass)}) or as a table of its own;
	 * returns the index of the last row consumed (a key projects' 合计 row).
	 */
	int write(FormSection section, int index, EClass type, EObject owner, Object value, TableBuilder sectionTable) {
		List<FormRow> rows = section.getRows();
		FormRow row = rows.get(index);
		if (type == P.getKeyProject() || type == P.getAttachment()) {
			caption(row, section);
		}
		if (type == P.getRankingTable()) {
			ranking(sectionTable, row, (RankingTable) value);
		} else if (type == P.getApprovedListing()) {
			listings(sectionTable, row, (List<?>) value);
		} else if (type == P.getKeyProject()) {
			// the 合计 row the edition lists after the projects belongs to their table
			FormRow next = index + 1 < rows.size() ? rows.get(index + 1) : null;
			boolean total = next != null && next.getFeature() == P.getCompetitionReport_KeyProjectsTotal();
			keyProjects((List<?>) value, owner instanceof CompetitionReport report ? report : null, total ? next : null);
			return total ? index + 1 : index;
		} else if (type == P.getAttachment()) {
			attachments((List<?>) value);
		}
		return index;
	}

	/**
	 * The caption the form prints as the first row of a list's table (营业收入排名前十企业发展情况（需提供…）, 省级及以上集群技术
	 * 创新载体 主要包括…), repeated with the header on every page.
	 */
	private static void captionRow(TableBuilder table, boolean continued, FormRow row, String evidencePage) {
		CellText.Builder b = CellText.builder().add(DocxStyles.TABLE_LABEL, row.getLabel(), Align.LEFT);
		if (row.getNote() != null && !row.getNote().isBlank()) {
			b.note(row.getNote());
		}
		if (evidencePage != null && !evidencePage.isBlank()) {
			// the caption asks for it (并注明见佐证PXX页): the filer's answer under it, in the same cell
			b.add(DocxStyles.TABLE, NLS.bind(Messages.Ranking_evidence, evidencePage), Align.LEFT);
		}
		head(table, continued).rest(b.build());
	}

	/**
	 * A caption or header row of a list: a header row (repeated on every page) where the list starts its table, a row
	 * in the header's style where it continues the table of its section (Word repeats only a table's first rows).
	 */
	private static TableBuilder.Row head(TableBuilder table, boolean continued) {
		if (continued) {
			// the indicators' header would head the list's rows on the next page: the table repeats no header
			table.noRepeatedHeader();
			return table.row();
		}
		return table.headerRow();
	}

	private void caption(FormRow row, FormSection section) {
		if (!row.getLabel().equals(section.getTitle())) {
			ctx.body().paragraph(DocxStyles.CAPTION, row.getLabel());
		}
		if (row.getNote() != null && !row.getNote().isBlank()) {
			// the note introduces the table below it: never alone at the foot of a page
			ctx.body().paragraph(DocxStyles.NOTE, row.getNote()).setKeepNext(true);
		}
	}

	/** 企业名称 | 营业收入（亿元） 2024年 2025年 | 增幅（%） | 主导产品（不超过3个）, ten rows and 合计. */
	private void ranking(TableBuilder table, FormRow row, RankingTable ranking) {
		List<RankedEnterprise> rows = ranking == null ? List.of() : ranking.getRows();
		// the revenue ranking has a 主导产品 column in the form, the R&D ranking none
		boolean products = row.getFeature() == P.getEnterpriseIndicators_TopRevenue();
		List<Integer> years = ctx.years();
		boolean continued = !table.isEmpty();
		int w = table.width();
		int name = (int) (w * (products ? 0.28 : 0.4));
		int productWidth = products ? (int) (w * 0.27) : 0;
		int year = (w - name - productWidth) / (years.size() + 1);
		int growth = w - name - productWidth - year * years.size();
		String valueHeader = rankingValueHeader(row);
		captionRow(table, continued, row, ranking == null ? null : ranking.getEvidencePage());
		CellText nameHeader = products ? CellText.header(Labels.feature(P.getRankedEnterprise_Name()))
				: CellText.builder().add(DocxStyles.TABLE_HEADER, NLS.bind(Messages.Compared_period, String.valueOf(years.size())), Align.RIGHT)
						.add(DocxStyles.TABLE_HEADER, Labels.feature(P.getRankedEnterprise_Name()), Align.LEFT).build();
		TableBuilder.Row h1 = head(table, continued).mergeStart(name, nameHeader)
				.cell(year * years.size(), CellText.header(valueHeader)).mergeStart(growth, CellText.header(Messages.Compared_growth));
		TableBuilder.Row h2 = head(table, continued).merged(name);
		for (Integer y : years) {
			h2.cell(year, CellText.header(FormValues.year(y)));
		}
		h2.merged(growth);
		if (products) {
			h1.mergeStart(productWidth, CellText.header(Labels.feature(P.getRankedEnterprise_Products())));
			h2.merged(productWidth);
		}
		for (RankedEnterprise r : rows) {
			TableBuilder.Row tr = table.row().cell(name, r.getName());
			for (Integer y : years) {
				tr.cell(year, CellText.centred(FormValues.decimal(r.valueOf(y))));
			}
			tr.cell(growth, CellText.centred(FormValues.decimal(FormTableWriter.growth(r))));
			if (products) {
				tr.cell(productWidth, FormValues.joined(r.getProducts()));
			}
		}
		TableBuilder.Row total = table.row().cell(name, CellText.header(Messages.Total));
		ComparedDecimal entered = ranking == null ? null : ranking.getTotal();
		BigDecimal first = null;
		BigDecimal last = null;
		for (Integer y : years) {
			BigDecimal sum = entered != null && entered.valueOf(y) != null ? entered.valueOf(y)
					: ranking == null ? null : ranking.computedTotal(y);
			first = first == null ? sum : first;
			last = sum;
			total.cell(year, CellText.centred(FormValues.decimal(sum)));
		}
		BigDecimal totalGrowth = entered != null && entered.getGrowth() != null ? entered.getGrowth()
				: DecimalMath.growth(first, last);
		// the form's 合计 row: 合计 | the years | 增幅 to the end
		total.rest(CellText.centred(FormValues.decimal(totalGrowth)));
	}

	/**
	 * What the ranked values are, as the form heads the column (营业收入（亿元）, 研发投入（万元）): the metamodel gives
	 * the ranking tables no unit.
	 */
	private static String rankingValueHeader(FormRow row) {
		if (row.getFeature() == P.getEnterpriseIndicators_TopRevenue()) {
			return Messages.Ranking_value_topRevenue;
		}
		if (row.getFeature() == P.getInnovationIndicators_TopRd()) {
			return Messages.Ranking_value_topRd;
		}
		return Messages.Ranking_value;
	}

	/** 建设单位名称 | 项目名称 | 总投资（万元） | 建设期, and 合计. */
	private void keyProjects(List<?> projects, CompetitionReport report, FormRow totalRow) {
		TableBuilder table = new TableBuilder(ctx.body().width());
		int w = table.width();
		int builder = (int) (w * 0.3);
		int name = (int) (w * 0.32);
		int investment = (int) (w * 0.15);
		table.headerRow().cell(builder, Labels.feature(P.getKeyProject_Builder())).cell(name, Labels.feature(P.getKeyProject_Name()))
				.cell(investment, Labels.feature(P.getKeyProject_Investment())).rest(Messages.KeyProject_period);
		if (projects != null) {
			for (Object o : projects) {
				KeyProject p = (KeyProject) o;
				table.row().cell(builder, p.getBuilder()).cell(name, p.getName())
						.cell(investment, CellText.centred(FormValues.decimal(p.getInvestment())))
						.rest(CellText.centred(FormValues.period(p.getPeriodStart(), p.getPeriodEnd())));
			}
		}
		if (totalRow != null) {
			BigDecimal total = report == null ? null
					: report.getKeyProjectsTotal() != null ? report.getKeyProjectsTotal() : report.computedKeyProjectsTotal();
			table.row().cell(builder, CellText.header(totalRow.getLabel())).cell(name, CellText.EMPTY)
					.cell(investment, CellText.centred(FormValues.decimal(total))).rest(CellText.EMPTY);
		}
		ctx.body().table(table);
	}

	/**
	 * 名称 | 级别 | 批准单位 | 批准时间; the innovation carriers as the form heads them: 技术创新载体名称 | 级别 | 批准时间 |
	 * 批准单位.
	 */
	private static void listings(TableBuilder table, FormRow row, List<?> listings) {
		boolean carriers = row.getFeature() == P.getInnovationIndicators_Carriers();
		boolean continued = !table.isEmpty();
		int w = table.width();
		int name = (int) (w * 0.45);
		int level = (int) (w * 0.12);
		int third = (int) (w * 0.22);
		captionRow(table, continued, row, null);
		TableBuilder.Row header = head(table, continued)
				.cell(name, CellText.header(carriers ? Messages.Listing_carrierName : Messages.Listing_name))
				.cell(level, CellText.header(Labels.feature(P.getApprovedListing_Level())));
		CellText approver = CellText.header(Labels.feature(P.getApprovedListing_Approver()));
		CellText approvedOnHeader = CellText.header(Labels.feature(P.getApprovedListing_ApprovedOn()));
		if (carriers) {
			header.cell(third, approvedOnHeader).rest(approver);
		} else {
			header.cell(third, approver).rest(approvedOnHeader);
		}
		if (listings == null || listings.isEmpty()) {
			table.row().cell(name, CellText.EMPTY).cell(level, CellText.EMPTY).cell(third, CellText.EMPTY).rest(CellText.EMPTY);
		} else {
			for (Object o : listings) {
				ApprovedListing l = (ApprovedListing) o;
				TableBuilder.Row r = table.row().cell(name, l.getName()).cell(level, CellText.centred(ChoiceText.isNone(l.getLevel()) ? "" //$NON-NLS-1$
						: Labels.literal(l.getLevel())));
				CellText approvedOn = CellText.centred(FormValues.yearMonth(l.getApprovedOn()));
				if (carriers) {
					r.cell(third, approvedOn).rest(CellText.of(l.getApprover()));
				} else {
					r.cell(third, CellText.of(l.getApprover())).rest(approvedOn);
				}
			}
		}
	}

	/** The evidence bundle: 序号 | 材料名称 | 文件名 | 页数. */
	private void attachments(List<?> attachments) {
		TableBuilder table = new TableBuilder(ctx.body().width());
		int w = table.width();
		int number = (int) (w * 0.08);
		int title = (int) (w * 0.5);
		int file = (int) (w * 0.3);
		table.headerRow().cell(number, Messages.Attachment_number).cell(title, Messages.Attachment_title)
				.cell(file, Messages.Attachment_file).rest(Messages.Attachment_pages);
		int i = 1;
		if (attachments != null) {
			for (Object o : attachments) {
				Attachment a = (Attachment) o;
				table.row().cell(number, CellText.centred(String.valueOf(i++))).cell(title, a.getTitle()).cell(file, a.getFileName())
						.rest(CellText.centred(FormValues.count(a.getPages())));
			}
		}
		ctx.body().table(table);
	}

	/** 优质中小企业名单: one line per kind, 类别：a、b、c. */
	static CellText qualifiedSmes(List<?> lists) {
		CellText.Builder b = CellText.builder();
		if (lists != null) {
			for (Object o : lists) {
				QualifiedSmeList list = (QualifiedSmeList) o;
				b.add(DocxStyles.TABLE, NLS.bind(Messages.QualifiedSmes, ChoiceText.isNone(list.getKind()) ? "" //$NON-NLS-1$
						: Labels.literal(list.getKind()), FormValues.joined(list.getNames())), Align.LEFT);
			}
		}
		return b.build();
	}
}
