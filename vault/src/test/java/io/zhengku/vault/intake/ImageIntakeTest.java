package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageIntakeTest {

    private static final byte[] IEND_CHUNK = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    private final FileInspector inspector = new FileInspector(UploadLimits.defaults());

    @TempDir
    Path tempDir;

    @Test
    void a_png_claiming_100000_by_100000_pixels_is_too_large_before_it_is_decoded() {
        assertRefused(() -> inspect(pngHeaderOnly(100_000, 100_000)), IntakeProblem.FILE_TOO_LARGE);
    }

    @Test
    void an_image_of_exactly_the_pixel_limit_is_accepted_and_one_column_more_is_too_large() throws IOException {
        FileInspector strict = new FileInspector(new UploadLimits(1 << 20, 10, 1 << 20, 100, 40 * 30));

        assertThat(Uploads.inspect(strict, Fixtures.png(40, 30), null, tempDir).type()).isEqualTo(FileType.PNG);
        assertRefused(() -> Uploads.inspect(strict, Fixtures.png(41, 30), null, tempDir),
                IntakeProblem.FILE_TOO_LARGE);
        assertRefused(() -> Uploads.inspect(strict, Fixtures.jpeg(41, 30), null, tempDir),
                IntakeProblem.FILE_TOO_LARGE);
    }

    @Test
    void a_png_of_zero_pixels_is_malformed() {
        assertRefused(() -> inspect(pngHeaderOnly(0, 10)), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_png_without_its_iend_chunk_is_malformed() {
        byte[] png = Fixtures.png(40, 30);
        assertRefused(() -> inspect(Arrays.copyOf(png, png.length - IEND_CHUNK.length)),
                IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_png_whose_image_data_is_cut_but_which_still_ends_with_iend_does_not_decode() throws IOException {
        byte[] png = Fixtures.png(40, 30);
        int imageData = indexOf(png, "IDAT") + 4;
        ByteArrayOutputStream spoiled = new ByteArrayOutputStream();
        spoiled.write(png, 0, imageData + 10);
        spoiled.write(IEND_CHUNK);
        assertRefused(() -> inspect(spoiled.toByteArray()), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_jpeg_missing_its_eoi_marker_is_malformed() {
        byte[] jpeg = Fixtures.jpeg(40, 30);
        assertRefused(() -> inspect(Arrays.copyOf(jpeg, jpeg.length - 2)), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_jpeg_whose_frame_header_claims_65535_by_65535_pixels_is_too_large() {
        assertRefused(() -> inspect(withJpegSize(Fixtures.jpeg(40, 30), 65_535, 65_535)),
                IntakeProblem.FILE_TOO_LARGE);
    }

    @Test
    void a_jpeg_whose_frame_header_claims_zero_lines_is_malformed() {
        assertRefused(() -> inspect(withJpegSize(Fixtures.jpeg(40, 30), 40, 0)), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_cmyk_jpeg_is_accepted() throws IOException {
        assertThat(inspect(Fixtures.cmykJpeg(40, 30)).type()).isEqualTo(FileType.JPEG);
    }

    private InspectedFile inspect(byte[] bytes) throws IOException {
        return Uploads.inspect(inspector, bytes, null, tempDir);
    }

    /** A PNG of the signature, an IHDR chunk for 8-bit RGB of the given size, and IEND: no image data. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put(Fixtures.utf8("IHDR")).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + IEND_CHUNK.length)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .put(IEND_CHUNK).array();
    }

    /** The JPEG with the height and width in its baseline frame header (SOF0) replaced. */
    private static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        int frameHeader = indexOf(jpeg, "\u00ff\u00c0");
        return ByteBuffer.wrap(jpeg.clone()).putShort(frameHeader + 5, (short) height)
                .putShort(frameHeader + 7, (short) width).array();
    }

    private static int indexOf(byte[] bytes, String latin1) {
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(latin1);
        assertThat(at).as(latin1 + " in fixture").isNotNegative();
        return at;
    }
}
