/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.clusterdesk.evidence.EvidenceAssembler;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.model.Attachment;
import org.eclipse.osgi.util.NLS;

/**
 * The attachments index 附件清单 after the form: each attachment in the order of the evidence bundle, with what it
 * evidences and its pages in the bundle (P numbers, the ones the form's references use). Written only when the document
 * lists attachments. The form's own pages stay as the form prints them.
 */
final class AttachmentIndexWriter {

	private final ExportContext ctx;

	AttachmentIndexWriter(ExportContext ctx) {
		this.ctx = ctx;
	}

	/** Whether the document has an index to write. */
	static boolean applies(ExportContext ctx) {
		return !ctx.document().getAttachments().isEmpty();
	}

	/**
	 * Writes the index after the form.
	 *
	 * @param underEvidencePart whether the form's last part is the heading the evidence goes under (八、佐证材料): the
	 *                          index follows it on its page
	 */
	void write(boolean underEvidencePart) {
		DocxBody body = ctx.body();
		if (!body.orientation(false) && !underEvidencePart) {
			body.pageBreak();
		}
		body.paragraph(DocxStyles.HEADING1, IndexMessages.Index_title, ParagraphAlignment.CENTER);
		body.paragraph(DocxStyles.NOTE, IndexMessages.Index_note);
		EvidenceLayout layout = EvidenceLayout.declared(ctx.document());
		Map<Attachment, List<String>> evidences = new LinkedHashMap<>();
		for (EvidenceAssembler.Mark mark : EvidenceAssembler.marks(ctx.document(), layout)) {
			EvidenceLayout.Entry e = layout.locate(mark.page());
			evidences.computeIfAbsent(e.attachment(), a -> new ArrayList<>()).add(NLS.bind(IndexMessages.Index_mark, mark.label(), mark.page()));
		}
		TableBuilder table = new TableBuilder(body.width());
		int w = table.width();
		int number = (int) (w * 0.07);
		int name = (int) (w * 0.33);
		int items = (int) (w * 0.42);
		table.headerRow().cell(number, IndexMessages.Index_number).cell(name, IndexMessages.Index_name)
				.cell(items, IndexMessages.Index_evidences).rest(IndexMessages.Index_pages);
		for (EvidenceLayout.Entry e : layout.entries()) {
			Attachment a = e.attachment();
			List<String> list = evidences.getOrDefault(a, List.of());
			CellText.Builder what = CellText.builder();
			for (String item : list) {
				what.add(item);
			}
			String pages = a.getPages() == null ? IndexMessages.Index_noPages
					: e.pages() == 1 ? NLS.bind(IndexMessages.Index_single, e.firstPage())
							: NLS.bind(IndexMessages.Index_range, e.firstPage(), e.lastPage());
			String title = FormValues.text(a.getTitle());
			String file = FormValues.text(a.getFileName());
			CellText.Builder named = CellText.builder();
			named.add(title);
			if (!file.isEmpty()) {
				named.note(file);
			}
			table.row().cell(number, CellText.centred(String.valueOf(e.number()))).cell(name, named.build())
					.cell(items, list.isEmpty() ? CellText.EMPTY : what.build()).rest(CellText.centred(pages));
		}
		table.row().cell(number, CellText.EMPTY).cell(name, CellText.EMPTY).cell(items, CellText.EMPTY)
				.rest(CellText.centred(NLS.bind(IndexMessages.Index_total, layout.totalPages())));
		body.table(table);
		ctx.checkCanceled();
	}
}
