package org.normative.publish.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (the package POI wrote) entry by entry, in the same order, with one fixed
 * modification time on every entry instead of the clock's, so that the same edition gives the
 * same bytes. The time is set as a local date-time (DOS time, no extended timestamp field), so
 * the bytes do not depend on the time zone either.
 */
final class StableZip {

    /** The earliest time a zip entry can carry. */
    static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableZip() {
    }

    static void copy(byte[] zip, OutputStream out, LocalDateTime time) throws IOException {
        LocalDateTime stamp = time.isBefore(EPOCH) ? EPOCH : time;
        ZipOutputStream target = new ZipOutputStream(out);
        try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(zip))) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.DEFLATED);
                copy.setTimeLocal(stamp);
                target.putNextEntry(copy);
                for (int n = source.read(buffer); n >= 0; n = source.read(buffer)) {
                    target.write(buffer, 0, n);
                }
                target.closeEntry();
            }
        }
        // finishes the zip without closing the caller's stream
        target.finish();
        target.flush();
    }
}
