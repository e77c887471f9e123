/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.validation.general;

import java.util.Collection;

import org.clusterdesk.evidence.EvidenceFacts;
import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.model.Attachment;
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
 * groups the edition shows. Checked against the real evidence bundle when the validation has one
 * ({@link EvidenceFacts}): the attachment file exists, is in the bundle and has the page referenced.
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
				EvidenceLink link = holder.evidenceFor(attribute, option.getName());
				String label = ModelLabels.literal(type, option);
				if (!evidenced(link)) {
					context.error(holder, attribute, null, NLS.bind(Messages.G07_evidenceMissing, label), label,
							Messages.G07_expected);
				} else if (context.option(EvidenceFacts.CONTEXT_KEY) instanceof EvidenceFacts facts) {
					againstBundle(holder, attribute, label, link, facts, context);
				}
			}
		}
	}

	/**
	 * With the real evidence bundle: each reference's attachment file exists, is in the bundle, and has the page the
	 * reference names.
	 */
	private static void againstBundle(EvidenceHolder holder, EAttribute attribute, String label, EvidenceLink link,
			EvidenceFacts facts, RuleContext context) {
		for (EvidenceRef ref : link.getEvidence()) {
			Attachment a = ref.getAttachment();
			if (a == null || a.eIsProxy()) {
				continue;
			}
			String title = a.getTitle() == null ? "" : a.getTitle(); //$NON-NLS-1$
			if (facts.isMissing(a)) {
				context.error(holder, attribute, null, NLS.bind(Messages.G07_fileMissing, new Object[] { label, title, a.getFileName() }),
						a.getFileName(), Messages.G07_expected);
				continue;
			}
			EvidenceLayout layout = facts.layout();
			EvidenceLayout.Entry entry = layout == null ? null : layout.entry(a);
			if (layout != null && entry == null) {
				context.error(holder, attribute, null, NLS.bind(Messages.G07_notInBundle, new Object[] { label, title, facts.bundleName() }),
						title, facts.bundleName());
			} else if (entry != null && ref.getPage() != null && (ref.getPage().intValue() < 1 || ref.getPage().intValue() > entry.pages())) {
				context.error(holder, attribute, null,
						NLS.bind(Messages.G07_pageOutside, new Object[] { label, title, ref.getPage(), entry.pages() }), ref.getPage(),
						NLS.bind(Messages.G07_expectedPage, entry.pages()));
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
