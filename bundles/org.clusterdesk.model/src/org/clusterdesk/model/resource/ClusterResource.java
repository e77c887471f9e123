/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.resource.migration.FileVersions;
import org.clusterdesk.model.resource.migration.Migrations;
import org.clusterdesk.model.resource.migration.NewerVersionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code .cluster} file: XMI in UTF-8, written so that diffs stay readable (one element per line, references
 * to the metamodel as attributes). The root element's namespace states the metamodel version
 * ({@link FileVersions}): a file of an older version is read into the current metamodel and migrated in memory
 * ({@link Migrations}; the report is attached to the resource), a file of a newer version is refused with
 * {@link NewerVersionException}.
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
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] bytes = inputStream.readAllBytes();
		int version = FileVersions.sniff(bytes);
		if (version > FileVersions.CURRENT) {
			throw new NewerVersionException(version);
		}
		if (version < 1 || version == FileVersions.CURRENT) {
			super.doLoad(new ByteArrayInputStream(bytes), options);
			return;
		}
		// an older file: features the metamodel no longer has are recorded for the migration steps, not errors
		Map<Object, Object> legacy = new HashMap<>(options == null ? Map.of() : options);
		legacy.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		super.doLoad(new ByteArrayInputStream(bytes), legacy);
		Migrations.migrate(this, version);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {

			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {

					@Override
					protected EPackage getPackageForURI(String uriString) {
						// the namespace of an older version is read into the current metamodel, then migrated
						return FileVersions.isOlder(uriString) ? ClusterDeskPackage.eINSTANCE : super.getPackageForURI(uriString);
					}
				};
			}
		};
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
