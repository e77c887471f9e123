/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SAX, POI's hardened parser): hands every row that has a non-blank cell to a
 * {@link RowSink}. Only the current row is in memory, so a sheet of a million rows reads in constant heap. A sink
 * stops the read early by throwing {@link Stop}. (The merged regions, stored after the rows, are found by
 * {@link MergeCellScanner}.)
 */
final class SheetXmlReader extends DefaultHandler {

	/** Receives the rows in sheet order. */
	interface RowSink {
		/** A row with at least one non-blank cell; {@code number} is 1-based as Excel shows it. */
		void row(int number, List<RawCell> cells) throws Stop;
	}

	/**
	 * Columns of the top rows, where the header is looked for: a table may start anywhere in them (four times the
	 * 256 columns of older spreadsheets; Excel allows 16 384). A row of 300 000 cells among the top rows costs this
	 * many cells, not more.
	 */
	static final int MAX_COLUMNS = 1_024;

	/**
	 * Columns read right of the header's last column in the data rows ({@link #dataColumns}): cells further right are
	 * skipped without keeping their text, so a row of 300 000 cells reads in time and memory bounded by the header.
	 */
	static final int HEADER_MARGIN = 16;

	/** The columns the data pass reads: as far as the header's widest row, plus {@link #HEADER_MARGIN}. */
	static int dataColumns(List<List<RawCell>> headerRows) {
		int last = -1;
		for (List<RawCell> row : headerRows) {
			for (RawCell cell : row) {
				last = Math.max(last, cell.column());
			}
		}
		return Math.min(MAX_COLUMNS, last + 1 + HEADER_MARGIN);
	}

	/** Sheet XML that is well-formed but not a worksheet as Excel writes it (a row number that is not a number). */
	static final class Malformed extends SAXException {

		private static final long serialVersionUID = 1L;

		Malformed(String detail) {
			super(detail);
		}
	}

	/** Ends the read early: thrown by a sink, carried through SAX and rethrown by {@link #read}. */
	static final class Stop extends SAXException {

		private static final long serialVersionUID = 1L;

		Stop() {
			super("stop"); //$NON-NLS-1$
		}
	}

	private final SharedStrings strings;

	private final DateStyles dates;

	private final RowSink sink;

	private final StringBuilder text = new StringBuilder();

	private List<RawCell> cells = new ArrayList<>();

	private int rowNumber;

	private int nextColumn;

	private int column;

	private String type;

	private int style;

	private boolean inValue;

	private boolean inInlineText;

	private boolean inPhonetic;

	private boolean hasFormula;

	private boolean hasValue;

	private final int maxColumns;

	SheetXmlReader(SharedStrings strings, DateStyles dates, RowSink sink) {
		this(strings, dates, sink, MAX_COLUMNS);
	}

	/** A reader of the first {@code maxColumns} columns. */
	SheetXmlReader(SharedStrings strings, DateStyles dates, RowSink sink, int maxColumns) {
		this.strings = strings;
		this.dates = dates;
		this.sink = sink;
		this.maxColumns = maxColumns;
	}

	/** Reads the sheet; returns normally when the sink stopped it. */
	void read(InputStream sheet) throws IOException, SAXException {
		XMLReader reader;
		try {
			reader = XMLHelper.newXMLReader();
		} catch (ParserConfigurationException e) {
			throw new SAXException(e);
		}
		reader.setContentHandler(this);
		try {
			reader.parse(new InputSource(sheet));
		} catch (Stop e) {
			// the sink has what it wanted
		}
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws Malformed {
		switch (localName(localName, qName)) {
		case "row" -> { //$NON-NLS-1$
			String r = attributes.getValue("r"); //$NON-NLS-1$
			rowNumber = r != null ? rowNumber(r) : rowNumber + 1;
			nextColumn = 0;
			cells = new ArrayList<>();
		}
		case "c" -> { //$NON-NLS-1$
			String r = attributes.getValue("r"); //$NON-NLS-1$
			column = r != null ? columnOf(r) : nextColumn;
			nextColumn = column < 0 || column == Integer.MAX_VALUE ? Integer.MAX_VALUE : column + 1;
			type = attributes.getValue("t"); //$NON-NLS-1$
			String s = attributes.getValue("s"); //$NON-NLS-1$
			style = s != null ? styleIndex(s) : 0;
			hasFormula = false;
			hasValue = false;
			text.setLength(0);
		}
		case "v" -> { //$NON-NLS-1$
			inValue = true;
			hasValue = true;
		}
		case "f" -> hasFormula = true; //$NON-NLS-1$
		case "is" -> hasValue = true; //$NON-NLS-1$
		case "t" -> inInlineText = true; //$NON-NLS-1$
		case "rPh" -> inPhonetic = true; //$NON-NLS-1$
		default -> {
			// other elements carry nothing we read
		}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName(localName, qName)) {
		case "v" -> inValue = false; //$NON-NLS-1$
		case "t" -> inInlineText = false; //$NON-NLS-1$
		case "rPh" -> inPhonetic = false; //$NON-NLS-1$
		case "c" -> endCell(); //$NON-NLS-1$
		case "row" -> { //$NON-NLS-1$
			if (!cells.isEmpty()) {
				sink.row(rowNumber, cells);
			}
		}
		default -> {
			// nothing to finish
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (skipped()) {
			return;
		}
		if (inValue || inInlineText && !inPhonetic) {
			text.append(ch, start, length);
		}
	}

	private void endCell() {
		if (skipped()) {
			return;
		}
		RawCell cell = cell();
		if (cell != null) {
			cells.add(cell);
		}
	}

	private RawCell cell() {
		if (!hasValue) {
			return hasFormula ? new RawCell(column, RawCell.Type.FORMULA_WITHOUT_VALUE, "", false) : null; //$NON-NLS-1$
		}
		String value = text.toString();
		if (type == null || "n".equals(type)) { //$NON-NLS-1$
			String number = value.trim();
			return number.isEmpty() ? null : new RawCell(column, RawCell.Type.NUMBER, number, dates.isDate(style));
		}
		switch (type) {
		case "s": //$NON-NLS-1$
			try {
				value = strings.getItemAt(Integer.parseInt(value.trim())).getString();
			} catch (RuntimeException e) {
				return new RawCell(column, RawCell.Type.ERROR, value, false);
			}
			break;
		case "b": //$NON-NLS-1$
			return new RawCell(column, RawCell.Type.BOOLEAN, value.trim(), false);
		case "e": //$NON-NLS-1$
			return new RawCell(column, RawCell.Type.ERROR, value.trim(), false);
		default:
			// inlineStr, str (a formula's text result), d (ISO date as text)
			break;
		}
		String trimmed = CellText.trim(value);
		return trimmed.isEmpty() ? null : new RawCell(column, RawCell.Type.TEXT, trimmed, false);
	}

	/** A cell beyond the columns read (or with a reference no sheet can have): not read. */
	private boolean skipped() {
		return column < 0 || column >= maxColumns;
	}

	private int rowNumber(String r) throws Malformed {
		try {
			int number = Integer.parseInt(r.trim());
			if (number >= 1) {
				return number;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new Malformed(NLS.bind(Messages.Error_rowNumber, shorten(r), rowNumber));
	}

	private static int styleIndex(String s) {
		try {
			return Math.max(0, Integer.parseInt(s.trim()));
		} catch (NumberFormatException e) {
			return 0; // an unknown style only means: not shown as a date
		}
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text; //$NON-NLS-1$
	}

	private static String localName(String localName, String qName) {
		return localName != null && !localName.isEmpty() ? localName : qName;
	}

	/** The 0-based column of a reference like AB12; {@link Integer#MAX_VALUE} for one beyond any sheet (ZZZZZZZ1). */
	static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			} else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			} else {
				break;
			}
			if (column > 16_384) {
				return Integer.MAX_VALUE;
			}
		}
		return column - 1;
	}
}
