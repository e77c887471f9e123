/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.editor.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.rules.RuleFinding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What every page and control of one editor shares: the document and its editing domain (every change is a command
 * on its stack), the derived values, the findings of the last validation and the controls that show them, and the
 * fields holding typed text not yet written to the model.
 */
public final class FormContext {

	/** What the editor offers its pages. */
	public interface Host {

		Shell getShell();

		/** A short message in the status line (an error in red). */
		void showStatus(String message, boolean error);

		/** Fields started or stopped holding uncommitted text: the dirty state may have changed. */
		void pendingChanged();
	}

	private final EditingDomain domain;

	private final ClusterDocument document;

	private final Host host;

	private FormToolkit toolkit;

	private EvidencePrompt evidencePrompt = EvidencePrompt.DIALOG;

	private DerivedIndex derived = DerivedIndex.empty();

	private List<RuleFinding> findings = List.of();

	private final Map<String, List<ProblemTarget>> targets = new HashMap<>();

	private final Map<String, String> pageSections = new HashMap<>();

	private final Set<Binding> pending = Collections.newSetFromMap(new IdentityHashMap<>());

	private Map<ProblemTarget, List<RuleFinding>> assigned = new IdentityHashMap<>();

	private final Map<String, int[]> pageCounts = new HashMap<>();

	public FormContext(EditingDomain domain, ClusterDocument document, Host host) {
		this.domain = domain;
		this.document = document;
		this.host = host;
		recomputeDerived();
	}

	public EditingDomain domain() {
		return domain;
	}

	public ClusterDocument document() {
		return document;
	}

	public Edition edition() {
		return document.getEdition();
	}

	public Host host() {
		return host;
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	public void setToolkit(FormToolkit toolkit) {
		this.toolkit = toolkit;
	}

	public EvidencePrompt evidencePrompt() {
		return evidencePrompt;
	}

	/** Replaces the evidence dialog (tests answer it without a modal loop). */
	public void setEvidencePrompt(EvidencePrompt prompt) {
		this.evidencePrompt = prompt == null ? EvidencePrompt.DIALOG : prompt;
	}

	/** The first of the edition's 填报说明 that mentions the words (quoted as a field's tooltip), or null. */
	public String instructionAbout(String words) {
		Edition edition = edition();
		if (edition == null) {
			return null;
		}
		for (int i = 0; i < edition.getInstructions().size(); i++) {
			String instruction = edition.getInstructions().get(i);
			if (instruction.contains(words)) {
				return NLS.bind(Messages.Context_instruction, i + 1, instruction);
			}
		}
		return null;
	}

	/** The row label of the feature in the document's edition, else the metamodel's label. */
	public String label(EStructuralFeature feature) {
		return Labels.of(edition(), feature);
	}

	// ---------------------------------------------------------------- changes

	/** Executes a change as one undoable step named after what it changes; a change that cannot run is reported. */
	public boolean execute(Command command, String label) {
		if (command == null || !command.canExecute()) {
			host.showStatus(Messages.Context_cannotChange, true);
			return false;
		}
		domain.getCommandStack().execute(label == null ? command : named(command, label));
		return true;
	}

	/** A command whose undo/redo label names the changed field. */
	public static Command named(Command command, String name) {
		// not an anonymous class: its inherited field "label" would hide the parameter
		return new CommandWrapper(name, name, command);
	}

	private Collection<?> lastChanged = List.of();

	/** The objects the last change (or undo / redo) touched. */
	public Collection<?> lastChanged() {
		return lastChanged;
	}

	public void setLastChanged(Collection<?> objects) {
		lastChanged = objects == null ? List.of() : objects;
	}

	public DerivedIndex derived() {
		return derived;
	}

	/** Computes the derived values again (after a change). */
	public void recomputeDerived() {
		derived = DerivedIndex.of(document);
	}

	// ---------------------------------------------------------------- fields with typed text

	public void setPending(Binding binding, boolean isPending) {
		boolean changed = isPending ? pending.add(binding) : pending.remove(binding);
		if (changed) {
			host.pendingChanged();
		}
	}

	public boolean hasPending() {
		return !pending.isEmpty();
	}

	/** Writes every field's typed text; returns the fields whose text could not be read (they keep it). */
	public List<Binding> commitPending() {
		List<Binding> failed = new ArrayList<>();
		for (Binding binding : new ArrayList<>(pending)) {
			if (!binding.commit()) {
				failed.add(binding);
			}
		}
		return failed;
	}

	/** Forgets a binding whose control is gone. */
	public void forget(Binding binding) {
		setPending(binding, false);
	}

	// ---------------------------------------------------------------- findings

	/** Registers the controls of a page that show findings, replacing what the page registered before. */
	public void setTargets(String pageId, String sectionNumber, List<ProblemTarget> pageTargets) {
		targets.put(pageId, new ArrayList<>(pageTargets));
		if (sectionNumber != null) {
			pageSections.put(pageId, sectionNumber);
		}
		assign();
	}

	public void removeTargets(String pageId) {
		targets.keySet().removeIf(k -> k.equals(pageId) || k.startsWith(pageId + "#")); //$NON-NLS-1$
		pageSections.remove(pageId);
		assigned.keySet().removeIf(t -> pageId.equals(t.pageId()));
	}

	public List<RuleFinding> findings() {
		return findings;
	}

	/** Shows the findings of a validation on the controls they are about. */
	public void setFindings(List<RuleFinding> findings) {
		this.findings = List.copyOf(findings);
		assign();
	}

	/** The control a finding is about, or null when none is shown (yet). */
	public ProblemTarget locate(RuleFinding finding) {
		EObject owner = finding.owner();
		EStructuralFeature feature = finding.feature();
		while (owner != null) {
			ProblemTarget best = null;
			int bestScore = 0;
			for (List<ProblemTarget> page : targets.values()) {
				for (ProblemTarget target : page) {
					int score = target.match(finding, owner, feature);
					if (score > bestScore || score > 0 && score == bestScore && onSectionPage(target, finding) && !onSectionPage(best, finding)) {
						best = target;
						bestScore = score;
					}
				}
			}
			if (best != null) {
				return best;
			}
			feature = owner.eContainingFeature();
			owner = owner.eContainer();
		}
		return null;
	}

	private boolean onSectionPage(ProblemTarget target, RuleFinding finding) {
		return target != null && finding.section() != null && Objects.equals(pageSections.get(target.pageId()), finding.section());
	}

	private void assign() {
		Map<ProblemTarget, List<RuleFinding>> next = new IdentityHashMap<>();
		for (RuleFinding finding : findings) {
			ProblemTarget target = locate(finding);
			if (target != null) {
				next.computeIfAbsent(target, k -> new ArrayList<>()).add(finding);
			}
		}
		Set<ProblemTarget> all = Collections.newSetFromMap(new IdentityHashMap<>());
		targets.values().forEach(all::addAll);
		for (ProblemTarget target : all) {
			List<RuleFinding> now = next.getOrDefault(target, List.of());
			List<RuleFinding> before = assigned.getOrDefault(target, List.of());
			if (!now.equals(before) || !assigned.containsKey(target)) {
				target.showProblems(now);
			}
		}
		assigned = next;
		pageCounts.clear();
		for (Map.Entry<ProblemTarget, List<RuleFinding>> entry : next.entrySet()) {
			String page = entry.getKey().pageId();
			int[] counts = pageCounts.computeIfAbsent(page.contains("#") ? page.substring(0, page.indexOf('#')) : page, k -> new int[2]); //$NON-NLS-1$
			for (RuleFinding finding : entry.getValue()) {
				counts[finding.isError() ? 0 : 1]++;
			}
		}
		for (ProblemTarget target : all) {
			assigned.putIfAbsent(target, List.of());
		}
	}

	/** How many errors and warnings the controls of a page show: {errors, warnings}. */
	public int[] problemCounts(String pageId) {
		int[] counts = pageCounts.get(pageId);
		return counts == null ? new int[2] : counts.clone();
	}

	/** Every registered target on a page, in no particular order (for tests and reveal). */
	public List<ProblemTarget> targets(String pageId) {
		return targets.getOrDefault(pageId, List.of());
	}

	/** The page ids with registered targets. */
	public Set<String> pagesWithTargets() {
		return new LinkedHashSet<>(targets.keySet());
	}
}
