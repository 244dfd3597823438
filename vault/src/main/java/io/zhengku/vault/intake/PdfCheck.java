package io.zhengku.vault.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF is sound when it ends with its trailer, PDFBox reads it, it is not encrypted, it has a page and it holds
 * no active content ({@link PdfActiveContent}).
 *
 * <p>The trailer is checked first and by hand because PDFBox rebuilds a file whose cross-reference table is
 * missing by scanning for objects, and so opens a truncated PDF without complaint.
 */
final class PdfCheck implements ContentCheck {

    /** How far from the end the trailer may lie; ISO 32000 readers look in the last 1,024 bytes. */
    private static final int TRAILER_WINDOW = 1024;
    private static final Pattern TRAILER = Pattern.compile("startxref\\s+\\d+\\s+%%EOF");

    private final StreamCacheCreateFunction boundedMemory;

    PdfCheck(long maxDecodedBytes) {
        this.boundedMemory = MemoryUsageSetting.setupMainMemoryOnly(maxDecodedBytes).streamCache;
    }

    @Override
    public OptionalInt check(Path file) throws IOException {
        requireTrailer(file);
        Reading reading = read(file);
        if (reading.encrypted()) {
            throw malformed("The PDF is encrypted (it has a password or restricted permissions); the vault must be"
                    + " able to read and seal it, so save it without encryption and upload it again.", null);
        }
        if (reading.pages() == 0) {
            throw malformed("The PDF has no pages; upload a document with at least one page.", null);
        }
        if (!reading.activeContent().isEmpty()) {
            throw activeContent(reading.activeContent());
        }
        return OptionalInt.of(reading.pages());
    }

    private static void requireTrailer(Path file) throws IOException {
        String tail = new String(FileBytes.tail(file, TRAILER_WINDOW), StandardCharsets.ISO_8859_1);
        if (!TRAILER.matcher(tail).find()) {
            throw malformed("The PDF is incomplete: it does not end with its startxref and %%EOF trailer, so it"
                    + " was probably cut off; upload the complete file again.", null);
        }
    }

    private Reading read(Path file) {
        try (RandomAccessRead input = new RandomAccessReadBufferedFile(file);
             PDDocument pdf = Loader.loadPDF(input, "", null, null, boundedMemory)) {
            return pdf.isEncrypted() ? Reading.ENCRYPTED
                    : new Reading(false, reachablePages(pdf), PdfActiveContent.in(pdf.getDocument()));
        } catch (InvalidPasswordException e) {
            return Reading.ENCRYPTED;
        } catch (IntakeException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox answers hostile structures with any runtime exception, and deep nesting with a stack overflow.
            throw malformed("The PDF cannot be read: its structure is damaged. Export or scan it again and upload"
                    + " the new file.", e);
        }
    }

    /** Walks the page tree rather than trusting the /Count its root claims. */
    private static int reachablePages(PDDocument pdf) {
        int pages = 0;
        for (PDPage ignored : pdf.getPages()) {
            pages++;
        }
        return pages;
    }

    private static IntakeException activeContent(Set<PdfActiveContent.Kind> found) {
        return new IntakeException(IntakeProblem.FILE_ACTIVE_CONTENT, "The PDF contains active content: "
                + found.stream().map(PdfActiveContent.Kind::words).collect(Collectors.joining(", ")) + ". A sealed"
                + " document must not run code or open files in the reader of whoever checks it; export it again"
                + " without scripts, attachments or actions (for example by printing it to a new PDF) and upload"
                + " the new file.");
    }

    private static IntakeException malformed(String message, Throwable cause) {
        return new IntakeException(IntakeProblem.FILE_MALFORMED, message, cause);
    }

    private record Reading(boolean encrypted, int pages, Set<PdfActiveContent.Kind> activeContent) {
        static final Reading ENCRYPTED = new Reading(true, 0, Set.of());
    }
}
