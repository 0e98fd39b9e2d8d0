package org.normative.publish.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.normative.publish.Publisher;
import org.normative.publish.html.Chart;
import org.normative.publish.html.Charts;
import org.normative.publish.html.XhtmlEdition;
import org.normative.publish.view.EditionView;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;

/**
 * The PDF edition: the {@link XhtmlEdition} with the print style sheet, laid out on A4 pages by
 * openhtmltopdf (PDFBox). It is PDF/A-2u and PDF/UA-1 (tagged, with an sRGB output intent and
 * every font embedded), has an outline (bookmarks) for every part, role, dimension and point, a
 * table of contents with page numbers, a running header and a "page x of y" footer, and the
 * charts as vector graphics.
 *
 * <p>Fonts (TrueType, SIL Open Font License 1.1, the licenses in {@code fonts/} next to them):
 * Source Sans Pro for Latin text and Noto Sans SC (whose Latin letters are Source Sans) for
 * Chinese and every character Source Sans Pro lacks; the Chinese edition puts Noto Sans SC
 * first. They are the only fonts, also for the page margins and the charts, and Noto Sans SC is
 * the final fallback, so nothing falls back to the non-embedded standard 14 fonts.
 *
 * <p>Offline: the renderer gets {@link OfflineResources} as its only resource loader, which
 * refuses everything. Deterministic: dates come from the standard's {@code issued} date, the
 * document id from the content ({@link PdfMetadata}).
 */
public final class PdfPublisher implements Publisher {

    public static final String NAME = "pdf";
    /** The family names of the embedded fonts in the print style sheet. */
    static final String LATIN_FAMILY = "Source Sans Pro";
    static final String CJK_FAMILY = "Noto Sans SC";
    /** The font of the charts' texts: Noto Sans SC has Latin and Chinese letters, and is embedded like the text's fonts. */
    public static final String CHART_FONT = "'" + CJK_FAMILY + "'";

    private final Chart.Source charts;
    private final Consumer<String> refused;

    public PdfPublisher() {
        this(Charts.radar(CHART_FONT), uri -> {
        });
    }

    /**
     * @param charts the charts of the roles
     * @param refused told about every resource the renderer asked for (and was refused)
     */
    public PdfPublisher(Chart.Source charts, Consumer<String> refused) {
        this.charts = charts;
        this.refused = refused;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    /** Redline editions with the changes marked in colour and underlined or struck through, and a legend on the cover. */
    @Override
    public boolean redlines() {
        return true;
    }

    @Override
    public void publish(EditionView edition, OutputStream out) throws IOException {
        String css = Resources.text("/org/normative/publish/html/edition-base.css") + Resources.text("edition-print.css");
        String xhtml = XhtmlEdition.build(edition, new XhtmlEdition.Options(XhtmlEdition.Medium.PRINT, css, charts));
        Document document = parse(xhtml);
        byte[] digest = PdfMetadata.sha256(PdfMetadata.utf8(xhtml));
        xhtml = null; // the DOM is what is laid out; let the text go
        try (PDDocument pdf = render(document)) {
            PdfMetadata.apply(pdf, edition, digest);
            pdf.save(out);
        }
    }

    private PDDocument render(Document document) throws IOException {
        // openhtmltopdf logs through java.util.logging to stderr; the front ends report errors themselves
        XRLog.setLoggingEnabled(false);
        OfflineResources offline = new OfflineResources(refused);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, OfflineResources.BASE_URI);
        builder.useUriResolver(offline);
        builder.useHttpStreamImplementation(offline);
        builder.useProtocolsStreamImplementation(offline, "file", "jar", "http", "https", "ftp", "data", "classpath", "urn");
        builder.useExternalResourceAccessControl(offline, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(offline, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE,
                FSFontUseCase.FALLBACK_FINAL);
        EnumSet<FSFontUseCase> text = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        font(builder, "SourceSansPro-Regular.ttf", LATIN_FAMILY, 400, FontStyle.NORMAL, text);
        font(builder, "SourceSansPro-Bold.ttf", LATIN_FAMILY, 700, FontStyle.NORMAL, text);
        font(builder, "SourceSansPro-Italic.ttf", LATIN_FAMILY, 400, FontStyle.ITALIC, text);
        font(builder, "NotoSansSC-Regular.ttf", CJK_FAMILY, 400, FontStyle.NORMAL, everywhere);
        font(builder, "NotoSansSC-Bold.ttf", CJK_FAMILY, 700, FontStyle.NORMAL, everywhere);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(srgb());
        builder.withProducer(PdfMetadata.PRODUCER);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        try {
            return renderer.createPDFKeepOpen();
        } finally {
            renderer.close();
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style,
            EnumSet<FSFontUseCase> useCases) {
        builder.useFont(() -> new ByteArrayInputStream(Fonts.get(file)), family, weight, style, true, useCases);
    }

    /** The XHTML as a DOM, read without document types, entities or includes. */
    static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("no external entities: " + systemId);
            });
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the XHTML of the edition is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The sRGB IEC 61966-2.1 profile of the JDK, for the PDF/A output intent. */
    static byte[] srgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The resources of this package. */
    static final class Resources {

        private Resources() {
        }

        static String text(String name) {
            return new String(bytes(name), StandardCharsets.UTF_8);
        }

        static byte[] bytes(String name) {
            try (InputStream in = PdfPublisher.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The embedded fonts ({@code fonts/} of this package), each read once. */
    static final class Fonts {

        private static final java.util.Map<String, byte[]> FONTS = new java.util.HashMap<>();

        private Fonts() {
        }

        static synchronized byte[] get(String file) {
            return FONTS.computeIfAbsent(file, name -> Resources.bytes("fonts/" + name));
        }
    }
}
