package org.normative.workbench.editor;

/**
 * The little Markdown that hovers use (paragraphs, {@code **bold**}, {@code *italic*}, list
 * items, headings) as the HTML subset that the Platform's hover presenter shows.
 */
final class Markdown {

    private Markdown() {
    }

    static String toHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        boolean list = false;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ");
            if (list && !item) {
                html.append("</ul>");
                list = false;
            }
            if (line.isEmpty()) {
                html.append("<br>");
            } else if (item) {
                if (!list) {
                    html.append("<ul>");
                    list = true;
                }
                html.append("<li>").append(inline(line.substring(2))).append("</li>");
            } else if (line.startsWith("#")) {
                html.append("<b>").append(inline(line.replaceFirst("^#+\\s*", ""))).append("</b><br>");
            } else {
                html.append(inline(line)).append("<br>");
            }
        }
        if (list) {
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String inline(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("(?<![*\\w])\\*(?!\\s)(.+?)\\*", "<i>$1</i>")
                .replaceAll("`(.+?)`", "<b>$1</b>");
    }
}
