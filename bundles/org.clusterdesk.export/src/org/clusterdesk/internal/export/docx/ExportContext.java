/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.export.docx;

import java.util.List;

import org.clusterdesk.evidence.EvidenceLayout;
import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.ContactKind;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.forms.FormRows;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** What every part of the export needs: the document, its edition, the body being written and the progress. */
final class ExportContext {

	private final ClusterDocument document;

	private final Edition edition;

	private final DocxBody body;

	private final SubMonitor monitor;

	private final DocxRenderers renderers;

	ExportContext(ClusterDocument document, DocxBody body, DocxRenderers renderers, SubMonitor monitor) {
		this.document = document;
		this.edition = document.getEdition();
		this.body = body;
		this.renderers = renderers;
		this.monitor = monitor;
	}

	/** The renderers the tables of figures are written with. */
	DocxRenderers renderers() {
		return renderers;
	}

	ClusterDocument document() {
		return document;
	}

	Edition edition() {
		return edition;
	}

	DocxBody body() {
		return body;
	}

	SubMonitor monitor() {
		return monitor;
	}

	/** Throws when the user cancelled; the target file is then left as it was. */
	void checkCanceled() {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	List<Integer> years() {
		return edition.getDataYears();
	}

	int lastYear() {
		List<Integer> years = years();
		return years.get(years.size() - 1);
	}

	/** The form's word for the phone column: 联系方式, or 联系手机 where the edition accepts only mobiles. */
	String phoneLabel() {
		return edition.getContactKind() == ContactKind.MOBILE_ONLY ? Labels.literal(ContactKind.MOBILE_ONLY)
				: Labels.feature(ClusterDeskPackage.Literals.CONTACT__PHONE);
	}

	/** The value of a feature on an object that may not exist yet (an empty draft). */
	static Object value(EObject owner, EStructuralFeature feature) {
		return owner == null ? null : owner.eGet(feature);
	}

	/** The object holding a row's value in a section object, or null. */
	EObject owner(EObject sectionObject, FormRow row) {
		return FormRows.owner(document, sectionObject, row);
	}

	/** Evidence references as a reviewer finds them: 《附件名称》第N页（P页码 in the evidence bundle）, joined. */
	static String evidence(List<EvidenceRef> refs) {
		StringBuilder sb = new StringBuilder();
		for (EvidenceRef ref : refs) {
			String title = ref.getAttachment() == null ? "" : FormValues.text(ref.getAttachment().getTitle()); //$NON-NLS-1$
			Integer inBundle = ref.getPage() == null || !(EcoreUtil.getRootContainer(ref) instanceof ClusterDocument d) ? null
					: EvidenceLayout.declared(d).bundlePage(ref);
			String item = ref.getPage() == null ? NLS.bind(Messages.Evidence_itemNoPage, title)
					: inBundle != null ? NLS.bind(IndexMessages.Evidence_itemInBundle, new Object[] { title, String.valueOf(ref.getPage()), inBundle })
							: NLS.bind(Messages.Evidence_item, title, String.valueOf(ref.getPage()));
			if (ref.getNote() != null && !ref.getNote().isBlank()) {
				item = NLS.bind(Messages.Evidence_itemNote, item, ref.getNote());
			}
			if (sb.length() > 0) {
				sb.append(Messages.List_separator);
			}
			sb.append(item);
		}
		return sb.toString();
	}
}
