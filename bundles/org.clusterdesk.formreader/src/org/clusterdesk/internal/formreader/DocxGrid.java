/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a Word file as the reader sees it: paragraphs and table rows in document order, each table cell a list of
 * its lines (one per paragraph). Text is read from the XML as Word shows it: runs inside content controls, inserted
 * text and hyperlinks count, deleted text does not; a checkbox content control shows its symbol. Tables that Word split
 * or someone merged are just rows in order: the reader finds rows by their labels, not by table.
 */
public final class DocxGrid {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$

	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml"; //$NON-NLS-1$

	/** A paragraph outside tables, or a table row. */
	public static final class Item {

		final String paragraph;

		final String style;

		final List<Cell> cells;

		/** Which table of the body the row belongs to (paragraphs: -1). */
		final int table;

		boolean used;

		Item(String paragraph, String style) {
			this.paragraph = paragraph;
			this.style = style;
			this.cells = null;
			this.table = -1;
		}

		Item(List<Cell> cells, int table) {
			this.paragraph = null;
			this.style = null;
			this.cells = cells;
			this.table = table;
		}

		boolean isRow() {
			return cells != null;
		}

		/** The text of a cell, "" beyond the row. */
		String cell(int i) {
			return i >= 0 && i < cells.size() ? cells.get(i).text() : ""; //$NON-NLS-1$
		}

		@Override
		public String toString() {
			return isRow() ? cells.toString() : paragraph;
		}
	}

	/** A table cell: its lines, and whether it continues a cell merged down from the row above. */
	public record Cell(List<String> lines, boolean continued) {

		String text() {
			return String.join("\n", lines).strip(); //$NON-NLS-1$
		}

		/** The lines that have text. */
		List<String> filled() {
			return lines.stream().filter(l -> !l.isBlank()).toList();
		}

		@Override
		public String toString() {
			return (continued ? "^" : "") + text(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private final List<Item> items = new ArrayList<>();

	private DocxGrid() {
	}

	public static DocxGrid of(XWPFDocument docx) {
		DocxGrid grid = new DocxGrid();
		CTBody body = docx.getDocument().getBody();
		int[] tables = { 0 };
		try (XmlCursor c = body.newCursor()) {
			if (c.toFirstChild()) {
				do {
					grid.element(c.getObject(), tables);
				} while (c.toNextSibling());
			}
		}
		return grid;
	}

	public List<Item> items() {
		return items;
	}

	private void element(XmlObject o, int[] tables) {
		QName name = o.schemaType() == null ? null : elementName(o);
		String local = name == null ? "" : name.getLocalPart(); //$NON-NLS-1$
		if ("p".equals(local)) { //$NON-NLS-1$
			items.add(new Item(text(o), style(o)));
		} else if ("tbl".equals(local) && o instanceof CTTbl tbl) { //$NON-NLS-1$
			int table = tables[0]++;
			for (CTRow row : tbl.getTrList()) {
				List<Cell> cells = new ArrayList<>();
				for (CTTc tc : row.getTcList()) {
					cells.add(cell(tc));
				}
				// cells inside a row-level content control
				for (var sdt : row.getSdtList()) {
					for (XmlObject tc : sdt.selectPath("declare namespace w='" + W + "' .//w:tc")) { //$NON-NLS-1$ //$NON-NLS-2$
						if (tc instanceof CTTc ctc) {
							cells.add(cell(ctc));
						}
					}
				}
				items.add(new Item(cells, table));
			}
		} else if ("sdt".equals(local)) { //$NON-NLS-1$
			// a block-level content control: its paragraphs and tables in order
			for (XmlObject content : o.selectPath("declare namespace w='" + W + "' ./w:sdtContent")) { //$NON-NLS-1$ //$NON-NLS-2$
				try (XmlCursor c = content.newCursor()) {
					if (c.toFirstChild()) {
						do {
							element(c.getObject(), tables);
						} while (c.toNextSibling());
					}
				}
			}
		}
	}

	private static QName elementName(XmlObject o) {
		try (XmlCursor c = o.newCursor()) {
			return c.getName();
		}
	}

	private static Cell cell(CTTc tc) {
		List<String> lines = new ArrayList<>();
		for (XmlObject p : tc.selectPath("declare namespace w='" + W + "' .//w:p")) { //$NON-NLS-1$ //$NON-NLS-2$
			lines.add(text(p));
		}
		CTTcPr pr = tc.getTcPr();
		boolean continued = pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
		return new Cell(lines, continued);
	}

	/** The text of a paragraph as shown: w:t, tabs and breaks, the state of checkbox content controls. */
	static String text(XmlObject paragraph) {
		StringBuilder sb = new StringBuilder();
		try (XmlCursor c = paragraph.newCursor()) {
			int depth = 0;
			Boolean checkbox = null;
			XmlCursor.TokenType t = c.toNextToken();
			while (t != XmlCursor.TokenType.NONE && !(t == XmlCursor.TokenType.END && depth == 0)) {
				if (t == XmlCursor.TokenType.START) {
					depth++;
					QName name = c.getName();
					if (W.equals(name.getNamespaceURI())) {
						switch (name.getLocalPart()) {
						case "t": //$NON-NLS-1$
							String text = c.getTextValue();
							if (checkbox != null && text.strip().length() == 1) {
								// a checkbox content control: its state, whatever symbol font it shows
								sb.append(checkbox ? Values.CC_CHECKED : Values.CC_UNCHECKED);
								checkbox = null;
							} else {
								sb.append(text);
							}
							break;
						case "tab": //$NON-NLS-1$
							sb.append('\t');
							break;
						case "br": //$NON-NLS-1$
						case "cr": //$NON-NLS-1$
							sb.append(' ');
							break;
						case "sym": //$NON-NLS-1$
							sb.append(symbol(c));
							break;
						default:
							break;
						}
					} else if (W14.equals(name.getNamespaceURI()) && "checked".equals(name.getLocalPart())) { //$NON-NLS-1$
						// a checkbox content control whose symbol text may be missing: its state says it
						String val = c.getAttributeText(new QName(W14, "val")); //$NON-NLS-1$
						checkbox = "1".equals(val) || "true".equals(val); //$NON-NLS-1$ //$NON-NLS-2$
					}
				} else if (t == XmlCursor.TokenType.END) {
					depth--;
				}
				t = c.toNextToken();
			}
		}
		return sb.toString();
	}

	/** A w:sym of the Wingdings checkbox characters (0xFE ticked, 0xA8 empty) as the Unicode boxes. */
	private static String symbol(XmlCursor c) {
		String ch = c.getAttributeText(new QName(W, "char")); //$NON-NLS-1$
		if (ch == null) {
			return ""; //$NON-NLS-1$
		}
		String code = ch.toUpperCase(java.util.Locale.ROOT);
		if (code.endsWith("FE") || code.endsWith("FC") || code.endsWith("52")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return "\u2611"; //$NON-NLS-1$
		}
		if (code.endsWith("A8") || code.endsWith("A3")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "\u2610"; //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	private static String style(XmlObject p) {
		for (XmlObject s : p.selectPath("declare namespace w='" + W + "' ./w:pPr/w:pStyle")) { //$NON-NLS-1$ //$NON-NLS-2$
			try (XmlCursor c = s.newCursor()) {
				return c.getAttributeText(new QName(W, "val")); //$NON-NLS-1$
			}
		}
		return null;
	}
}
