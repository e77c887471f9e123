/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

/** How a column's cells are written: their cell type, number format and alignment. */
public enum CellKind {

	/** Short text, left aligned, wrapped when longer than the column. */
	TEXT,

	/** Short text centred: yes/no answers, levels, periods, phone numbers. */
	CENTRED,

	/** A decimal number with format {@code 0.00} (亿元, 万元, %). */
	DECIMAL,

	/** A whole number with format {@code 0} (counts). */
	INTEGER,

	/** A month as an Excel date with format {@code yyyy.mm}. */
	MONTH,

	/** The row's running number (序号). */
	SERIAL
}
