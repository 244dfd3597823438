package io.zhengku.vault.intake;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

/**
 * Decides what a received file is from its content alone and proves it sound, or refuses it with an
 * {@link IntakeException}. One instance serves all uploads; it is thread-safe.
 *
 * <pre>{@code
 * FileInspector inspector = new FileInspector(UploadLimits.defaults());
 * try (ReceivedFile file = ReceivedFile.receive(in, uploadDir, limits)) {
 *     InspectedFile inspected = inspector.inspect(file, "application/pdf");
 *     inspected.type();      // PDF
 *     inspected.pageCount(); // OptionalInt[3]
 * }
 * }</pre>
 */
public final class FileInspector {

    private static final String ALLOWED = Arrays.stream(FileType.values()).map(FileType::mediaType)
            .collect(Collectors.joining(", "));

    /**
     * Tika's magic-byte detector alone, not the service-loaded default: which detectors answer must not change
     * with the class path, and it never sees a file name.
     */
    private final MimeTypes detector = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = detector.getMediaTypeRegistry();
    /**
     * The same detector over only the accepted types' magic numbers: matching Tika's ~1,500 types costs about
     * 0.3 ms an upload, a tenth of the vault's CPU per licence, while almost every upload is one of four types.
     * Only what this does not recognise is looked at by the full registry, which names the refused type.
     */
    private final MimeTypes acceptedTypes = acceptedTypes();
    private final Map<FileType, ContentCheck> checks = new EnumMap<>(FileType.class);

    /** An inspector that holds files to {@code limits}. */
    public FileInspector(UploadLimits limits) {
        requireNonNull(limits, "limits");
        ImageDecoding decoding = new ImageDecoding(limits.maxImagePixels());
        checks.put(FileType.PDF, new PdfCheck(limits.maxUncompressedBytes()));
        checks.put(FileType.OFD, new OfdCheck(limits));
        checks.put(FileType.PNG, new PngCheck(decoding));
        checks.put(FileType.JPEG, new JpegCheck(decoding));
    }

    /**
     * Finds the type of {@code file} in its content, checks it against the allowed types and against
     * {@code declaredMediaType}, then checks the content's structure. The file stays open either way; the
     * caller closes it, which deletes it.
     *
     * @param declaredMediaType the media type the client declared for the file (a multipart part's
     *                          Content-Type), or null when it declared none
     * @throws IntakeException for any content that is refused, whatever its bytes
     * @throws IOException     when the temporary file cannot be read
     */
    public InspectedFile inspect(ReceivedFile file, String declaredMediaType) throws IOException {
        requireNonNull(file, "file");
        FileType type = allowedType(file.path());
        requireDeclaredAs(declaredMediaType, type);
        return new InspectedFile(type, checks.get(type).check(file.path()), file);
    }

    private FileType allowedType(Path file) throws IOException {
        MediaType accepted = detect(acceptedTypes, file);
        boolean recognised = accepted.equals(MediaType.APPLICATION_ZIP)
                || FileType.ofMediaType(accepted.toString()).isPresent();
        MediaType detected = recognised ? accepted : detect(detector, file);
        if (registry.isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
            if (OfdCheck.hasEntryFile(file)) {
                return FileType.OFD;
            }
            throw notAllowed(detected + ", a ZIP archive without " + OfdEntryFile.NAME + " at its root and so no"
                    + " OFD document");
        }
        return FileType.ofMediaType(detected.getBaseType().toString())
                .orElseThrow(() -> notAllowed(detected.toString()));
    }

    private static MediaType detect(MimeTypes types, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return types.detect(in, new Metadata());
        }
    }

    static MimeTypes acceptedTypes() {
        try (InputStream xml = FileInspector.class.getResourceAsStream("accepted-mimetypes.xml")) {
            return MimeTypesFactory.create(xml);
        } catch (IOException | MimeTypeException e) {
            throw new IllegalStateException("the accepted types' magic numbers cannot be read", e);
        }
    }

    private static IntakeException notAllowed(String detected) {
        return new IntakeException(IntakeProblem.TYPE_NOT_ALLOWED, "The content is " + detected + ", which the"
                + " vault does not accept whatever the file's name; upload one of " + ALLOWED + ".");
    }

    /** The declared type must be the content's, an alias of it, or the generic application/octet-stream. */
    private void requireDeclaredAs(String declaredMediaType, FileType type) {
        if (declaredMediaType == null || declaredMediaType.isBlank()) {
            return;
        }
        MediaType declared = MediaType.parse(declaredMediaType);
        if (declared != null) {
            declared = registry.normalize(declared.getBaseType());
            if (declared.equals(MediaType.OCTET_STREAM) || declared.toString().equals(type.mediaType())) {
                return;
            }
        }
        throw new IntakeException(IntakeProblem.TYPE_MISMATCH, "The file was sent as "
                + (declared == null ? "an unreadable media type" : declared.toString()) + " but its content is "
                + type.mediaType() + "; send it as " + type.mediaType() + " or as application/octet-stream.");
    }
}
