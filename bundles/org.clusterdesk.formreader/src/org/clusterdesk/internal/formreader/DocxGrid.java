/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.formreader;

import java.util.ArrayList;
import java.util.List;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of a Word file as the reader sees it: paragraphs and table rows in document order, each table cell a list of
 * its lines (one per paragraph). Text is read from the XML as Word shows it: runs inside content controls, inserted
 * text and hyperlinks count, deleted text (w:delText) does not; a checkbox content control shows its state. Tables that
 * Word split or someone merged are just rows in order: the reader finds rows by their labels, not by table. The part is
 * read as a stream (StAX, no DTD, no external entities: a DOCTYPE is refused), so a form with 20 000 library rows is read
 * in a fraction of what building POI's object model of it would take.
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

	/**
	 * A table cell: its lines, whether it continues a cell merged down from the row above, and how many grid columns it
	 * spans (a value printed across 园区总额 and 其中：集群产业).
	 */
	public record Cell(List<String> lines, boolean continued, int span) {

		Cell(List<String> lines, boolean continued) {
			this(lines, continued, 1);
		}

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

	/** w:gridSpan's value; 1 when it is missing or not a sensible number. */
	private static int spanOf(String value) {
		try {
			int span = value == null ? 1 : Integer.parseInt(value.strip());
			return span >= 1 && span <= 64 ? span : 1;
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	private DocxGrid() {
	}

	/** Thrown for a DOCTYPE in the document part: never processed. */
	static final class DoctypeException extends XMLStreamException {

		private static final long serialVersionUID = 1L;

		DoctypeException() {
			super("DOCTYPE"); //$NON-NLS-1$
		}
	}

	/** Reads the main document part (word/document.xml). */
	public static DocxGrid of(InputStream document) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		XMLStreamReader r = factory.createXMLStreamReader(document);
		try {
			DocxGrid grid = new DocxGrid();
			grid.parse(r);
			return grid;
		} finally {
			r.close();
		}
	}

	public List<Item> items() {
		return items;
	}

	/** What is being read: the table depth, the current row's cells, the current cell's lines, the paragraph. */
	private void parse(XMLStreamReader r) throws XMLStreamException {
		int tableDepth = 0;
		int tables = 0;
		List<Cell> row = null;
		List<String> cellLines = null;
		boolean continued = false;
		int span = 1;
		StringBuilder paragraph = null;
		String style = null;
		boolean inText = false;
		boolean inBody = false;
		Boolean checkbox = null;
		while (r.hasNext()) {
			int event = r.next();
			if (event == XMLStreamConstants.DTD) {
				throw new DoctypeException();
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				String ns = r.getNamespaceURI();
				String local = r.getLocalName();
				if (W14.equals(ns) && "checked".equals(local)) { //$NON-NLS-1$
					String val = r.getAttributeValue(W14, "val"); //$NON-NLS-1$
					checkbox = "1".equals(val) || "true".equals(val); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				if (!W.equals(ns)) {
					continue;
				}
				switch (local) {
				case "body" -> inBody = true; //$NON-NLS-1$
				case "tbl" -> { //$NON-NLS-1$
					if (tableDepth == 0) {
						tables++;
					}
					tableDepth++;
				}
				case "tr" -> { //$NON-NLS-1$
					if (tableDepth == 1) {
						row = new ArrayList<>();
					}
				}
				case "tc" -> { //$NON-NLS-1$
					if (tableDepth == 1) {
						cellLines = new ArrayList<>();
						continued = false;
						span = 1;
					}
				}
				case "gridSpan" -> { //$NON-NLS-1$
					if (tableDepth == 1 && cellLines != null) {
						span = spanOf(r.getAttributeValue(W, "val")); //$NON-NLS-1$
					}
				}
				case "vMerge" -> { //$NON-NLS-1$
					if (tableDepth == 1) {
						String val = r.getAttributeValue(W, "val"); //$NON-NLS-1$
						continued = val == null || "continue".equals(val); //$NON-NLS-1$
					}
				}
				case "p" -> { //$NON-NLS-1$
					paragraph = new StringBuilder();
					style = null;
				}
				case "pStyle" -> style = r.getAttributeValue(W, "val"); //$NON-NLS-1$ //$NON-NLS-2$
				case "t" -> inText = paragraph != null; //$NON-NLS-1$
				case "tab" -> { //$NON-NLS-1$
					if (paragraph != null && inRun(r)) {
						paragraph.append('\t');
					}
				}
				case "br", "cr" -> { //$NON-NLS-1$ //$NON-NLS-2$
					if (paragraph != null) {
						paragraph.append(' ');
					}
				}
				case "sym" -> { //$NON-NLS-1$
					if (paragraph != null) {
						paragraph.append(symbol(r.getAttributeValue(W, "char"))); //$NON-NLS-1$
					}
				}
				default -> {
					// properties, runs, content controls, hyperlinks, insertions: their text is read where it is
				}
				}
			} else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if (inText) {
					String text = r.getText();
					if (checkbox != null && text.strip().length() == 1) {
						// a checkbox content control: its state, whatever symbol font it shows
						paragraph.append(checkbox ? Values.CC_CHECKED : Values.CC_UNCHECKED);
						checkbox = null;
					} else {
						paragraph.append(text);
					}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				if (!W.equals(r.getNamespaceURI())) {
					continue;
				}
				switch (r.getLocalName()) {
				case "t" -> inText = false; //$NON-NLS-1$
				case "sdt" -> checkbox = null; //$NON-NLS-1$
				case "p" -> { //$NON-NLS-1$
					if (paragraph != null) {
						if (tableDepth == 0) {
							if (inBody) {
								items.add(new Item(paragraph.toString(), style));
							}
						} else if (cellLines != null) {
							cellLines.add(paragraph.toString());
						}
					}
					paragraph = null;
				}
				case "tc" -> { //$NON-NLS-1$
					if (tableDepth == 1 && row != null && cellLines != null) {
						row.add(new Cell(cellLines, continued, span));
						cellLines = null;
					}
				}
				case "tr" -> { //$NON-NLS-1$
					if (tableDepth == 1 && row != null) {
						items.add(new Item(row, tables - 1));
						row = null;
					}
				}
				case "tbl" -> tableDepth--; //$NON-NLS-1$
				default -> {
					// nothing to close
				}
				}
			}
		}
	}

	/** Whether a w:tab is a tab character in a run (not a tab stop in the paragraph's properties). */
	private static boolean inRun(XMLStreamReader r) {
		// a tab stop has w:pos; a tab character has no attributes
		return r.getAttributeValue(W, "pos") == null; //$NON-NLS-1$
	}

	/** A w:sym of the Wingdings checkbox characters (F0FE/FE ticked, F0A8/A8 empty) as the Unicode boxes. */
	private static String symbol(String ch) {
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
}
