package org.normative.publish.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.ProfileTargetView;
import org.normative.publish.view.EditionView.ProfileView;
import org.normative.publish.view.EditionView.RoleView;
import org.normative.publish.view.EditionView.TierView;

/**
 * The competency radar of one role: one axis per dimension, one ring per tier of the scheme
 * (labelled with the tier's name), one polygon per profile of the role at its target tiers.
 * <p>
 * The layout is computed once, here, and drawn the same way as SVG ({@link #svg()}, for HTML and
 * PDF) and with Java2D ({@link #paint(Graphics2D)}, for the picture in Word), so every edition shows
 * the same chart. Text widths are estimated from the characters (ideographs count as one em, other
 * characters as 0.56 em), never measured with a font, so the layout does not depend on the fonts
 * installed and is the same on every machine.
 * <p>
 * A profile's tier on a dimension is its target for the dimension; without one, its target for the
 * role as a whole; without one, the highest of its targets for points of the dimension; else 0
 * (the centre).
 */
public final class RadarChart {

    /** Colours of the profiles' polygons, in order (Okabe–Ito, readable for colour-blind readers). */
    private static final String[] COLOURS = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000" };

    private static final double WIDTH = 760;
    private static final double RADIUS = 160;
    private static final double LABEL_GAP = 14;
    private static final double FONT_SIZE = 12;
    private static final double LINE_HEIGHT = 15;
    private static final double LABEL_WIDTH = 170;
    private static final int MAX_LABEL_LINES = 3;
    private static final double LEGEND_ROW = 22;

    /** One axis: a dimension of the role. {@code lines} is its label, wrapped. */
    public record Axis(String id, String number, String title, List<String> lines) {

        public Axis {
            lines = List.copyOf(lines);
        }
    }

    /** One polygon: a profile, with its tier on every axis (0 = the centre). */
    public record Series(String id, String title, List<Integer> tiers) {

        public Series {
            tiers = List.copyOf(tiers);
        }
    }

    /** One ring: a tier of the scheme, its level and its name. */
    public record Ring(int level, String label) {
    }

    private final String title;
    private final List<Axis> axes;
    private final List<Ring> rings;
    private final List<Series> series;
    private final double centreX;
    private final double centreY;
    private final double height;

    RadarChart(String title, List<Axis> axes, List<Ring> rings, List<Series> series) {
        if (axes.isEmpty() || rings.isEmpty()) {
            throw new IllegalArgumentException("a radar chart needs at least one axis and one ring");
        }
        this.title = title;
        this.axes = List.copyOf(axes);
        this.rings = List.copyOf(rings);
        this.series = List.copyOf(series);
        this.centreX = WIDTH / 2;
        this.centreY = 24 + MAX_LABEL_LINES * LINE_HEIGHT + LABEL_GAP + RADIUS;
        double chartBottom = centreY + RADIUS + LABEL_GAP + MAX_LABEL_LINES * LINE_HEIGHT;
        this.height = Math.ceil(chartBottom + 16 + legendRows() * LEGEND_ROW + 8);
    }

    /**
     * The radar of {@code role} in {@code edition}'s language, or empty when no profile of the
     * edition is for this role.
     */
    public static Optional<RadarChart> forRole(EditionView edition, RoleView role) {
        List<ProfileView> profiles = edition.profiles().stream()
                .filter(profile -> profile.role() != null && role.fullId().equals(profile.role().fullId()))
                .toList();
        if (profiles.isEmpty() || role.dimensions().isEmpty() || edition.tiers().isEmpty()) {
            return Optional.empty();
        }
        List<Axis> axes = new ArrayList<>();
        for (DimensionView dimension : role.dimensions()) {
            String title = edition.text(dimension.title());
            axes.add(new Axis(dimension.id(), dimension.number(), title, wrap(dimension.number() + " " + title)));
        }
        List<Ring> rings = new ArrayList<>();
        for (TierView tier : edition.tiers()) {
            String name = edition.text(tier.name());
            rings.add(new Ring(tier.level(), name == null || name.isBlank() ? "Tier " + tier.level() : name));
        }
        List<Series> series = new ArrayList<>();
        for (ProfileView profile : profiles) {
            List<Integer> tiers = new ArrayList<>();
            for (DimensionView dimension : role.dimensions()) {
                tiers.add(tierOf(profile, role, dimension));
            }
            String title = edition.text(profile.title());
            series.add(new Series(profile.id(), title == null ? profile.id() : title, tiers));
        }
        return Optional.of(new RadarChart(edition.text(role.title()), axes, rings, series));
    }

    private static int tierOf(ProfileView profile, RoleView role, DimensionView dimension) {
        Integer roleTier = null;
        int pointTier = 0;
        for (ProfileTargetView target : profile.targets()) {
            String id = target.target() == null ? null : target.target().fullId();
            if (id == null) {
                continue;
            }
            if (id.equals(dimension.fullId())) {
                return target.tier();
            }
            if (id.equals(role.fullId())) {
                roleTier = target.tier();
            } else if (id.startsWith(dimension.fullId() + ".")) {
                pointTier = Math.max(pointTier, target.tier());
            }
        }
        return roleTier != null ? roleTier : pointTier;
    }

    public String title() {
        return title;
    }

    public List<Axis> axes() {
        return axes;
    }

    public List<Ring> rings() {
        return rings;
    }

    public List<Series> series() {
        return series;
    }

    /** The chart's width in pixels (CSS px, 1/96 in). */
    public double width() {
        return WIDTH;
    }

    /** The chart's height in pixels; it grows with the number of profiles in the legend. */
    public double height() {
        return height;
    }

    /** The chart as an SVG 1.1 document (no XML declaration, so it can also be inlined in HTML), in a sans-serif font. */
    public String svg() {
        return svg("sans-serif");
    }

    /** The chart as an SVG 1.1 document whose texts use {@code fontFamily} (a CSS font-family list). */
    public String svg(String fontFamily) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(number(WIDTH))
                .append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ").append(number(WIDTH)).append(' ')
                .append(number(height)).append("\" role=\"img\" font-family=\"").append(escape(fontFamily))
                .append("\" font-size=\"").append(number(FONT_SIZE)).append("\">\n");
        svg.append("  <title>").append(escape(description())).append("</title>\n");
        svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(number(WIDTH)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>\n");
        for (Ring ring : rings) {
            svg.append("  <polygon points=\"").append(points(ringRadius(ring.level()), null))
                    .append("\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>\n");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, RADIUS);
            svg.append("  <line x1=\"").append(number(centreX)).append("\" y1=\"").append(number(centreY)).append("\" x2=\"")
                    .append(number(end[0])).append("\" y2=\"").append(number(end[1])).append("\" stroke=\"#a0a0a0\" stroke-width=\"1\"/>\n");
        }
        for (int s = 0; s < series.size(); s++) {
            String colour = colour(s);
            svg.append("  <polygon points=\"").append(points(0, series.get(s).tiers())).append("\" fill=\"").append(colour)
                    .append("\" fill-opacity=\"0.15\" stroke=\"").append(colour).append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
        }
        for (Ring ring : rings) {
            double y = centreY - ringRadius(ring.level());
            svg.append("  <text x=\"").append(number(centreX + 4)).append("\" y=\"").append(number(y + 11))
                    .append("\" font-size=\"10\" fill=\"#666666\">").append(escape(ringLabel(ring))).append("</text>\n");
        }
        for (int i = 0; i < axes.size(); i++) {
            Label label = label(i);
            svg.append("  <text text-anchor=\"").append(label.anchor()).append("\" fill=\"#222222\">");
            for (int line = 0; line < label.lines().size(); line++) {
                svg.append("<tspan x=\"").append(number(label.x())).append("\" y=\"").append(number(label.y() + line * LINE_HEIGHT))
                        .append("\">").append(escape(label.lines().get(line))).append("</tspan>");
            }
            svg.append("</text>\n");
        }
        for (int s = 0; s < series.size(); s++) {
            double[] at = legendPosition(s);
            svg.append("  <rect x=\"").append(number(at[0])).append("\" y=\"").append(number(at[1] - 10))
                    .append("\" width=\"14\" height=\"10\" fill=\"").append(colour(s)).append("\"/>\n");
            svg.append("  <text x=\"").append(number(at[0] + 20)).append("\" y=\"").append(number(at[1]))
                    .append("\" fill=\"#222222\">").append(escape(series.get(s).title())).append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Draws the chart with Java2D at its own size ({@link #width()} × {@link #height()}), in the logical font SansSerif. */
    public void paint(Graphics2D g) {
        paint(g, Font.SANS_SERIF);
    }

    /** Draws the chart with Java2D at its own size, its texts in the font family {@code fontFamily}. */
    public void paint(Graphics2D g, String fontFamily) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, height));
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.decode("#c8c8c8"));
        for (Ring ring : rings) {
            g.draw(path(ringRadius(ring.level()), null));
        }
        g.setColor(Color.decode("#a0a0a0"));
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, RADIUS);
            g.draw(new java.awt.geom.Line2D.Double(centreX, centreY, end[0], end[1]));
        }
        Font small = new Font(fontFamily, Font.PLAIN, 10);
        Font normal = new Font(fontFamily, Font.PLAIN, (int) FONT_SIZE);
        for (int s = 0; s < series.size(); s++) {
            Color colour = Color.decode(colour(s));
            Path2D polygon = path(0, series.get(s).tiers());
            Composite composite = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.15f));
            g.setColor(colour);
            g.fill(polygon);
            g.setComposite(composite);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(polygon);
        }
        g.setFont(small);
        g.setColor(Color.decode("#666666"));
        for (Ring ring : rings) {
            g.drawString(ringLabel(ring), (float) (centreX + 4), (float) (centreY - ringRadius(ring.level()) + 11));
        }
        g.setFont(normal);
        g.setColor(Color.decode("#222222"));
        for (int i = 0; i < axes.size(); i++) {
            Label label = label(i);
            for (int line = 0; line < label.lines().size(); line++) {
                String text = label.lines().get(line);
                double width = g.getFontMetrics().stringWidth(text);
                double x = switch (label.anchor()) {
                    case "end" -> label.x() - width;
                    case "middle" -> label.x() - width / 2;
                    default -> label.x();
                };
                g.drawString(text, (float) x, (float) (label.y() + line * LINE_HEIGHT));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            double[] at = legendPosition(s);
            g.setColor(Color.decode(colour(s)));
            g.fill(new java.awt.geom.Rectangle2D.Double(at[0], at[1] - 10, 14, 10));
            g.setColor(Color.decode("#222222"));
            g.drawString(series.get(s).title(), (float) (at[0] + 20), (float) at[1]);
        }
    }

    /** A one-sentence text alternative of the chart, for screen readers and PDF/UA. */
    public String description() {
        StringBuilder text = new StringBuilder("Competency radar of ").append(title).append(": ");
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            text.append(s == 0 ? "" : "; ").append(one.title()).append(" targets ");
            for (int i = 0; i < axes.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(axes.get(i).number()).append(' ').append(ringName(one.tiers().get(i)));
            }
        }
        return text.append('.').toString();
    }

    private String ringName(int level) {
        for (Ring ring : rings) {
            if (ring.level() == level) {
                return ring.label();
            }
        }
        return "tier " + level;
    }

    private static String ringLabel(Ring ring) {
        return ring.level() + " " + ring.label();
    }

    private int maxLevel() {
        return rings.stream().mapToInt(Ring::level).max().orElse(1);
    }

    private double ringRadius(int level) {
        return RADIUS * Math.max(0, Math.min(level, maxLevel())) / maxLevel();
    }

    /** The angle of axis {@code i}: the first axis points up, the others follow clockwise. */
    private double[] point(int i, double radius) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / axes.size();
        return new double[] { centreX + radius * Math.cos(angle), centreY + radius * Math.sin(angle) };
    }

    private double[] vertex(int i, double ringRadius, List<Integer> tiers) {
        return point(i, tiers == null ? ringRadius : ringRadius(tiers.get(i)));
    }

    private String points(double ringRadius, List<Integer> tiers) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < axes.size(); i++) {
            double[] p = vertex(i, ringRadius, tiers);
            points.append(i == 0 ? "" : " ").append(number(p[0])).append(',').append(number(p[1]));
        }
        return points.toString();
    }

    private Path2D path(double ringRadius, List<Integer> tiers) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < axes.size(); i++) {
            double[] p = vertex(i, ringRadius, tiers);
            if (i == 0) {
                path.moveTo(p[0], p[1]);
            } else {
                path.lineTo(p[0], p[1]);
            }
        }
        path.closePath();
        return path;
    }

    private record Label(double x, double y, String anchor, List<String> lines) {
    }

    /** Where axis {@code i}'s label goes: beyond the end of the axis, anchored away from the centre. */
    private Label label(int i) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / axes.size();
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = centreX + (RADIUS + LABEL_GAP) * cos;
        double y = centreY + (RADIUS + LABEL_GAP) * sin;
        String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        List<String> lines = axes.get(i).lines();
        double block = (lines.size() - 1) * LINE_HEIGHT;
        double baseline;
        if (sin < -0.5) {
            baseline = y - block;
        } else if (sin > 0.5) {
            baseline = y + FONT_SIZE;
        } else {
            baseline = y - block / 2 + FONT_SIZE / 3;
        }
        return new Label(x, baseline, anchor, lines);
    }

    private int legendRows() {
        return (series.size() + 1) / 2;
    }

    /** The baseline position of profile {@code s}'s legend entry: two columns under the chart. */
    private double[] legendPosition(int s) {
        double top = centreY + RADIUS + LABEL_GAP + MAX_LABEL_LINES * LINE_HEIGHT + 16;
        double x = s % 2 == 0 ? 60 : WIDTH / 2 + 20;
        return new double[] { x, top + (s / 2) * LEGEND_ROW + FONT_SIZE };
    }

    private static String colour(int s) {
        return COLOURS[s % COLOURS.length];
    }

    /**
     * {@code text} broken into lines of at most {@link #LABEL_WIDTH} (estimated), at spaces or between
     * ideographs, balanced: as narrow as possible without taking more lines, so that no line is left
     * with one word or one ideograph.
     */
    static List<String> wrap(String text) {
        List<String> lines = wrap(text, LABEL_WIDTH);
        double width = LABEL_WIDTH;
        while (width > 40) {
            List<String> narrower = wrap(text, width - 4);
            if (narrower.size() != lines.size()) {
                break;
            }
            lines = narrower;
            width -= 4;
        }
        if (lines.size() > MAX_LABEL_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LABEL_LINES));
            String last = kept.get(MAX_LABEL_LINES - 1);
            while (!last.isEmpty() && estimatedWidth(last + "…") > LABEL_WIDTH) {
                last = last.substring(0, last.length() - 1);
            }
            kept.set(MAX_LABEL_LINES - 1, last.strip() + "…");
            return kept;
        }
        return lines;
    }


    private static List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Word word : words(text)) {
            String candidate = line.isEmpty() ? word.text() : line + (word.spaced() ? " " : "") + word.text();
            if (!line.isEmpty() && estimatedWidth(candidate) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word.text());
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A unit a line may break before; {@code spaced} when white space separated it from the one before. */
    private record Word(String text, boolean spaced) {
    }

    /** Words of {@code text}: runs between spaces, and each ideograph on its own (lines may break between ideographs). */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean spaced = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || wide(c)) {
                if (!word.isEmpty()) {
                    words.add(new Word(word.toString(), spaced));
                    word.setLength(0);
                    spaced = false;
                }
                if (Character.isWhitespace(c)) {
                    spaced = true;
                } else {
                    words.add(new Word(new String(Character.toChars(c)), spaced));
                    spaced = false;
                }
            } else {
                word.appendCodePoint(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(new Word(word.toString(), spaced));
        }
        return words;
    }

    /** The estimated width of {@code text} in the chart's font size. */
    static double estimatedWidth(String text) {
        return text.codePoints().mapToDouble(c -> wide(c) ? FONT_SIZE : FONT_SIZE * 0.56).sum();
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        escaped.append(' ');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
