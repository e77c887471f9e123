/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.model.resource.ClusterResource;

/** The files named on a command line: a folder stands for the .cluster files in it, sorted by name. */
final class InputFiles {

	private InputFiles() {
	}

	static List<Path> expand(List<String> names) {
		List<Path> files = new ArrayList<>();
		for (String name : names) {
			Path path = Path.of(name);
			if (Files.isDirectory(path)) {
				try (Stream<Path> children = Files.list(path)) {
					children.filter(p -> p.getFileName().toString().endsWith("." + ClusterResource.FILE_EXTENSION)) //$NON-NLS-1$
							.sorted().forEach(files::add);
				} catch (IOException e) {
					files.add(path); // reported as unreadable by the command
				}
			} else {
				files.add(path);
			}
		}
		return files;
	}
}
