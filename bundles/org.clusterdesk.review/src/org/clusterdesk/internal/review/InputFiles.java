/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.review;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
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

	/**
	 * The files of names typed on a command line, a folder standing for the .cluster files directly in it; a folder
	 * that cannot be listed stays in the list, for the command to report as unreadable.
	 */
	public static List<Path> paths(List<String> names) {
		return expand(names.stream().map(Path::of).toList()).stream().map(Input::path).toList();
	}

	/** The files of the inputs, a folder standing for the .cluster files directly in it. */
	public static List<Input> expand(List<Path> inputs) {
		return expand(inputs, false);
	}

	/**
	 * The files of the inputs.
	 *
	 * @param recursive whether a folder also stands for the .cluster files in its subfolders (a season's applications
	 *                  kept in a folder per city or county); they are sorted by their path within the folder
	 */
	public static List<Input> expand(List<Path> inputs, boolean recursive) {
		List<Input> files = new ArrayList<>();
		for (Path path : inputs) {
			if (!Files.isDirectory(path)) {
				files.add(new Input(path, null));
			} else if (recursive) {
				walk(path, files);
			} else {
				try (Stream<Path> children = Files.list(path)) {
					children.filter(InputFiles::isClusterFile).sorted().forEach(p -> files.add(new Input(p, null)));
				} catch (IOException e) {
					files.add(new Input(path, message(e)));
				}
			}
		}
		return files;
	}

	/** The .cluster files below a folder; a subfolder that cannot be listed is an input with its error, the rest go on. */
	private static void walk(Path folder, List<Input> files) {
		List<Input> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && isClusterFile(file)) {
						found.add(new Input(file, null));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					found.add(new Input(file, message(e)));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			found.add(new Input(folder, message(e)));
		}
		// by the path within the folder: a city's files together, in name order
		found.sort(Comparator.comparing(input -> folder.relativize(input.path()).toString()));
		files.addAll(found);
	}

	private static boolean isClusterFile(Path path) {
		return path.getFileName().toString().endsWith("." + ClusterResource.FILE_EXTENSION) && Files.isRegularFile(path); //$NON-NLS-1$
	}

	private static String message(IOException e) {
		return e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage();
	}
}
