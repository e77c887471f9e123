/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Walks the containment tree of a document once, visiting only what the edition shows: objects below a row of the
 * edition, and the section objects on the way to them. Values another edition would ask for (an FDI row in Jiangsu,
 * the 承诺函 outside Jiangsu) are not visited. Linear in the size of the document, libraries included.
 */
final class ShownContents {

	/** Receives each shown object. */
	interface Visitor {

		/**
		 * @param inRow whether the object lies below a row of the edition (then all its values are shown); otherwise
		 *              only its attributes that are rows themselves are
		 */
		void visit(EObject object, boolean inRow);
	}

	private ShownContents() {
	}

	static void walk(RuleContext context, Visitor visitor) {
		ClusterDocument document = context.document();
		if (document != null && context.edition() != null) {
			visit(context, document, false, visitor);
		}
	}

	/** Whether an attribute of an object the walk visited is shown by the edition. */
	static boolean shows(RuleContext context, EAttribute attribute, boolean inRow) {
		return !attribute.isDerived() && !attribute.isTransient() && (inRow || context.row(attribute) != null);
	}

	private static void visit(RuleContext context, EObject object, boolean inRow, Visitor visitor) {
		visitor.visit(object, inRow);
		for (EObject child : object.eContents()) {
			EStructuralFeature feature = child.eContainingFeature();
			boolean childInRow = inRow || context.row(feature) != null;
			// a section reference leads to rows; anything else the edition does not show is skipped whole
			if (childInRow || context.has(feature)) {
				visit(context, child, childInRow, visitor);
			}
		}
	}
}
