/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Republishes a p2 update-site zip with a higher qualifier, as the next season's build would publish it, without a
 * second build (releng/scripts/p2-install-update.sh, step 4):
 *
 * <pre>
 * java releng/scripts/RepublishSite.java SITE-1.zip SITE-2.zip OLD-VERSION NEW-VERSION
 * </pre>
 *
 * Every artifact of version OLD-VERSION (ClusterDesk's bundles, features and root files; the third-party bundles keep
 * theirs) gets NEW-VERSION: in its file name, in its MANIFEST.MF (Bundle-Version) or feature.xml, and in the metadata
 * (content.xml: the installable units, their requirements and touchpoint manifests; artifacts.xml: keys, sizes and the
 * sha-1/sha-256/sha-512 checksums the director verifies, recomputed for the rewritten files). The metadata is written as
 * content.jar and artifacts.jar with a p2.index naming them. Single-file Java (JDK 17, no dependency).
 */
public final class RepublishSite {

	private static final Map<String, String> DIGESTS = Map.of("sha-1", "SHA-1", "sha-256", "SHA-256", "sha-512", "SHA-512",
			"md5", "MD5");

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("usage: java RepublishSite.java SITE-1.zip SITE-2.zip OLD-VERSION NEW-VERSION");
			System.exit(2);
		}
		Path in = Path.of(args[0]);
		Path out = Path.of(args[1]);
		String oldVersion = args[2];
		String newVersion = args[3];
		String suffix = "_" + oldVersion;
		Map<String, byte[]> entries = new LinkedHashMap<>();
		String content = null;
		String artifacts = null;
		int rewritten = 0;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(in))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				String name = e.getName();
				byte[] bytes = zip.readAllBytes();
				if (e.isDirectory()) {
					entries.put(name, null);
				} else if (name.equals("content.jar")) {
					content = single(bytes, "content.xml");
				} else if (name.equals("artifacts.jar")) {
					artifacts = single(bytes, "artifacts.xml");
				} else if (name.endsWith(".xml.xz") || name.equals("p2.index")) {
					// replaced by the .jar forms written below
				} else if (name.contains(suffix)) {
					String renamed = name.replace(suffix, "_" + newVersion);
					if (name.startsWith("plugins/")) {
						bytes = rewriteJar(bytes, "META-INF/MANIFEST.MF", oldVersion, newVersion);
					} else if (name.startsWith("features/")) {
						bytes = rewriteJar(bytes, "feature.xml", oldVersion, newVersion);
					}
					entries.put(renamed, bytes);
					rewritten++;
				} else {
					entries.put(name, bytes);
				}
			}
		}
		if (content == null || artifacts == null || rewritten == 0) {
			throw new IOException(in + ": no content.jar/artifacts.jar or no artifact of version " + oldVersion);
		}
		content = content.replace(oldVersion, newVersion);
		artifacts = checksums(artifacts.replace(oldVersion, newVersion), newVersion, entries);
		entries.put("content.jar", jar("content.xml", content));
		entries.put("artifacts.jar", jar("artifacts.xml", artifacts));
		entries.put("p2.index", ("version=1\nmetadata.repository.factory.order=content.xml,\\!\n"
				+ "artifact.repository.factory.order=artifacts.xml,\\!\n").getBytes(StandardCharsets.ISO_8859_1));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				if (e.getValue() != null) {
					zip.write(e.getValue());
				}
				zip.closeEntry();
			}
		}
		System.out.println("  republished " + rewritten + " artifacts of " + oldVersion + " as " + newVersion + " in " + out);
	}

	/** The one XML file of a content.jar / artifacts.jar. */
	private static String single(byte[] jar, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IOException("no " + name + " in the repository's jar");
	}

	private static byte[] jar(String name, String xml) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(xml.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** A copy of the jar with the version replaced in one of its text files (the manifest, feature.xml). */
	private static byte[] rewriteJar(byte[] jar, String file, String oldVersion, String newVersion) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean found = false;
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] data = in.readAllBytes();
				if (e.getName().equals(file)) {
					String text = new String(data, StandardCharsets.UTF_8);
					if (!text.contains(oldVersion)) {
						throw new IOException(file + " does not name version " + oldVersion);
					}
					data = text.replace(oldVersion, newVersion).getBytes(StandardCharsets.UTF_8);
					found = true;
				}
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTime(e.getTime());
				out.putNextEntry(copy);
				out.write(data);
				out.closeEntry();
			}
		}
		if (!found) {
			throw new IOException("no " + file + " in the artifact");
		}
		return bytes.toByteArray();
	}

	/** Sizes and checksums of every artifact of the new version, computed from the rewritten files. */
	private static String checksums(String xml, String version, Map<String, byte[]> entries) throws NoSuchAlgorithmException, IOException {
		Pattern artifact = Pattern.compile(
				"<artifact classifier='([^']+)' id='([^']+)' version='" + Pattern.quote(version) + "'>(.*?)</artifact>", Pattern.DOTALL);
		Matcher m = artifact.matcher(xml);
		StringBuilder result = new StringBuilder();
		while (m.find()) {
			String classifier = m.group(1);
			String id = m.group(2);
			String file = switch (classifier) {
			case "osgi.bundle" -> "plugins/" + id + "_" + version + ".jar";
			case "org.eclipse.update.feature" -> "features/" + id + "_" + version + ".jar";
			case "binary" -> "binary/" + id + "_" + version;
			default -> throw new IOException("artifact " + id + " of an unknown classifier " + classifier);
			};
			byte[] bytes = entries.get(file);
			if (bytes == null) {
				throw new IOException("no file " + file + " for artifact " + id);
			}
			String body = m.group(3);
			body = property(body, "artifact.size", Integer.toString(bytes.length));
			body = property(body, "download.size", Integer.toString(bytes.length));
			for (Map.Entry<String, String> d : DIGESTS.entrySet()) {
				String hex = HexFormat.of().formatHex(MessageDigest.getInstance(d.getValue()).digest(bytes));
				body = property(body, "download.checksum." + d.getKey(), hex);
				body = property(body, "artifact.checksum." + d.getKey(), hex);
			}
			m.appendReplacement(result, Matcher.quoteReplacement(
					"<artifact classifier='" + classifier + "' id='" + id + "' version='" + version + "'>" + body + "</artifact>"));
		}
		m.appendTail(result);
		return result.toString();
	}

	private static String property(String body, String name, String value) {
		return body.replaceAll("(<property name='" + Pattern.quote(name) + "' value=')[^']*'", "$1" + Matcher.quoteReplacement(value) + "'");
	}
}
