package org.normative.publish.docx;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.normative.diff.text.Segment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

/**
 * Word revision marks (tracked changes) for the redline edition: runs wrapped in {@code w:ins}
 * or {@code w:del} (deleted text as {@code w:delText}), the paragraph mark of a whole inserted or
 * deleted paragraph ({@code w:pPr/w:rPr/w:ins|w:del}) and whole table rows
 * ({@code w:trPr/w:ins|w:del}), so that accepting every revision gives the new edition and
 * rejecting every one the old text. Every mark has the same author and date (the standard's
 * publisher and {@code issued} date, never the clock) and an id of its own.
 */
final class TrackChanges {

    enum Mark {
        INSERT, DELETE
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName INS = new QName(W, "ins", "w");
    private static final QName DEL = new QName(W, "del", "w");
    private static final QName MOVE_FROM = new QName(W, "moveFrom", "w");
    private static final QName MOVE_TO = new QName(W, "moveTo", "w");
    private static final QName MOVE_FROM_RANGE_START = new QName(W, "moveFromRangeStart", "w");
    private static final QName MOVE_FROM_RANGE_END = new QName(W, "moveFromRangeEnd", "w");
    private static final QName MOVE_TO_RANGE_START = new QName(W, "moveToRangeStart", "w");
    private static final QName MOVE_TO_RANGE_END = new QName(W, "moveToRangeEnd", "w");
    private static final QName NAME = new QName(W, "name", "w");
    private static final QName T = new QName(W, "t", "w");
    private static final QName DEL_TEXT = new QName(W, "delText", "w");
    private static final QName INSTR_TEXT = new QName(W, "instrText", "w");
    private static final QName DEL_INSTR_TEXT = new QName(W, "delInstrText", "w");
    private static final QName ID = new QName(W, "id", "w");
    private static final QName AUTHOR = new QName(W, "author", "w");
    private static final QName DATE = new QName(W, "date", "w");
    /** Revision ids start above the bookmarks' ids, so that no two annotations share one. */
    private static final int FIRST_ID = 1_000_000;

    private final String author;
    private final String date;
    private int nextId = FIRST_ID;

    /** @param date the revisions' date ({@code yyyy-mm-dd}), or {@code null} when the standard has none */
    TrackChanges(String author, String date) {
        this.author = author;
        String day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date) + "T00:00:00Z";
            } catch (java.time.format.DateTimeParseException e) {
                day = null;
            }
        }
        this.date = day;
    }

    /** Runs for {@code segments}: the equal ones plain, the inserted and deleted ones marked. */
    void segments(CTP p, List<Segment> segments) {
        for (Segment segment : segments) {
            CTR r = WordText.run(p, segment.text());
            switch (segment.operation()) {
                case INSERT -> run(r, Mark.INSERT);
                case DELETE -> run(r, Mark.DELETE);
                case EQUAL -> {
                    // plain text
                }
            }
        }
    }

    /** Marks a whole paragraph: its runs (also those inside hyperlinks) and its paragraph mark. */
    void paragraph(CTP p, Mark mark) {
        List<CTR> runs = new ArrayList<>(List.of(p.getRArray()));
        for (CTHyperlink link : p.getHyperlinkArray()) {
            runs.addAll(List.of(link.getRArray()));
        }
        for (CTR r : runs) {
            run(r, mark);
        }
        CTPPr pPr = WordText.pPr(p);
        CTParaRPr rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        stamp(mark == Mark.INSERT ? rPr.addNewIns() : rPr.addNewDel());
    }

    /**
     * Marks a whole paragraph as the old place ({@code from}) or the new place of a move, as Word
     * does: its runs in {@code w:moveFrom} or {@code w:moveTo}, its paragraph mark too, inside a
     * move range named {@code name} (the same name at both places), so that Word shows the move and
     * accepts or rejects it as one.
     */
    void moved(CTP p, boolean from, String name) {
        List<CTR> runs = new ArrayList<>(List.of(p.getRArray()));
        for (CTHyperlink link : p.getHyperlinkArray()) {
            runs.addAll(List.of(link.getRArray()));
        }
        for (CTR r : runs) {
            wrap(r, from ? MOVE_FROM : MOVE_TO, from);
        }
        CTPPr pPr = WordText.pPr(p);
        CTParaRPr rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        stamp(from ? rPr.addNewMoveFrom() : rPr.addNewMoveTo());
        int range = nextId++;
        try (XmlCursor start = p.newCursor(); XmlCursor end = p.newCursor()) {
            if (!start.toFirstChild() || start.getName().getLocalPart().equals("pPr") && !start.toNextSibling()) {
                start.toCursor(end);
                start.toEndToken();
            }
            start.beginElement(from ? MOVE_FROM_RANGE_START : MOVE_TO_RANGE_START);
            start.insertAttributeWithValue(ID, String.valueOf(range));
            start.insertAttributeWithValue(NAME, name);
            start.insertAttributeWithValue(AUTHOR, author);
            if (date != null) {
                start.insertAttributeWithValue(DATE, date);
            }
            end.toEndToken();
            end.beginElement(from ? MOVE_FROM_RANGE_END : MOVE_TO_RANGE_END);
            end.insertAttributeWithValue(ID, String.valueOf(range));
        }
    }

    /** Marks a whole table: every row and every paragraph of its cells. */
    void table(CTTbl table, Mark mark) {
        for (CTRow row : table.getTrArray()) {
            row(row, mark);
        }
    }

    /** Marks a whole table row and its paragraphs. */
    void row(CTRow row, Mark mark) {
        CTTrPr trPr = row.isSetTrPr() ? row.getTrPr() : row.addNewTrPr();
        stamp(mark == Mark.INSERT ? trPr.addNewIns() : trPr.addNewDel());
        for (CTTc cell : row.getTcArray()) {
            for (CTP p : cell.getPArray()) {
                paragraph(p, mark);
            }
        }
    }

    /**
     * Marks the paragraphs and tables added to {@code body} since it had {@code paragraphs}
     * paragraphs and {@code tables} tables.
     */
    void since(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody body, int paragraphs, int tables, Mark mark) {
        for (int i = paragraphs; i < body.sizeOfPArray(); i++) {
            paragraph(body.getPArray(i), mark);
        }
        for (int i = tables; i < body.sizeOfTblArray(); i++) {
            table(body.getTblArray(i), mark);
        }
    }

    private void stamp(CTTrackChange change) {
        change.setId(BigInteger.valueOf(nextId++));
        change.setAuthor(author);
        if (date != null) {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            calendar.clear();
            LocalDate day = LocalDate.parse(date.substring(0, 10));
            calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
            change.setDate(calendar);
        }
    }

    /** Wraps run {@code r} in a {@code w:ins} or {@code w:del}; a deleted run's text becomes {@code w:delText}. */
    private void run(CTR r, Mark mark) {
        wrap(r, mark == Mark.INSERT ? INS : DEL, mark == Mark.DELETE);
    }

    /** Wraps run {@code r} in a revision element; a removed run's text ({@code removed}) becomes {@code w:delText}. */
    private void wrap(CTR r, QName revision, boolean removed) {
        try (XmlCursor text = r.newCursor()) {
            if (removed && text.toFirstChild()) {
                do {
                    if (T.equals(text.getName())) {
                        text.setName(DEL_TEXT);
                    } else if (INSTR_TEXT.equals(text.getName())) {
                        text.setName(DEL_INSTR_TEXT);
                    }
                } while (text.toNextSibling());
            }
        }
        try (XmlCursor wrapper = r.newCursor(); XmlCursor run = r.newCursor()) {
            wrapper.beginElement(revision);
            wrapper.insertAttributeWithValue(ID, String.valueOf(nextId++));
            wrapper.insertAttributeWithValue(AUTHOR, author);
            if (date != null) {
                wrapper.insertAttributeWithValue(DATE, date);
            }
            run.moveXml(wrapper);
        }
    }
}
