package org.normative.publish.docx;

import static org.normative.publish.docx.WordText.bold;
import static org.normative.publish.docx.WordText.bookmarkEnd;
import static org.normative.publish.docx.WordText.bookmarkStart;
import static org.normative.publish.docx.WordText.keepNext;
import static org.normative.publish.docx.WordText.labelled;
import static org.normative.publish.docx.WordText.link;
import static org.normative.publish.docx.WordText.pageBreakBefore;
import static org.normative.publish.docx.WordText.paragraph;
import static org.normative.publish.docx.WordText.run;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.normative.publish.chart.RadarChart;
import org.normative.publish.docx.Outline.Heading;
import org.normative.publish.docx.Outline.Part;
import org.normative.publish.docx.WordText.Table;
import org.normative.diff.Semver;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.ChangeEntry;
import org.normative.publish.view.EditionView.ChangesView;
import org.normative.publish.view.EditionView.CriterionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.Metadata;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.PrincipleView;
import org.normative.publish.view.EditionView.ProfileTargetView;
import org.normative.publish.view.EditionView.ProfileView;
import org.normative.publish.view.EditionView.Ref;
import org.normative.publish.view.EditionView.RelationView;
import org.normative.publish.view.EditionView.ReleaseView;
import org.normative.publish.view.EditionView.RoleView;
import org.normative.publish.view.EditionView.SectionView;
import org.normative.publish.view.EditionView.TermView;
import org.normative.publish.view.EditionView.TierCriteria;
import org.normative.publish.view.EditionView.TierView;
import org.normative.publish.view.LocalizedText;
import org.normative.publish.view.Redline;
import org.normative.publish.docx.TrackChanges.Mark;
import org.normative.publish.view.Vocabulary;
import org.normative.publish.view.Vocabulary.Word;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes one {@link EditionView} into a new POI {@link XWPFDocument}: the parts (styles, fonts,
 * settings, properties, page, header and footer) and the body (cover, table of contents, front
 * matter, principles, tiers, roles with their dimensions and points, profiles, glossary, release
 * history). Everything printed comes from the view; nothing is numbered or translated here.
 */
final class EditionDocument {

    private final EditionView edition;
    private final XWPFDocument document;
    private final Vocabulary words;
    private final Outline outline;
    private final CTBody body;
    private final Map<Integer, TierView> tiers = new HashMap<>();
    /** What to mark in a redline edition; {@code null} in a clean edition. */
    private final Redline redline;
    private final TrackChanges track;

    EditionDocument(EditionView edition, XWPFDocument document) {
        this.edition = edition;
        this.document = document;
        this.words = edition.vocabulary();
        this.outline = new Outline(edition);
        this.body = document.getDocument().getBody();
        for (TierView tier : edition.tiers()) {
            tiers.put(tier.level(), tier);
        }
        this.redline = edition.redline();
        this.track = redline == null ? null : new TrackChanges(redline.author(), redline.date());
    }

    /** The date of the edition for its properties and the zip entries: the standard's issued date, if any. */
    static Optional<LocalDate> issued(EditionView edition) {
        String issued = edition.metadata().issued();
        if (issued == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(issued));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void write() throws IOException {
        styles();
        fontTable();
        settings();
        properties();
        cover();
        contents();
        frontMatter();
        principles();
        tierScheme();
        List<RoleView> roles = edition.roles();
        for (int i = 0; i <= roles.size(); i++) {
            for (Object old : deletedAt(Redline.ROLES, i)) {
                int[] mark = mark();
                role((RoleView) old, false);
                marked(mark, Mark.DELETE);
            }
            if (i < roles.size()) {
                int[] mark = mark();
                role(roles.get(i), true);
                if (inserted(roles.get(i))) {
                    marked(mark, Mark.INSERT);
                }
            }
        }
        profiles();
        glossary();
        releases();
        changes();
        page();
    }

    // ---------------------------------------------------------------- parts

    private void styles() throws IOException {
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(Styles.stylesXml(westernLanguage(), eastAsianLanguage())).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the edition's styles are not valid XML", e);
        }
    }

    /**
     * The language of the text in Latin script ({@code w:lang w:val}), by which Word and LibreOffice
     * break lines and check spelling: the edition's language; in a Chinese edition, the default
     * language (the untranslated texts fall back to it), or English if that is Chinese too.
     */
    private String westernLanguage() {
        String language = eastAsianLanguage() == null ? edition.language() : edition.defaultLanguage();
        if (isChinese(language)) {
            language = "en";
        }
        return language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") && !language.equals("und") ? language : null;
    }

    private static boolean isChinese(String language) {
        String tag = language.toLowerCase(Locale.ROOT);
        return tag.equals("zh") || tag.startsWith("zh-");
    }

    /** {@code zh-CN} for a Chinese edition ({@code zh-TW} for traditional Chinese), else {@code null}. */
    private String eastAsianLanguage() {
        String language = edition.language().toLowerCase(Locale.ROOT);
        if (!isChinese(language)) {
            return null;
        }
        return language.contains("hant") || language.endsWith("-tw") || language.endsWith("-hk") ? "zh-TW" : "zh-CN";
    }

    private void fontTable() throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName(XWPFRelation.FONT_TABLE.getDefaultFileName());
            PackagePart fonts = document.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = fonts.getOutputStream()) {
                out.write(Styles.fontTableXml().getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add the font table", e);
        }
    }

    /** Word asks to update the fields (the table of contents) when it opens the document; Word 2013+ layout. */
    private void settings() {
        document.getSettings().setUpdateFields();
        CTSettings settings = document.getSettings().getCTSettings();
        CTCompat compat = settings.isSetCompat() ? settings.getCompat() : settings.addNewCompat();
        CTCompatSetting mode = compat.addNewCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri("http://schemas.microsoft.com/office/word");
        mode.setVal("15");
        if (redline != null) {
            // the edits made to a redline edition are tracked too
            settings.addNewTrackRevisions();
        }
    }

    /** Title, subject, version and dates (the issued date, never the clock). */
    private void properties() {
        Metadata metadata = edition.metadata();
        POIXMLProperties properties = document.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        String title = text(metadata.title());
        String publisher = text(metadata.publisher());
        core.setTitle(title);
        core.setSubjectProperty(edition.id() + " " + edition.version());
        core.setIdentifier(edition.id());
        core.setVersion(edition.version());
        core.setContentStatus(words.status(metadata.status()));
        core.setCreator(publisher != null ? publisher : edition.id());
        core.setLastModifiedByUser(publisher != null ? publisher : edition.id());
        if (!"und".equals(edition.language())) {
            core.getUnderlyingProperties().setLanguageProperty(edition.language());
        }
        Optional<Date> date = issued(edition).map(day -> Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setCreated(date);
        core.setModified(date);
        POIXMLProperties.ExtendedProperties extended = properties.getExtendedProperties();
        extended.setApplication("Normative");
        if (publisher != null) {
            extended.setCompany(publisher);
        }
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("Standard", edition.id());
        custom.addProperty("Version", edition.version());
        custom.addProperty("Status", metadata.status());
        if (metadata.issued() != null) {
            custom.addProperty("Issued", metadata.issued());
        }
        if (metadata.license() != null) {
            custom.addProperty("License", metadata.license());
        }
        custom.addProperty("Language", edition.language());
    }

    /** A4 portrait; the cover page without header and footer; the others with the title, the version and "Page X of Y". */
    private void page() {
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(Styles.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(Styles.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Styles.MARGIN));
        margins.setBottom(BigInteger.valueOf(Styles.MARGIN));
        margins.setLeft(BigInteger.valueOf(Styles.MARGIN));
        margins.setRight(BigInteger.valueOf(Styles.MARGIN));
        margins.setHeader(BigInteger.valueOf(Styles.HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(Styles.HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);

        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        CTP top = header.createParagraph().getCTP();
        WordText.styled(top, Styles.HEADER);
        run(top, text(edition.metadata().title()));
        run(top, "\t" + words.get(Word.VERSION) + " " + edition.version());
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        CTP bottom = footer.createParagraph().getCTP();
        WordText.styled(bottom, Styles.FOOTER);
        pageOf(bottom);
        // the cover page: an empty header and footer of its own
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        document.createFooter(HeaderFooterType.FIRST).createParagraph();
    }

    /** "Page {PAGE} of {NUMPAGES}" in the edition's language, with live fields. */
    private void pageOf(CTP p) {
        String template = words.get(Word.PAGE_OF);
        int at = 0;
        while (at < template.length()) {
            int page = template.indexOf("{page}", at);
            int pages = template.indexOf("{pages}", at);
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                run(p, template.substring(at));
                break;
            }
            if (next > at) {
                run(p, template.substring(at, next));
            }
            if (next == page) {
                WordText.field(p, "PAGE", "1");
                at = next + "{page}".length();
            } else {
                WordText.field(p, "NUMPAGES", "1");
                at = next + "{pages}".length();
            }
        }
    }

    // ---------------------------------------------------------------- body

    private void cover() {
        Metadata metadata = edition.metadata();
        CTP space = paragraph(body, null);
        WordText.pPr(space).addNewSpacing().setBefore(BigInteger.valueOf(2400));
        run(paragraph(body, Styles.TITLE), text(metadata.title()));
        run(paragraph(body, Styles.SUBTITLE), words.get(Word.VERSION) + " " + edition.version());
        if (redline != null) {
            run(paragraph(body, Styles.NOTE), words.fill(Word.REDLINE_NOTE, "version", redline.since()));
        }
        Table table = WordText.plainTable(body, List.of(2200, Styles.TEXT_WIDTH - 2200));
        coverRow(table, Word.IDENTIFIER, edition.id());
        coverRow(table, Word.STATUS, words.status(metadata.status()));
        if (metadata.issued() != null) {
            coverRow(table, Word.ISSUED, metadata.issued());
        }
        if (metadata.publisher() != null) {
            coverRow(table, Word.PUBLISHER, text(metadata.publisher()));
        }
        if (metadata.license() != null) {
            coverRow(table, Word.LICENSE, metadata.license());
        }
    }

    private void coverRow(Table table, Word label, String value) {
        CTRow row = table.row();
        CTP left = Table.first(table.cell(row, 0));
        WordText.styled(clearStyle(left), Styles.COVER_META);
        bold(left, words.get(label));
        CTP right = Table.first(table.cell(row, 1));
        WordText.styled(clearStyle(right), Styles.COVER_META);
        run(right, value);
    }

    private static CTP clearStyle(CTP p) {
        if (p.isSetPPr()) {
            p.unsetPPr();
        }
        return p;
    }

    /**
     * The table of contents: a {@code TOC \o "1-3" \h} field that Word fills in (with page numbers)
     * when it opens the document and asks to update fields; until then, and in readers that do not
     * update fields, its result lists the headings, each linked to its heading.
     */
    private void contents() {
        CTP title = paragraph(body, Styles.TOC_HEADING);
        pageBreakBefore(title);
        run(title, words.get(Word.CONTENTS));
        List<Heading> headings = outline.headings();
        CTP p = null;
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            p = paragraph(body, Styles.toc(heading.level()));
            if (i == 0) {
                WordText.fieldBegin(p, "TOC \\o \"1-3\" \\h \\z \\u");
            }
            // no page numbers until Word updates the field: a reader that does not update fields would show wrong ones
            link(p, heading.bookmark(), heading.text());
        }
        if (p == null) {
            p = paragraph(body, Styles.TOC_1);
            WordText.fieldBegin(p, "TOC \\o \"1-3\" \\h \\z \\u");
        }
        WordText.fieldEnd(p);
    }

    /** A heading paragraph with its bookmark. */
    private CTP heading(Object element) {
        Heading heading = outline.of(element);
        CTP p = paragraph(body, Styles.heading(heading.level()));
        bookmarkStart(p, heading.bookmark(), heading.id());
        run(p, heading.text());
        bookmarkEnd(p, heading.id());
        return p;
    }

    /**
     * The heading of a role, dimension or point: with its bookmark when it is in this edition, its
     * changed title marked word by word in a redline; without a bookmark for an element of the
     * earlier version (printed as deleted).
     */
    private CTP heading(Object element, int level, String number, LocalizedText title) {
        Heading heading = outline.find(element);
        if (heading == null) {
            CTP p = paragraph(body, Styles.heading(level));
            run(p, number + " " + text(title));
            return p;
        }
        java.util.List<org.normative.diff.text.Segment> segments = redline == null ? null : redline.segments(title);
        if (segments == null) {
            return heading(element);
        }
        CTP p = paragraph(body, Styles.heading(heading.level()));
        bookmarkStart(p, heading.bookmark(), heading.id());
        run(p, number + " ");
        track.segments(p, segments);
        bookmarkEnd(p, heading.id());
        return p;
    }

    /** {@code text} at the end of {@code p}; in a redline, marked word by word when it changed. */
    private void print(CTP p, LocalizedText text) {
        java.util.List<org.normative.diff.text.Segment> segments = redline == null ? null : redline.segments(text);
        if (segments == null) {
            run(p, text(text));
        } else {
            track.segments(p, segments);
        }
    }

    /** {@code label: } in bold, then {@code text} as {@link #print} prints it. */
    private void printLabelled(CTP p, String label, LocalizedText text) {
        bold(p, label + ": ");
        print(p, text);
    }

    /** The names of the moves (by the moved element of this edition), numbered in the order they are first met. */
    private final Map<Object, String> moves = new java.util.IdentityHashMap<>();

    private String moveName(Object moved) {
        return moves.computeIfAbsent(moved, m -> "normative-move-" + (moves.size() + 1));
    }

    /** In a redline: the earlier version's text of {@code element} that this edition dropped, else {@code null}. */
    private LocalizedText dropped(Object element, Redline.Field field) {
        return redline == null ? null : redline.dropped(element, field);
    }

    private boolean inserted(Object element) {
        return redline != null && redline.isInserted(element);
    }

    private List<Object> deletedAt(Object container, int index) {
        return redline == null ? List.of() : redline.deletedAt(container, index);
    }

    /** Where the body ends now: its numbers of paragraphs and tables, to mark what follows with {@link #marked}. */
    private int[] mark() {
        return new int[] {body.sizeOfPArray(), body.sizeOfTblArray()};
    }

    /** Marks everything written to the body since {@code mark} as inserted or deleted. */
    private void marked(int[] mark, Mark how) {
        track.since(body, mark[0], mark[1], how);
    }

    private void frontMatter() {
        boolean first = true;
        for (SectionView section : edition.sections()) {
            CTP heading = heading(section);
            if (first) {
                pageBreakBefore(heading);
                first = false;
            }
            for (LocalizedText paragraph : section.paragraphs()) {
                run(paragraph(body, null), text(paragraph));
            }
        }
    }

    private void principles() {
        if (edition.principles().isEmpty()) {
            return;
        }
        CTP heading = heading(Part.PRINCIPLES);
        if (edition.sections().isEmpty()) {
            pageBreakBefore(heading);
        }
        for (PrincipleView principle : edition.principles()) {
            heading(principle);
            if (principle.body() != null) {
                run(paragraph(body, null), text(principle.body()));
            }
        }
    }

    private void tierScheme() {
        if (edition.tiers().isEmpty()) {
            return;
        }
        CTP heading = heading(Part.TIERS);
        if (edition.sections().isEmpty() && edition.principles().isEmpty()) {
            pageBreakBefore(heading);
        }
        Table table = WordText.table(body, List.of(900, 2300, Styles.TEXT_WIDTH - 3200), 1);
        table.head(words.get(Word.TIER), words.get(Word.NAME), words.get(Word.DESCRIPTION));
        for (TierView tier : edition.tiers()) {
            CTRow row = table.row();
            run(Table.first(table.cell(row, 0)), String.valueOf(tier.level()));
            bold(Table.first(table.cell(row, 1)), text(tier.name()));
            CTP description = Table.first(table.cell(row, 2));
            if (tier.description() != null) {
                run(description, text(tier.description()));
            }
        }
    }

    /** A role; {@code current}: of this edition (else of the earlier version, printed as deleted, without its chart). */
    private void role(RoleView role, boolean current) throws IOException {
        pageBreakBefore(heading(role, 1, role.number(), role.title()));
        if (role.description() != null) {
            print(paragraph(body, null), role.description());
        } else if (dropped(role, Redline.Field.DESCRIPTION) != null) {
            CTP p = paragraph(body, null);
            print(p, dropped(role, Redline.Field.DESCRIPTION));
            track.paragraph(p, Mark.DELETE);
        }
        if (current) {
            RadarPicture.insert(document, RadarChart.forRole(edition, role), words.fill(Word.CHART_CAPTION, "role", role.label()));
        }
        List<DimensionView> dimensions = role.dimensions();
        for (int i = 0; i <= dimensions.size(); i++) {
            for (Object old : deletedAt(role, i)) {
                int[] mark = mark();
                dimension((DimensionView) old);
                marked(mark, Mark.DELETE);
            }
            if (i < dimensions.size()) {
                int[] mark = mark();
                dimension(dimensions.get(i));
                if (inserted(dimensions.get(i))) {
                    marked(mark, Mark.INSERT);
                }
            }
        }
    }

    private void dimension(DimensionView dimension) {
        heading(dimension, 2, dimension.number(), dimension.title());
        if (dimension.definition() != null) {
            printLabelled(paragraph(body, null), words.get(Word.CORE_DEFINITION), dimension.definition());
        } else if (dropped(dimension, Redline.Field.DEFINITION) != null) {
            CTP p = paragraph(body, null);
            printLabelled(p, words.get(Word.CORE_DEFINITION), dropped(dimension, Redline.Field.DEFINITION));
            track.paragraph(p, Mark.DELETE);
        }
        List<PointView> points = dimension.points();
        for (int i = 0; i <= points.size(); i++) {
            for (Object old : deletedAt(dimension, i)) {
                int[] mark = mark();
                point((PointView) old);
                marked(mark, Mark.DELETE);
            }
            if (i < points.size()) {
                int[] mark = mark();
                point(points.get(i));
                if (inserted(points.get(i))) {
                    marked(mark, Mark.INSERT);
                }
            }
        }
    }

    private void point(PointView point) {
        heading(point, 3, point.number(), point.title());
        if ("deprecated".equals(point.status())) {
            CTP notice = paragraph(body, Styles.NOTE);
            bold(notice, words.get(Word.DEPRECATED_POINT));
            if (point.replacedBy() != null) {
                run(notice, " " + words.get(Word.REPLACED_BY) + ": ");
                reference(notice, point.replacedBy());
            }
        }
        if (point.scope() != null) {
            CTP scope = paragraph(body, null);
            printLabelled(scope, words.get(Word.SCOPE), point.scope());
            if (!point.criteria().isEmpty()) {
                keepNext(scope);
            }
        } else if (dropped(point, Redline.Field.SCOPE) != null) {
            CTP scope = paragraph(body, null);
            printLabelled(scope, words.get(Word.SCOPE), dropped(point, Redline.Field.SCOPE));
            track.paragraph(scope, Mark.DELETE);
        }
        if (!point.criteria().isEmpty() || point.criteriaByTier().stream().anyMatch(this::hasDeletedCriteria)) {
            criteria(point);
        }
        relations(point);
    }

    /** The criteria by tier: one row per tier of the scheme, the tier's name as the row head. */
    private void criteria(PointView point) {
        Table table = WordText.table(body, List.of(1800, Styles.TEXT_WIDTH - 1800), 1);
        table.head(words.get(Word.TIER), words.get(Word.CRITERIA));
        for (TierCriteria tier : point.criteriaByTier()) {
            CTRow row = table.row();
            bold(Table.first(table.cell(row, 0)), text(tier.tier().name()));
            CTTc cell = table.cell(row, 1);
            boolean[] first = {true};
            java.util.function.Supplier<CTP> paragraph = () -> {
                CTP p = first[0] ? Table.first(cell) : Table.next(cell);
                first[0] = false;
                return p;
            };
            List<CriterionView> criteria = tier.criteria();
            for (int i = 0; i <= criteria.size(); i++) {
                for (Object old : deletedAt(tier, i)) {
                    CTP p = paragraph.get();
                    criterion(p, (CriterionView) old);
                    Object movedTo = redline.movedTo(old);
                    if (movedTo != null) {
                        track.moved(p, true, moveName(movedTo));
                    } else {
                        track.paragraph(p, Mark.DELETE);
                    }
                }
                if (i < criteria.size()) {
                    CTP p = paragraph.get();
                    criterion(p, criteria.get(i));
                    if (inserted(criteria.get(i))) {
                        if (redline.movedFrom(criteria.get(i)) != null) {
                            track.moved(p, false, moveName(criteria.get(i)));
                        } else {
                            track.paragraph(p, Mark.INSERT);
                        }
                    }
                }
            }
            if (criteria.isEmpty()) {
                CTP p = paragraph.get();
                run(p, "–");
                if (hasDeletedCriteria(tier)) {
                    track.paragraph(p, Mark.INSERT);
                }
            }
        }
    }

    private void criterion(CTP p, CriterionView criterion) {
        if (criterion.id() != null) {
            bold(p, criterion.id() + " ");
        }
        print(p, criterion.statement());
    }

    private boolean hasDeletedCriteria(TierCriteria tier) {
        for (int i = 0; i <= tier.criteria().size(); i++) {
            if (!deletedAt(tier, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Requires, related, aligns with: one line per kind, in the order the kinds first appear, each target linked. */
    private void relations(PointView point) {
        Map<String, List<Ref>> byKind = new LinkedHashMap<>();
        for (RelationView relation : point.relations()) {
            byKind.computeIfAbsent(relation.kind(), kind -> new ArrayList<>()).add(relation.target());
        }
        for (Map.Entry<String, List<Ref>> kind : byKind.entrySet()) {
            CTP p = paragraph(body, Styles.NOTE);
            bold(p, words.relation(kind.getKey()) + ": ");
            boolean first = true;
            for (Ref target : kind.getValue()) {
                if (!first) {
                    run(p, "; ");
                }
                first = false;
                reference(p, target);
            }
        }
    }

    /** A reference's label, linked to its heading when the target is in this document. */
    private void reference(CTP p, Ref target) {
        String bookmark = outline.bookmarkOf(target);
        if (bookmark == null) {
            run(p, target.label());
        } else {
            link(p, bookmark, target.label());
        }
    }

    private void profiles() {
        if (edition.profiles().isEmpty()) {
            return;
        }
        pageBreakBefore(heading(Part.PROFILES));
        for (ProfileView profile : edition.profiles()) {
            heading(profile);
            CTP role = paragraph(body, null);
            bold(role, words.get(Word.ROLE) + ": ");
            reference(role, profile.role());
            keepNext(role);
            Table table = WordText.table(body, List.of(Styles.TEXT_WIDTH - 2400, 2400), 1);
            table.head(words.get(Word.TARGET), words.get(Word.TARGET_TIER));
            for (ProfileTargetView target : profile.targets()) {
                CTRow row = table.row();
                reference(Table.first(table.cell(row, 0)), target.target());
                TierView tier = tiers.get(target.tier());
                run(Table.first(table.cell(row, 1)), tier == null ? String.valueOf(target.tier())
                        : target.tier() + " " + text(tier.name()));
            }
        }
    }

    private void glossary() {
        if (edition.glossary().isEmpty()) {
            return;
        }
        CTP heading = heading(Part.GLOSSARY);
        if (edition.profiles().isEmpty()) {
            pageBreakBefore(heading);
        }
        Table table = WordText.table(body, List.of(2800, Styles.TEXT_WIDTH - 2800), 1);
        table.head(words.get(Word.TERM), words.get(Word.DEFINITION));
        List<TermView> terms = edition.glossary();
        for (int i = 0; i <= terms.size(); i++) {
            for (Object old : deletedAt(Redline.GLOSSARY, i)) {
                track.row(term(table, (TermView) old), Mark.DELETE);
            }
            if (i < terms.size()) {
                CTRow row = term(table, terms.get(i));
                if (inserted(terms.get(i))) {
                    track.row(row, Mark.INSERT);
                }
            }
        }
    }

    private CTRow term(Table table, TermView term) {
        CTRow row = table.row();
        CTP title = Table.first(table.cell(row, 0));
        java.util.List<org.normative.diff.text.Segment> segments = redline == null ? null : redline.segments(term.title());
        if (segments == null) {
            bold(title, text(term.title()));
        } else {
            WordText.pPr(title);
            track.segments(title, segments);
            for (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r : title.getRArray()) {
                (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewB();
            }
            for (var ins : title.getInsArray()) {
                for (var r : ins.getRArray()) {
                    (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewB();
                }
            }
            for (var del : title.getDelArray()) {
                for (var r : del.getRArray()) {
                    (r.isSetRPr() ? r.getRPr() : r.addNewRPr()).addNewB();
                }
            }
        }
        CTP definition = Table.first(table.cell(row, 1));
        if (term.definition() != null) {
            print(definition, term.definition());
        } else if (dropped(term, Redline.Field.DEFINITION) != null) {
            // the cell stays: only its text is deleted
            track.segments(definition, List.of(org.normative.diff.text.Segment.delete(text(dropped(term, Redline.Field.DEFINITION)))));
        }
        return row;
    }

    private void releases() {
        if (edition.releases().isEmpty()) {
            return;
        }
        heading(Part.RELEASES);
        Table table = WordText.table(body, List.of(1300, 1500, Styles.TEXT_WIDTH - 2800), 1);
        table.head(words.get(Word.VERSION), words.get(Word.DATE), words.get(Word.SUMMARY));
        for (ReleaseView release : edition.releases()) {
            CTRow row = table.row();
            run(Table.first(table.cell(row, 0)), release.version());
            run(Table.first(table.cell(row, 1)), release.date());
            CTP summary = Table.first(table.cell(row, 2));
            if (release.summary() != null) {
                run(summary, text(release.summary()));
            }
        }
    }

    /** The "Changes since" annex: one table per kind of change (breaking, additions, corrections, other). */
    private void changes() {
        ChangesView changes = edition.changes();
        if (changes == null) {
            return;
        }
        pageBreakBefore(heading(Part.CHANGES));
        for (Semver part : Outline.CHANGE_ORDER) {
            List<ChangeEntry> entries = changes.entries(part);
            if (entries.isEmpty()) {
                continue;
            }
            heading(part);
            Table table = WordText.table(body, List.of(2600, 2800, Styles.TEXT_WIDTH - 5400), 1);
            table.head(words.get(Word.CHANGE), words.get(Word.WHERE), words.get(Word.BEFORE) + " / " + words.get(Word.AFTER));
            for (ChangeEntry entry : entries) {
                CTRow row = table.row();
                run(Table.first(table.cell(row, 0)), entry.headline());
                CTP where = Table.first(table.cell(row, 1));
                if (entry.target() != null) {
                    reference(where, entry.target());
                } else if (entry.change().id() != null) {
                    run(where, entry.change().id());
                }
                CTTc details = table.cell(row, 2);
                CTP p = Table.first(details);
                if (entry.change().before() != null) {
                    labelled(p, words.get(Word.BEFORE), entry.change().before());
                    p = null;
                }
                if (entry.change().after() != null) {
                    labelled(p == null ? Table.next(details) : p, words.get(Word.AFTER), entry.change().after());
                }
            }
        }
    }

    private String text(LocalizedText text) {
        return text == null ? null : edition.text(text);
    }
}
