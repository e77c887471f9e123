/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.editions;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.Edition;
import org.clusterdesk.model.resource.migration.FileVersions;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.osgi.framework.Bundle;

/**
 * The editions ClusterDesk knows. Each edition is one {@code .edition} file (XMI of {@link Edition}) contributed
 * through the extension point {@code org.clusterdesk.model.editions}, so that a modeller adds an edition by adding
 * one file and one extension, in this bundle or another one, without touching code.
 */
public final class EditionRegistry {

	/** Extension point id. */
	public static final String EXTENSION_POINT = "org.clusterdesk.model.editions"; //$NON-NLS-1$

	/** File extension of edition definitions. */
	public static final String FILE_EXTENSION = "edition"; //$NON-NLS-1$

	private static final EditionRegistry DEFAULT = new EditionRegistry();

	private final ResourceSet resourceSet = createResourceSet();

	private Map<String, Edition> editions;

	private EditionRegistry() {
	}

	public static EditionRegistry getDefault() {
		return DEFAULT;
	}

	/** The edition with the given id, or null. */
	public synchronized Edition getEdition(String id) {
		return editions().get(id);
	}

	/** All editions, in the order they were contributed. */
	public synchronized List<Edition> getEditions() {
		return Collections.unmodifiableList(new ArrayList<>(editions().values()));
	}

	/**
	 * Registers an edition given by its location, replacing one with the same id.
	 *
	 * @throws IOException when the file cannot be read or holds no edition; the message names the file
	 */
	public synchronized Edition register(URI location) throws IOException {
		Edition edition = load(location);
		editions().put(edition.getId(), edition);
		return edition;
	}

	private Map<String, Edition> editions() {
		if (editions == null) {
			editions = new LinkedHashMap<>();
			loadContributions();
		}
		return editions;
	}

	private void loadContributions() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file"); //$NON-NLS-1$
			Bundle bundle = Platform.getBundle(contributor);
			URL url = bundle == null || file == null ? null : bundle.getEntry(file);
			if (url == null) {
				Platform.getLog(EditionRegistry.class).error(Messages.missingFile(contributor, file));
				continue;
			}
			try {
				Edition edition = load(URI.createURI(url.toString()));
				editions.put(edition.getId(), edition);
			} catch (IOException e) {
				Platform.getLog(EditionRegistry.class).error(e.getMessage(), e);
			}
		}
	}

	private Edition load(URI location) throws IOException {
		Resource resource = resourceSet.getResource(location, true);
		if (!resource.getErrors().isEmpty()) {
			throw new IOException(location + ": " + resource.getErrors().get(0).getMessage()); //$NON-NLS-1$
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Edition edition)) {
			throw new IOException(Messages.notAnEdition(location.toString()));
		}
		EcoreUtil.resolveAll(resource);
		for (var proxy : EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).keySet()) {
			throw new IOException(Messages.unresolved(location.toString(), EcoreUtil.getURI(proxy).toString()));
		}
		return edition;
	}

	private static ResourceSet createResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
		// the rows reference features of our own metamodel by its namespace URI
		set.getPackageRegistry().put(ClusterDeskPackage.eNS_URI, ClusterDeskPackage.eINSTANCE);
		// an edition written against an older metamodel version still loads while the features its rows name exist
		for (int version = 1; version < FileVersions.CURRENT; version++) {
			set.getPackageRegistry().put(FileVersions.nsURI(version), ClusterDeskPackage.eINSTANCE);
		}
		return set;
	}
}
