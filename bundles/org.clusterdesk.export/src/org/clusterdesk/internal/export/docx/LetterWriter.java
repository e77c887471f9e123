/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * Sections that are letters and outlines rather than tables: Jiangsu's 承诺函 (addressee, the commitments ticked ☑ or
 * not ☐, the issuing bureau's seal and date) and its 撰写提纲 (numbered items, each with the filer's answer).
 */
final class LetterWriter {

	private final ExportContext ctx;

	LetterWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	/** 承诺函: the rows that are commitments become ☑/☐ lines, the bureau and date the signature. */
	void commitment(FormSection section, EObject object) {
		CommitmentLetter letter = object instanceof CommitmentLetter l ? l : null;
		DocxBody body = ctx.body();
		String addressee = letter == null ? null : letter.getAddressee();
		if (addressee != null && !addressee.isBlank()) {
			body.paragraph(DocxStyles.COVER, NLS.bind(Messages.Cover_label, addressee));
		}
		body.paragraph(DocxStyles.BODY, NLS.bind(Messages.Commitment_intro, FormValues.text(ctx.document().getName())));
		String bureau = null;
		String bureauNote = null;
		LocalDate date = null;
		for (FormRow row : section.getRows()) {
			Object value = ExportContext.value(ctx.owner(object, row), row.getFeature());
			Class<?> type = row.getFeature().getEType().getInstanceClass();
			if (type == boolean.class || type == Boolean.class) {
				body.paragraph(DocxStyles.BODY, FormValues.box(Boolean.TRUE.equals(value), row.getLabel()));
			} else if (type == LocalDate.class) {
				date = (LocalDate) value;
			} else if (type == String.class) {
				bureau = (String) value;
				bureauNote = row.getNote();
			}
		}
		body.paragraph(DocxStyles.BODY, Messages.Commitment_closing);
		String signature = bureau != null && !bureau.isBlank() ? bureau : bureauNote;
		if (signature != null) {
			body.paragraph(DocxStyles.COVER, signature, ParagraphAlignment.RIGHT).setSpacingBefore(600);
		}
		if (bureau != null && !bureau.isBlank()) {
			body.paragraph(DocxStyles.COVER, Messages.Commitment_seal, ParagraphAlignment.RIGHT);
		}
		body.paragraph(DocxStyles.COVER, FormValues.date(date), ParagraphAlignment.RIGHT);
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
