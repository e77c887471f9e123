/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

/**
 * What a column of the four libraries holds, independent of its wording in a given table (项目建设期 and 拟建项目期
 * are both {@link #PERIOD}). The export writes and the import reads the same fields.
 */
public enum LibraryField {

	/** 序号: written, ignored on import. */
	SERIAL(CellKind.SERIAL),
	NAME(CellKind.TEXT),
	CITY(CellKind.TEXT),
	COUNTY(CellKind.TEXT),
	PARK(CellKind.TEXT),
	COUNTRY(CellKind.CENTRED),
	PROVINCE(CellKind.CENTRED),
	/** 建设地点 of a planned project: one text. */
	LOCATION(CellKind.TEXT),
	OVERVIEW(CellKind.TEXT),
	PRODUCTS(CellKind.TEXT),
	ABOVE_SCALE(CellKind.CENTRED),
	/** Main business revenue of the last data year, 亿元. */
	REVENUE(CellKind.DECIMAL),
	HONOURS(CellKind.TEXT),
	CONTACT_PERSON(CellKind.CENTRED),
	CONTACT_PHONE(CellKind.CENTRED),
	/**
	 * 上市企业: not a column of the form, but a mark its 2.2 asks (需在现有企业库中注明); written after the form's columns,
	 * its header saying it is an added column, so that the round trip keeps it.
	 */
	LISTED(CellKind.CENTRED),
	/** 高新技术企业: as {@link #LISTED}. */
	HIGH_TECH(CellKind.CENTRED),
	DOMESTIC_BRAND(CellKind.CENTRED),
	INTERNATIONAL_BRAND(CellKind.CENTRED),
	BUILDER(CellKind.TEXT),
	/** Total investment, 亿元. */
	INVESTMENT(CellKind.DECIMAL),
	PERIOD(CellKind.CENTRED),
	/** 开工时间 or 拟开工时间. */
	START(CellKind.MONTH),
	CONTENT(CellKind.TEXT),
	PROGRESS(CellKind.TEXT);

	private final CellKind kind;

	LibraryField(CellKind kind) {
		this.kind = kind;
	}

	public CellKind kind() {
		return kind;
	}
}
