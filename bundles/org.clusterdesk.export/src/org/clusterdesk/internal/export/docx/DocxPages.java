/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A4 pages with the margins of an official document (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right),
 * portrait, or landscape for wide tables; the running header (草稿 on drafts) and the page number.
 */
final class DocxPages {

	static final int A4_SHORT = 11906;
	static final int A4_LONG = 16838;
	static final int MARGIN_TOP = 2098;
	static final int MARGIN_BOTTOM = 1984;
	static final int MARGIN_LEFT = 1588;
	static final int MARGIN_RIGHT = 1474;
	/** Left and right margins of a landscape page: the wide libraries need the width. */
	static final int MARGIN_LANDSCAPE_SIDE = 1134;
	private static final int HEADER_DISTANCE = 851;
	private static final int FOOTER_DISTANCE = 992;

	private DocxPages() {
	}

	/** Sets size, orientation and margins of a section. */
	static void setUp(CTSectPr sectPr, boolean landscape) {
		CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
		// a landscape page turned into a portrait binding: its top and bottom take the portrait side margins
		margins.setTop(BigInteger.valueOf(landscape ? MARGIN_LEFT : MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(landscape ? MARGIN_RIGHT : MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(landscape ? MARGIN_LANDSCAPE_SIDE : MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(landscape ? MARGIN_LANDSCAPE_SIDE : MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Text width of a section set up by {@link #setUp}: landscape pages have the long margins left and right. */
	static int width(boolean landscape) {
		return landscape ? A4_LONG - 2 * MARGIN_LANDSCAPE_SIDE : A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
	}

	/** The running header (草稿 on a draft, nothing on a final export) and the centred page number. */
	static void headerAndFooter(XWPFDocument document, boolean draft) {
		if (draft) {
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			XWPFParagraph p = header.createParagraph();
			p.setStyle(DocxStyles.HEADER);
			p.setAlignment(ParagraphAlignment.RIGHT);
			XWPFRun run = p.createRun();
			run.setBold(true);
			run.setColor("C00000"); //$NON-NLS-1$
			run.setText(Messages.Header_draft);
			XWPFRun note = p.createRun();
			note.setText(Messages.Header_draftNote);
		}
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setStyle(DocxStyles.HEADER);
		p.setAlignment(ParagraphAlignment.CENTER);
		String[] parts = Messages.Footer_page.split("\\{0\\}", 2); //$NON-NLS-1$
		p.createRun().setText(parts[0]);
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE "); //$NON-NLS-1$
		field.addNewR().addNewT().setStringValue("1"); //$NON-NLS-1$
		if (parts.length > 1) {
			p.createRun().setText(parts[1]);
		}
	}

	/** Gives a section that ends inside the body the header and footer of the document's last section. */
	static void copyHeaderAndFooter(CTSectPr from, CTSectPr to) {
		for (CTHdrFtrRef ref : from.getHeaderReferenceList()) {
			CTHdrFtrRef copy = to.addNewHeaderReference();
			copy.setType(ref.getType());
			copy.setId(ref.getId());
		}
		for (CTHdrFtrRef ref : from.getFooterReferenceList()) {
			CTHdrFtrRef copy = to.addNewFooterReference();
			copy.setType(ref.getType());
			copy.setId(ref.getId());
		}
	}
}
