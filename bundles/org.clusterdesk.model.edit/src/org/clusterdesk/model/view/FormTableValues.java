/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.view;

import java.util.List;

import org.clusterdesk.model.ComparedCount;
import org.clusterdesk.model.ComparedDecimal;
import org.clusterdesk.model.ImplementationTarget;
import org.clusterdesk.model.ParkIndicator;
import org.clusterdesk.model.SmartFactoryCount;
import org.clusterdesk.model.YearlyCount;
import org.clusterdesk.model.YearlyDecimal;
import org.clusterdesk.model.view.FormTable.Cell;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The value a cell of a {@link FormTable} shows for the row's owner (the section's object): a figure, a text, the
 * entered or computed growth, a year's smart factories. Renderers format it; nothing here formats or creates.
 */
public final class FormTableValues {

	private FormTableValues() {
	}

	/** The object at the end of the cell's path but one (the series, the indicator, the section's object), or null. */
	public static EObject holder(EObject owner, Cell cell) {
		EObject object = owner;
		List<EStructuralFeature> path = cell.path();
		int last = cell.kind() == FormTable.CellKind.YEAR_VALUE || cell.kind() == FormTable.CellKind.STAGE_TARGET
				|| cell.kind() == FormTable.CellKind.SMART_FACTORIES ? path.size() : path.size() - 1;
		for (int i = 0; i < last && object != null; i++) {
			EStructuralFeature feature = path.get(i);
			if (i == last - 1 && feature.isMany()) {
				return object;
			}
			if (!feature.getEContainingClass().isSuperTypeOf(object.eClass())) {
				return null;
			}
			Object next = object.eGet(feature);
			object = next instanceof EObject e ? e : null;
		}
		return object;
	}

	/**
	 * The value of the cell: a BigDecimal or Integer figure, a String, a {@link SmartFactoryCount}; null when the
	 * document has none (or the cell is a fixed text: its text).
	 */
	public static Object value(EObject owner, Cell cell) {
		if (cell.kind() == FormTable.CellKind.TEXT) {
			return cell.text();
		}
		EObject holder = holder(owner, cell);
		if (holder == null) {
			return null;
		}
		switch (cell.kind()) {
		case YEAR_VALUE:
			if (holder instanceof YearlyDecimal decimal) {
				return decimal.valueOf(cell.year());
			}
			return holder instanceof YearlyCount count ? count.valueOf(cell.year()) : null;
		case STAGE_TARGET:
			return holder instanceof ImplementationTarget target ? target.targetFor(cell.year()) : null;
		case SMART_FACTORIES:
			Object list = holder.eGet(cell.feature());
			if (list instanceof List<?> counts) {
				for (Object o : counts) {
					if (o instanceof SmartFactoryCount count && count.getYear() == cell.year()) {
						return count;
					}
				}
			}
			return null;
		case GROWTH:
			Object growth = holder.eGet(cell.feature());
			if (growth != null) {
				return growth;
			}
			if (holder instanceof ComparedDecimal d) {
				return d.computedGrowth();
			}
			if (holder instanceof ComparedCount c) {
				return c.computedGrowth();
			}
			return holder instanceof ParkIndicator p ? p.computedGrowth() : null;
		case ATTRIBUTE:
		default:
			return holder.eClass().getEAllStructuralFeatures().contains(cell.feature()) ? holder.eGet(cell.feature()) : null;
		}
	}
}
