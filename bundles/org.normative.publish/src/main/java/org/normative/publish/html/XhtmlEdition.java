package org.normative.publish.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.normative.diff.text.Segment;

import org.normative.diff.Semver;
import org.normative.publish.view.Vocabulary;
import org.normative.publish.view.Vocabulary.Word;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.ChangeEntry;
import org.normative.publish.view.EditionView.ChangesView;
import org.normative.publish.view.EditionView.CriterionView;
import org.normative.publish.view.EditionView.DimensionView;
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

/**
 * The one XHTML document of an edition, which the HTML edition writes as it is and the PDF
 * edition lays out into pages. It prints the {@link EditionView} and computes nothing of its own:
 * numbers, order, language fallback and the labels of references come from the view, the fixed
 * words from {@link EditionView#vocabulary()}.
 *
 * <p>Content: cover (title, version, status, issued, publisher, license), table of contents,
 * front-matter sections, principles, tier scheme, each role with its chart, dimensions (core
 * definition) and points (scope, criteria by tier, relations, deprecation), profiles, glossary,
 * release history, and the "Changes since" annex when the edition has one. Every role, dimension, point, profile and term has its id path as {@code id}
 * ({@code AIPM.foundations.core-product}); the parts of the document that are not elements have
 * ids with a colon, which no id path can contain ({@code part:contents}, {@code section:overview}).
 *
 * <p>A redline edition ({@link EditionView#redline()}) marks what changed since the earlier
 * version, as {@link Redline} says: a changed text word by word, the deleted words in
 * {@code <del>} and the inserted ones in {@code <ins>}; a new (or moved, or reordered) role,
 * dimension, point, criterion or term whole in {@code <ins class="redline-block">}; a removed one
 * (or the old place of a moved one), printed from the earlier version's view with its old number
 * and text at its old place, whole in {@code <del class="redline-block">}. Deleted elements have
 * no {@code id} (a moved element keeps its id at its new place), are not in the table of contents
 * or the PDF's outline, and link only to elements of this edition. The cover says what is marked.
 *
 * <p>Every text of the standard is escaped ({@link Markup}); the markup is deterministic.
 */
public final class XhtmlEdition {

    /** What the document is laid out for. */
    public enum Medium {
        /** A web page: the HTML edition. */
        SCREEN,
        /** Pages: the PDF edition (running header and footer, bookmarks, page numbers in the table of contents). */
        PRINT
    }

    /**
     * @param medium screen or print
     * @param css the style sheet, put inline into the document's head
     * @param charts the charts of the roles
     */
    public record Options(Medium medium, String css, Chart.Source charts) {
    }

    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private final EditionView edition;
    private final Options options;
    private final Vocabulary words;
    private final String language;
    private final Markup out;
    /** What to mark in a redline edition; {@code null} in a clean edition. */
    private final Redline redline;
    /** The ids of this edition's elements, which links may point to. */
    private final Set<String> anchors = new java.util.HashSet<>();
    /** While an element of the earlier version is printed as deleted: no ids, no links to elements this edition lacks. */
    private boolean deleted;

    private XhtmlEdition(EditionView edition, Options options) {
        this.edition = edition;
        this.options = options;
        this.words = edition.vocabulary();
        this.language = edition.language();
        this.out = new Markup(4096 + edition.points().size() * 3000);
        this.redline = edition.redline();
        for (RoleView role : edition.roles()) {
            anchors.add(role.id());
            for (DimensionView dimension : role.dimensions()) {
                anchors.add(dimension.id());
                dimension.points().forEach(point -> anchors.add(point.id()));
            }
        }
        edition.profiles().forEach(profile -> anchors.add(profile.id()));
        edition.glossary().forEach(term -> anchors.add(term.id()));
    }

    /** The document: an {@code <html>} element in the XHTML namespace, without XML declaration or document type. */
    public static String build(EditionView edition, Options options) {
        return new XhtmlEdition(edition, options).document();
    }

    private boolean print() {
        return options.medium() == Medium.PRINT;
    }

    private String document() {
        out.open("html", "xmlns", XHTML_NAMESPACE, "lang", language, "xml:lang", language).newline();
        head();
        out.open("body", "class", "edition").newline();
        if (print()) {
            runningHeaderAndFooter();
        }
        cover();
        contents();
        for (SectionView section : edition.sections()) {
            section(section);
        }
        principles();
        tiers();
        children(Redline.ROLES, edition.roles(), this::role);
        profiles();
        glossary();
        releases();
        changes();
        out.close("body").newline().close("html").newline();
        return out.toString();
    }

    // ------------------------------------------------------------------ head

    private void head() {
        out.open("head").newline();
        out.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8").newline();
        if (!print()) {
            out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        }
        out.element("title", title()).newline();
        out.empty("meta", "name", "author", "content", edition.text(edition.metadata().publisher())).newline();
        out.empty("meta", "name", "subject", "content", edition.id() + " " + edition.version()).newline();
        out.empty("meta", "name", "generator", "content", "Normative").newline();
        out.open("style").raw(options.css()).close("style").newline();
        if (print()) {
            bookmarks();
        }
        out.close("head").newline();
    }

    private String title() {
        return edition.text(edition.metadata().title());
    }

    /** The PDF's outline: the parts, roles, dimensions and points. */
    private void bookmarks() {
        out.open("bookmarks").newline();
        bookmark(words.get(Word.CONTENTS), "part:contents");
        for (SectionView section : edition.sections()) {
            bookmark(edition.text(section.title()), "section:" + section.id());
        }
        if (!edition.principles().isEmpty()) {
            bookmark(words.get(Word.PRINCIPLES), "part:principles");
        }
        if (!edition.tiers().isEmpty()) {
            bookmark(words.get(Word.TIERS), "part:tiers");
        }
        for (RoleView role : edition.roles()) {
            out.open("bookmark", "name", role.label(), "href", "#" + role.id()).newline();
            for (DimensionView dimension : role.dimensions()) {
                out.open("bookmark", "name", dimension.label(), "href", "#" + dimension.id()).newline();
                for (PointView point : dimension.points()) {
                    bookmark(point.label(), point.id());
                }
                out.close("bookmark").newline();
            }
            out.close("bookmark").newline();
        }
        if (!edition.profiles().isEmpty()) {
            bookmark(words.get(Word.PROFILES), "part:profiles");
        }
        if (!edition.glossary().isEmpty()) {
            bookmark(words.get(Word.GLOSSARY), "part:glossary");
        }
        if (!edition.releases().isEmpty()) {
            bookmark(words.get(Word.RELEASE_HISTORY), "part:releases");
        }
        if (edition.changes() != null) {
            bookmark(words.fill(Word.CHANGES_SINCE, "version", edition.changes().since()), "part:changes");
        }
        out.close("bookmarks").newline();
    }

    private void bookmark(String name, String id) {
        out.empty("bookmark", "name", name, "href", "#" + id).newline();
    }

    /** Running elements that the print style sheet moves into the page margins. */
    private void runningHeaderAndFooter() {
        out.open("div", "class", "running-header").element("span", title(), "class", "running-title")
                .element("span", edition.id() + " " + edition.version()
                        + (redline == null ? "" : " \u00b7 " + words.fill(Word.REDLINE_SINCE, "version", redline.since())),
                        "class", "running-version")
                .close("div").newline();
        String pageOf = words.fill(Word.PAGE_OF, "page", "\u0000", "pages", "\u0001");
        out.open("div", "class", "running-footer");
        for (String piece : pageOf.split("(?=[\u0000\u0001])|(?<=[\u0000\u0001])")) {
            if (piece.equals("\u0000")) {
                out.element("span", "", "class", "page-number");
            } else if (piece.equals("\u0001")) {
                out.element("span", "", "class", "page-count");
            } else {
                out.text(piece);
            }
        }
        out.close("div").newline();
    }

    // ------------------------------------------------------------------ cover and contents

    private void cover() {
        EditionView.Metadata metadata = edition.metadata();
        out.open("div", "class", "cover", "id", "part:cover").newline();
        if (metadata.publisher() != null) {
            text("p", metadata.publisher(), "cover-publisher");
        }
        out.open("h1", "class", "cover-title", "id", "part:title");
        inline(metadata.title());
        out.close("h1").newline();
        translations(metadata.title(), "p", "cover-translation");
        out.element("p", edition.id(), "class", "cover-id").newline();
        out.open("table", "class", "cover-metadata").newline().open("tbody").newline();
        coverRow(words.get(Word.VERSION), edition.version());
        coverRow(words.get(Word.STATUS), words.status(metadata.status()));
        if (metadata.issued() != null) {
            coverRow(words.get(Word.ISSUED), metadata.issued());
        }
        if (metadata.publisher() != null) {
            coverRow(words.get(Word.PUBLISHER), edition.text(metadata.publisher()));
        }
        if (metadata.license() != null) {
            coverRow(words.get(Word.LICENSE), metadata.license());
        }
        coverRow(words.get(Word.LANGUAGE), language);
        out.close("tbody").newline().close("table").newline();
        out.element("p", statistics(), "class", "cover-statistics").newline();
        if (redline != null) {
            legend();
        }
        out.close("div").newline();
    }

    /** What a redline edition marks, and how: the note, and the key of the marks. */
    private void legend() {
        out.open("div", "class", "redline-legend", "id", "part:redline").newline();
        out.element("p", words.fill(Word.REDLINE_NOTE, "version", redline.since()), "class", "redline-note").newline();
        out.open("p", "class", "redline-key").element("ins", words.get(Word.REDLINE_INSERTED)).text(" ")
                .element("del", words.get(Word.REDLINE_DELETED)).close("p").newline();
        out.close("div").newline();
    }

    /** "2 roles, 14 dimensions, 69 key competency points, 207 criteria" */
    private String statistics() {
        EditionView.Statistics size = edition.statistics();
        return words.fill(Word.STATISTICS, "roles", String.valueOf(size.roles()), "dimensions", String.valueOf(size.dimensions()),
                "points", String.valueOf(size.points()), "criteria", String.valueOf(size.criteria()));
    }

    /** The heading of each part of the "Changes since" annex. */
    private static final Map<Semver, Word> CHANGES = Map.of(Semver.MAJOR, Word.CHANGES_MAJOR, Semver.MINOR, Word.CHANGES_MINOR,
            Semver.PATCH, Word.CHANGES_PATCH, Semver.NONE, Word.CHANGES_NONE);

    private void coverRow(String name, String value) {
        out.open("tr").element("th", name, "scope", "row").element("td", value).close("tr").newline();
    }

    private void contents() {
        out.open("nav", "class", "contents", "id", "part:contents").newline();
        out.element("h2", words.get(Word.CONTENTS)).newline();
        out.open("ol", "class", "toc").newline();
        for (SectionView section : edition.sections()) {
            tocEntry("toc-part", null, edition.text(section.title()), "section:" + section.id(), langOf(section.title()));
            out.close("li").newline();
        }
        if (!edition.principles().isEmpty()) {
            tocEntry("toc-part", null, words.get(Word.PRINCIPLES), "part:principles", null);
            out.close("li").newline();
        }
        if (!edition.tiers().isEmpty()) {
            tocEntry("toc-part", null, words.get(Word.TIERS), "part:tiers", null);
            out.close("li").newline();
        }
        for (RoleView role : edition.roles()) {
            tocEntry("toc-role", role.number(), edition.text(role.title()), role.id(), langOf(role.title()));
            out.newline().open("ol").newline();
            for (DimensionView dimension : role.dimensions()) {
                tocEntry("toc-dimension", dimension.number(), edition.text(dimension.title()), dimension.id(), langOf(dimension.title()));
                out.newline().open("ol").newline();
                for (PointView point : dimension.points()) {
                    tocEntry("toc-point" + (isDeprecated(point) ? " deprecated" : ""), point.number(), edition.text(point.title()),
                            point.id(), langOf(point.title()));
                    out.close("li").newline();
                }
                out.close("ol").newline().close("li").newline();
            }
            out.close("ol").newline().close("li").newline();
        }
        if (!edition.profiles().isEmpty()) {
            tocEntry("toc-part", null, words.get(Word.PROFILES), "part:profiles", null);
            out.close("li").newline();
        }
        if (!edition.glossary().isEmpty()) {
            tocEntry("toc-part", null, words.get(Word.GLOSSARY), "part:glossary", null);
            out.close("li").newline();
        }
        if (!edition.releases().isEmpty()) {
            tocEntry("toc-part", null, words.get(Word.RELEASE_HISTORY), "part:releases", null);
            out.close("li").newline();
        }
        if (edition.changes() != null) {
            tocEntry("toc-part", null, words.fill(Word.CHANGES_SINCE, "version", edition.changes().since()), "part:changes", null);
            out.close("li").newline();
        }
        out.close("ol").newline().close("nav").newline();
    }

    /** Opens {@code <li>} with the link; the caller closes it (after a nested list, if any). */
    private void tocEntry(String cssClass, String number, String title, String id, String lang) {
        out.open("li", "class", cssClass).open("a", "href", "#" + id);
        if (number != null) {
            out.element("span", number, "class", "toc-number").text(" ");
        }
        out.element("span", title, "class", "toc-title", "lang", lang);
        out.close("a");
    }

    // ------------------------------------------------------------------ front matter

    private void section(SectionView section) {
        out.open("section", "class", "front-section", "id", "section:" + section.id()).newline();
        text("h2", section.title(), null);
        for (LocalizedText paragraph : section.paragraphs()) {
            text("p", paragraph, null);
        }
        out.close("section").newline();
    }

    private void principles() {
        if (edition.principles().isEmpty()) {
            return;
        }
        out.open("section", "class", "principles", "id", "part:principles").newline();
        out.element("h2", words.get(Word.PRINCIPLES)).newline();
        for (PrincipleView principle : edition.principles()) {
            out.open("div", "class", "principle", "id", "principle:" + principle.id()).newline();
            text("h3", principle.title(), null);
            if (principle.body() != null) {
                text("p", principle.body(), null);
            }
            out.close("div").newline();
        }
        out.close("section").newline();
    }

    private void tiers() {
        if (edition.tiers().isEmpty()) {
            return;
        }
        out.open("section", "class", "tiers", "id", "part:tiers").newline();
        out.element("h2", words.get(Word.TIERS)).newline();
        out.open("table", "class", "tier-scheme").newline();
        out.open("thead").open("tr").element("th", words.get(Word.LEVEL), "scope", "col").element("th", words.get(Word.NAME), "scope", "col")
                .element("th", words.get(Word.DESCRIPTION), "scope", "col").close("tr").close("thead").newline();
        out.open("tbody").newline();
        for (TierView tier : edition.tiers()) {
            out.open("tr", "id", "tier:" + tier.level()).element("td", String.valueOf(tier.level()), "class", "tier-level");
            cell("th", tier.name(), "scope", "row");
            cell("td", tier.description());
            out.close("tr").newline();
        }
        out.close("tbody").newline().close("table").newline();
        out.close("section").newline();
    }

    // ------------------------------------------------------------------ roles, dimensions, points

    private void role(RoleView role) {
        out.open("section", "class", "role", "id", id(role.id())).newline();
        heading("h2", role.number(), role.title(), "role-title");
        translations(role.title(), "p", "translation");
        if (role.description() != null) {
            text("p", role.description(), "role-description");
        } else {
            dropped(role, Redline.Field.DESCRIPTION, old -> text("p", old, "role-description"));
        }
        if (!deleted) {
            Optional<Chart> chart = options.charts().chart(edition, role);
            chart.ifPresent(c -> chart(c, words.fill(Word.CHART_CAPTION, "role", role.label())));
        }
        children(role, role.dimensions(), this::dimension);
        out.close("section").newline();
    }

    /** Print: the chart scaled to this width (mm) at most, the text column of an A4 page being 170 mm. */
    private static final double PRINT_CHART_WIDTH_MM = 160;

    private void chart(Chart chart, String caption) {
        out.open("figure", "class", "chart").newline();
        out.open("div", "class", "chart-image", "role", "img", "aria-label", chart.description());
        String svg = chart.inlineSvg();
        if (print() && svg.startsWith("<svg")) {
            // the PDF's Figure takes its alternative text (PDF/UA) from the replaced element's alt;
            // the chart is scaled (by its viewBox) to the text column
            double widthMm = Math.min(PRINT_CHART_WIDTH_MM, chart.width() * 25.4 / 96);
            double heightMm = widthMm * chart.height() / chart.width();
            svg = "<svg alt=\"" + Markup.escape(chart.description()) + "\" style=\"width: " + millimetres(widthMm) + "; height: "
                    + millimetres(heightMm) + ";\"" + svg.substring(4);
        }
        out.raw(svg);
        out.close("div").newline();
        out.element("figcaption", caption).newline();
        out.close("figure").newline();
    }

    private static String millimetres(double value) {
        return String.format(java.util.Locale.ROOT, "%.1fmm", value);
    }

    private void dimension(DimensionView dimension) {
        out.open("section", "class", "dimension", "id", id(dimension.id())).newline();
        heading("h3", dimension.number(), dimension.title(), "dimension-title");
        translations(dimension.title(), "p", "translation");
        if (dimension.definition() != null) {
            definition(dimension.definition());
        } else {
            dropped(dimension, Redline.Field.DEFINITION, this::definition);
        }
        children(dimension, dimension.points(), this::point);
        out.close("section").newline();
    }

    private void definition(LocalizedText definition) {
        out.open("div", "class", "definition").newline();
        out.element("p", words.get(Word.CORE_DEFINITION), "class", "label").newline();
        text("p", definition, null);
        out.close("div").newline();
    }

    private void scope(LocalizedText scope) {
        out.open("p", "class", "scope").element("span", words.get(Word.SCOPE), "class", "label").text(" ");
        inline(scope);
        out.close("p").newline();
    }

    private static boolean isDeprecated(PointView point) {
        return "deprecated".equals(point.status());
    }

    private void point(PointView point) {
        out.open("section", "class", isDeprecated(point) ? "point deprecated" : "point", "id", id(point.id())).newline();
        heading("h4", point.number(), point.title(), "point-title");
        translations(point.title(), "p", "translation");
        if (isDeprecated(point)) {
            out.open("p", "class", "status-deprecated").element("strong", words.status(point.status()));
            if (point.replacedBy() != null) {
                out.text(" \u2014 " + words.get(Word.REPLACED_BY) + " ");
                ref(point.replacedBy());
            }
            out.close("p").newline();
        }
        if (point.scope() != null) {
            scope(point.scope());
        } else {
            dropped(point, Redline.Field.SCOPE, this::scope);
        }
        if (!point.criteria().isEmpty() || point.criteriaByTier().stream().anyMatch(this::hasDeletedCriteria)) {
            criteria(point);
        }
        relations(point.relations());
        out.close("section").newline();
    }

    private void criteria(PointView point) {
        out.open("table", "class", "criteria").newline();
        out.open("thead").open("tr").element("th", words.get(Word.TIER), "scope", "col", "class", "criteria-tier")
                .element("th", words.get(Word.CRITERIA), "scope", "col").close("tr").close("thead").newline();
        out.open("tbody").newline();
        List<Integer> printed = new ArrayList<>();
        for (TierCriteria tier : point.criteriaByTier()) {
            printed.add(tier.tier().level());
            out.open("tr", "class", "tier-" + tier.tier().level());
            out.open("th", "scope", "row", "class", "criteria-tier").element("span", String.valueOf(tier.tier().level()), "class", "tier-level")
                    .text(" ");
            inline(tier.tier().name());
            out.close("th");
            criteriaCell(tier);
            out.close("tr").newline();
        }
        // criteria at a level the scheme does not have (a validation error, but printed rather than lost)
        Map<Integer, List<CriterionView>> others = new LinkedHashMap<>();
        for (CriterionView criterion : point.criteria()) {
            if (!printed.contains(criterion.tier())) {
                others.computeIfAbsent(criterion.tier(), level -> new ArrayList<>()).add(criterion);
            }
        }
        others.forEach((level, criteria) -> {
            out.open("tr").element("th", String.valueOf(level), "scope", "row", "class", "criteria-tier");
            criteriaCell(criteria, null);
            out.close("tr").newline();
        });
        out.close("tbody").newline().close("table").newline();
    }

    private void criteriaCell(TierCriteria tier) {
        criteriaCell(tier.criteria(), tier);
    }

    /** The criteria of a tier; in a redline ({@code tier} given), with the deleted ones at their old places. */
    private void criteriaCell(List<CriterionView> criteria, TierCriteria tier) {
        out.open("td");
        if (criteria.isEmpty()) {
            if (tier != null && hasDeletedCriteria(tier)) {
                children(tier, criteria, this::criterion);
                // "no criteria" is new: the tier had some
                out.open("ins", "class", "redline-block", "datetime", date());
                out.element("p", words.get(Word.NO_CRITERIA), "class", "no-criteria");
                out.close("ins");
            } else {
                out.element("p", words.get(Word.NO_CRITERIA), "class", "no-criteria");
            }
        } else if (tier != null) {
            children(tier, criteria, this::criterion);
        } else {
            criteria.forEach(this::criterion);
        }
        out.close("td");
    }

    private void criterion(CriterionView criterion) {
        out.open("p", "class", "criterion", "lang", langOf(criterion.statement()));
        if (criterion.id() != null) {
            out.element("span", criterion.id(), "class", "criterion-id").text(" ");
        }
        print(criterion.statement());
        out.close("p");
    }

    private boolean hasDeletedCriteria(TierCriteria tier) {
        if (redline == null || deleted) {
            return false;
        }
        for (int i = 0; i <= tier.criteria().size(); i++) {
            if (!redline.deletedAt(tier, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void relations(List<RelationView> relations) {
        Map<String, List<Ref>> byKind = new LinkedHashMap<>();
        for (RelationView relation : relations) {
            byKind.computeIfAbsent(relation.kind(), kind -> new ArrayList<>()).add(relation.target());
        }
        byKind.forEach((kind, targets) -> {
            out.open("p", "class", "relation relation-" + kind).element("span", words.relation(kind), "class", "label").text(" ");
            for (int i = 0; i < targets.size(); i++) {
                if (i > 0) {
                    out.text("; ");
                }
                ref(targets.get(i));
            }
            out.close("p").newline();
        });
    }

    /** A link to an element of this standard; the label (and full id) of an element of another standard. */
    private void ref(Ref ref) {
        if (ref.external() || deleted && !anchors.contains(ref.id())) {
            out.element("span", ref.label(), "class", "external-ref", "title", ref.fullId());
        } else {
            out.element("a", ref.label(), "href", "#" + ref.id(), "class", "ref");
        }
    }

    // ------------------------------------------------------------------ back matter

    private void profiles() {
        if (edition.profiles().isEmpty()) {
            return;
        }
        out.open("section", "class", "profiles", "id", "part:profiles").newline();
        out.element("h2", words.get(Word.PROFILES)).newline();
        for (ProfileView profile : edition.profiles()) {
            out.open("div", "class", "profile", "id", profile.id()).newline();
            text("h3", profile.title(), null);
            if (profile.role() != null) {
                out.open("p", "class", "profile-role").element("span", words.get(Word.ROLE), "class", "label").text(" ");
                ref(profile.role());
                out.close("p").newline();
            }
            out.open("table", "class", "profile-targets").newline();
            out.open("thead").open("tr").element("th", words.get(Word.TARGET), "scope", "col")
                    .element("th", words.get(Word.TARGET_TIER), "scope", "col").close("tr").close("thead").newline();
            out.open("tbody").newline();
            for (ProfileTargetView target : profile.targets()) {
                out.open("tr").open("td");
                ref(target.target());
                out.close("td").open("td", "class", "target-tier").text(String.valueOf(target.tier()));
                Optional<TierView> tier = edition.tier(target.tier());
                if (tier.isPresent()) {
                    out.text(" ");
                    inline(tier.get().name());
                }
                out.close("td").close("tr").newline();
            }
            out.close("tbody").newline().close("table").newline();
            out.close("div").newline();
        }
        out.close("section").newline();
    }

    private void glossary() {
        if (edition.glossary().isEmpty()) {
            return;
        }
        out.open("section", "class", "glossary", "id", "part:glossary").newline();
        out.element("h2", words.get(Word.GLOSSARY)).newline();
        children(Redline.GLOSSARY, edition.glossary(), this::term);
        out.close("section").newline();
    }

    private void term(TermView term) {
        out.open("div", "class", "term", "id", id(term.id())).newline();
        out.open("p", "class", "term-title").open("strong", "lang", langOf(term.title()));
        print(term.title());
        out.close("strong").text(" ").element("span", term.id(), "class", "term-id").close("p").newline();
        if (term.definition() != null) {
            text("p", term.definition(), "term-definition");
        } else {
            dropped(term, Redline.Field.DEFINITION, old -> text("p", old, "term-definition"));
        }
        out.close("div").newline();
    }

    private void releases() {
        if (edition.releases().isEmpty()) {
            return;
        }
        out.open("section", "class", "releases", "id", "part:releases").newline();
        out.element("h2", words.get(Word.RELEASE_HISTORY)).newline();
        out.open("table", "class", "release-history").newline();
        out.open("thead").open("tr").element("th", words.get(Word.VERSION), "scope", "col").element("th", words.get(Word.DATE), "scope", "col")
                .element("th", words.get(Word.SUMMARY), "scope", "col").close("tr").close("thead").newline();
        out.open("tbody").newline();
        for (ReleaseView release : edition.releases()) {
            out.open("tr").element("th", release.version(), "scope", "row").element("td", release.date(), "class", "release-date");
            cell("td", release.summary());
            out.close("tr").newline();
        }
        out.close("tbody").newline().close("table").newline();
        out.close("section").newline();
    }

    /** The "Changes since VERSION" annex: the changes by the version part they call for, each with its element and headline. */
    private void changes() {
        ChangesView changes = edition.changes();
        if (changes == null) {
            return;
        }
        out.open("section", "class", "changes", "id", "part:changes").newline();
        out.element("h2", words.fill(Word.CHANGES_SINCE, "version", changes.since())).newline();
        if (List.of("major", "minor", "patch").contains(changes.semver())) {
            out.element("p", words.fill(Word.CHANGES_CALL_FOR, "part", words.semver(changes.semver())), "class", "changes-semver").newline();
        }
        if (changes.entries().isEmpty()) {
            out.element("p", words.get(Word.NO_CHANGES)).newline();
        }
        for (Semver part : List.of(Semver.MAJOR, Semver.MINOR, Semver.PATCH, Semver.NONE)) {
            List<ChangeEntry> entries = changes.entries(part);
            if (entries.isEmpty()) {
                continue;
            }
            out.element("h3", words.get(CHANGES.get(part))).newline();
            out.open("table", "class", "change-list").newline();
            out.open("thead").open("tr").element("th", words.get(Word.WHERE), "scope", "col")
                    .element("th", words.get(Word.CHANGE), "scope", "col").close("tr").close("thead").newline();
            out.open("tbody").newline();
            for (ChangeEntry entry : entries) {
                out.open("tr").open("td", "class", "change-element");
                if (entry.target() != null) {
                    ref(entry.target());
                } else {
                    out.element("span", entry.change().id(), "class", "change-id");
                }
                out.close("td").element("td", entry.headline()).close("tr").newline();
            }
            out.close("tbody").newline().close("table").newline();
        }
        out.close("section").newline();
    }

    // ------------------------------------------------------------------ texts

    /** The {@code lang} of a text in this edition when it differs from the edition's language (a fallback), else {@code null}. */
    private String langOf(LocalizedText text) {
        if (text == null) {
            return null;
        }
        String lang = text.languageFor(language);
        return lang.equals(language) ? null : lang;
    }

    /** {@code <tag class lang>text</tag>} in the edition's language. */
    private void text(String tag, LocalizedText text, String cssClass) {
        out.open(tag, "class", cssClass, "lang", langOf(text));
        print(text);
        out.close(tag).newline();
    }

    private void cell(String tag, LocalizedText text, String... attributes) {
        String[] all = java.util.Arrays.copyOf(attributes, attributes.length + 2);
        all[attributes.length] = "lang";
        all[attributes.length + 1] = langOf(text);
        out.open(tag, all).text(text == null ? "" : edition.text(text)).close(tag);
    }

    /** The text, inside a {@code span} with its language when it is a fallback. */
    private void inline(LocalizedText text) {
        String lang = langOf(text);
        if (lang == null) {
            print(text);
        } else {
            out.open("span", "lang", lang);
            print(text);
            out.close("span");
        }
    }

    /** The text in the edition's language; in a redline, with its changed words in {@code <del>} and {@code <ins>}. */
    private void print(LocalizedText text) {
        List<Segment> segments = redline == null || deleted ? null : redline.segments(text);
        if (segments == null) {
            out.text(edition.text(text));
            return;
        }
        for (Segment segment : segments) {
            switch (segment.operation()) {
                case EQUAL -> out.text(segment.text());
                case INSERT -> out.element("ins", segment.text(), "datetime", date());
                case DELETE -> out.element("del", segment.text(), "datetime", date());
            }
        }
    }

    // ------------------------------------------------------------------ redline

    /** In a redline: the earlier text of {@code element} that this edition dropped, printed whole inside {@code <del>}. */
    private void dropped(Object element, Redline.Field field, Consumer<LocalizedText> print) {
        LocalizedText old = redline == null || deleted ? null : redline.dropped(element, field);
        if (old == null) {
            return;
        }
        deleted = true;
        out.open("del", "class", "redline-block", "datetime", date()).newline();
        print.accept(old);
        out.close("del").newline();
        deleted = false;
    }

    /** "Moved from tier 1" for a criterion moved from (or to) {@code other}; {@code null} when it did not move. */
    private String moveNote(Word word, Object other) {
        return other instanceof CriterionView criterion ? words.fill(word, "tier", String.valueOf(criterion.tier())) : null;
    }

    /** {@code id}, but none for an element of the earlier version printed as deleted (its id may be this edition's). */
    private String id(String id) {
        return deleted ? null : id;
    }

    /** The date of the marks ({@code datetime}): the standard's issued date, if any. */
    private String date() {
        return redline == null ? null : redline.date();
    }

    /**
     * The children of a container; in a redline, each new one inside {@code <ins>} and, before
     * each, the earlier version's children deleted there inside {@code <del>}.
     */
    private <T> void children(Object container, List<T> children, Consumer<T> print) {
        for (int i = 0; i <= children.size(); i++) {
            if (redline != null && !deleted) {
                for (Object old : redline.deletedAt(container, i)) {
                    @SuppressWarnings("unchecked")
                    T earlier = (T) old;
                    deleted = true;
                    String moved = moveNote(Word.REDLINE_MOVED_TO, redline.movedTo(old));
                    out.open("del", "class", moved == null ? "redline-block" : "redline-block moved", "datetime", date(), "title", moved)
                            .newline();
                    print.accept(earlier);
                    out.close("del").newline();
                    deleted = false;
                }
            }
            if (i < children.size()) {
                T child = children.get(i);
                if (redline != null && !deleted && redline.isInserted(child)) {
                    String moved = moveNote(Word.REDLINE_MOVED_FROM, redline.movedFrom(child));
                    out.open("ins", "class", moved == null ? "redline-block" : "redline-block moved", "datetime", date(), "title", moved)
                            .newline();
                    print.accept(child);
                    out.close("ins").newline();
                } else {
                    print.accept(child);
                }
            }
        }
    }

    /** {@code <h2 class><span class="number">1</span> Title</h2>} */
    private void heading(String tag, String number, LocalizedText title, String cssClass) {
        out.open(tag, "class", cssClass).element("span", number, "class", "number").text(" ");
        inline(title);
        out.close(tag).newline();
    }

    /** In the edition of the default language: the text's translations, one element each, with their {@code lang}. */
    private void translations(LocalizedText text, String tag, String cssClass) {
        if (text == null || !edition.inDefaultLanguage()) {
            return;
        }
        text.values().forEach((lang, value) -> {
            if (!lang.equals(text.defaultLanguage())) {
                out.element(tag, value, "class", cssClass, "lang", lang).newline();
            }
        });
    }
}
