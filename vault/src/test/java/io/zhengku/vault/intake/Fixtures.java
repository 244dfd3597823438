package io.zhengku.vault.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Valid files of every allowed type, made in code, for tests to send as they are or to spoil. */
final class Fixtures {

    static final String OFD_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">
              <ofd:DocBody>
                <ofd:DocInfo><ofd:DocID>6f2a1c0e9b7d4e58a3c1f0d2b4e6a8c0</ofd:DocID></ofd:DocInfo>
                <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>
              </ofd:DocBody>
            </ofd:OFD>
            """;
    private static final String DOCUMENT_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">
              <ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID>
                <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>
              <ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>
            </ofd:Document>
            """;

    private static final long FIXED_TIME = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private Fixtures() {
    }

    /** A PDF of {@code pages} pages, each with a filled rectangle (text would make PDFBox scan the fonts). */
    static byte[] pdf(int pages) {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                pdf.addPage(pageWithDrawing(pdf));
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF encrypted with an owner password and, unless empty, a user password. */
    static byte[] encryptedPdf(String userPassword) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(pageWithDrawing(pdf));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage pageWithDrawing(PDDocument pdf) throws IOException {
        PDPage page = new PDPage();
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.setNonStrokingColor(Color.RED);
            content.addRect(72, 600, 200, 100);
            content.fill();
        }
        return page;
    }

    /** The saved PDF, with a fixed file identifier where PDFBox would write a random one. */
    private static byte[] bytes(PDDocument pdf) throws IOException {
        if (!pdf.isEncrypted()) {
            COSString id = new COSString(utf8("zhengku-fixture!"));
            pdf.getDocument().getTrailer().setItem(COSName.ID, new COSArray(List.of(id, id)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A four-channel JPEG as print workflows write it, which ImageIO can decode only as a raster. */
    static byte[] cmykJpeg(int width, int height) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int x = 0; x < width; x++) {
            raster.setPixel(x, x % height, new int[] {0, 255, 255, 0});
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(raster, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A minimal OFD package: the entry file and one document. */
    static byte[] ofd() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", utf8(OFD_XML));
        entries.put("Doc_0/Document.xml", utf8(DOCUMENT_XML));
        return zip(entries);
    }

    /**
     * A ZIP archive of {@code entries}, deflated, in the map's order and with a fixed time, so that equal maps
     * in a fixed order give equal bytes.
     */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(entry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An entry stamped with a fixed time. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        return entry;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
