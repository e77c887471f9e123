/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.clusterdesk.model.ClusterDeskPackage;
import org.clusterdesk.model.ClusterDocument;
import org.clusterdesk.model.resource.migration.NewerVersionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving {@code .cluster} files safely. A save writes a temporary file beside the target, forces it to
 * disk, keeps the previous version as {@code NAME.cluster.bak} and then renames the temporary file over the target
 * in one atomic step, so a crash never leaves a half-written document. A load only reads: a damaged, truncated or
 * foreign file gives a {@link ClusterLoadException} naming the file and position, and the file stays as it was.
 */
public final class ClusterFiles {

	/** Suffix of the previous version kept by {@link #save(Resource, Path)}. */
	public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

	private ClusterFiles() {
	}

	/**
	 * A resource set that knows {@code .cluster} files and the ClusterDesk metamodel, also outside OSGi; the one place
	 * where CLI, editor and review get theirs. It reads only the documents it is asked to open
	 * ({@link DocumentOnlyURIConverter}) and knows only the metamodel (no package is fetched from a namespace or
	 * schema location): opening a document never touches the network or another file.
	 */
	public static ResourceSet createResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ClusterResource.FILE_EXTENSION,
				new ClusterResourceFactory());
		set.setPackageRegistry(new EPackageRegistryImpl());
		set.getPackageRegistry().put(ClusterDeskPackage.eNS_URI, ClusterDeskPackage.eINSTANCE);
		set.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		set.getPackageRegistry().put(XMLTypePackage.eNS_URI, XMLTypePackage.eINSTANCE);
		set.setURIConverter(new DocumentOnlyURIConverter());
		return set;
	}

	/** Loads a document into a new resource set. */
	public static ClusterDocument load(Path file) throws ClusterLoadException {
		return load(createResourceSet(), file);
	}

	/** Loads a document into the given resource set; on failure the half-loaded resource is removed again. */
	public static ClusterDocument load(ResourceSet set, Path file) throws ClusterLoadException {
		Path absolute = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(absolute)) {
			throw new ClusterLoadException(absolute, 0, 0, Messages.bind(Messages.ClusterFiles_notFound, absolute), null);
		}
		if (!Files.isReadable(absolute)) {
			throw LoadReasons.permissionDenied(absolute, null);
		}
		URI uri = URI.createFileURI(absolute.toString());
		DocumentOnlyURIConverter.of(set).allow(uri);
		Resource resource = set.getResourceFactoryRegistry().getFactory(uri) instanceof ClusterResourceFactory factory
				? factory.createResource(uri) : new ClusterResource(uri);
		set.getResources().add(resource);
		try {
			resource.load(null);
		} catch (IOException e) {
			set.getResources().remove(resource);
			throw describe(absolute, e);
		} catch (RuntimeException e) {
			set.getResources().remove(resource);
			ClusterLoadException precise = LoadReasons.of(absolute, e);
			if (precise != null) {
				throw precise;
			}
			throw new ClusterLoadException(absolute, 0, 0,
					Messages.bind(Messages.ClusterFiles_damaged, new Object[] { absolute, 0, 0, String.valueOf(e) }), e);
		}
		ExternalReferences.Found external = ExternalReferences.first(resource);
		if (external != null) {
			set.getResources().remove(resource);
			throw LoadReasons.externalReference(absolute, external);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ClusterDocument document)) {
			set.getResources().remove(resource);
			throw new ClusterLoadException(absolute, 0, 0, Messages.bind(Messages.ClusterFiles_foreign, absolute), null);
		}
		return document;
	}

	private static ClusterLoadException describe(Path file, IOException e) {
		if (e instanceof NewerVersionException newer) {
			return new ClusterLoadException(file, 0, 0, file + "\uff1a" + newer.getMessage(), e); //$NON-NLS-1$
		}
		ClusterLoadException precise = LoadReasons.of(file, e);
		if (precise != null) {
			return precise;
		}
		Throwable cause = e instanceof Resource.IOWrappedException && e.getCause() != null ? e.getCause() : e;
		int line = 0;
		int column = 0;
		if (cause instanceof XMIException xmi) {
			line = xmi.getLine();
			column = xmi.getColumn();
			if (xmi instanceof PackageNotFoundException) {
				return new ClusterLoadException(file, line, column, Messages.bind(Messages.ClusterFiles_foreign, file), e);
			}
			if (xmi.getCause() instanceof SAXParseException sax) {
				cause = sax;
			}
		}
		if (cause instanceof SAXParseException sax) {
			line = sax.getLineNumber();
			column = sax.getColumnNumber();
		}
		String reason = cause.getLocalizedMessage() == null ? cause.getClass().getSimpleName() : cause.getLocalizedMessage();
		return new ClusterLoadException(file, Math.max(line, 0), Math.max(column, 0),
				Messages.bind(Messages.ClusterFiles_damaged, new Object[] { file, Math.max(line, 0), Math.max(column, 0), reason }), e);
	}

	/**
	 * Saves the resource to the file atomically, keeping the previous version as a backup. The document's
	 * {@link DocumentLock} is held for the write; a symbolic link is written through, a read-only file refused (see
	 * {@link AtomicFiles}).
	 *
	 * @throws IOException when the file cannot be written; the target is then unchanged
	 */
	public static void save(Resource resource, Path file) throws IOException {
		Path target = AtomicFiles.target(file);
		try (DocumentLock lock = DocumentLock.acquire(target)) {
			AtomicFiles.write(target, out -> resource.save(out, null), () -> {
				if (Files.exists(target)) {
					keepBackup(target);
				}
			});
		}
	}

	/** The previous version becomes NAME.bak: a hard link where possible (no copy), a copy otherwise. */
	private static void keepBackup(Path target) throws IOException {
		Path backup = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
		Files.deleteIfExists(backup);
		try {
			Files.createLink(backup, target);
		} catch (IOException | UnsupportedOperationException e) {
			try {
				Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			} catch (NoSuchFileException gone) {
				// nothing to keep
			}
		}
	}
}
