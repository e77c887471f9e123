/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;


import org.clusterdesk.model.view.FormTable.CellKind;

/** 5.1: the target of a stage year (2026年发展目标), a figure of the row's unit. */
final class StageTargetCellRenderer extends ValueCellRenderer {

	StageTargetCellRenderer() {
		super(CellKind.STAGE_TARGET);
	}
}
