package org.normative.publish.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.normative.diff.Semver;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.PrincipleView;
import org.normative.publish.view.EditionView.ProfileView;
import org.normative.publish.view.EditionView.Ref;
import org.normative.publish.view.EditionView.RoleView;
import org.normative.publish.view.EditionView.SectionView;
import org.normative.publish.view.Vocabulary;
import org.normative.publish.view.Vocabulary.Word;

/**
 * The headings of the Word edition in document order, each with its level (1 to 3) and the
 * bookmark that the table of contents and cross references link to. Computed before the body is
 * written, because the table of contents comes first. Texts and numbers are the view's.
 */
final class Outline {

    /** Headings that are not an element of the standard. */
    enum Part {
        PRINCIPLES, TIERS, PROFILES, GLOSSARY, RELEASES, CHANGES
    }

    record Heading(int level, String text, String bookmark, int id) {
    }

    private final List<Heading> headings = new ArrayList<>();
    private final Map<Object, Heading> byElement = new IdentityHashMap<>();
    private final Map<Part, Heading> byPart = new HashMap<>();
    /** Role, dimension and point headings by id path, for cross references. */
    private final Map<String, Heading> byId = new HashMap<>();

    Outline(EditionView edition) {
        Vocabulary words = edition.vocabulary();
        for (SectionView section : edition.sections()) {
            add(section, 1, edition.text(section.title()));
        }
        if (!edition.principles().isEmpty()) {
            add(Part.PRINCIPLES, 1, words.get(Word.PRINCIPLES));
            for (PrincipleView principle : edition.principles()) {
                add(principle, 2, edition.text(principle.title()));
            }
        }
        if (!edition.tiers().isEmpty()) {
            add(Part.TIERS, 1, words.get(Word.TIERS));
        }
        for (RoleView role : edition.roles()) {
            byId.put(role.id(), add(role, 1, role.label()));
            for (DimensionView dimension : role.dimensions()) {
                byId.put(dimension.id(), add(dimension, 2, dimension.label()));
                for (PointView point : dimension.points()) {
                    byId.put(point.id(), add(point, 3, point.label()));
                }
            }
        }
        if (!edition.profiles().isEmpty()) {
            add(Part.PROFILES, 1, words.get(Word.PROFILES));
            for (ProfileView profile : edition.profiles()) {
                add(profile, 2, edition.text(profile.title()));
            }
        }
        if (!edition.glossary().isEmpty()) {
            add(Part.GLOSSARY, 1, words.get(Word.GLOSSARY));
        }
        if (!edition.releases().isEmpty()) {
            add(Part.RELEASES, 1, words.get(Word.RELEASE_HISTORY));
        }
        if (edition.changes() != null) {
            add(Part.CHANGES, 1, words.fill(Word.CHANGES_SINCE, "version", edition.changes().since()));
            for (Semver part : CHANGE_ORDER) {
                if (!edition.changes().entries(part).isEmpty()) {
                    add(part, 2, words.get(changesWord(part)));
                }
            }
        }
    }

    /** The groups of the "Changes since" annex, in print order: breaking changes first. */
    static final List<Semver> CHANGE_ORDER = List.of(Semver.MAJOR, Semver.MINOR, Semver.PATCH, Semver.NONE);

    static Word changesWord(Semver part) {
        return switch (part) {
            case MAJOR -> Word.CHANGES_MAJOR;
            case MINOR -> Word.CHANGES_MINOR;
            case PATCH -> Word.CHANGES_PATCH;
            case NONE -> Word.CHANGES_NONE;
        };
    }

    private Heading add(Object key, int level, String text) {
        int id = headings.size() + 1;
        Heading heading = new Heading(level, text, String.format("_Nrm%06d", id), id);
        headings.add(heading);
        if (key instanceof Part part) {
            byPart.put(part, heading);
        } else {
            byElement.put(key, heading);
        }
        return heading;
    }

    List<Heading> headings() {
        return headings;
    }

    Heading of(Object element) {
        Heading heading = element instanceof Part part ? byPart.get(part) : byElement.get(element);
        if (heading == null) {
            throw new IllegalStateException("no heading for " + element);
        }
        return heading;
    }

    /** The bookmark of a reference's target in this document; {@code null} for a point of another standard. */
    String bookmarkOf(Ref ref) {
        if (ref.external()) {
            return null;
        }
        Heading heading = byId.get(ref.id());
        return heading == null ? null : heading.bookmark();
    }
}
