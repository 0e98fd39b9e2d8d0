package org.normative.publish.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes WordprocessingML into a body (of the document, a header or a footer) directly on POI's
 * schema classes: paragraphs with a style, literal text (line breaks, tabs), bookmarks, internal
 * hyperlinks, fields and tables. Text is always set as character data, never parsed, so markup in
 * a standard's text is printed as written. Style ids are written as given: no style is looked up
 * per paragraph.
 */
final class WordText {

    private WordText() {
    }

    /** A new paragraph at the end of {@code body} in the paragraph style {@code styleId} ({@code null}: Normal). */
    static CTP paragraph(CTBody body, String styleId) {
        return styled(body.addNewP(), styleId);
    }

    static CTP styled(CTP p, String styleId) {
        if (styleId != null) {
            p.addNewPPr().addNewPStyle().setVal(styleId);
        }
        return p;
    }

    static CTPPr pPr(CTP p) {
        return p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    }

    static void pageBreakBefore(CTP p) {
        pPr(p).addNewPageBreakBefore();
    }

    static void keepNext(CTP p) {
        pPr(p).addNewKeepNext();
    }

    /** A run of {@code text} at the end of {@code p}. */
    static CTR run(CTP p, String text) {
        CTR r = p.addNewR();
        text(r, text);
        return r;
    }

    static CTR bold(CTP p, String text) {
        CTR r = p.addNewR();
        r.addNewRPr().addNewB();
        text(r, text);
        return r;
    }

    /** {@code label: } in bold, then {@code text}. */
    static void labelled(CTP p, String label, String text) {
        bold(p, label + ": ");
        run(p, text);
    }

    /**
     * Appends {@code text} to a run literally: line breaks become {@code w:br}, tabs {@code w:tab},
     * and characters that XML 1.0 cannot hold (control characters, lone surrogates) are dropped.
     */
    static void text(CTR r, String text) {
        String clean = xmlSafe(text);
        int start = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n' || c == '\t') {
                t(r, clean.substring(start, i));
                if (c == '\n') {
                    r.addNewBr();
                } else {
                    r.addNewTab();
                }
                start = i + 1;
            }
        }
        t(r, clean.substring(start));
    }

    private static void t(CTR r, String value) {
        if (value.isEmpty()) {
            return;
        }
        CTText t = r.addNewT();
        t.setStringValue(value);
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /** {@code text} without the characters XML 1.0 forbids; line breaks and tabs kept. */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Marks the paragraph's content as the target {@code name} of hyperlinks and of the table of contents. */
    static void bookmarkStart(CTP p, String name, int id) {
        CTBookmark start = p.addNewBookmarkStart();
        start.setId(BigInteger.valueOf(id));
        start.setName(name);
    }

    static void bookmarkEnd(CTP p, int id) {
        p.addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    /** {@code text} as a link to the bookmark {@code anchor} of the same document. */
    static void link(CTP p, String anchor, String text) {
        CTHyperlink link = p.addNewHyperlink();
        link.setAnchor(anchor);
        link.setHistory(Boolean.TRUE);
        text(link.addNewR(), text);
    }

    /** The beginning of a field: {@code begin}, the instruction, {@code separate}; its result follows, then {@link #fieldEnd}. */
    static void fieldBegin(CTP p, String instruction) {
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.addNewR().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void fieldEnd(CTP p) {
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A whole field with its last result ({@code PAGE}: {@code 1}), which Word and LibreOffice recompute. */
    static void field(CTP p, String instruction, String result) {
        fieldBegin(p, instruction);
        run(p, result);
        fieldEnd(p);
    }

    /**
     * A table of fixed column widths (twentieths of a point) at the end of {@code body}: light grid
     * lines, and the first {@code headerRows} rows shaded, bold and repeated on every page.
     */
    static Table table(CTBody body, List<Integer> widths, int headerRows) {
        return new Table(body.addNewTbl(), widths, headerRows, true);
    }

    /** A table without lines (the cover page's metadata). */
    static Table plainTable(CTBody body, List<Integer> widths) {
        return new Table(body.addNewTbl(), widths, 0, false);
    }

    /** A table being written row by row. */
    static final class Table {

        static final String HEAD_FILL = "DCE4F0";
        static final String LINE_COLOR = "A6A6A6";

        private final CTTbl tbl;
        private final List<Integer> widths;
        private final int headerRows;
        private int rows;

        private Table(CTTbl tbl, List<Integer> widths, int headerRows, boolean lines) {
            this.tbl = tbl;
            this.widths = List.copyOf(widths);
            this.headerRows = headerRows;
            CTTblPr pr = tbl.addNewTblPr();
            pr.addNewTblW().setW(BigInteger.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
            pr.getTblW().setType(STTblWidth.DXA);
            pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblBorders borders = pr.addNewTblBorders();
            for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
                if (lines) {
                    border.setVal(STBorder.SINGLE);
                    border.setSz(BigInteger.valueOf(4));
                    border.setSpace(BigInteger.ZERO);
                    border.setColor(LINE_COLOR);
                } else {
                    border.setVal(STBorder.NONE);
                }
            }
            var margins = pr.addNewTblCellMar();
            margins.addNewTop().setW(BigInteger.valueOf(lines ? 57 : 28));
            margins.getTop().setType(STTblWidth.DXA);
            margins.addNewLeft().setW(BigInteger.valueOf(lines ? 108 : 0));
            margins.getLeft().setType(STTblWidth.DXA);
            margins.addNewBottom().setW(BigInteger.valueOf(lines ? 57 : 28));
            margins.getBottom().setType(STTblWidth.DXA);
            margins.addNewRight().setW(BigInteger.valueOf(108));
            margins.getRight().setType(STTblWidth.DXA);
            pr.addNewTblLook().setVal(new byte[] {0x04, 0x20});
            CTTblGrid grid = tbl.addNewTblGrid();
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
        }

        /** A new row; its cells are then added with {@link #cell(CTRow, int)}. */
        CTRow row() {
            CTRow row = tbl.addNewTr();
            boolean header = rows < headerRows;
            var pr = row.addNewTrPr();
            pr.addNewCantSplit();
            if (header) {
                pr.addNewTblHeader();
            }
            rows++;
            return row;
        }

        /** A cell of {@code row} in column {@code column}, with one empty paragraph (in the style for table text) to write into. */
        CTTc cell(CTRow row, int column) {
            CTTc tc = row.addNewTc();
            CTTcPr pr = tc.addNewTcPr();
            pr.addNewTcW().setW(BigInteger.valueOf(widths.get(column)));
            pr.getTcW().setType(STTblWidth.DXA);
            boolean header = rows <= headerRows;
            if (header) {
                CTShd shd = pr.addNewShd();
                shd.setVal(STShd.CLEAR);
                shd.setColor("auto");
                shd.setFill(HEAD_FILL);
            }
            styled(tc.addNewP(), header ? Styles.TABLE_HEAD : Styles.TABLE_TEXT);
            return tc;
        }

        /** The first paragraph of a cell. */
        static CTP first(CTTc tc) {
            return tc.getPArray(0);
        }

        /** A further paragraph in a cell, in the style of table text. */
        static CTP next(CTTc tc) {
            return styled(tc.addNewP(), Styles.TABLE_TEXT);
        }

        /** A row of header cells. */
        void head(String... texts) {
            CTRow row = row();
            for (int i = 0; i < texts.length; i++) {
                run(first(cell(row, i)), texts[i]);
            }
        }
    }
}
