/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A {@code .cluster} file: XMI in UTF-8, written so that diffs stay readable (one element per line, references
 * to the metamodel as attributes).
 */
public class ClusterResource extends XMIResourceImpl {

	/** File extension of ClusterDesk documents. */
	public static final String FILE_EXTENSION = "cluster"; //$NON-NLS-1$

	public ClusterResource(URI uri) {
		super(uri);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		save.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, null);
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PARSER_POOL, null);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
