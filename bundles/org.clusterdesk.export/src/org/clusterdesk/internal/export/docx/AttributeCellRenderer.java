/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;


import org.clusterdesk.model.view.FormTable.CellKind;

/** An attribute of the row's value: 佐证页码 as written, 上一年实际值 as a figure of the row's unit. */
final class AttributeCellRenderer extends ValueCellRenderer {

	AttributeCellRenderer() {
		super(CellKind.ATTRIBUTE);
	}
}
