/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.clusterdesk.model.Attachment;
import org.clusterdesk.model.ClusterDeskFactory;
import org.clusterdesk.model.ClusterDeskPackage.Literals;
import org.clusterdesk.model.EvidenceHolder;
import org.clusterdesk.model.EvidenceLink;
import org.clusterdesk.model.EvidenceRef;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * A checkbox group (集群已开展的…工作) as check boxes with the forms' wording. Where the group needs evidence
 * (（注：勾选需提供佐证材料）), ticking an option asks for it (file and page), and each ticked option shows its evidence
 * as a link that edits it.
 */
public final class CheckGroupField implements Binding, ProblemTarget {

	private final FormContext context;

	private final OwnerRef owner;

	private final EAttribute feature;

	private final String label;

	private final String pageId;

	private final boolean evidence;

	private final Composite composite;

	private final List<Button> buttons = new ArrayList<>();

	private final List<Hyperlink> links = new ArrayList<>();

	private final ProblemDecoration decoration;

	private boolean updating;

	public CheckGroupField(FormContext context, Composite parent, String pageId, OwnerRef owner, EAttribute feature, String label) {
		this.context = context;
		this.owner = owner;
		this.feature = feature;
		this.label = label;
		this.pageId = pageId;
		this.evidence = Labels.needsEvidence(feature);
		composite = context.toolkit().createComposite(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		composite.setLayout(layout);
		EEnum type = (EEnum) feature.getEAttributeType();
		for (EEnumLiteral literal : type.getELiterals()) {
			Enumerator value = literal.getInstance();
			Button button = context.toolkit().createButton(composite, FormWidgets.plain(Labels.literal(type, value)), SWT.CHECK);
			button.setData(value);
			button.setData(FormWidgets.BINDING_KEY, this);
			button.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, evidence ? 1 : 2, 1));
			button.addListener(SWT.Selection, e -> {
				if (!updating) {
					toggle(button, value);
				}
			});
			buttons.add(button);
			if (evidence) {
				Hyperlink link = context.toolkit().createHyperlink(composite, "", SWT.NONE); //$NON-NLS-1$
				link.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, true, false));
				link.setFont(FormWidgets.smallFont());
				link.addHyperlinkListener(new HyperlinkAdapter() {

					@Override
					public void linkActivated(HyperlinkEvent e) {
						editEvidence(value);
					}
				});
				links.add(link);
			}
		}
		decoration = new ProblemDecoration(buttons.isEmpty() ? composite : buttons.get(0));
		composite.addListener(SWT.Dispose, e -> decoration.dispose());
		refresh();
	}

	public Composite getComposite() {
		return composite;
	}

	public List<Button> buttons() {
		return buttons;
	}

	public CheckGroupField layout(GridData data) {
		data.horizontalIndent = Math.max(data.horizontalIndent, ProblemDecoration.INDENT);
		composite.setLayoutData(data);
		return this;
	}

	private List<?> ticked() {
		EObject o = owner.resolve();
		return o == null ? List.of() : (List<?>) o.eGet(feature);
	}

	/** Ticks or unticks an option as a click does (asking for evidence where needed). */
	public void toggle(Button button, Enumerator value) {
		boolean tick = !ticked().contains(value);
		if (tick) {
			tick(value);
		} else {
			untick(value);
		}
		refresh();
	}

	private void tick(Enumerator value) {
		String option = Labels.literal(feature, value);
		EvidencePrompt.Answer answer = EvidencePrompt.Answer.LATER;
		if (evidence) {
			answer = context.evidencePrompt().ask(context.host().getShell(), context.document(), option, null, true);
			if (answer.cancelled()) {
				return;
			}
		}
		CompoundCommand command = new CompoundCommand();
		EObject o = owner.resolve();
		if (o == null) {
			command.append(owner.create(context.domain(), created -> {
				@SuppressWarnings("unchecked")
				Collection<Object> list = (Collection<Object>) created.eGet(feature);
				list.add(value);
			}));
		} else {
			command.append(AddCommand.create(context.domain(), o, feature, value));
		}
		if (answer.evidence() != null) {
			appendEvidence(command, o, value, answer);
		}
		context.execute(command, NLS.bind(Messages.Check_tick, option));
	}

	private void appendEvidence(CompoundCommand command, EObject o, Enumerator value, EvidencePrompt.Answer answer) {
		for (Attachment attachment : answer.newAttachments()) {
			command.append(AddCommand.create(context.domain(), context.document(), Literals.CLUSTER_DOCUMENT__ATTACHMENTS, attachment));
		}
		EvidenceLink link = o instanceof EvidenceHolder holder ? holder.evidenceFor(feature, value.getName()) : null;
		if (link != null) {
			command.append(SetCommand.create(context.domain(), link, Literals.EVIDENCE_LINK__EVIDENCE, List.of(answer.evidence())));
		} else if (o != null) {
			EvidenceLink created = ClusterDeskFactory.eINSTANCE.createEvidenceLink();
			created.setFeature(feature);
			created.setOption(value.getName());
			created.getEvidence().add(answer.evidence());
			command.append(AddCommand.create(context.domain(), o, Literals.EVIDENCE_HOLDER__EVIDENCE_LINKS, created));
		}
	}

	private void untick(Enumerator value) {
		EObject o = owner.resolve();
		if (o == null) {
			return;
		}
		CompoundCommand command = new CompoundCommand();
		command.append(RemoveCommand.create(context.domain(), o, feature, value));
		EvidenceLink link = o instanceof EvidenceHolder holder ? holder.evidenceFor(feature, value.getName()) : null;
		if (link != null) {
			command.append(RemoveCommand.create(context.domain(), o, Literals.EVIDENCE_HOLDER__EVIDENCE_LINKS, link));
		}
		context.execute(command, NLS.bind(Messages.Check_untick, Labels.literal(feature, value)));
	}

	private void editEvidence(Enumerator value) {
		EObject o = owner.resolve();
		if (o == null) {
			return;
		}
		EvidenceLink link = o instanceof EvidenceHolder holder ? holder.evidenceFor(feature, value.getName()) : null;
		EvidenceRef initial = link == null || link.getEvidence().isEmpty() ? null : link.getEvidence().get(0);
		String option = Labels.literal(feature, value);
		EvidencePrompt.Answer answer = context.evidencePrompt().ask(context.host().getShell(), context.document(), option, initial, false);
		if (answer.cancelled() || answer.evidence() == null) {
			return;
		}
		CompoundCommand command = new CompoundCommand();
		appendEvidence(command, o, value, answer);
		context.execute(command, NLS.bind(Messages.Check_evidence, option));
	}

	@Override
	public void refresh() {
		if (composite.isDisposed()) {
			return;
		}
		List<?> ticked = ticked();
		EObject o = owner.resolve();
		updating = true;
		boolean relayout = false;
		try {
			for (int i = 0; i < buttons.size(); i++) {
				Button button = buttons.get(i);
				Enumerator value = (Enumerator) button.getData();
				boolean selected = ticked.contains(value);
				if (button.getSelection() != selected) {
					button.setSelection(selected);
				}
				if (evidence) {
					Hyperlink link = links.get(i);
					String text = selected ? evidenceText(o, value) : ""; //$NON-NLS-1$
					if (!text.equals(link.getText())) {
						link.setText(text);
						link.setToolTipText(selected ? evidenceToolTip(o, value) : null);
						relayout = true;
					}
					boolean missing = selected && (o == null || !(o instanceof EvidenceHolder holder) || holder.evidenceFor(feature, value.getName()) == null
							|| holder.evidenceFor(feature, value.getName()).getEvidence().isEmpty());
					link.setForeground(link.getDisplay().getSystemColor(missing ? SWT.COLOR_RED : SWT.COLOR_LINK_FOREGROUND));
				}
			}
		} finally {
			updating = false;
		}
		if (relayout) {
			composite.layout(true);
		}
	}

	private String evidenceToolTip(EObject o, Enumerator value) {
		EvidenceLink link = o instanceof EvidenceHolder holder ? holder.evidenceFor(feature, value.getName()) : null;
		if (link == null || link.getEvidence().isEmpty()) {
			return Messages.Check_evidenceMissingTip;
		}
		List<String> lines = new ArrayList<>();
		for (EvidenceRef ref : link.getEvidence()) {
			String attachment = ref.getAttachment() == null ? "?" : EvidenceDialog.describe(ref.getAttachment()); //$NON-NLS-1$
			lines.add(ref.getPage() == null ? attachment : NLS.bind(Messages.Check_evidenceText, attachment, ref.getPage()));
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private String evidenceText(EObject o, Enumerator value) {
		EvidenceLink link = o instanceof EvidenceHolder holder ? holder.evidenceFor(feature, value.getName()) : null;
		if (link == null || link.getEvidence().isEmpty()) {
			return Messages.Check_evidenceMissing;
		}
		EvidenceRef ref = link.getEvidence().get(0);
		String attachment = ref.getAttachment() == null ? "?" : shortTitle(ref.getAttachment()); //$NON-NLS-1$
		String text = ref.getPage() == null ? NLS.bind(Messages.Check_evidenceNoPage, attachment) : NLS.bind(Messages.Check_evidenceText, attachment, ref.getPage());
		return link.getEvidence().size() > 1 ? NLS.bind(Messages.Check_evidenceMore, text, link.getEvidence().size() - 1) : text;
	}

	/** An attachment's title, short enough to sit beside the option (the tooltip has it all). */
	static String shortTitle(Attachment attachment) {
		String title = attachment.getTitle() == null || attachment.getTitle().isBlank() ? attachment.getId() : attachment.getTitle();
		return title != null && title.length() > 14 ? title.substring(0, 13) + "…" : title; //$NON-NLS-1$
	}

	@Override
	public int match(EObject o, EStructuralFeature f) {
		if (owner.is(o) && f == feature) {
			return 3;
		}
		// an evidence link of one of the options
		if (o instanceof EvidenceLink link && link.getFeature() == feature && owner.is(link.eContainer())) {
			return 3;
		}
		return 0;
	}

	@Override
	public void showProblems(List<RuleFinding> findings) {
		decoration.setFindings(findings);
	}

	public ProblemDecoration decoration() {
		return decoration;
	}

	@Override
	public void reveal(RuleFinding finding) {
		FormWidgets.reveal(buttons.isEmpty() ? composite : buttons.get(0));
	}

	@Override
	public String pageId() {
		return pageId;
	}

	public EAttribute feature() {
		return feature;
	}
}
