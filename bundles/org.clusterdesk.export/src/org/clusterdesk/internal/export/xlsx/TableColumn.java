/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.xlsx;

/**
 * One column of an exported table: its header (under an optional group header that spans the columns of the group,
 * as the forms' two-row headers do), how its cells are written and the width it may take, in characters.
 *
 * @param group    the upper header shared with the neighbouring columns of the same group, or null
 * @param header   the column's own header (the lower one when there is a group)
 * @param kind     how the cells are written
 * @param minWidth the narrowest width in characters
 * @param maxWidth the widest width in characters; longer text wraps
 */
public record TableColumn(String group, String header, CellKind kind, int minWidth, int maxWidth) {

	public static TableColumn of(String header, CellKind kind, int minWidth, int maxWidth) {
		return new TableColumn(null, header, kind, minWidth, maxWidth);
	}

	public static TableColumn grouped(String group, String header, CellKind kind, int minWidth, int maxWidth) {
		return new TableColumn(group, header, kind, minWidth, maxWidth);
	}
}
