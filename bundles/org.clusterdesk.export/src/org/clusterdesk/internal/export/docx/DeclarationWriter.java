/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clusterdesk.internal.export.docx.CellText.Align;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Declaration;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.Recommendation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * The declaration and recommendation blocks: the edition's 真实性声明 text, then the signer's and seal's lines with
 * the form's wording and the date (年 月 日 left blank when there is none); the recommendation under the edition's
 * title with the recommending unit's seal and date. Where the form has two signatories (the competition report's
 * promotion organisation and core park), their blocks stand side by side under the one declaration text.
 */
final class DeclarationWriter {

	private static final ClusterDeskPackage P = ClusterDeskPackage.eINSTANCE;

	private final ExportContext ctx;

	DeclarationWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	/** Whether a section is a declaration: it edits one, or all its rows are declarations or recommendations. */
	static boolean handles(FormSection section) {
		if (section.getFeature() != null) {
			return section.getFeature().getEReferenceType() == P.getDeclaration();
		}
		return !section.getRows().isEmpty() && section.getRows().stream()
				.allMatch(r -> r.getFeature() instanceof EReference ref && (ref.getEReferenceType() == P.getDeclaration()
						|| ref.getEReferenceType() == P.getRecommendation()));
	}

	void write(FormSection section, EObject object) {
		TableBuilder table = new TableBuilder(ctx.body().width());
		int label = (int) (table.width() * 0.22);
		CellText.Builder declaration = CellText.builder();
		List<Declaration> signatories = new ArrayList<>();
		List<FormRow> signatoryRows = new ArrayList<>();
		List<FormRow> recommendations = new ArrayList<>();
		for (FormRow row : section.getRows()) {
			EObject owner = ctx.owner(object, row);
			Object value = ExportContext.value(owner, row.getFeature());
			if (row.getFeature().getEContainingClass() == P.getDeclaration()) {
				// a line of the one declaration this section edits: signer, seal, date
				if (value instanceof LocalDate || row.getFeature() == P.getDeclaration_Date()) {
					declaration.add(DocxStyles.TABLE, FormValues.date((LocalDate) value), Align.RIGHT);
				} else {
					declaration.add(NLS.bind(Messages.Declaration_line, row.getLabel(), FormValues.text((String) value)));
				}
			} else if (row.getFeature() instanceof EReference ref && ref.getEReferenceType() == P.getDeclaration()) {
				signatories.add((Declaration) value);
				signatoryRows.add(row);
			} else {
				recommendations.add(row);
			}
		}
		CellText text = CellText.of(DocxStyles.TABLE, FormValues.text(ctx.edition().getDeclarationText()), Align.BOTH);
		if (signatories.isEmpty()) {
			CellText.Builder cell = CellText.builder();
			text.lines().forEach(l -> cell.add(l.style(), l.text(), l.align()));
			cell.add(DocxStyles.TABLE, " ", Align.LEFT); //$NON-NLS-1$
			declaration.build().lines().forEach(l -> cell.add(l.style(), l.text(), l.align()));
			table.row().cell(label, CellText.header(Labels.type(P.getDeclaration()))).rest(cell.build());
		} else {
			// the form's caption row 真实性声明, then its wording, then the signatories side by side
			table.row().rest(CellText.header(Labels.type(P.getDeclaration())));
			// the form's own wording, in the style of the form's printed text
			table.row().rest(CellText.of(DocxStyles.TABLE_LABEL, FormValues.text(ctx.edition().getDeclarationText()), Align.BOTH));
			TableBuilder.Row r = table.row();
			int width = table.width() / signatories.size();
			for (int i = 0; i < signatories.size(); i++) {
				r.cell(width, signatory(signatoryRows.get(i), signatories.get(i)));
			}
		}
		for (FormRow row : recommendations) {
			Object value = ExportContext.value(ctx.owner(object, row), row.getFeature());
			table.row().cell(label, CellText.header(row.getLabel()))
					.rest(FormTableWriter.recommendation(row, value instanceof Recommendation r ? r : null));
		}
		ctx.body().table(table);
	}

	/** One signatory: 集群促进组织负责人签字：name, （单位盖章）unit, date. */
	private static CellText signatory(FormRow row, Declaration declaration) {
		CellText.Builder b = CellText.builder();
		b.add(NLS.bind(Messages.Declaration_line, row.getLabel(), declaration == null ? "" : FormValues.text(declaration.getSigner()))); //$NON-NLS-1$
		// room for the signature and the seal, as the form leaves it
		for (int i = 0; i < 4; i++) {
			b.add(DocxStyles.TABLE, " ", Align.LEFT); //$NON-NLS-1$
		}
		String unit = declaration == null ? "" : FormValues.text(declaration.getUnit()); //$NON-NLS-1$
		String seal = row.getNote() != null ? row.getNote() + unit : NLS.bind(Messages.Seal, unit);
		b.add(DocxStyles.TABLE, seal, Align.RIGHT);
		b.add(DocxStyles.TABLE, FormValues.date(declaration == null ? null : declaration.getDate()), Align.RIGHT);
		return b.build();
	}
}
