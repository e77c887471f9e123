/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.internal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.clusterdesk.evidence.EvidenceProblem;
import org.clusterdesk.evidence.EvidenceProblem.Kind;
import org.clusterdesk.model.Attachment;
import org.eclipse.osgi.util.NLS;

/**
 * One attachment file opened for the bundle: a PDF (its pages are taken as they are) or a JPEG/PNG scan (placed on
 * an A4 page). Opening checks everything that could make the bundle fail half-way — the file exists and is readable,
 * is a format we take, is not password-protected, and every page's content can be read — so that all problems are
 * reported together before anything is written.
 */
public final class AttachmentSource implements AutoCloseable {

	/** What the file is. */
	public enum Type {
		PDF, JPEG, PNG
	}

	private final Attachment attachment;
	private final int number;
	private final Path file;
	private final Type type;
	private final PDDocument pdf;
	private final byte[] image;
	private final int imageWidth;
	private final int imageHeight;

	private AttachmentSource(Attachment attachment, int number, Path file, Type type, PDDocument pdf, byte[] image, int w, int h) {
		this.attachment = attachment;
		this.number = number;
		this.file = file;
		this.type = type;
		this.pdf = pdf;
		this.image = image;
		this.imageWidth = w;
		this.imageHeight = h;
	}

	/** Thrown by {@link #open}: the attachment cannot be used. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient EvidenceProblem problem;

		Refused(EvidenceProblem problem) {
			super(problem.message());
			this.problem = problem;
		}

		public EvidenceProblem problem() {
			return problem;
		}
	}

	/** The file of the attachment: its file name resolved against the folder of the document. */
	public static Path resolve(Path documentFolder, Attachment attachment) {
		String name = attachment.getFileName();
		return name == null || name.isBlank() ? null : documentFolder.resolve(name.strip()).normalize();
	}

	/**
	 * Opens the attachment's file.
	 *
	 * @param number the attachment's place in the 附件清单, from 1
	 * @throws Refused naming the attachment, its file and why it cannot be used
	 */
	public static AttachmentSource open(Path documentFolder, Attachment attachment, int number) throws Refused {
		String title = attachment.getTitle() == null ? "" : attachment.getTitle(); //$NON-NLS-1$
		String name = attachment.getFileName();
		if (name == null || name.isBlank()) {
			throw refused(attachment, Kind.NO_FILE_NAME, NLS.bind(Messages.Problem_noFileName, number, title));
		}
		if (Path.of(name.strip()).isAbsolute()) {
			throw refused(attachment, Kind.ABSOLUTE_PATH, NLS.bind(Messages.Problem_absolute, new Object[] { number, title, name }));
		}
		Path file = resolve(documentFolder, attachment);
		Object[] who = { number, title, name.strip(), null };
		if (!Files.exists(file)) {
			throw refused(attachment, Kind.MISSING, NLS.bind(Messages.Problem_missing, who));
		}
		byte[] head = new byte[1024];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		} catch (NoSuchFileException e) {
			throw refused(attachment, Kind.MISSING, NLS.bind(Messages.Problem_missing, who));
		} catch (IOException e) {
			who[3] = reason(e);
			throw refused(attachment, Kind.UNREADABLE, NLS.bind(Messages.Problem_unreadable, who));
		}
		head = Arrays.copyOf(head, read);
		Type type = sniff(head);
		if (type == null) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.endsWith(".ofd") || read >= 2 && head[0] == 'P' && head[1] == 'K' && lower.contains("ofd")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw refused(attachment, Kind.UNSUPPORTED, NLS.bind(Messages.Problem_ofd, who));
			}
			if (lower.endsWith(".pdf")) { //$NON-NLS-1$
				who[3] = "%PDF"; //$NON-NLS-1$
				throw refused(attachment, Kind.DAMAGED, NLS.bind(Messages.Problem_damaged, who));
			}
			int dot = name.lastIndexOf('.');
			who[3] = dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : Messages.Kind_unknown;
			throw refused(attachment, Kind.UNSUPPORTED, NLS.bind(Messages.Problem_unsupported, who));
		}
		if (type == Type.PDF) {
			return openPdf(attachment, number, file, who);
		}
		return openImage(attachment, number, file, type, who);
	}

	private static AttachmentSource openPdf(Attachment attachment, int number, Path file, Object[] who) throws Refused {
		PDDocument pdf = null;
		try {
			pdf = Loader.loadPDF(file.toFile());
			if (pdf.getNumberOfPages() == 0) {
				throw refused(attachment, Kind.EMPTY, NLS.bind(Messages.Problem_empty, who));
			}
			for (PDPage page : pdf.getPages()) { // a damaged content stream fails here, not half-way through the bundle
				try (InputStream in = page.getContents()) {
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
			AttachmentSource source = new AttachmentSource(attachment, number, file, Type.PDF, pdf, null, 0, 0);
			pdf = null;
			return source;
		} catch (InvalidPasswordException e) {
			throw refused(attachment, Kind.ENCRYPTED, NLS.bind(Messages.Problem_encrypted, who));
		} catch (IOException | RuntimeException e) {
			who[3] = reason(e);
			throw refused(attachment, Kind.DAMAGED, NLS.bind(Messages.Problem_damaged, who));
		} finally {
			closeQuietly(pdf);
		}
	}

	private static AttachmentSource openImage(Attachment attachment, int number, Path file, Type type, Object[] who) throws Refused {
		try {
			byte[] bytes = Files.readAllBytes(file);
			try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
				Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
				if (!readers.hasNext()) {
					throw new IOException(type.name());
				}
				ImageReader reader = readers.next();
				try {
					reader.setInput(in);
					int w = reader.getWidth(0);
					int h = reader.getHeight(0);
					if (w <= 0 || h <= 0) {
						throw new IOException(w + "x" + h); //$NON-NLS-1$
					}
					return new AttachmentSource(attachment, number, file, type, null, bytes, w, h);
				} finally {
					reader.dispose();
				}
			}
		} catch (IOException | RuntimeException e) {
			who[3] = reason(e);
			throw refused(attachment, Kind.DAMAGED, NLS.bind(Messages.Problem_image, who));
		}
	}

	private static Type sniff(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
			return Type.JPEG;
		}
		if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return Type.PNG;
		}
		// a PDF header may follow some junk bytes (the specification allows it within the first 1024 bytes)
		String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
		return text.contains("%PDF-") ? Type.PDF : null; //$NON-NLS-1$
	}

	private static String reason(Throwable e) {
		String m = e.getMessage();
		return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
	}

	private static Refused refused(Attachment attachment, Kind kind, String message) {
		return new Refused(new EvidenceProblem(attachment, kind, message));
	}

	private static void closeQuietly(PDDocument pdf) {
		if (pdf != null) {
			try {
				pdf.close();
			} catch (IOException e) {
				// nothing more to tell: the problem is reported already
			}
		}
	}

	public Attachment attachment() {
		return attachment;
	}

	public int number() {
		return number;
	}

	public Path file() {
		return file;
	}

	public Type type() {
		return type;
	}

	/** The pages it adds to the bundle: the PDF's, or one for a scan. */
	public int pages() {
		return pdf != null ? pdf.getNumberOfPages() : 1;
	}

	public PDDocument pdf() {
		return pdf;
	}

	public byte[] image() {
		return image;
	}

	public int imageWidth() {
		return imageWidth;
	}

	public int imageHeight() {
		return imageHeight;
	}

	@Override
	public void close() {
		closeQuietly(pdf);
	}
}
