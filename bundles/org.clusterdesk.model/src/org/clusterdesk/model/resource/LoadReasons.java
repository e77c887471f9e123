/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.model.resource;

import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Why a {@code .cluster} file cannot be read, as a sentence a clerk understands, with file and place: an absurd or
 * invalid value (field and value), invalid UTF-8 (line, column and byte), an unknown encoding in the XML
 * declaration, a DOCTYPE, a reference outside the document, no permission to read. Reasons not known here are left
 * to {@link ClusterFiles} (null).
 */
final class LoadReasons {

	private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']"); //$NON-NLS-1$

	private LoadReasons() {
	}

	/** The precise reason for a failed load, or null when the failure is none of the known kinds. */
	static ClusterLoadException of(Path file, Throwable failure) {
		IllegalValueException value = find(failure, IllegalValueException.class);
		if (value != null) {
			return illegalValue(file, value);
		}
		RuntimeException runtime = find(failure, DecimalBounds.OutOfBoundsException.class);
		if (runtime != null) {
			return new ClusterLoadException(file, 0, 0, Messages.bind(Messages.ClusterFiles_numberOutOfBounds,
					new Object[] { file, 0, 0, "—", runtime.getMessage(), DecimalBounds.MAX_INTEGER_DIGITS, DecimalBounds.MAX_DECIMALS }), //$NON-NLS-1$
					failure);
		}
		DocumentOnlyURIConverter.RefusedException refused = find(failure, DocumentOnlyURIConverter.RefusedException.class);
		if (refused != null) {
			int[] at = position(failure);
			return new ClusterLoadException(file, at[0], at[1],
					Messages.bind(Messages.ClusterFiles_refused, new Object[] { file, at[0], at[1], refused.getURI() }), failure);
		}
		if (find(failure, AccessDeniedException.class) != null || isPermissionDenied(find(failure, FileNotFoundException.class))) {
			return permissionDenied(file, failure);
		}
		String declared = declaredEncoding(file);
		if (find(failure, UnsupportedEncodingException.class) != null || find(failure, UnsupportedCharsetException.class) != null
				|| find(failure, IllegalCharsetNameException.class) != null || mentionsEncoding(failure, declared)) {
			// the parser knows no position yet: the declaration is the first line, the value where it is written
			int column = Math.max(declarationHead(file).indexOf(declared == null ? "encoding" : '"' + declared + '"'), 0) + 2; //$NON-NLS-1$
			return new ClusterLoadException(file, 1, column,
					Messages.bind(Messages.ClusterFiles_unknownEncoding, new Object[] { file, 1, column, declared }), failure);
		}
		if (find(failure, CharConversionException.class) != null || mentionsUtf8(failure)) {
			ClusterLoadException utf8 = invalidUtf8(file, declared, failure);
			if (utf8 != null) {
				return utf8;
			}
		}
		SAXParseException sax = find(failure, SAXParseException.class);
		if (sax != null && sax.getMessage() != null && sax.getMessage().contains("DOCTYPE")) { //$NON-NLS-1$
			return new ClusterLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), Messages.bind(Messages.ClusterFiles_doctype,
					new Object[] { file, Math.max(sax.getLineNumber(), 0), Math.max(sax.getColumnNumber(), 0) }), failure);
		}
		return null;
	}

	/** No permission to read the file. */
	static ClusterLoadException permissionDenied(Path file, Throwable cause) {
		return new ClusterLoadException(file, 0, 0, Messages.bind(Messages.ClusterFiles_permission, file), cause);
	}

	/** A reference that leaves the document. */
	static ClusterLoadException externalReference(Path file, ExternalReferences.Found found) {
		return new ClusterLoadException(file, 0, 0, Messages.bind(Messages.ClusterFiles_externalReference,
				new Object[] { file, found.target(), field(found.owner(), found.feature()) }), null);
	}

	private static ClusterLoadException illegalValue(Path file, IllegalValueException e) {
		int line = Math.max(e.getLine(), 0);
		int column = Math.max(e.getColumn(), 0);
		String field = field(e.getObject(), e.getFeature());
		String written = DecimalBounds.shown(String.valueOf(e.getValue()));
		if (find(e, DecimalBounds.OutOfBoundsException.class) != null) {
			return new ClusterLoadException(file, line, column, Messages.bind(Messages.ClusterFiles_numberOutOfBounds,
					new Object[] { file, line, column, field, written, DecimalBounds.MAX_INTEGER_DIGITS, DecimalBounds.MAX_DECIMALS }), e);
		}
		return new ClusterLoadException(file, line, column,
				Messages.bind(Messages.ClusterFiles_badValue, new Object[] { file, line, column, field, written }), e);
	}

	/** The field as the file names it: the element's type and the attribute, e.g. YearDecimal.value. */
	private static String field(EObject owner, EStructuralFeature feature) {
		if (feature == null) {
			return "—"; //$NON-NLS-1$
		}
		String type = owner != null ? owner.eClass().getName() : feature.getEContainingClass() != null ? feature.getEContainingClass().getName() : null;
		return type == null ? feature.getName() : type + "." + feature.getName(); //$NON-NLS-1$
	}

	private static ClusterLoadException invalidUtf8(Path file, String declared, Throwable failure) {
		if (declared != null && !declared.replace("-", "").equalsIgnoreCase("UTF8")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return null;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		long consumed = 0;
		int line = 1;
		int column = 1;
		try (InputStream stream = Files.newInputStream(file)) {
			boolean eof = false;
			while (true) {
				if (!eof) {
					int n = stream.read(in.array(), in.position(), in.remaining());
					if (n < 0) {
						eof = true;
					} else {
						in.position(in.position() + n);
					}
				}
				in.flip();
				int before = in.position();
				CoderResult result = decoder.decode(in, out, eof);
				consumed += in.position() - before;
				out.flip();
				while (out.hasRemaining()) {
					if (out.get() == '\n') {
						line++;
						column = 1;
					} else {
						column++;
					}
				}
				out.clear();
				if (result.isError()) {
					return new ClusterLoadException(file, line, column, Messages.bind(Messages.ClusterFiles_invalidUtf8,
							new Object[] { file, line, column, consumed }), failure);
				}
				in.compact();
				if (eof && result.isUnderflow() && in.position() == 0) {
					return null; // decodes fine: the problem is elsewhere
				}
				if (eof && result.isUnderflow()) {
					// a truncated sequence at the end
					return new ClusterLoadException(file, line, column, Messages.bind(Messages.ClusterFiles_invalidUtf8,
							new Object[] { file, line, column, consumed }), failure);
				}
			}
		} catch (IOException e) {
			return null;
		}
	}

	/** The first bytes of the file, as Latin-1 (the XML declaration is ASCII); empty when unreadable. */
	private static String declarationHead(Path file) {
		byte[] head = new byte[256];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
		return new String(head, 0, n, StandardCharsets.ISO_8859_1);
	}

	/** The encoding named in the XML declaration, or null. */
	private static String declaredEncoding(Path file) {
		String start = declarationHead(file);
		if (!start.startsWith("<?xml")) { //$NON-NLS-1$
			return null;
		}
		int end = start.indexOf("?>"); //$NON-NLS-1$
		Matcher m = ENCODING.matcher(end < 0 ? start : start.substring(0, end));
		return m.find() ? m.group(1) : null;
	}

	private static boolean mentionsEncoding(Throwable failure, String declared) {
		if (declared == null) {
			return false;
		}
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = t.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains("encoding") && message.contains(declared)) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static boolean mentionsUtf8(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = t.getMessage();
			if (message != null && message.contains("UTF-8 sequence")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static boolean isPermissionDenied(FileNotFoundException e) {
		return e != null && e.getMessage() != null && e.getMessage().contains("Permission denied"); //$NON-NLS-1$
	}

	/** Line and column of the failure where the parser knew them; 0 otherwise. */
	private static int[] position(Throwable failure) {
		SAXParseException sax = find(failure, SAXParseException.class);
		if (sax != null) {
			return new int[] { Math.max(sax.getLineNumber(), 0), Math.max(sax.getColumnNumber(), 0) };
		}
		XMIException xmi = find(failure, XMIException.class);
		if (xmi != null) {
			return new int[] { Math.max(xmi.getLine(), 0), Math.max(xmi.getColumn(), 0) };
		}
		return new int[] { 0, 0 };
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			if (t instanceof SAXParseException sax && sax.getException() != null && type.isInstance(sax.getException())) {
				return type.cast(sax.getException());
			}
		}
		return null;
	}
}
