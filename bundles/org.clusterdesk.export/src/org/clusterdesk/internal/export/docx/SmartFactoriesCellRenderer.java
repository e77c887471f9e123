/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.view.FormTable.CellKind;
import org.eclipse.osgi.util.NLS;

/** A year's smart factories as the form asks them: 领航级/卓越级/先进级/基础级, X/X/X/X. */
final class SmartFactoriesCellRenderer extends ValueCellRenderer {

	SmartFactoriesCellRenderer() {
		super(CellKind.SMART_FACTORIES);
	}

	@Override
	String text(Object value, DocxCell cell) {
		if (!(value instanceof SmartFactoryCount count)) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.SmartFactories, new Object[] { FormValues.count(count.getLeading()),
				FormValues.count(count.getExcellent()), FormValues.count(count.getAdvanced()), FormValues.count(count.getBasic()) });
	}
}
