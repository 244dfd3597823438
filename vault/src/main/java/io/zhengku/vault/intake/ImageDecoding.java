package io.zhengku.vault.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Proves that an image within the pixel limit decodes. The size comes from the format's header, read by the
 * caller, so an image too large to decode safely is refused before any decoding starts.
 *
 * <p>Decoding keeps only a sample of about a megapixel: the decoder still inflates and unfilters every row,
 * which is what proves the image sound, without holding a raster of up to {@code maxImagePixels} in memory.
 */
final class ImageDecoding {

    private static final double SAMPLE_PIXELS = 1 << 20;

    private final long maxPixels;

    ImageDecoding(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * Refuses an image of {@code width} by {@code height} pixels (unsigned, as in its header) that is empty or
     * over the limit, then decodes it.
     */
    void requireDecodes(Path file, FileType type, long width, long height) {
        if (width == 0 || height == 0) {
            throw new IntakeException(IntakeProblem.FILE_MALFORMED, "The " + type + " image has a width or height"
                    + " of 0 pixels; export it again from the original application and upload the new file.");
        }
        long pixels = width > Long.MAX_VALUE / height ? Long.MAX_VALUE : width * height;
        if (pixels > maxPixels) {
            throw new IntakeException(IntakeProblem.FILE_TOO_LARGE, "The " + type + " image is " + width + " x "
                    + height + " pixels, more than the " + maxPixels + " pixels accepted; scale it down and"
                    + " upload it again.");
        }
        try {
            decode(file, type);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // ImageIO's decoders answer hostile data with any runtime exception, not only IIOException.
            throw new IntakeException(IntakeProblem.FILE_MALFORMED, "The " + type + " image cannot be decoded:"
                    + " its data is damaged. Export it again and upload the new file.", e);
        }
    }

    private void decode(Path file, FileType type) throws IOException {
        ImageReader reader = reader(type);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw new IIOException("the decoder reads a larger size than the header declares");
            }
            ImageReadParam sampling = reader.getDefaultReadParam();
            int step = Math.max(1, (int) Math.ceil(Math.sqrt(width * height / SAMPLE_PIXELS)));
            sampling.setSourceSubsampling(step, step, 0, 0);
            // A raster skips colour conversion, which the JPEG reader cannot do for CMYK scans.
            if (reader.canReadRaster()) {
                reader.readRaster(0, sampling);
            } else {
                reader.read(0, sampling);
            }
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(FileType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no ImageIO reader for " + type.mediaType());
        }
        return readers.next();
    }
}
