/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.clusterdesk.model.ClusterDeskPackage;

/**
 * The metamodel version a {@code .cluster} file was written with. The version is part of the metamodel's namespace
 * URI ({@code http://www.clusterdesk.org/model/N.0}), so every file states it in its root element; files written
 * before versioning use {@code …/model/1.0} and are version 1.
 */
public final class FileVersions {

	/** The namespace URI of every version, without the version. */
	public static final String NS_URI_BASE = "http://www.clusterdesk.org/model/"; //$NON-NLS-1$

	private static final Pattern NS_URI = Pattern.compile(Pattern.quote(NS_URI_BASE) + "(\\d{1,6})\\.0"); //$NON-NLS-1$

	/** The version this ClusterDesk writes: the one in {@link ClusterDeskPackage#eNS_URI}. */
	public static final int CURRENT = versionOf(ClusterDeskPackage.eNS_URI);

	private FileVersions() {
	}

	/** The version of a ClusterDesk namespace URI, or -1 when it is not one. */
	public static int versionOf(String nsURI) {
		Matcher m = nsURI == null ? null : NS_URI.matcher(nsURI);
		return m != null && m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** The namespace URI of a version. */
	public static String nsURI(int version) {
		return NS_URI_BASE + version + ".0"; //$NON-NLS-1$
	}

	/** True for the namespace URI of a version older than {@link #CURRENT}. */
	public static boolean isOlder(String nsURI) {
		int version = versionOf(nsURI);
		return version > 0 && version < CURRENT;
	}

	/**
	 * The version declared by the root element of an XML document (its ClusterDesk namespace), or -1 when the
	 * document declares none or cannot be read that far (the real load then reports why).
	 */
	public static int sniff(byte[] xml) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					int version = -1;
					for (int i = 0; i < reader.getNamespaceCount(); i++) {
						version = Math.max(version, versionOf(reader.getNamespaceURI(i)));
					}
					return version;
				}
			}
			return -1;
		} catch (XMLStreamException | RuntimeException e) {
			return -1;
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// nothing held
				}
			}
		}
	}
}
