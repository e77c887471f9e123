/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

/**
 * A column of a library table: the field it holds and how it is headed and sized.
 *
 * @param field  what the column holds
 * @param column header, group header, cell kind and width
 */
public record LibraryColumn(LibraryField field, TableColumn column) {

	static LibraryColumn of(LibraryField field, String header, int minWidth, int maxWidth) {
		return new LibraryColumn(field, TableColumn.of(header, field.kind(), minWidth, maxWidth));
	}

	static LibraryColumn grouped(LibraryField field, String group, String header, int minWidth, int maxWidth) {
		return new LibraryColumn(field, TableColumn.grouped(group, header, field.kind(), minWidth, maxWidth));
	}
}
