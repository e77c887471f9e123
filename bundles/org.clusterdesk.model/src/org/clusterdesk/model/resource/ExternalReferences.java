/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Finds references that leave a loaded document: only references inside the same document, and to the metamodel in
 * the resource set's package registry, are allowed. Found before anything resolves them, so that nothing is fetched.
 */
final class ExternalReferences {

	/** The first reference to something outside the document: where it is and what it names. */
	record Found(EObject owner, EStructuralFeature feature, URI target) {
	}

	private ExternalReferences() {
	}

	/**
	 * The first reference leaving the document, or null when there is none. Only stored references are looked at
	 * (derived ones are computed, never read from the file), without resolving anything.
	 */
	static Found first(Resource resource) {
		URI self = resource.getURI().trimFragment();
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()
						|| !object.eIsSet(reference)) {
					continue;
				}
				Object value = object.eGet(reference, false);
				Collection<?> targets = reference.isMany() ? (Collection<?>) (value instanceof InternalEList<?> list ? list.basicList() : (Collection<?>) value)
						: Collections.singletonList(value);
				for (Object target : targets) {
					if (target instanceof InternalEObject proxy && proxy.eIsProxy()) {
						URI uri = proxy.eProxyURI();
						URI document = uri.trimFragment();
						if (!document.equals(self) && !isMetamodel(resource, document)) {
							return new Found(object, reference, uri);
						}
					}
				}
			}
		}
		return null;
	}

	private static boolean isMetamodel(Resource resource, URI document) {
		return resource.getResourceSet() != null && resource.getResourceSet().getPackageRegistry().containsKey(document.toString());
	}
}
