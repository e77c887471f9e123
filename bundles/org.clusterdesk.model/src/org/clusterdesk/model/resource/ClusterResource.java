/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A {@code .cluster} file: XMI in UTF-8, written so that diffs stay readable (one element per line, references
 * to the metamodel as attributes).
 */
public class ClusterResource extends XMIResourceImpl {

	/** File extension of ClusterDesk documents. */
	public static final String FILE_EXTENSION = "cluster"; //$NON-NLS-1$

	/** A document has no DOCTYPE: none is read, so no DTD or entity is ever fetched. */
	private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$

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
		load.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
	}

	/** Decimals are bounded when read: an absurd number is refused at load, naming line, field and value. */
	@Override
	protected XMLHelper createXMLHelper() {
		return new ClusterXMLHelper(this);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
