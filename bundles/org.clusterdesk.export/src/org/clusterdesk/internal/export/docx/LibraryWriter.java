/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.List;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.BrandHonour;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterLibraries;
import org.clusterdesk.model.ConstructionProject;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.ExistingEnterprise;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlannedProject;
import org.clusterdesk.model.ProspectiveEnterprise;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * The four libraries (集群“四库”) as the competition form draws them, on landscape pages: each heading with its summary
 * computed from the rows (共有企业N个，其中…, C05), a two-level header with the form's merged cells (企业所在地 over
 * 市州 / 县（市）区 / 所在园区, 企业联系人 over 姓名 / 联系电话, …), and one row per library entry.
 */
final class LibraryWriter {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** Rows between progress reports and cancellation checks. */
	private static final int CHUNK = 500;

	private final ExportContext ctx;

	LibraryWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	static boolean handles(FormSection section) {
		return section.getFeature() != null && section.getFeature().getEReferenceType() == P.getClusterLibraries();
	}

	/** Rows of all libraries of the document, for the progress to report. */
	static int size(EObject object) {
		if (!(object instanceof ClusterLibraries l)) {
			return 0;
		}
		return l.getExisting().size() + l.getProspective().size() + l.getUnderConstruction().size() + l.getPlanned().size();
	}

	void write(FormSection section, EObject object) {
		ClusterLibraries libraries = object instanceof ClusterLibraries l ? l : null;
		for (FormRow row : section.getRows()) {
			if (!(row.getFeature() instanceof EReference reference)) {
				continue;
			}
			EClass type = reference.getEReferenceType();
			List<?> rows = libraries == null ? List.of() : (List<?>) libraries.eGet(reference);
			if (type == P.getExistingEnterprise()) {
				heading(row, libraries == null ? null : libraries.existingSummary());
				existing(rows);
			} else if (type == P.getProspectiveEnterprise()) {
				heading(row, null);
				prospective(rows);
			} else if (type == P.getConstructionProject()) {
				heading(row, null);
				underConstruction(rows);
			} else if (type == P.getPlannedProject()) {
				heading(row, null);
				planned(rows);
			}
		}
	}

	/**
	 * （一）现有企业库（共有企业64个，其中，上市企业4个，…）: the summary replaces the form's XXX placeholders; the other
	 * three headings are the form's label alone, as it prints them (（二）拟引进企业库).
	 */
	private void heading(FormRow row, String summary) {
		ctx.body().paragraph(DocxStyles.CAPTION, summary == null ? row.getLabel() : NLS.bind(Messages.Library_heading, row.getLabel(), summary));
	}

	private void existing(List<?> rows) {
		TableBuilder t = new TableBuilder(ctx.body().width()).compact();
		int[] w = widths(t.width(), 3, 10, 4, 5, 7, 29, 8, 4, 5, 11, 4, 8);
		t.headerRow().mergeStart(w[0], header(Messages.Library_number))
				.mergeStart(w[1], header(Labels.feature(P.getExistingEnterprise_Name())))
				.cell(w[2] + w[3] + w[4], header(Messages.Library_location))
				.mergeStart(w[5], header(Messages.Library_overview)).mergeStart(w[6], header(Messages.Library_products))
				.mergeStart(w[7], header(Labels.feature(P.getExistingEnterprise_AboveScale())))
				.mergeStart(w[8], header(Labels.feature(P.getExistingEnterprise_Revenue())))
				.mergeStart(w[9], header(Messages.Library_brand)).cell(w[10] + w[11], header(Messages.Library_enterpriseContact));
		t.headerRow().merged(w[0]).merged(w[1]).cell(w[2], header(Labels.feature(P.getExistingEnterprise_City())))
				.cell(w[3], header(Labels.feature(P.getExistingEnterprise_County())))
				.cell(w[4], header(Labels.feature(P.getExistingEnterprise_Park()))).merged(w[5]).merged(w[6]).merged(w[7]).merged(w[8])
				.merged(w[9]).cell(w[10], header(Messages.Library_contactName)).cell(w[11], header(Messages.Library_contactPhone));
		int n = 0;
		for (Object o : rows) {
			ExistingEnterprise e = (ExistingEnterprise) o;
			Contact c = e.getContact();
			t.row().cell(w[0], centred(String.valueOf(++n))).cell(w[1], cell(e.getName())).cell(w[2], cell(e.getCity()))
					.cell(w[3], cell(e.getCounty())).cell(w[4], cell(e.getPark())).cell(w[5], cell(e.getOverview()))
					.cell(w[6], cell(FormValues.joined(e.getProducts()))).cell(w[7], centred(FormValues.bool(e.isAboveScale())))
					.cell(w[8], centred(FormValues.decimal(e.getRevenue()))).cell(w[9], cell(honours(e.getHonours())))
					.cell(w[10], cell(c == null ? null : c.getPerson())).cell(w[11], cell(c == null ? null : c.getPhone()));
			progress(n);
		}
		ctx.body().table(t);
	}

	private void prospective(List<?> rows) {
		TableBuilder t = new TableBuilder(ctx.body().width()).compact();
		int[] w = widths(t.width(), 3, 15, 5, 6, 6, 34, 12, 5, 7, 7);
		t.headerRow().mergeStart(w[0], header(Messages.Library_number))
				.mergeStart(w[1], header(Labels.feature(P.getProspectiveEnterprise_Name())))
				.cell(w[2] + w[3] + w[4], header(Messages.Library_prospectiveLocation))
				.mergeStart(w[5], header(Labels.feature(P.getProspectiveEnterprise_Overview())))
				.mergeStart(w[6], header(Labels.feature(P.getProspectiveEnterprise_Products())))
				.mergeStart(w[7], header(Labels.feature(P.getProspectiveEnterprise_AboveScale())))
				.cell(w[8] + w[9], header(Messages.Library_brandGroup));
		t.headerRow().merged(w[0]).merged(w[1]).cell(w[2], header(Labels.feature(P.getProspectiveEnterprise_Country())))
				.cell(w[3], header(Labels.feature(P.getProspectiveEnterprise_Province())))
				.cell(w[4], header(Labels.feature(P.getProspectiveEnterprise_City()))).merged(w[5]).merged(w[6]).merged(w[7])
				.cell(w[8], header(Labels.feature(P.getProspectiveEnterprise_DomesticBrand())))
				.cell(w[9], header(Labels.feature(P.getProspectiveEnterprise_InternationalBrand())));
		int n = 0;
		for (Object o : rows) {
			ProspectiveEnterprise e = (ProspectiveEnterprise) o;
			t.row().cell(w[0], centred(String.valueOf(++n))).cell(w[1], cell(e.getName())).cell(w[2], cell(e.getCountry()))
					.cell(w[3], cell(e.getProvince())).cell(w[4], cell(e.getCity())).cell(w[5], cell(e.getOverview()))
					.cell(w[6], cell(FormValues.joined(e.getProducts()))).cell(w[7], centred(FormValues.bool(e.isAboveScale())))
					.cell(w[8], centred(FormValues.bool(e.isDomesticBrand())))
					.cell(w[9], centred(FormValues.bool(e.isInternationalBrand())));
			progress(n);
		}
		ctx.body().table(t);
	}

	private void underConstruction(List<?> rows) {
		TableBuilder t = new TableBuilder(ctx.body().width()).compact();
		int[] w = widths(t.width(), 3, 11, 4, 5, 7, 10, 5, 9, 6, 18, 10, 4, 8);
		t.headerRow().mergeStart(w[0], header(Messages.Library_number)).mergeStart(w[1], header(Labels.feature(P.getProject_Name())))
				.cell(w[2] + w[3] + w[4], header(Messages.Library_site)).mergeStart(w[5], header(Labels.feature(P.getProject_Builder())))
				.mergeStart(w[6], header(Labels.feature(P.getProject_Investment()))).mergeStart(w[7], header(Messages.Library_period))
				.mergeStart(w[8], header(Labels.feature(P.getConstructionProject_StartDate())))
				.mergeStart(w[9], header(Labels.feature(P.getProject_Content())))
				.mergeStart(w[10], header(Labels.feature(P.getConstructionProject_Progress())))
				.cell(w[11] + w[12], header(Messages.Library_projectContact));
		t.headerRow().merged(w[0]).merged(w[1]).cell(w[2], header(Labels.feature(P.getConstructionProject_City())))
				.cell(w[3], header(Labels.feature(P.getConstructionProject_County())))
				.cell(w[4], header(Labels.feature(P.getConstructionProject_Park()))).merged(w[5]).merged(w[6]).merged(w[7]).merged(w[8])
				.merged(w[9]).merged(w[10]).cell(w[11], header(Messages.Library_contactName))
				.cell(w[12], header(Messages.Library_contactPhone));
		int n = 0;
		for (Object o : rows) {
			ConstructionProject p = (ConstructionProject) o;
			Contact c = p.getContact();
			t.row().cell(w[0], centred(String.valueOf(++n))).cell(w[1], cell(p.getName())).cell(w[2], cell(p.getCity()))
					.cell(w[3], cell(p.getCounty())).cell(w[4], cell(p.getPark())).cell(w[5], cell(p.getBuilder()))
					.cell(w[6], centred(FormValues.decimal(p.getInvestment())))
					.cell(w[7], centred(FormValues.period(p.getPeriodStart(), p.getPeriodEnd(), p.isPeriodYearsOnly())))
					.cell(w[8], centred(FormValues.yearMonth(p.getStartDate()))).cell(w[9], cell(p.getContent()))
					.cell(w[10], cell(p.getProgress())).cell(w[11], cell(c == null ? null : c.getPerson()))
					.cell(w[12], cell(c == null ? null : c.getPhone()));
			progress(n);
		}
		ctx.body().table(t);
	}

	private void planned(List<?> rows) {
		TableBuilder t = new TableBuilder(ctx.body().width()).compact();
		int[] w = widths(t.width(), 3, 13, 11, 10, 7, 12, 6, 25, 5, 8);
		t.headerRow().mergeStart(w[0], header(Messages.Library_number)).mergeStart(w[1], header(Labels.feature(P.getProject_Name())))
				.mergeStart(w[2], header(Labels.feature(P.getPlannedProject_Location())))
				.mergeStart(w[3], header(Messages.Library_plannedPeriod))
				.mergeStart(w[4], header(Labels.feature(P.getPlannedProject_PlannedStart())))
				.mergeStart(w[5], header(Labels.feature(P.getProject_Builder())))
				.mergeStart(w[6], header(Labels.feature(P.getProject_Investment())))
				.mergeStart(w[7], header(Labels.feature(P.getProject_Content()))).cell(w[8] + w[9], header(Messages.Library_projectContact));
		t.headerRow().merged(w[0]).merged(w[1]).merged(w[2]).merged(w[3]).merged(w[4]).merged(w[5]).merged(w[6]).merged(w[7])
				.cell(w[8], header(Messages.Library_contactName)).cell(w[9], header(Messages.Library_contactPhone));
		int n = 0;
		for (Object o : rows) {
			PlannedProject p = (PlannedProject) o;
			Contact c = p.getContact();
			t.row().cell(w[0], centred(String.valueOf(++n))).cell(w[1], cell(p.getName())).cell(w[2], cell(p.getLocation()))
					.cell(w[3], centred(FormValues.period(p.getPeriodStart(), p.getPeriodEnd(), p.isPeriodYearsOnly())))
					.cell(w[4], centred(FormValues.yearMonth(p.getPlannedStart()))).cell(w[5], cell(p.getBuilder()))
					.cell(w[6], centred(FormValues.decimal(p.getInvestment()))).cell(w[7], cell(p.getContent()))
					.cell(w[8], cell(c == null ? null : c.getPerson())).cell(w[9], cell(c == null ? null : c.getPhone()));
			progress(n);
		}
		ctx.body().table(t);
	}

	private void progress(int n) {
		if (n % CHUNK == 0) {
			ctx.monitor().worked(CHUNK);
			ctx.checkCanceled();
		}
	}

	private static String honours(List<BrandHonour> honours) {
		return FormValues.joined(honours.stream().map(Labels::literal).toList());
	}

	/** Column widths in twips from shares of the table width. */
	private static int[] widths(int total, int... shares) {
		int sum = 0;
		for (int s : shares) {
			sum += s;
		}
		int[] w = new int[shares.length];
		for (int i = 0; i < shares.length; i++) {
			w[i] = total * shares[i] / sum;
		}
		return w;
	}

	// library cells use the small table font: twelve columns across a landscape page
	private static CellText header(String text) {
		return CellText.of(DocxStyles.LIBRARY_HEADER, text, Align.CENTER);
	}

	private static CellText cell(String text) {
		return CellText.of(DocxStyles.LIBRARY, text, Align.LEFT);
	}

	private static CellText centred(String text) {
		return CellText.of(DocxStyles.LIBRARY, text, Align.CENTER);
	}
}
