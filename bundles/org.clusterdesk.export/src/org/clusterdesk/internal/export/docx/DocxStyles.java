/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.clusterdesk.internal.export.docx.CellText.Align;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the export, as official forms set them: body text in 仿宋 (FangSong), tables in 宋体
 * (SimSun), titles in 黑体 (SimHei); Latin text in Times New Roman. Each style names the East Asian font and the
 * eastAsia hint, so that a machine without the font substitutes another Chinese font instead of a Latin one.
 */
final class DocxStyles {

	static final String BODY = "CDBody"; //$NON-NLS-1$
	static final String NOTE = "CDNote"; //$NON-NLS-1$
	static final String TITLE = "CDTitle"; //$NON-NLS-1$
	static final String COVER = "CDCover"; //$NON-NLS-1$
	static final String COVER_NOTE = "CDCoverNote"; //$NON-NLS-1$
	static final String HEADING1 = "CDHeading1"; //$NON-NLS-1$
	static final String HEADING2 = "CDHeading2"; //$NON-NLS-1$
	static final String HEADING3 = "CDHeading3"; //$NON-NLS-1$
	static final String TABLE = "CDTable"; //$NON-NLS-1$
	static final String TABLE_HEADER = "CDTableHeader"; //$NON-NLS-1$
	static final String TABLE_LABEL = "CDTableLabel"; //$NON-NLS-1$
	static final String TABLE_NOTE = "CDTableNote"; //$NON-NLS-1$
	static final String LIBRARY = "CDLibrary"; //$NON-NLS-1$
	static final String LIBRARY_HEADER = "CDLibraryHeader"; //$NON-NLS-1$
	static final String CAPTION = "CDCaption"; //$NON-NLS-1$
	static final String HEADER = "CDHeader"; //$NON-NLS-1$

	/** 仿宋 */
	static final String FANGSONG = "\u4eff\u5b8b"; //$NON-NLS-1$
	/** 宋体 */
	static final String SONG = "\u5b8b\u4f53"; //$NON-NLS-1$
	/** 黑体 */
	static final String HEI = "\u9ed1\u4f53"; //$NON-NLS-1$
	static final String LATIN = "Times New Roman"; //$NON-NLS-1$

	private DocxStyles() {
	}

	static void install(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		CTDocDefaults defaults = styles.getCtStyles().isSetDocDefaults() ? styles.getCtStyles().getDocDefaults()
				: styles.getCtStyles().addNewDocDefaults();
		CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
		fonts(rPr.addNewRFonts(), FANGSONG);
		rPr.addNewSz().setVal(BigInteger.valueOf(28));
		rPr.addNewSzCs().setVal(BigInteger.valueOf(28));
		rPr.addNewLang().setEastAsia("zh-CN"); //$NON-NLS-1$
		defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);

		// body: 仿宋 四号, 1.5 lines, first line indented by two characters
		CTStyle body = style(styles, BODY, "ClusterDesk Body", FANGSONG, 28, false); //$NON-NLS-1$
		spacing(body.getPPr(), 0, 0, 360);
		// two characters: Word reads the character count, LibreOffice the twips (2 × 14 pt)
		body.getPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
		body.getPPr().getInd().setFirstLine(BigInteger.valueOf(560));
		body.getPPr().addNewJc().setVal(STJc.BOTH);
		CTStyle note = style(styles, NOTE, "ClusterDesk Note", FANGSONG, 24, false); //$NON-NLS-1$
		spacing(note.getPPr(), 0, 60, 300);
		note.getPPr().addNewJc().setVal(STJc.BOTH);
		// titles: 黑体
		CTStyle title = style(styles, TITLE, "ClusterDesk Title", HEI, 44, false); //$NON-NLS-1$
		spacing(title.getPPr(), 1200, 1200, 0);
		title.getPPr().addNewJc().setVal(STJc.CENTER);
		CTStyle cover = style(styles, COVER, "ClusterDesk Cover", FANGSONG, 32, false); //$NON-NLS-1$
		spacing(cover.getPPr(), 120, 120, 0);
		CTStyle coverNote = style(styles, COVER_NOTE, "ClusterDesk Cover Note", FANGSONG, 24, false); //$NON-NLS-1$
		spacing(coverNote.getPPr(), 0, 120, 0);
		CTStyle h1 = style(styles, HEADING1, "ClusterDesk Heading 1", HEI, 32, false); //$NON-NLS-1$
		spacing(h1.getPPr(), 240, 240, 0);
		h1.getPPr().addNewKeepNext();
		CTStyle h2 = style(styles, HEADING2, "ClusterDesk Heading 2", HEI, 28, false); //$NON-NLS-1$
		spacing(h2.getPPr(), 240, 120, 0);
		h2.getPPr().addNewKeepNext();
		CTStyle h3 = style(styles, HEADING3, "ClusterDesk Heading 3", FANGSONG, 28, true); //$NON-NLS-1$
		spacing(h3.getPPr(), 120, 60, 0);
		h3.getPPr().addNewKeepNext();
		// tables: 宋体 五号, single spacing
		CTStyle table = style(styles, TABLE, "ClusterDesk Table", SONG, 21, false); //$NON-NLS-1$
		spacing(table.getPPr(), 0, 0, 240);
		CTStyle header = style(styles, TABLE_HEADER, "ClusterDesk Table Header", SONG, 21, true); //$NON-NLS-1$
		spacing(header.getPPr(), 0, 0, 240);
		header.getPPr().addNewJc().setVal(STJc.CENTER);
		CTStyle label = style(styles, TABLE_LABEL, "ClusterDesk Table Label", SONG, 21, false); //$NON-NLS-1$
		spacing(label.getPPr(), 0, 0, 240);
		CTStyle tableNote = style(styles, TABLE_NOTE, "ClusterDesk Table Note", SONG, 18, false); //$NON-NLS-1$
		spacing(tableNote.getPPr(), 0, 0, 240);
		// libraries: twelve columns across a landscape page, 小五
		CTStyle library = style(styles, LIBRARY, "ClusterDesk Library", SONG, 18, false); //$NON-NLS-1$
		spacing(library.getPPr(), 0, 0, 240);
		CTStyle libraryHeader = style(styles, LIBRARY_HEADER, "ClusterDesk Library Header", SONG, 18, true); //$NON-NLS-1$
		spacing(libraryHeader.getPPr(), 0, 0, 240);
		libraryHeader.getPPr().addNewJc().setVal(STJc.CENTER);
		CTStyle caption = style(styles, CAPTION, "ClusterDesk Caption", HEI, 24, false); //$NON-NLS-1$
		spacing(caption.getPPr(), 120, 60, 0);
		caption.getPPr().addNewKeepNext();
		CTStyle running = style(styles, HEADER, "ClusterDesk Header", SONG, 18, false); //$NON-NLS-1$
		spacing(running.getPPr(), 0, 0, 240);
	}

	/** The alignment attribute of a line, or null for the style's own (left). */
	static STJc.Enum jc(Align align) {
		return switch (align) {
		case CENTER -> STJc.CENTER;
		case RIGHT -> STJc.RIGHT;
		case BOTH -> STJc.BOTH;
		case LEFT -> null;
		};
	}

	private static CTStyle style(XWPFStyles styles, String id, String name, String eastAsiaFont, int halfPoints, boolean bold) {
		// straight into styles.xml: XWPFStyles only wraps what is there, and the factories are not API in OSGi
		CTStyle style = styles.getCtStyles().addNewStyle();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		style.addNewPPr();
		CTRPr rPr = style.addNewRPr();
		fonts(rPr.addNewRFonts(), eastAsiaFont);
		if (bold) {
			rPr.addNewB();
			rPr.addNewBCs();
		}
		rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		return style;
	}

	private static void fonts(CTFonts fonts, String eastAsia) {
		fonts.setAscii(LATIN);
		fonts.setHAnsi(LATIN);
		fonts.setCs(LATIN);
		fonts.setEastAsia(eastAsia);
		fonts.setHint(STHint.EAST_ASIA);
	}

	/** Space before and after in twips; line in 240ths of a line (0: the style's default). */
	private static void spacing(CTPPrGeneral pPr, int before, int after, int line) {
		CTSpacing spacing = pPr.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(before));
		spacing.setAfter(BigInteger.valueOf(after));
		if (line > 0) {
			spacing.setLine(BigInteger.valueOf(line));
			spacing.setLineRule(STLineSpacingRule.AUTO);
		}
	}
}
