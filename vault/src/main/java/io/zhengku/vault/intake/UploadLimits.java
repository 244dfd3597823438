package io.zhengku.vault.intake;

/**
 * The most an upload may weigh, on the wire and once unpacked.
 *
 * <pre>{@code
 * UploadLimits limits = UploadLimits.defaults().withMaxBytes(10L * 1024 * 1024);
 * }</pre>
 *
 * @param maxBytes             the most bytes an uploaded file may have
 * @param maxArchiveEntries    the most entries an OFD package may hold
 * @param maxUncompressedBytes the most bytes all entries of an OFD package may inflate to together; also the
 *                             most memory PDFBox may use for a PDF's decoded streams
 * @param maxCompressionRatio  the most bytes one OFD entry may inflate to per compressed byte
 * @param maxImagePixels       the most pixels (width times height) a PNG or JPEG may have
 */
public record UploadLimits(long maxBytes, int maxArchiveEntries, long maxUncompressedBytes,
                           int maxCompressionRatio, long maxImagePixels) {

    private static final long MIB = 1024L * 1024;

    /** Checks that every limit is positive. */
    public UploadLimits {
        requirePositive(maxBytes, "maxBytes");
        requirePositive(maxArchiveEntries, "maxArchiveEntries");
        requirePositive(maxUncompressedBytes, "maxUncompressedBytes");
        requirePositive(maxCompressionRatio, "maxCompressionRatio");
        requirePositive(maxImagePixels, "maxImagePixels");
    }

    /** 50 MiB per file; per OFD 1,000 entries, 200 MiB inflated and 100:1 per entry; 100 million pixels. */
    public static UploadLimits defaults() {
        return new UploadLimits(50 * MIB, 1_000, 200 * MIB, 100, 100_000_000L);
    }

    /** These limits with another most bytes per file. */
    public UploadLimits withMaxBytes(long maxBytes) {
        return new UploadLimits(maxBytes, maxArchiveEntries, maxUncompressedBytes, maxCompressionRatio,
                maxImagePixels);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
