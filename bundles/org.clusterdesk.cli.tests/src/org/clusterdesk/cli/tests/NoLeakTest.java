/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.clusterdesk.internal.cli.ClusterDeskCli;
import org.clusterdesk.model.resource.ClusterFiles;
import org.clusterdesk.model.resource.ClusterLoadException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Opening a {@code .cluster} never touches the network or another file: references to a web address, to another
 * document, a namespace or a schema location on a server are refused (or ignored) without a single request, and no
 * other document's data reaches an export. A local HTTP server on 127.0.0.1 counts the requests.
 */
class NoLeakTest {

	@TempDir
	Path dir;

	private HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private String base;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] document = Files.readAllBytes(samplePath("miit-2025"));
		server.createContext("/", exchange -> {
			requests.add(exchange.getRequestURI().toString());
			exchange.sendResponseHeaders(200, document.length);
			exchange.getResponseBody().write(document);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	private static Path samplePath(String name) {
		return Path.of(System.getProperty("clusterdesk.samples"), name + ".cluster");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ClusterDeskCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path variant(String name, String from, String to) throws IOException {
		String text = Files.readString(samplePath("miit-2025"));
		assertTrue(text.contains(from), from);
		return Files.writeString(dir.resolve(name), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
	}

	private void everyReaderRefuses(Path file, String named) {
		String[][] commands = { { "info", file.toString() }, { "validate", file.toString() },
				{ "export", file.toString(), "--docx", dir.resolve("x.docx").toString() },
				{ "export", file.toString(), "--xlsx", dir.resolve("x.xlsx").toString() } };
		for (String[] command : commands) {
			assertEquals(2, run(command), command[0] + ": " + err());
			assertTrue(err().contains(named), err());
			assertTrue(err().contains("不予读取"), err());
		}
		assertFalse(Files.exists(dir.resolve("x.docx")), "no export from a refused document");
		assertFalse(Files.exists(dir.resolve("x.xlsx")), "no export from a refused document");
	}

	@Test
	void anAttachmentOnAWebServerIsRefusedWithoutARequest() throws IOException {
		String url = base + "/evidence.cluster#att-01";
		everyReaderRefuses(variant("web.cluster", "attachment=\"#att-01\"", "attachment=\"" + url + "\""), url);
		assertEquals(List.of(), requests);
	}

	@Test
	void aNamespaceOnAWebServerIsNeverFetched() throws IOException {
		Path file = variant("namespace.cluster", "xmlns:cd=\"http://www.clusterdesk.org/model/2.0\"", "xmlns:cd=\"" + base + "/model\"");
		for (String command : new String[] { "info", "validate" }) {
			assertEquals(2, run(command, file.toString()), err());
		}
		assertEquals(2, run("export", file.toString(), "--xlsx", dir.resolve("x.xlsx").toString()), err());
		assertEquals(List.of(), requests);
	}

	@Test
	void aSchemaLocationOnAWebServerIsNeverFetched() throws IOException {
		Path file = variant("schema.cluster", "editionId=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
				+ "http://www.clusterdesk.org/model/2.0 " + base + "/clusterdesk.ecore\" editionId=");
		assertTrue(run("validate", file.toString()) <= 1, err());
		assertEquals(0, run("export", file.toString(), "--xlsx", dir.resolve("x.xlsx").toString()), err());
		assertEquals(List.of(), requests);
	}

	@Test
	void aDtdOnAWebServerIsNeverFetched() throws IOException {
		Path file = variant("dtd.cluster", "?>", "?>\n<!DOCTYPE cd:Application SYSTEM \"" + base + "/clusterdesk.dtd\">");
		assertEquals(2, run("validate", file.toString()), err());
		assertEquals(List.of(), requests);
	}

	@Test
	void anAttachmentInAnotherDocumentIsNotRead() throws IOException {
		String secret = "另一份申报的保密佐证材料";
		Files.writeString(dir.resolve("other.cluster"), Files.readString(samplePath("miit-2025"))
				.replace("title=\"产业链图谱及强链补链工作佐证材料\"", "title=\"" + secret + "\""));
		for (String reference : new String[] { "other.cluster#att-01", dir.resolve("other.cluster").toUri() + "#att-01" }) {
			Path file = variant("pulls.cluster", "attachment=\"#att-01\"", "attachment=\"" + reference + "\"");
			everyReaderRefuses(file, "other.cluster#att-01");
			assertFalse(err().contains(secret));
		}
	}

	@Test
	void everyResourceSetOfClusterDeskRefusesOtherFiles() throws IOException {
		// the editor and the review open documents through this same set: one place, one policy
		ResourceSet set = ClusterFiles.createResourceSet();
		Files.writeString(dir.resolve("other.cluster"), Files.readString(samplePath("miit-2025")));
		Path file = variant("pulls.cluster", "attachment=\"#att-01\"", "attachment=\"other.cluster#att-01\"");
		try {
			ClusterFiles.load(set, file);
			throw new AssertionError("loaded a document referring to another one");
		} catch (ClusterLoadException e) {
			assertTrue(e.getMessage().contains("other.cluster#att-01"), e.getMessage());
		}
		assertTrue(set.getResources().isEmpty(), "nothing stays loaded: " + set.getResources());
		assertTrue(ClusterFiles.load(set, samplePath("miit-2025")) != null);
		assertEquals(1, set.getResources().size(), "only the document itself: " + set.getResources());
	}
}
