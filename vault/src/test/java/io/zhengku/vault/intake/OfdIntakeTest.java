package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfdIntakeTest {

    private static final long GIB = 1L << 30;
    private static final String CENTRAL_HEADER = "PK\u0001\u0002";
    /** An OFD package with an entry of 1 GiB of zeros, about 1 MiB. */
    private static final byte[] BOMB = ZerosBomb.ofd(1024);

    /** Limits a gibibyte of zeros deflated a thousandfold stays within. */
    private static final FileInspector LAX = new FileInspector(new UploadLimits(1 << 20, 10, 2 * GIB, 2_000, 1));

    private final FileInspector inspector = new FileInspector(UploadLimits.defaults());

    @TempDir
    Path tempDir;

    @Test
    void an_ofd_package_is_accepted_without_a_page_count() throws IOException {
        InspectedFile inspected = inspect(Fixtures.ofd());

        assertThat(inspected.type()).isEqualTo(FileType.OFD);
        assertThat(inspected.pageCount()).isEmpty();
    }

    @Test
    void the_package_check_alone_refuses_a_zip_without_an_entry_file_as_malformed() throws IOException {
        Path zip = Files.write(tempDir.resolve("no-entry-file.ofd"), Fixtures.zip(Map.of("Doc_0/Document.xml",
                Fixtures.utf8("<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"))));

        assertRefused(() -> new OfdCheck(UploadLimits.defaults()).check(zip), IntakeProblem.FILE_MALFORMED);
    }

    /** The JDK checks entry names as it opens an archive, but decodes an entry's comment only when it reads it. */
    @Test
    void a_package_with_an_entry_comment_that_is_not_utf8_is_malformed() throws IOException {
        ByteArrayOutputStream gbkComment = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(gbkComment, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry(OfdEntryFile.NAME));
            zip.write(Fixtures.utf8(Fixtures.OFD_XML));
            ZipEntry document = new ZipEntry("Doc_0/Document.xml");
            document.setComment("正文");
            zip.putNextEntry(document);
        }

        assertRefused(() -> inspect(gbkComment.toByteArray()), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void zeros_deflated_the_way_the_bomb_is_are_a_sound_package_under_limits_that_allow_their_ratio()
            throws IOException {
        assertThat(Uploads.inspect(LAX, ZerosBomb.ofd(16), null, tempDir).type()).isEqualTo(FileType.OFD);
    }

    /**
     * The directory is made to end the zeros' compressed data halfway: had the intake inflated all it was given,
     * it would have run out of input and answered FILE_MALFORMED, as it does under limits that let it get there.
     */
    @Test
    void an_entry_of_1_gib_of_zeros_is_a_bomb_found_without_inflating_it_all() {
        byte[] bomb = BOMB.clone();
        ByteBuffer directory = ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN);
        int compressedSize = lastIndexOf(bomb, CENTRAL_HEADER) + 20;
        directory.putInt(compressedSize, directory.getInt(compressedSize) / 2);

        assertThat(BOMB.length).as("compressed size").isLessThan(2 * 1024 * 1024);
        assertRefused(() -> inspect(bomb), IntakeProblem.ARCHIVE_BOMB);
        assertRefused(() -> Uploads.inspect(LAX, bomb, null, tempDir), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_bomb_whose_directory_claims_ten_bytes_is_still_a_bomb() {
        byte[] bomb = BOMB.clone();
        ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN).putInt(lastIndexOf(bomb, CENTRAL_HEADER) + 24, 10);

        assertRefused(() -> inspect(bomb), IntakeProblem.ARCHIVE_BOMB);
    }

    @Test
    void entries_inflating_past_the_total_limit_are_a_bomb_even_at_a_ratio_of_one() {
        FileInspector small = new FileInspector(new UploadLimits(1 << 20, 10, 10_000, 100, 1_000));
        Map<String, byte[]> entries = ofdEntries();
        entries.put("Doc_0/Res/a.bin", randomBytes(6_000));
        entries.put("Doc_0/Res/b.bin", randomBytes(6_000));

        assertRefused(() -> Uploads.inspect(small, Fixtures.zip(entries), null, tempDir),
                IntakeProblem.ARCHIVE_BOMB);
    }

    @Test
    void a_package_of_2000_tiny_entries_is_a_bomb() {
        Map<String, byte[]> entries = ofdEntries();
        for (int i = 0; i < 2_000; i++) {
            entries.put("Doc_0/Res/" + i + ".xml", new byte[] {'x'});
        }
        assertRefused(() -> inspect(Fixtures.zip(entries)), IntakeProblem.ARCHIVE_BOMB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/abs", "Doc_0/../../evil", "Doc_0\\..\\evil", "C:/evil", "c:evil"})
    void an_entry_named_outside_the_package_is_a_path_escape(String name) {
        Map<String, byte[]> entries = ofdEntries();
        entries.put(name, new byte[] {'x'});
        assertRefused(() -> inspect(Fixtures.zip(entries)), IntakeProblem.ARCHIVE_PATH_ESCAPE);
    }

    /** Two readers may pick different ones of two equally named entries: one sees what the vault never checked. */
    @Test
    void two_entries_of_the_same_name_are_malformed() {
        Map<String, byte[]> entries = ofdEntries();
        entries.put("OFD.xmI", Fixtures.utf8("<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>"));
        byte[] zip = latin1(latin1(Fixtures.zip(entries)).replace("OFD.xmI", "OFD.xml"));

        assertRefused(() -> inspect(zip), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void an_entry_whose_content_does_not_match_its_checksum_is_malformed() {
        byte[] zip = Fixtures.ofd();
        zip[lastIndexOf(zip, CENTRAL_HEADER) + 16] ^= 1;

        assertRefused(() -> inspect(zip), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_package_cut_short_is_malformed() {
        byte[] zip = Fixtures.ofd();
        assertRefused(() -> inspect(Arrays.copyOf(zip, zip.length - 30)), IntakeProblem.FILE_MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'><ofd:DocBody>",
        "<?xml version='1.0'?><!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM 'http://127.0.0.1:9/x'>]><ofd:OFD>&x;</ofd:OFD>",
        "<html xmlns='http://www.w3.org/1999/xhtml'/>",
        ""})
    void an_entry_file_that_is_not_a_well_formed_ofd_root_is_malformed(String entryFile) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", Fixtures.utf8(entryFile));
        assertRefused(() -> inspect(Fixtures.zip(entries)), IntakeProblem.FILE_MALFORMED);
    }

    private InspectedFile inspect(byte[] bytes) throws IOException {
        return Uploads.inspect(inspector, bytes, "application/ofd", tempDir);
    }

    private static Map<String, byte[]> ofdEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", Fixtures.utf8(Fixtures.OFD_XML));
        return entries;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(count).nextBytes(bytes);
        return bytes;
    }

    private static int lastIndexOf(byte[] bytes, String latin1) {
        return latin1(bytes).lastIndexOf(latin1);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
