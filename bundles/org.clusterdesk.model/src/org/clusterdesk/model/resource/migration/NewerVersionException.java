/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource.migration;

import java.io.IOException;

/** A file written by a newer ClusterDesk (a metamodel version this one does not know); it is not read. */
public class NewerVersionException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int version;

	public NewerVersionException(int version) {
		super(Messages.bind(Messages.Version_newer, version));
		this.version = version;
	}

	/** The version the file states. */
	public int getVersion() {
		return version;
	}
}
