/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * The body of the Word document, written from top to bottom: paragraphs in the export's styles, tables, page
 * breaks (a pending break goes to the next paragraph as "page break before", so no empty paragraph starts a page)
 * and changes of orientation (a section break that ends the section before it).
 */
final class DocxBody {

	private final XWPFDocument document;

	private boolean landscape;

	private boolean breakPending;

	DocxBody(XWPFDocument document) {
		this.document = document;
		DocxPages.setUp(body().isSetSectPr() ? body().getSectPr() : body().addNewSectPr(), false);
	}

	XWPFDocument document() {
		return document;
	}

	/** Width of the text area of the current page orientation, in twips. */
	int width() {
		return DocxPages.width(landscape);
	}

	/** The next paragraph starts a new page. */
	void pageBreak() {
		breakPending = true;
	}

	XWPFParagraph paragraph(String style, String text) {
		return paragraph(style, text, null);
	}

	XWPFParagraph paragraph(String style, String text, ParagraphAlignment alignment) {
		XWPFParagraph p = document.createParagraph();
		p.setStyle(style);
		if (alignment != null) {
			p.setAlignment(alignment);
		}
		if (breakPending) {
			p.setPageBreak(true);
			breakPending = false;
		}
		if (text != null && !text.isEmpty()) {
			String[] lines = text.split("\r?\n", -1); //$NON-NLS-1$
			XWPFRun run = p.createRun();
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines[i]);
			}
		}
		return p;
	}

	/** One paragraph per line of a narrative (the filer's own paragraphs). */
	void paragraphs(String style, String text) {
		if (text == null || text.isBlank()) {
			paragraph(style, null);
			return;
		}
		for (String line : text.split("\r?\n")) { //$NON-NLS-1$
			if (!line.isBlank()) {
				paragraph(style, line.strip());
			}
		}
	}

	/** Appends a table; an empty builder writes nothing. */
	void table(TableBuilder table) {
		if (table.isEmpty()) {
			return;
		}
		if (breakPending) {
			paragraph(DocxStyles.TABLE, null);
		}
		table.writeTo(body().addNewTbl());
	}

	/**
	 * Switches the orientation of the pages that follow: ends the current section with a section break, which also
	 * starts a new page.
	 *
	 * @return whether the orientation changed (and so a new page starts)
	 */
	boolean orientation(boolean toLandscape) {
		if (toLandscape == landscape) {
			return false;
		}
		XWPFParagraph p = document.createParagraph();
		p.setStyle(DocxStyles.TABLE);
		CTSectPr ended = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewSectPr();
		ended.addNewType().setVal(STSectionMark.NEXT_PAGE);
		DocxPages.setUp(ended, landscape);
		DocxPages.copyHeaderAndFooter(body().getSectPr(), ended);
		landscape = toLandscape;
		breakPending = false;
		return true;
	}

	/** Gives the last section the current orientation. */
	void finish() {
		DocxPages.setUp(body().getSectPr(), landscape);
	}

	private CTBody body() {
		return document.getDocument().getBody();
	}
}
