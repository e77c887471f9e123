/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * The rule bodies behind the metamodel's invariants. Bundles contribute them through the extension point
 * {@code org.clusterdesk.model.rules} ({@code <rule id="G09" class="…"/>}); a modeller adds a rule by writing one
 * {@link Rule} class and declaring it there (and, for a new id, the invariant on the metamodel, named by the id, on
 * the class whose objects the rule checks).
 */
public final class RuleRegistry {

	/** Extension point id. */
	public static final String EXTENSION_POINT = "org.clusterdesk.model.rules"; //$NON-NLS-1$

	private static final RuleRegistry DEFAULT = new RuleRegistry();

	private Map<String, List<Rule>> rules;

	private RuleRegistry() {
	}

	public static RuleRegistry getDefault() {
		return DEFAULT;
	}

	/**
	 * Runs the rules contributed for the id on the object: the body of every invariant of the metamodel.
	 *
	 * @return false when a rule reported an error
	 */
	public boolean check(String ruleId, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Rule> bodies = rules(ruleId);
		if (bodies.isEmpty()) {
			return true;
		}
		RuleContext ruleContext = new RuleContext(ruleId, object, diagnostics, context);
		for (Rule rule : bodies) {
			rule.check(object, ruleContext);
		}
		return !ruleContext.reportedError();
	}

	/** The rules contributed for an id, in contribution order. */
	public synchronized List<Rule> rules(String ruleId) {
		return all().getOrDefault(ruleId, List.of());
	}

	/** Every rule id that has a body. */
	public synchronized Set<String> ruleIds() {
		return Collections.unmodifiableSet(all().keySet());
	}

	/** Adds a body for an id, e.g. from a test or a bundle that registers rules in code. */
	public synchronized void register(String ruleId, Rule rule) {
		all().computeIfAbsent(ruleId, k -> new ArrayList<>()).add(rule);
	}

	/** Removes a body added with {@link #register}. */
	public synchronized void unregister(String ruleId, Rule rule) {
		List<Rule> list = all().get(ruleId);
		if (list != null) {
			list.remove(rule);
		}
	}

	private Map<String, List<Rule>> all() {
		if (rules == null) {
			rules = new LinkedHashMap<>();
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry != null) {
				for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
					String id = element.getAttribute("id"); //$NON-NLS-1$
					try {
						Object rule = element.createExecutableExtension("class"); //$NON-NLS-1$
						if (id != null && rule instanceof Rule r) {
							rules.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
						}
					} catch (CoreException e) {
						Platform.getLog(RuleRegistry.class).log(e.getStatus());
					}
				}
			}
		}
		return rules;
	}
}
