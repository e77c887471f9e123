/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.NamedCount;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * G08 (E): "数量：N个 名称：…" — N equals the number of names given (a name left as 无 or blank is no name), N &gt; 0
 * needs names, and where the row asks for a list or evidence (需提供清单、佐证材料、认定文件、证明材料) at least one
 * reference to an attached document. An empty N is G01's, a negative one G02's.
 */
public class NamedCountNames implements Rule {

	/** Words of a row's label or note that ask for a document beside the names. */
	private static final String[] ASKS_DOCUMENT = { "清单", "佐证", "认定文件", "证明材料" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private static final String NOTHING = "无"; //$NON-NLS-1$

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof NamedCount named) || named.eContainingFeature() == null || named.getCount() == null
				|| named.getCount() < 0) {
			return;
		}
		EStructuralFeature shownAs = named.eContainingFeature();
		if (!context.has(shownAs)) {
			return;
		}
		int count = named.getCount();
		long names = named.getNames().stream().filter(n -> n != null && !n.isBlank() && !NOTHING.equals(n.strip())).count();
		if (count > 0 && names == 0) {
			context.error(named, Literals.NAMED_COUNT__NAMES, null, NLS.bind(Messages.G08_namesMissing, count), 0, count);
		} else if (names != count) {
			context.error(named, Literals.NAMED_COUNT__NAMES, null, NLS.bind(Messages.G08_countMismatch, count, names), names,
					count);
		}
		if (count > 0 && asksDocument(context.row(shownAs)) && !evidenced(named)) {
			context.error(named, Literals.NAMED_COUNT__EVIDENCE, null, NLS.bind(Messages.G08_evidenceMissing, count),
					Messages.G08_noEvidence, Messages.G08_expectedEvidence);
		}
	}

	private static boolean asksDocument(FormRow row) {
		if (row == null) {
			return false;
		}
		for (String word : ASKS_DOCUMENT) {
			if (row.getNote() != null && row.getNote().contains(word) || row.getLabel() != null && row.getLabel().contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean evidenced(NamedCount named) {
		for (EvidenceRef ref : named.getEvidence()) {
			if (ref.getAttachment() != null && !ref.getAttachment().eIsProxy()) {
				return true;
			}
		}
		return false;
	}
}
