/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.rules;

import org.eclipse.emf.ecore.EObject;

/**
 * The body of a filling rule of the catalogue. A rule is declared on the metamodel as an invariant named by its id
 * (for example {@code G09} on {@code Application}); EMF's generated validator calls the invariant, which hands the
 * object to every rule contributed for that id through the extension point {@code org.clusterdesk.model.rules}.
 * One class may serve a small family of ids: {@link RuleContext#ruleId()} says which one is asked.
 */
public interface Rule {

	/** Checks the object and reports what is wrong through the context. */
	void check(EObject object, RuleContext context);
}
