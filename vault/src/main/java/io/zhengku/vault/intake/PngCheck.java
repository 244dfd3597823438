package io.zhengku.vault.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A PNG is sound when it starts with the signature and the IHDR chunk, ends with the IEND chunk, is within
 * the pixel limit by its IHDR and decodes.
 */
final class PngCheck implements ContentCheck {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IHDR = "IHDR".getBytes(StandardCharsets.US_ASCII);
    private static final int IHDR_LENGTH = 13;
    /** Signature, then the IHDR chunk's length, type, width and height. */
    private static final int HEADER_LENGTH = SIGNATURE.length + 16;
    /** The whole IEND chunk: zero length, type, and the CRC of its type. */
    private static final byte[] IEND_CHUNK = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    private final ImageDecoding decoding;

    PngCheck(ImageDecoding decoding) {
        this.decoding = decoding;
    }

    @Override
    public OptionalInt check(Path file) throws IOException {
        ByteBuffer header = ByteBuffer.wrap(FileBytes.head(file, HEADER_LENGTH));
        if (!startsWithHeader(header)) {
            throw malformed("does not start with the PNG signature and its IHDR header");
        }
        if (!Arrays.equals(FileBytes.tail(file, IEND_CHUNK.length), IEND_CHUNK)) {
            throw malformed("does not end with its IEND chunk, so it was probably cut off");
        }
        long width = Integer.toUnsignedLong(header.getInt(SIGNATURE.length + 8));
        long height = Integer.toUnsignedLong(header.getInt(SIGNATURE.length + 12));
        decoding.requireDecodes(file, FileType.PNG, width, height);
        return OptionalInt.of(1);
    }

    private static boolean startsWithHeader(ByteBuffer header) {
        return header.limit() == HEADER_LENGTH
                && header.slice(0, SIGNATURE.length).equals(ByteBuffer.wrap(SIGNATURE))
                && header.getInt(SIGNATURE.length) == IHDR_LENGTH
                && header.slice(SIGNATURE.length + 4, IHDR.length).equals(ByteBuffer.wrap(IHDR));
    }

    private static IntakeException malformed(String what) {
        return new IntakeException(IntakeProblem.FILE_MALFORMED, "The PNG image " + what
                + "; export it again from the original application and upload the new file.");
    }
}
