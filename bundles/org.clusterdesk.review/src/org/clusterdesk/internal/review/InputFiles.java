/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clusterdesk.model.resource.ClusterResource;

/**
 * The files of a batch: a folder stands for the .cluster files directly in it, sorted by name (as the other commands
 * read folders); a file stands for itself, whatever its name, so that a misnamed or missing file is reported rather
 * than silently left out.
 */
public final class InputFiles {

	/** An input and, when a folder could not be listed, why. */
	public record Input(Path path, String folderError) {
	}

	private InputFiles() {
	}

	public static List<Input> expand(List<Path> inputs) {
		List<Input> files = new ArrayList<>();
		for (Path path : inputs) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> children = Files.list(path)) {
					children.filter(p -> p.getFileName().toString().endsWith("." + ClusterResource.FILE_EXTENSION) //$NON-NLS-1$
							&& Files.isRegularFile(p)).sorted().forEach(p -> files.add(new Input(p, null)));
				} catch (IOException e) {
					files.add(new Input(path, e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage()));
				}
			} else {
				files.add(new Input(path, null));
			}
		}
		return files;
	}
}
