package io.zhengku.vault.intake;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A JPEG is sound when it starts with SOI, ends with EOI, is within the pixel limit by its frame header (SOFn)
 * and decodes.
 *
 * <p>EOI is checked by hand because ImageIO decodes a truncated JPEG with a warning only, filling the missing
 * rows with grey.
 */
final class JpegCheck implements ContentCheck {

    private static final byte[] SOI = {(byte) 0xff, (byte) 0xd8};
    private static final byte[] EOI = {(byte) 0xff, (byte) 0xd9};
    private static final int START_OF_SCAN = 0xda;
    private static final int END_OF_IMAGE = 0xd9;

    private final ImageDecoding decoding;

    JpegCheck(ImageDecoding decoding) {
        this.decoding = decoding;
    }

    @Override
    public OptionalInt check(Path file) throws IOException {
        if (!Arrays.equals(FileBytes.head(file, SOI.length), SOI)) {
            throw malformed("does not start with its SOI marker");
        }
        if (!Arrays.equals(FileBytes.tail(file, EOI.length), EOI)) {
            throw malformed("does not end with its EOI marker, so it was probably cut off");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(SOI.length);
            skipToFrameHeader(in);
            in.skipNBytes(3); // segment length and sample precision
            long height = in.readUnsignedShort();
            long width = in.readUnsignedShort();
            decoding.requireDecodes(file, FileType.JPEG, width, height);
        } catch (EOFException e) {
            throw malformed("ends inside a marker segment before its frame header");
        }
        return OptionalInt.of(1);
    }

    /** Walks the marker segments until the one that starts a frame, the way libjpeg's marker reader does. */
    private static void skipToFrameHeader(DataInputStream in) throws IOException {
        for (int marker = nextMarker(in); !isStartOfFrame(marker); marker = nextMarker(in)) {
            if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
                throw malformed("has no frame header (SOFn) before its image data");
            }
            if (!isStandalone(marker)) {
                int length = in.readUnsignedShort();
                if (length < 2) {
                    throw malformed("has a marker segment with an impossible length of " + length);
                }
                in.skipNBytes(length - 2L);
            }
        }
    }

    /** The code of the next marker: skips stray bytes, fill bytes (0xFF) and stuffed zeros, as libjpeg does. */
    private static int nextMarker(DataInputStream in) throws IOException {
        int previous = 0;
        int current = in.readUnsignedByte();
        while (previous != 0xff || current == 0xff || current == 0) {
            previous = current;
            current = in.readUnsignedByte();
        }
        return current;
    }

    /** SOF0 to SOF15, except DHT (0xC4), JPG (0xC8) and DAC (0xCC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /** TEM and the restart markers carry no length. */
    private static boolean isStandalone(int marker) {
        return marker == 0x01 || marker >= 0xd0 && marker <= 0xd7;
    }

    private static IntakeException malformed(String what) {
        return new IntakeException(IntakeProblem.FILE_MALFORMED, "The JPEG image " + what
                + "; export it again from the original application and upload the new file.");
    }
}
