package org.normative.publish.html;

/**
 * Writes well-formed XHTML (that HTML5 parsers read the same way) into a {@link StringBuilder}:
 * every text and attribute value escaped, characters that XML 1.0 forbids dropped. Text that
 * looks like markup, an entity, a script or a URL therefore prints literally.
 */
final class Markup {

    private final StringBuilder out;

    Markup(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** {@code <tag a="v" ...>}; {@code attributes} are name/value pairs, a {@code null} value leaves the attribute out. */
    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag .../>} */
    Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag ...>text</tag>} */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /** Markup that this package wrote itself (never text of the standard). */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    /** Escapes {@code & < > " '} and drops the characters XML 1.0 does not allow (most C0 controls, unpaired surrogates, U+FFFE/F). */
    static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }
}
