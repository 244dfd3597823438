package io.zhengku.vault.intake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An OFD package whose second entry is a run of zeros that deflates about a thousandfold, written in
 * milliseconds: one mebibyte of zeros is deflated with a full flush, which leaves no reference to what came
 * before, so that block of output is repeated once per mebibyte instead of deflating a gibibyte. The ZIP
 * records are written by hand because {@code ZipOutputStream} only takes bytes to deflate.
 */
final class ZerosBomb {

    private static final String ZEROS = "Doc_0/Res/zeros.bin";
    private static final int MEBIBYTE = 1 << 20;
    private static final int DOS_DATE_2025_01_01 = (2025 - 1980) << 9 | 1 << 5 | 1;
    private static final int DEFLATED = 8;

    private ZerosBomb() {
    }

    /** The package with OFD.xml and {@code mebibytes} MiB of zeros. */
    static byte[] ofd(int mebibytes) {
        byte[] entryFile = Fixtures.utf8(Fixtures.OFD_XML);
        CRC32 zerosChecksum = new CRC32();
        byte[] zeros = new byte[MEBIBYTE];
        ByteArrayOutputStream zerosDeflated = new ByteArrayOutputStream();
        byte[] block = deflate(zeros, false);
        for (int i = 0; i < mebibytes; i++) {
            zerosChecksum.update(zeros);
            zerosDeflated.writeBytes(block);
        }
        zerosDeflated.writeBytes(deflate(new byte[0], true));

        CRC32 entryFileChecksum = new CRC32();
        entryFileChecksum.update(entryFile);
        ByteBuffer zip = ByteBuffer.allocate(zerosDeflated.size() + 4096).order(ByteOrder.LITTLE_ENDIAN);
        Entry first = new Entry("OFD.xml", entryFileChecksum.getValue(), entryFile.length,
                deflate(entryFile, true), 0);
        first.writeLocal(zip);
        Entry second = new Entry(ZEROS, zerosChecksum.getValue(), (long) mebibytes * MEBIBYTE,
                zerosDeflated.toByteArray(), zip.position());
        second.writeLocal(zip);
        int directory = zip.position();
        first.writeCentral(zip);
        second.writeCentral(zip);
        int directoryLength = zip.position() - directory;
        zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 2).putShort((short) 2)
                .putInt(directoryLength).putInt(directory).putShort((short) 0);
        return Arrays.copyOf(zip.array(), zip.position());
    }

    /** Raw deflate output: closing the stream, or ending in a full flush so that more blocks may follow. */
    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
                out.write(buffer, 0, written);
            } while (last ? !deflater.finished() : written == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private record Entry(String name, long crc, long size, byte[] deflated, int offset) {

        void writeLocal(ByteBuffer zip) {
            zip.putInt(0x04034b50).putShort((short) 20);
            common(zip);
            zip.put(Fixtures.utf8(name)).put(deflated);
        }

        void writeCentral(ByteBuffer zip) {
            zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20);
            common(zip);
            zip.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset)
                    .put(Fixtures.utf8(name));
        }

        /** Flags, method, time, date, checksum, sizes and name and extra lengths, alike in both headers. */
        private void common(ByteBuffer zip) {
            zip.putShort((short) 0).putShort((short) DEFLATED).putShort((short) 0)
                    .putShort((short) DOS_DATE_2025_01_01).putInt((int) crc).putInt(deflated.length)
                    .putInt((int) size).putShort((short) Fixtures.utf8(name).length).putShort((short) 0);
        }
    }
}
