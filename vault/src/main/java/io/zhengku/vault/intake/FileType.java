package io.zhengku.vault.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the vault stores as licences and materials: PDF, OFD (版式文档, GB/T 33190), PNG and JPEG.
 *
 * <pre>{@code
 * FileType.ofMediaType("application/ofd"); // Optional[OFD]
 * }</pre>
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type without parameters, e.g. {@code "application/pdf"}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension to store the file under, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type whose media type is exactly {@code mediaType} (no parameters), or empty. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
