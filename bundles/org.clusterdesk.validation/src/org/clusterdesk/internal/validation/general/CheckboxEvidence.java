/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.Collection;

import org.clusterdesk.model.EvidenceHolder;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.labels.ModelLabels;
import org.clusterdesk.model.rules.Rule;
import org.clusterdesk.model.rules.RuleContext;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/**
 * G07 (E): each ticked option of a checkbox group marked （注：勾选需提供佐证材料） — a many-valued choice whose form
 * annotation says evidence=true — has an evidence link with at least one reference to an attached document. Only the
 * groups the edition shows.
 */
public class CheckboxEvidence implements Rule {

	@Override
	public void check(EObject object, RuleContext context) {
		if (!(object instanceof EvidenceHolder holder) || context.edition() == null) {
			return;
		}
		for (EAttribute attribute : holder.eClass().getEAllAttributes()) {
			if (!attribute.isMany() || !(attribute.getEAttributeType() instanceof EEnum type) || !needsEvidence(attribute)
					|| !context.has(attribute)) {
				continue;
			}
			for (Object ticked : (Collection<?>) holder.eGet(attribute)) {
				Enumerator option = (Enumerator) ticked;
				if (!evidenced(holder.evidenceFor(attribute, option.getName()))) {
					String label = ModelLabels.literal(type, option);
					context.error(holder, attribute, null, NLS.bind(Messages.G07_evidenceMissing, label), label,
							Messages.G07_expected);
				}
			}
		}
	}

	private static boolean needsEvidence(EAttribute attribute) {
		EAnnotation annotation = attribute.getEAnnotation(NarrativeLength.FORM_ANNOTATION);
		return annotation != null && "true".equals(annotation.getDetails().get("evidence")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean evidenced(EvidenceLink link) {
		if (link != null) {
			for (EvidenceRef ref : link.getEvidence()) {
				if (ref.getAttachment() != null && !ref.getAttachment().eIsProxy()) {
					return true;
				}
			}
		}
		return false;
	}
}
