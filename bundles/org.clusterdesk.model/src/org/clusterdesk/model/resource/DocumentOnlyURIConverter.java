/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * The only way a ClusterDesk resource set reaches bytes: the documents it was asked to open, nothing else. A
 * reference to another file ({@code file:///other.cluster#att-01}), a web address ({@code http://…}), a namespace
 * or schema location is refused with a {@link RefusedException} naming it, so that opening a document never sends a
 * request or reads another document's data.
 */
public class DocumentOnlyURIConverter extends ExtensibleURIConverterImpl {

	/** A URI outside the allowed documents; the message names it. */
	public static final class RefusedException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient URI uri;

		RefusedException(URI uri) {
			super(String.valueOf(uri));
			this.uri = uri;
		}

		public URI getURI() {
			return uri;
		}
	}

	private final Set<URI> allowed = ConcurrentHashMap.newKeySet();

	/** The converter of the set, installed when the set has another one. */
	public static DocumentOnlyURIConverter of(ResourceSet set) {
		URIConverter converter = set.getURIConverter();
		if (converter instanceof DocumentOnlyURIConverter own) {
			return own;
		}
		DocumentOnlyURIConverter own = new DocumentOnlyURIConverter();
		set.setURIConverter(own);
		return own;
	}

	/** Allows reading and writing the document at the URI (its fragment is ignored). */
	public void allow(URI uri) {
		allowed.add(key(uri));
	}

	/** Whether the URI is an allowed document. */
	public boolean isAllowed(URI uri) {
		return uri != null && allowed.contains(key(uri));
	}

	private static URI key(URI uri) {
		return uri.trimFragment().trimQuery();
	}

	private void check(URI uri) throws RefusedException {
		if (!isAllowed(uri)) {
			throw new RefusedException(uri);
		}
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		check(normalize(uri));
		return super.createInputStream(uri, options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		check(normalize(uri));
		return super.createOutputStream(uri, options);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		check(normalize(uri));
		super.delete(uri, options);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		check(normalize(uri));
		return super.contentDescription(uri, options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return isAllowed(normalize(uri)) && super.exists(uri, options);
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return isAllowed(normalize(uri)) ? super.getAttributes(uri, options) : Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		check(normalize(uri));
		super.setAttributes(uri, attributes, options);
	}
}
