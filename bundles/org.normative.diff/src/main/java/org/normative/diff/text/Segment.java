package org.normative.diff.text;

/** A run of words that both texts share ({@code EQUAL}), or that only the new ({@code INSERT}) or the old text ({@code DELETE}) has. */
public record Segment(Operation operation, String text) {

    public enum Operation {
        EQUAL, INSERT, DELETE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Segment equal(String text) {
        return new Segment(Operation.EQUAL, text);
    }

    public static Segment insert(String text) {
        return new Segment(Operation.INSERT, text);
    }

    public static Segment delete(String text) {
        return new Segment(Operation.DELETE, text);
    }

    @Override
    public String toString() {
        return switch (operation) {
            case EQUAL -> text;
            case INSERT -> "{+" + text + "+}";
            case DELETE -> "[-" + text + "-]";
        };
    }
}
