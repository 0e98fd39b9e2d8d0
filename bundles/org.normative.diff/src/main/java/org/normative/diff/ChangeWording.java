package org.normative.diff;

import java.util.Locale;

/**
 * A change in words, for the "Changes since" annex of an edition: {@code Point added},
 * {@code Tier 2 criterion reworded}, {@code Dimension moved to AIPM.design}. The element the
 * change concerns and the texts before and after are printed next to it by each format.
 */
public final class ChangeWording {

    private ChangeWording() {
    }

    /** The change's headline, starting with a capital letter, without the element's id or texts. */
    public static String headline(Change change) {
        String element = capitalized(change.element().label());
        String field = change.field() == null ? "" : " " + change.field();
        String text = switch (change.kind()) {
            case ADDED -> element + " added";
            case REMOVED -> element + " removed";
            case MOVED -> element + " moved" + (change.to() == null ? "" : " to " + change.to());
            case RENAMED -> element + " renamed";
            case REWORDED -> element + field + " reworded";
            case REORDERED -> element + " reordered";
            case CHANGED -> element + field + " changed";
            case CRITERION_ADDED -> capitalized(tier(change) + "criterion added");
            case CRITERION_REMOVED -> capitalized(tier(change) + "criterion removed");
            case CRITERION_REWORDED -> capitalized(tier(change) + "criterion reworded");
            case CRITERION_RETIERED -> "Criterion moved to tier " + change.tier();
            case RELATION_ADDED -> capitalized(change.field() == null ? "relation" : "'" + change.field() + "' relation") + " added";
            case RELATION_REMOVED -> capitalized(change.field() == null ? "relation" : "'" + change.field() + "' relation") + " removed";
            case REPLACED_BY_CHANGED -> "Replacement changed";
            case DEPRECATED -> element + " deprecated";
            case REACTIVATED -> element + " active again";
            case TRANSLATION_ADDED -> element + field + " translated" + language(change);
            case TRANSLATION_REMOVED -> element + field + " translation removed" + language(change);
            case TRANSLATION_CHANGED -> element + field + " translation changed" + language(change);
            case METADATA_CHANGED -> capitalized(change.field() == null ? "metadata" : change.field()) + " changed";
            case VERSION_CHANGED -> "Version changed";
        };
        return text;
    }

    private static String tier(Change change) {
        return change.tier() == null ? "" : "Tier " + change.tier() + " ";
    }

    private static String language(Change change) {
        return change.language() == null ? "" : " (" + change.language() + ")";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
