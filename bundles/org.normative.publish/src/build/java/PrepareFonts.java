import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step of org.normative.publish (run by the JDK's source launcher from the pom, no
 * dependencies): copies the TrueType fonts of the PDF edition into the bundle's resources, with
 * two changes that keep the text of the PDF the text of the standard:
 * <ul>
 * <li>the CJK radical code points (Kangxi Radicals U+2F00–U+2FDF, CJK Radicals Supplement
 * U+2E80–U+2EFF) whose glyph is also the glyph of another character are removed from the
 * character map;</li>
 * <li>the glyph substitution table (GSUB) is removed: PDFBox applies its Latin ligatures, so that
 * "Proficiency" was drawn, and copied, with the single character U+FB01 "ﬁ".</li>
 * </ul>
 *
 * <p>Why: Noto Sans SC draws the radical U+2F08 ⼈ and the ideograph U+4EBA 人 with the same glyph.
 * A PDF maps each glyph back to one character (its ToUnicode map), and PDFBox takes the lowest
 * code point of the font's cmap, the radical; copying or searching the text of the PDF then gives
 * radicals instead of ideographs. Without those code points every shared glyph maps back to the
 * ideograph. Radicals with a glyph of their own stay.
 *
 * <p>Usage: {@code java PrepareFonts.java OUT_DIR FONT.ttf... [NAME=LICENSE.txt]...}: fonts are
 * written under their own name, the other files are copied as {@code NAME}.
 */
public final class PrepareFonts {

    private PrepareFonts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java PrepareFonts.java OUT_DIR FONT.ttf... [NAME=LICENSE.txt]...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals > 0) {
                Files.copy(Path.of(args[i].substring(equals + 1)), out.resolve(args[i].substring(0, equals)),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            Path font = Path.of(args[i]);
            byte[] fixed = withoutSharedRadicals(Files.readAllBytes(font), font.getFileName().toString());
            Files.write(out.resolve(font.getFileName()), fixed);
        }
    }

    static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    static byte[] withoutSharedRadicals(byte[] font, String name) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int numTables = in.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (int i = 0; i < numTables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 4 + 8);
            byte[] table = new byte[length];
            System.arraycopy(font, offset, table, 0, length);
            tables.put(tag, table);
        }
        if (!tables.containsKey("glyf")) {
            throw new IllegalStateException(name + ": not a TrueType (glyf) font: PDFBox cannot embed it for PDF/A");
        }
        byte[] cmap = tables.get("cmap");
        TreeMap<Integer, Integer> mapping = readCmap(cmap, name);
        Map<Integer, Integer> usesOfGlyph = new TreeMap<>();
        mapping.forEach((code, glyph) -> {
            if (!isRadical(code)) {
                usesOfGlyph.merge(glyph, 1, Integer::sum);
            }
        });
        int dropped = 0;
        for (var it = mapping.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            if (isRadical(entry.getKey()) && usesOfGlyph.containsKey(entry.getValue())) {
                it.remove();
                dropped++;
            }
        }
        tables.put("cmap", writeCmap(mapping, variationSequences(cmap)));
        tables.remove("GSUB");
        System.out.println("PrepareFonts: " + name + ": " + mapping.size() + " characters, " + dropped
                + " radical code points sharing an ideograph's glyph removed from the cmap, no GSUB");
        return writeFont(in.getInt(0), tables);
    }

    /** The Unicode mapping of the font: the (3,10) format 12 subtable, else the (3,1) format 4 one. */
    static TreeMap<Integer, Integer> readCmap(byte[] cmap, String name) {
        ByteBuffer b = ByteBuffer.wrap(cmap);
        int count = b.getShort(2) & 0xFFFF;
        int format12 = -1;
        int format4 = -1;
        for (int i = 0; i < count; i++) {
            int platform = b.getShort(4 + 8 * i) & 0xFFFF;
            int encoding = b.getShort(6 + 8 * i) & 0xFFFF;
            int offset = b.getInt(8 + 8 * i);
            int format = b.getShort(offset) & 0xFFFF;
            if (platform == 3 && encoding == 10 && format == 12) {
                format12 = offset;
            } else if (platform == 3 && encoding == 1 && format == 4) {
                format4 = offset;
            }
        }
        TreeMap<Integer, Integer> mapping = new TreeMap<>();
        if (format12 >= 0) {
            long groups = b.getInt(format12 + 12) & 0xFFFFFFFFL;
            for (int g = 0; g < groups; g++) {
                int at = format12 + 16 + 12 * g;
                int start = b.getInt(at);
                int end = b.getInt(at + 4);
                int glyph = b.getInt(at + 8);
                for (int c = start; c <= end; c++) {
                    mapping.put(c, glyph + c - start);
                }
            }
        } else if (format4 >= 0) {
            int segCount = (b.getShort(format4 + 6) & 0xFFFF) / 2;
            int ends = format4 + 14;
            int starts = ends + 2 * segCount + 2;
            int deltas = starts + 2 * segCount;
            int rangeOffsets = deltas + 2 * segCount;
            for (int s = 0; s < segCount; s++) {
                int end = b.getShort(ends + 2 * s) & 0xFFFF;
                int start = b.getShort(starts + 2 * s) & 0xFFFF;
                int delta = b.getShort(deltas + 2 * s);
                int rangeOffset = b.getShort(rangeOffsets + 2 * s) & 0xFFFF;
                for (int c = start; c <= end && c != 0xFFFF; c++) {
                    int glyph;
                    if (rangeOffset == 0) {
                        glyph = (c + delta) & 0xFFFF;
                    } else {
                        int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                        glyph = b.getShort(at) & 0xFFFF;
                        if (glyph != 0) {
                            glyph = (glyph + delta) & 0xFFFF;
                        }
                    }
                    if (glyph != 0) {
                        mapping.put(c, glyph);
                    }
                }
            }
        } else {
            throw new IllegalStateException(name + ": no Unicode cmap");
        }
        return mapping;
    }

    /** The raw (0,5) format 14 subtable (Unicode variation sequences), or {@code null}. */
    static byte[] variationSequences(byte[] cmap) {
        ByteBuffer b = ByteBuffer.wrap(cmap);
        int count = b.getShort(2) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int platform = b.getShort(4 + 8 * i) & 0xFFFF;
            int encoding = b.getShort(6 + 8 * i) & 0xFFFF;
            int offset = b.getInt(8 + 8 * i);
            if (platform == 0 && encoding == 5 && (b.getShort(offset) & 0xFFFF) == 14) {
                int length = b.getInt(offset + 2);
                byte[] table = new byte[length];
                System.arraycopy(cmap, offset, table, 0, length);
                return table;
            }
        }
        return null;
    }

    /** A cmap with (0,3)/(3,1) format 4 for the BMP, (0,4)/(3,10) format 12 for everything, and the variation sequences. */
    static byte[] writeCmap(TreeMap<Integer, Integer> mapping, byte[] variations) {
        byte[] format4 = format4(mapping);
        byte[] format12 = format12(mapping);
        int records = variations == null ? 4 : 5;
        int header = 4 + 8 * records;
        int at4 = header;
        int at12 = at4 + format4.length;
        int at14 = at12 + format12.length;
        ByteBuffer b = ByteBuffer.allocate(at14 + (variations == null ? 0 : variations.length));
        b.putShort((short) 0).putShort((short) records);
        // encoding records sorted by platform, then encoding
        b.putShort((short) 0).putShort((short) 3).putInt(at4);
        b.putShort((short) 0).putShort((short) 4).putInt(at12);
        if (variations != null) {
            b.putShort((short) 0).putShort((short) 5).putInt(at14);
        }
        b.putShort((short) 3).putShort((short) 1).putInt(at4);
        b.putShort((short) 3).putShort((short) 10).putInt(at12);
        b.put(format4).put(format12);
        if (variations != null) {
            b.put(variations);
        }
        return b.array();
    }

    /** Format 4: one segment per run of consecutive characters with consecutive glyphs (idDelta), then the 0xFFFF segment. */
    static byte[] format4(TreeMap<Integer, Integer> mapping) {
        List<int[]> segments = new ArrayList<>(); // start, end, delta
        int[] current = null;
        for (var entry : mapping.headMap(0xFFFF).entrySet()) {
            int code = entry.getKey();
            int delta = entry.getValue() - code;
            if (current != null && current[1] == code - 1 && current[2] == delta) {
                current[1] = code;
            } else {
                current = new int[] {code, code, delta};
                segments.add(current);
            }
        }
        segments.add(new int[] {0xFFFF, 0xFFFF, 1});
        int segCount = segments.size();
        int length = 16 + 8 * segCount;
        if (length > 0xFFFF) {
            throw new IllegalStateException("format 4 cmap too large: " + segCount + " segments");
        }
        int searchRange = 2 * Integer.highestOneBit(segCount);
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putShort((short) 4).putShort((short) length).putShort((short) 0);
        b.putShort((short) (2 * segCount)).putShort((short) searchRange)
                .putShort((short) (31 - Integer.numberOfLeadingZeros(searchRange / 2)))
                .putShort((short) (2 * segCount - searchRange));
        segments.forEach(s -> b.putShort((short) s[1]));
        b.putShort((short) 0);
        segments.forEach(s -> b.putShort((short) s[0]));
        segments.forEach(s -> b.putShort((short) s[2]));
        segments.forEach(s -> b.putShort((short) 0));
        return b.array();
    }

    /** Format 12: sequential map groups. */
    static byte[] format12(TreeMap<Integer, Integer> mapping) {
        List<int[]> groups = new ArrayList<>(); // start, end, start glyph
        int[] current = null;
        for (var entry : mapping.entrySet()) {
            int code = entry.getKey();
            int glyph = entry.getValue();
            if (current != null && current[1] == code - 1 && current[2] + (code - current[0]) == glyph) {
                current[1] = code;
            } else {
                current = new int[] {code, code, glyph};
                groups.add(current);
            }
        }
        int length = 16 + 12 * groups.size();
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putShort((short) 12).putShort((short) 0).putInt(length).putInt(0).putInt(groups.size());
        groups.forEach(g -> b.putInt(g[0]).putInt(g[1]).putInt(g[2]));
        return b.array();
    }

    /** The font file: tables in tag order, 4-byte aligned, with checksums and head.checkSumAdjustment. */
    static byte[] writeFont(int sfntVersion, Map<String, byte[]> tables) {
        TreeMap<String, byte[]> sorted = new TreeMap<>(tables);
        if (sorted.containsKey("head")) {
            ByteBuffer.wrap(sorted.get("head")).putInt(8, 0);
        }
        int numTables = sorted.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = 16 * (1 << entrySelector);
        int offset = 12 + 16 * numTables;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer directory = ByteBuffer.allocate(offset);
        directory.putInt(sfntVersion).putShort((short) numTables).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (16 * numTables - searchRange));
        for (var entry : sorted.entrySet()) {
            byte[] table = entry.getValue();
            directory.put(entry.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            directory.putInt((int) checksum(table)).putInt(offset).putInt(table.length);
            body.writeBytes(table);
            int padding = (4 - table.length % 4) % 4;
            body.writeBytes(new byte[padding]);
            offset += table.length + padding;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(directory.array());
        file.writeBytes(body.toByteArray());
        byte[] bytes = file.toByteArray();
        if (sorted.containsKey("head")) {
            long adjustment = (0xB1B0AFBAL - checksum(bytes)) & 0xFFFFFFFFL;
            int headOffset = 12 + 16 * new ArrayList<>(sorted.keySet()).indexOf("head");
            int at = ByteBuffer.wrap(bytes).getInt(headOffset + 8);
            ByteBuffer.wrap(bytes).putInt(at + 8, (int) adjustment);
        }
        return bytes;
    }

    static long checksum(byte[] data) {
        long sum = 0;
        ByteBuffer b = ByteBuffer.wrap(data);
        int i = 0;
        for (; i + 4 <= data.length; i += 4) {
            sum += b.getInt(i) & 0xFFFFFFFFL;
        }
        if (i < data.length) {
            byte[] tail = new byte[4];
            System.arraycopy(data, i, tail, 0, data.length - i);
            sum += ByteBuffer.wrap(tail).getInt() & 0xFFFFFFFFL;
        }
        return sum & 0xFFFFFFFFL;
    }
}
