/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.CommitmentLetter;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * G15 (E): a final (non-draft) export needs the 承诺函 the edition shows (Jiangsu) signed as the form has it: the issuing
 * bureau that seals it (XXX市工业和信息化局（公章）) and the date — the seal itself goes on the printed letter, under the
 * bureau's name. What the letter commits to is G06's. Drafts are not asked.
 */
public class CommitmentLetterForFinalExport implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof Application application) || context.edition() == null || !context.isFinalExport()
				|| !context.has(Literals.APPLICATION__COMMITMENT)) {
			return;
		}
		CommitmentLetter letter = application.getCommitment();
		if (letter == null) {
			context.error(application, Literals.APPLICATION__COMMITMENT, null, Messages.G15_letterMissing, null, Messages.G15_expected);
			return;
		}
		if (letter.getIssuingBureau() == null || letter.getIssuingBureau().isBlank()) {
			report(context, letter, Literals.COMMITMENT_LETTER__ISSUING_BUREAU, Messages.G15_partBureau);
		}
		if (letter.getDate() == null) {
			report(context, letter, Literals.COMMITMENT_LETTER__DATE, Messages.G15_partDate);
		}
	}

	private static void report(RuleContext context, CommitmentLetter letter, EAttribute part, String name) {
		context.error(letter, part, null, NLS.bind(Messages.G15_partMissing, name), null, name);
	}
}
