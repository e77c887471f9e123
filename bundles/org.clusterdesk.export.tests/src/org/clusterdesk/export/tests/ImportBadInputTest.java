/*
 * Copyright (c) 2026 ClusterDesk contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.clusterdesk.export.tests;

import static org.clusterdesk.export.tests.XlsxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clusterdesk.export.ExportException;
import org.clusterdesk.export.LibraryImporter;
import org.clusterdesk.internal.export.imports.WorkbookImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not a readable workbook: each gives an {@link ExportException} naming the file and saying what is
 * wrong, never a crash, a hang or an OutOfMemoryError; the file itself is left as it was.
 */
class ImportBadInputTest {

	@TempDir
	Path dir;

	private ExportException refused(Path file) throws IOException {
		byte[] before = Files.readAllBytes(file);
		ExportException e = assertThrows(ExportException.class, () -> new LibraryImporter().read(file, null));
		assertTrue(e.getMessage().contains(file.getFileName().toString()), "names the file: " + e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the file is left as it was");
		System.out.println(e.getMessage());
		return e;
	}

	@Test
	void aTextFileNamedXlsx() throws IOException {
		Path file = Files.writeString(dir.resolve("notes.xlsx"), "企业名称,市州\n株洲甲有限公司,株洲市\n");
		assertTrue(refused(file).getMessage().contains("不是Excel工作簿（.xlsx）"));
	}

	@Test
	void anEmptyFile() throws IOException {
		Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
		assertTrue(refused(file).getMessage().contains("不是Excel工作簿"));
	}

	@Test
	void aMissingFile() {
		Path file = dir.resolve("nowhere.xlsx");
		ExportException e = assertThrows(ExportException.class, () -> new LibraryImporter().read(file, null));
		assertTrue(e.getMessage().contains("找不到") && e.getMessage().contains("nowhere.xlsx"), e.getMessage());
	}

	@Test
	void aTruncatedWorkbook() throws IOException {
		Path good = XlsxTestSupport.export(sample("competition-2026"), dir.resolve("good.xlsx"));
		byte[] bytes = Files.readAllBytes(good);
		Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertTrue(refused(file).getMessage().contains("已损坏"), "says damaged");
	}

	@Test
	void aZipThatIsNoWorkbook() throws IOException {
		Path file = dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertTrue(refused(file).getMessage().contains("已损坏"));
	}

	@Test
	void anOldXlsWorkbook() throws IOException {
		Path file = dir.resolve("old.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "Workbook");
			fs.writeFilesystem(out);
		}
		assertTrue(refused(file).getMessage().contains("旧版Excel（.xls）"));
	}

	@Test
	void anEncryptedWorkbook() throws Exception {
		Path plain = new ImportTestSupport.Book().existing("现有企业库", ImportTestSupport.enterprise(1, "株洲加密有限公司"))
				.save(dir.resolve("plain.xlsx"));
		Path file = dir.resolve("secret.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("密码123");
			try (OutputStream encrypted = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
				in.transferTo(encrypted);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertTrue(refused(file).getMessage().startsWith("工作簿已加密"));
	}

	@Test
	void aZipBomb() throws IOException {
		// a valid workbook whose sheet inflates far beyond POI's minimum ratio: 40 MB of blanks in ~40 KB
		Path good = new ImportTestSupport.Book().existing("现有企业库", ImportTestSupport.enterprise(1, "株洲甲有限公司"))
				.save(dir.resolve("small.xlsx"));
		Path file = dir.resolve("bomb.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
					out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
					byte[] blanks = new byte[1 << 20];
					Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 40; i++) {
						out.write(blanks);
					}
					out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
				} else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		assertTrue(Files.size(file) < 200_000, "tiny on disk: " + Files.size(file));
		assertTrue(ZipSecureFile.getMinInflateRatio() > 0, "POI's limit is on");
		assertTrue(refused(file).getMessage().contains("压缩炸弹"));
	}

	@Test
	void aSheetWithAMillionRowsIsRefusedQuicklyInLittleMemory() throws IOException {
		Path file = dir.resolve("million.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("现有企业库");
			Row header = sheet.createRow(0);
			String[] titles = { "企业名称", "市州", "县（市）区", "所在园区", "企业概况", "主导产品", "是否为规上企业", "主营业务收入（亿元）" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
			}
			// 1 048 576 rows, the sheet's maximum: mostly empty rows, a short value every 1000th and in the last
			for (int r = 1; r < 1_048_576; r++) {
				Row row = sheet.createRow(r);
				if (r % 1000 == 0 || r == 1_048_575) {
					row.createCell(0).setCellValue("企业" + r);
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			workbook.dispose();
		}
		resetPeaks();
		long before = usedHeap();
		ExportException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refused(file));
		long peak = peakHeap() - before;
		assertTrue(e.getMessage().contains("超过导入上限" + WorkbookImport.MAX_ROW + "行"), e.getMessage());
		assertTrue(e.getMessage().contains("现有企业库"), "names the sheet: " + e.getMessage());
		System.out.printf("million-row sheet refused; heap grew by at most %d MB%n", peak / (1024 * 1024));
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
