/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * Sections that are letters and outlines rather than tables: Jiangsu's 承诺函 (the addressee, the commitments the letter
 * makes as the form words them, 特此承诺。, the issuing bureau, its seal and the date) and its 撰写提纲 (the part headings,
 * numbered items, each with the filer's answer).
 */
final class LetterWriter {

	private final ExportContext ctx;

	LetterWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	/**
	 * 承诺函 as the form prints it: 省工业和信息化厅：, the prescribed sentence(s) with the cluster's name (the commitments
	 * the letter makes, one paragraph), 特此承诺。, then XXX市工业和信息化局, （公章） and the date at the right.
	 */
	void commitment(FormSection section, EObject object) {
		CommitmentLetter letter = object instanceof CommitmentLetter l ? l : null;
		DocxBody body = ctx.body();
		String addressee = letter == null ? null : letter.getAddressee();
		if (addressee != null && !addressee.isBlank()) {
			// the salutation at the margin, as the form has it; the paragraphs below are indented
			body.paragraph(DocxStyles.BODY, NLS.bind(Messages.Cover_label, addressee.strip())).setIndentationFirstLine(0);
		}
		String commitments = letter == null ? "" : String.join("", letter.getCommitments()); //$NON-NLS-1$
		body.paragraph(DocxStyles.BODY, commitments);
		body.paragraph(DocxStyles.BODY, Messages.Commitment_closing);
		String bureau = letter == null ? null : letter.getIssuingBureau();
		String bureauNote = null;
		for (FormRow row : section.getRows()) {
			if (row.getFeature() == ClusterDeskPackage.Literals.COMMITMENT_LETTER__ISSUING_BUREAU) {
				bureauNote = row.getNote();
			}
		}
		// the bureau's name, or the form's XXX市工业和信息化局 while there is none; the seal goes under it
		String signature = bureau != null && !bureau.isBlank() ? bureau.strip()
				: bureauNote == null ? "" : bureauNote.replace(Messages.Commitment_seal, ""); //$NON-NLS-1$
		body.paragraph(DocxStyles.COVER, signature, ParagraphAlignment.RIGHT).setSpacingBefore(600);
		body.paragraph(DocxStyles.COVER, Messages.Commitment_seal, ParagraphAlignment.RIGHT);
		body.paragraph(DocxStyles.COVER, FormValues.date(letter == null ? null : letter.getDate()), ParagraphAlignment.RIGHT);
	}

	/** 撰写提纲: 1、集群基本信息（200字以内，下同） and the answer, item by item. */
	void outline(FormSection section, EObject object) {
		DocxBody body = ctx.body();
		org.clusterdesk.model.forms.FormLayout layout = org.clusterdesk.model.forms.FormLayout.of(ctx.edition());
		int item = 0;
		for (FormRow row : section.getRows()) {
			if (layout.hidden(row)) {
				continue;
			}
			String part = layout.heading(row);
			if (part != null) {
				// the outline's parts, 一、集群总体情况 … 七、治理和服务能力
				body.paragraph(DocxStyles.HEADING2, part);
			}
			Object value = ExportContext.value(ctx.owner(object, row), row.getFeature());
			if (row.getFeature().getEType().getInstanceClass() == String.class) {
				body.paragraph(DocxStyles.HEADING3, NLS.bind(Messages.Outline_item, String.valueOf(++item),
						row.getLabel() + (row.getNote() == null ? "" : row.getNote()))); //$NON-NLS-1$
				body.paragraphs(DocxStyles.BODY, (String) value);
			} else if (value instanceof java.util.List<?> refs && !refs.isEmpty() && refs.get(0) instanceof EvidenceRef) {
				body.paragraph(DocxStyles.NOTE, NLS.bind(Messages.Line_label, row.getLabel(),
						ExportContext.evidence(FormTableWriter.evidenceRefs(refs))));
			}
		}
	}
}
