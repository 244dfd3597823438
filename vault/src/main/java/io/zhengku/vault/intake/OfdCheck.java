package io.zhengku.vault.intake;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An OFD package (GB/T 33190) is sound when its ZIP directory reads, it has few enough entries, every entry
 * name stays inside the package, every entry inflates within the limits to its recorded size and checksum, and
 * its entry file {@code OFD.xml} is well formed. Nothing is ever written to disk.
 *
 * <p>Inflated bytes are counted as they come out of the inflater: the sizes in the ZIP headers are the
 * uploader's claims, and a bomb lies in them.
 */
final class OfdCheck implements ContentCheck {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final int SHOWN_NAME_LENGTH = 80;

    private final UploadLimits limits;

    OfdCheck(UploadLimits limits) {
        this.limits = limits;
    }

    /** Whether a ZIP archive is an OFD package: one with the file {@code OFD.xml} at its root. */
    static boolean hasEntryFile(Path zipFile) throws IOException {
        try (ZipFile zip = open(zipFile)) {
            return entryFile(zip).isPresent();
        }
    }

    @Override
    public OptionalInt check(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            if (zip.size() > limits.maxArchiveEntries()) {
                throw bomb("The OFD package has " + zip.size() + " entries, more than the "
                        + limits.maxArchiveEntries() + " accepted; split the document and upload the parts.");
            }
            List<? extends ZipEntry> entries = decoded(() -> zip.stream().toList());
            requireDistinctNamesInside(entries);
            // Checked here too, not only by hasEntryFile before: a package is judged by this check alone.
            ZipEntry entryFile = entryFile(zip).orElseThrow(() -> malformed("has no " + OfdEntryFile.NAME
                    + " at its root, the entry file a reader opens first", null));
            long inflated = 0;
            for (ZipEntry entry : entries) {
                inflated += inflate(zip, entry, inflated);
            }
            try (InputStream in = zip.getInputStream(entryFile)) {
                OfdEntryFile.requireWellFormed(in);
            }
        } catch (ZipException | EOFException e) {
            throw malformed("cannot be unpacked: an entry is damaged", e);
        }
        return OptionalInt.empty();
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException | EOFException e) {
            throw malformed("is a ZIP archive whose directory cannot be read", e);
        }
    }

    /** The package's entry file, {@code OFD.xml} at its root; a folder of that name is none. */
    private static Optional<ZipEntry> entryFile(ZipFile zip) {
        return Optional.ofNullable(decoded(() -> zip.getEntry(OfdEntryFile.NAME)))
                .filter(entry -> !entry.isDirectory());
    }

    /**
     * Reads entries from the ZIP directory. The JDK checks entry names as it opens an archive, but decodes an
     * entry's comment as UTF-8 only as it reads the entry (tools that write GBK or another code page do not say
     * so), and answers bytes that are not UTF-8 with an {@link IllegalArgumentException}.
     */
    private static <T> T decoded(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw malformed("has an entry comment in bytes that are not UTF-8", e);
        }
    }

    private static void requireDistinctNamesInside(List<? extends ZipEntry> entries) {
        Set<String> names = new HashSet<>();
        for (ZipEntry entry : entries) {
            String name = entry.getName();
            if (escapes(name)) {
                throw new IntakeException(IntakeProblem.ARCHIVE_PATH_ESCAPE, "The OFD package has an entry named "
                        + shown(name) + " that points outside the package (an absolute path, a '..' segment, a"
                        + " backslash or a drive letter); export the document again with a standard OFD tool.");
            }
            if (!names.add(name)) {
                throw malformed("names two entries " + shown(name) + ", so readers may disagree on its content",
                        null);
            }
        }
    }

    private static boolean escapes(String name) {
        return name.startsWith("/") || name.indexOf('\\') >= 0 || DRIVE.matcher(name).find()
                || List.of(name.split("/")).contains("..");
    }

    /**
     * Inflates one entry to count its bytes, refusing it as soon as it passes a limit. The compressed size is
     * the one header value relied on: the JDK feeds the inflater no more than that many bytes, and a size
     * claimed too large to hide a high ratio still meets the total limit.
     */
    private long inflate(ZipFile zip, ZipEntry entry, long inflatedBefore) throws IOException {
        long ratioCeiling = limits.maxCompressionRatio() * Math.max(1, entry.getCompressedSize());
        CRC32 checksum = new CRC32();
        byte[] buffer = new byte[8192];
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                inflated += read;
                if (inflated > ratioCeiling) {
                    throw bomb("The OFD package's entry " + shown(entry.getName()) + " inflates to more than "
                            + limits.maxCompressionRatio() + " times its compressed size, as only compression bombs"
                            + " do; export the document again with a standard OFD tool.");
                }
                if (inflatedBefore + inflated > limits.maxUncompressedBytes()) {
                    throw bomb("The OFD package inflates to more than the " + limits.maxUncompressedBytes()
                            + " bytes accepted; compress its images or split the document.");
                }
                checksum.update(buffer, 0, read);
            }
        }
        if (inflated != entry.getSize() || checksum.getValue() != entry.getCrc()) {
            throw malformed("has an entry, " + shown(entry.getName()) + ", whose content does not match its"
                    + " recorded size and checksum", null);
        }
        return inflated;
    }

    /** An entry name fit to quote back: the uploader chose it, so it is cut short and stripped of controls. */
    private static String shown(String name) {
        String printable = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + (printable.length() > SHOWN_NAME_LENGTH
                ? printable.substring(0, SHOWN_NAME_LENGTH) + "..." : printable) + "'";
    }

    private static IntakeException bomb(String message) {
        return new IntakeException(IntakeProblem.ARCHIVE_BOMB, message);
    }

    private static IntakeException malformed(String what, Throwable cause) {
        return new IntakeException(IntakeProblem.FILE_MALFORMED, "The OFD package " + what
                + "; export the document again and upload the new file.", cause);
    }
}
