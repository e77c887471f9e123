/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.pages;

import java.util.List;

import org.clusterdesk.internal.editor.forms.Binding;
import org.clusterdesk.internal.editor.forms.FormContext;
import org.clusterdesk.internal.editor.forms.FormWidgets;
import org.clusterdesk.internal.editor.forms.Labels;
import org.clusterdesk.internal.editor.forms.OwnerRef;
import org.clusterdesk.internal.editor.forms.ProblemDecoration;
import org.clusterdesk.internal.editor.forms.ProblemTarget;
import org.clusterdesk.internal.editor.forms.RowRenderer;
import org.clusterdesk.model.Application;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.FormRow;
import org.clusterdesk.model.FormSection;
import org.clusterdesk.model.PlanSection;
import org.clusterdesk.model.ReviewSection;
import org.clusterdesk.model.derived.TextFigures;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.FormEditor;

/** One section of the edition (一 基本情况 … 九 声明, 2.1 … of the competition report) as a page of its rows. */
public class SectionPage extends ClusterFormPage {

	/** The limit of section 八 as a whole where the edition sets none (未来三年…发展规划（3000字以内）). */
	private static final int PLAN_LIMIT = 3000;

	protected final FormSection section;

	public SectionPage(FormEditor editor, FormContext context, String id, FormSection section) {
		super(editor, context, id, tabTitle(section), heading(section), section.getNumber());
		this.section = section;
	}

	/**
	 * The page heading: the section as the form titles it, after the heading of its part where the part has no page
	 * of its own (二、集群发展总体情况 over 2.1 … 2.7).
	 */
	static String heading(FormSection section) {
		String title = RowRenderer.title(section);
		FormSection opening = partOpening(section);
		if (opening == null) {
			return title;
		}
		String part = opening.getPartNumber() == null ? opening.getPartTitle()
				: NLS.bind(Messages.Section_partHeading, opening.getPartNumber(), opening.getPartTitle());
		return NLS.bind(Messages.Section_inPart, part, title);
	}

	/** The section that opens the part this one belongs to (itself, or an earlier subsection), or null. */
	private static FormSection partOpening(FormSection section) {
		if (!(section.eContainer() instanceof Edition edition)) {
			return section.getPartTitle() != null ? section : null;
		}
		List<FormSection> sections = edition.getSections();
		for (int i = sections.indexOf(section); i >= 0; i--) {
			FormSection s = sections.get(i);
			if (s.getPartTitle() != null) {
				return s;
			}
			String number = s.getNumber();
			if (number == null || !number.matches("\\d+(\\.\\d+)+")) { //$NON-NLS-1$
				return null; // a part or a document of its own: no part above
			}
		}
		return null;
	}

	static String tabTitle(FormSection section) {
		String number = section.getNumber();
		if (number == null || number.equals(section.getTitle())) {
			return section.getTitle();
		}
		String title = section.getTitle();
		int cut = title.indexOf('（');
		if (cut > 0) {
			title = title.substring(0, cut);
		}
		return title.length() > 8 ? number + " " + title.substring(0, 8) + "…" : number + " " + title; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public FormSection section() {
		return section;
	}

	@Override
	protected void build(Composite body) {
		ClusterDocument document = context.document();
		EReference feature = section.getFeature();
		OwnerRef sectionRef = feature == null ? OwnerRef.of(document) : OwnerRef.of(document, feature);
		EClass sectionClass = feature == null ? document.eClass() : feature.getEReferenceType();
		RowRenderer renderer = new RowRenderer(context, getId());
		if (showsDeclaration()) {
			declarationText(body);
		}
		if (feature == Literals.APPLICATION__PLAN || feature == Literals.APPLICATION__REVIEW) {
			planCounter(body, feature);
		}
		renderer.section(body, section, null, sectionRef, sectionClass);
		addBindings(renderer.bindings());
		addTargets(renderer.targets());
	}

	/** Section 九 / 七: the declaration the signer makes, in the edition's words. */
	private boolean showsDeclaration() {
		if (context.edition() == null || context.edition().getDeclarationText() == null) {
			return false;
		}
		if (section.getFeature() == Literals.APPLICATION__DECLARATION) {
			return true;
		}
		for (FormRow row : section.getRows()) {
			if (row.getFeature() instanceof EReference r && r.getEReferenceType() == Literals.DECLARATION) {
				return true;
			}
		}
		return false;
	}

	private void declarationText(Composite body) {
		Composite box = FormWidgets.grid(context.toolkit(), body, 1, 1);
		Label title = context.toolkit().createLabel(box, Messages.Page_declaration);
		title.setFont(JFaceResources.getBannerFont());
		Label text = context.toolkit().createLabel(box, context.edition().getDeclarationText(), SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 700;
		text.setLayoutData(data);
	}

	/** 第八部分（3000字以内）: the whole section counts, so one counter for all its narratives. */
	private void planCounter(Composite body, EReference feature) {
		Composite box = FormWidgets.grid(context.toolkit(), body, 1, 1);
		Label counter = context.toolkit().createLabel(box, "", SWT.NONE); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.horizontalIndent = ProblemDecoration.INDENT;
		counter.setLayoutData(data);
		FormRow row = context.edition().rowFor(feature);
		Integer rowLimit = row == null ? null : Labels.maxLength(row, feature);
		int limit = rowLimit != null ? rowLimit : PLAN_LIMIT;
		ProblemDecoration decoration = new ProblemDecoration(counter);
		Binding binding = () -> {
			if (counter.isDisposed()) {
				return;
			}
			int length = planLength(feature);
			counter.setText(NLS.bind(Messages.Page_planCounter, length, limit));
			counter.setForeground(counter.getDisplay().getSystemColor(length > limit ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
			counter.getParent().layout();
		};
		binding.refresh();
		addBinding(binding);
		addTarget(new ProblemTarget() {

			@Override
			public int match(EObject owner, EStructuralFeature f) {
				return owner == context.document() && f == feature ? 3 : 0;
			}

			@Override
			public void showProblems(List<RuleFinding> findings) {
				decoration.setFindings(findings);
			}

			@Override
			public void reveal(RuleFinding finding) {
				FormWidgets.reveal(counter);
			}

			@Override
			public String pageId() {
				return getId();
			}
		});
	}

	private int planLength(EReference feature) {
		if (!(context.document() instanceof Application application)) {
			return 0;
		}
		if (feature == Literals.APPLICATION__PLAN) {
			PlanSection plan = application.getPlan();
			return plan == null ? 0 : plan.narrativeLength();
		}
		ReviewSection review = application.getReview();
		if (review == null) {
			return 0;
		}
		PlanSection plan = review.getNewPlan();
		return TextFigures.length(review.getIntroduction()) + TextFigures.length(review.getCultivation()) + (plan == null ? 0 : plan.narrativeLength());
	}

	@Override
	public boolean contains(EObject object) {
		EReference feature = section.getFeature();
		if (feature == null) {
			for (FormRow row : section.getRows()) {
				for (EObject o = object; o != null; o = o.eContainer()) {
					if (o.eContainingFeature() == row.getFeature()) {
						return true;
					}
				}
			}
			return false;
		}
		Object value = context.document().eGet(feature);
		return value instanceof EObject root && isWithin(object, root);
	}
}
