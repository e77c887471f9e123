/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.BasicInfoSection;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Contact;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Organisation;
import org.clusterdesk.model.Region;
import org.clusterdesk.model.UnitContact;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * The cover page: the form's title, then each cover row as "label：value" on a fill-in line, the department
 * (盖章) and operating organisation the forms print on their covers, and "issuer 制" at the foot.
 */
final class CoverWriter {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	/** Left indent of the cover lines, in twips. */
	private static final int INDENT = 840;

	private final ExportContext ctx;

	CoverWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	void write(FormSection cover) {
		DocxBody body = ctx.body();
		// the annex mark the form carries above its title (附件1, 附件2), kept beside the edition in its layout
		String mark = org.clusterdesk.model.forms.FormLayout.of(ctx.edition()).text("cover:mark"); //$NON-NLS-1$
		if (mark != null) {
			body.paragraph(DocxStyles.COVER, mark, ParagraphAlignment.LEFT);
		}
		body.paragraph(DocxStyles.TITLE, ctx.edition().getTitle(), ParagraphAlignment.CENTER);
		List<FormRow> rows = cover.getRows();
		boolean organisationsWritten = false;
		for (FormRow row : rows) {
			line(row.getLabel(), text(row), row.getNote());
			if (!organisationsWritten && row.getFeature() == P.getApplication_Region()) {
				organisations();
				organisationsWritten = true;
			}
		}
		if (!organisationsWritten) {
			organisations();
		}
		String issuer = ctx.edition().getIssuer();
		if (issuer != null && !issuer.isBlank()) {
			XWPFParagraph p = body.paragraph(DocxStyles.COVER, NLS.bind(Messages.Cover_issuer, issuer), ParagraphAlignment.CENTER);
			p.setSpacingBefore(1800);
		}
	}

	/**
	 * The department and the operating organisation, which the application forms print on their cover though the
	 * editions list them in section 一: shown when the edition has their rows, with the form's 盖章 for the department.
	 */
	private void organisations() {
		if (!(ctx.document() instanceof Application application)) {
			return;
		}
		BasicInfoSection basic = application.getBasicInfo();
		FormRow department = ctx.edition().rowFor(P.getBasicInfoSection_Department());
		if (department != null) {
			line(NLS.bind(Messages.Cover_sealed, department.getLabel()), name(basic == null ? null : basic.getDepartment()), null);
		}
		FormRow operator = ctx.edition().rowFor(P.getBasicInfoSection_Operator());
		if (operator != null) {
			line(operator.getLabel(), name(basic == null ? null : basic.getOperator()), null);
		}
	}

	private static String name(Organisation organisation) {
		return organisation == null ? "" : FormValues.text(organisation.getName()); //$NON-NLS-1$
	}

	/**
	 * A cover line. A bracketed note is the form's hint printed under the line (（XX（省、市）XX（县、区）XX产业））); another
	 * note is the form's blank to fill in (省（区、市） 市（区） 县（市、区）), shown while the value is empty.
	 */
	private void line(String label, String value, String note) {
		boolean hint = note != null && !note.isBlank() && ChoiceText.isParenthesised(note);
		String shown = value.isEmpty() && note != null && !hint ? note : value;
		XWPFParagraph p = ctx.body().paragraph(DocxStyles.COVER, null);
		p.setIndentationLeft(INDENT);
		p.createRun().setText(NLS.bind(Messages.Cover_label, label));
		XWPFRun run = p.createRun();
		run.setUnderline(UnderlinePatterns.SINGLE);
		run.setText(shown.isEmpty() ? "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000" : shown); //$NON-NLS-1$
		if (hint) {
			XWPFParagraph h = ctx.body().paragraph(DocxStyles.COVER_NOTE, note);
			h.setIndentationLeft(INDENT);
		}
	}

	/** The value of a cover row as one line of text. */
	private String text(FormRow row) {
		EStructuralFeature feature = row.getFeature();
		EObject owner = ctx.owner(ctx.document(), row);
		Object value = ExportContext.value(owner, feature);
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof LocalDate date) {
			return FormValues.date(date);
		}
		if (value instanceof Region region) {
			return FormTableWriter.region(region);
		}
		if (value instanceof Contact contact) {
			return FormTableWriter.contact(contact);
		}
		if (value instanceof UnitContact unit) {
			return FormValues.text(unit.getName());
		}
		if (value instanceof List<?> list) {
			return FormValues.joined(list.stream().map(o -> o instanceof UnitContact u ? u.getName() : String.valueOf(o)).toList());
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}
}
