package org.normative.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.normative.publish.Publisher;
import org.normative.publish.view.EditionView;

/**
 * The HTML edition: one self-contained HTML5 file (the {@link XhtmlEdition} with the screen style
 * sheet inline, the charts as inline SVG). Nothing is loaded from elsewhere: no scripts, fonts,
 * images or style sheets by URL. Every role, dimension, point, profile and term is an anchor
 * named by its id path ({@code ...html#AIPM.foundations.core-product}); the table of contents and
 * the cross references are links to them. The same source gives the same bytes.
 */
public final class HtmlPublisher implements Publisher {

    public static final String NAME = "html";

    private final Chart.Source charts;

    /** The fonts of the charts: the reader's, as for the text (edition-screen.css). */
    static final String CHART_FONTS = "'Noto Sans', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    public HtmlPublisher() {
        this(Charts.radar(CHART_FONTS));
    }

    public HtmlPublisher(Chart.Source charts) {
        this.charts = charts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /** Redline editions with the changes in {@code <ins>} and {@code <del>}, styled, and a legend on the cover. */
    @Override
    public boolean redlines() {
        return true;
    }

    @Override
    public void publish(EditionView edition, OutputStream out) throws IOException {
        String css = resource("edition-base.css") + resource("edition-screen.css");
        String document = XhtmlEdition.build(edition, new XhtmlEdition.Options(XhtmlEdition.Medium.SCREEN, css, charts));
        out.write("<!DOCTYPE html>\n".getBytes(StandardCharsets.UTF_8));
        out.write(document.getBytes(StandardCharsets.UTF_8));
    }

    /** A style sheet of this package. */
    static String resource(String name) {
        try (InputStream in = HtmlPublisher.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
