/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Declaration;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

/**
 * G14 (E): a final (non-draft) export needs every declaration the edition shows signed: the signer, the sealing unit
 * and the date — the application's 真实性声明, the competition report's two heads' signatures. Drafts are not asked
 * (and G01 leaves the declaration to this rule).
 */
public class DeclarationForFinalExport implements Rule {

	/** The references from a document to its declarations. */
	private static final EReference[] DECLARATIONS = { Literals.APPLICATION__DECLARATION,
			Literals.COMPETITION_REPORT__PROMOTION_DECLARATION, Literals.COMPETITION_REPORT__PARK_DECLARATION };

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof ClusterDocument document) || context.edition() == null || !context.isFinalExport()) {
			return;
		}
		for (EReference reference : DECLARATIONS) {
			if (!reference.getEContainingClass().isSuperTypeOf(document.eClass()) || !context.has(reference)) {
				continue;
			}
			Declaration declaration = (Declaration) document.eGet(reference);
			if (declaration == null) {
				context.error(document, reference, null, Messages.G14_declarationMissing, null, Messages.G14_expected);
				continue;
			}
			if (blank(declaration.getSigner())) {
				report(context, declaration, Literals.DECLARATION__SIGNER, Messages.G14_partSigner);
			}
			if (blank(declaration.getUnit())) {
				report(context, declaration, Literals.DECLARATION__UNIT, Messages.G14_partUnit);
			}
			if (declaration.getDate() == null) {
				report(context, declaration, Literals.DECLARATION__DATE, Messages.G14_partDate);
			}
		}
	}

	private static void report(RuleContext context, Declaration declaration, EAttribute part, String name) {
		context.error(declaration, part, null, NLS.bind(Messages.G14_partMissing, name), null, name);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
