package org.normative.publish.docx;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.xmlbeans.XmlCursor;
import org.normative.publish.chart.RadarChart;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtensionList;

/**
 * A role's competency radar ({@link RadarChart}) as a picture in the Word edition: a PNG drawn by
 * the chart's Java2D painter at twice its size (sharp when printed), and the chart's SVG next to
 * it as the picture Word 2016 and later show ({@code asvg:svgBlip}), the PNG being the fallback
 * for every other reader. The picture spans the width of the text; its alternative text is the
 * chart's description.
 */
final class RadarPicture {

    /** The extension of a blip that names its SVG version (Office 2016). */
    static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    static final String RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** One twentieth of a point in EMU (English metric units of DrawingML). */
    private static final int EMU_PER_TWIP = 635;
    private static final int SCALE = 2;

    private RadarPicture() {
    }

    /** The chart, centred, as a picture paragraph at the end of the document's body; nothing for an empty chart. */
    static void insert(XWPFDocument document, Optional<RadarChart> radar, String caption) throws IOException {
        if (radar.isEmpty()) {
            return;
        }
        RadarChart chart = radar.get();
        XWPFParagraph paragraph = document.createParagraph();
        WordText.styled(paragraph.getCTP(), Styles.FIGURE);
        WordText.keepNext(paragraph.getCTP());
        long width = (long) Styles.TEXT_WIDTH * EMU_PER_TWIP;
        long height = Math.round(width * chart.height() / chart.width());
        try {
            XWPFPicture picture = paragraph.createRun().addPicture(new ByteArrayInputStream(png(chart)), PictureType.PNG,
                    "radar.png", Math.toIntExact(width), Math.toIntExact(height));
            String svg = document.addPictureData(chart.svg().getBytes(StandardCharsets.UTF_8), PictureType.SVG);
            withSvg(picture.getCTPicture().getBlipFill().getBlip(), svg);
            describe(paragraph, picture, chart.description());
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the radar chart of " + chart.title(), e);
        }
        WordText.run(WordText.styled(document.getDocument().getBody().addNewP(), Styles.CAPTION), caption);
    }

    /** The chart drawn by its Java2D painter at twice its size on white. */
    static byte[] png(RadarChart chart) throws IOException {
        int width = (int) Math.ceil(chart.width() * SCALE);
        int height = (int) Math.ceil(chart.height() * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            chart.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Adds the SVG picture {@code svgRelation} to the (PNG) blip as its Office 2016 SVG version. */
    private static void withSvg(CTBlip blip, String svgRelation) {
        CTOfficeArtExtensionList extensions = blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst();
        CTOfficeArtExtension extension = extensions.addNewExt();
        extension.setUri(SVG_EXTENSION);
        try (XmlCursor cursor = extension.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
            cursor.insertAttributeWithValue(new QName(RELATIONSHIPS_NAMESPACE, "embed", "r"), svgRelation);
        }
    }

    /** The chart's description as the picture's alternative text (instead of the file name POI puts there). */
    private static void describe(XWPFParagraph paragraph, XWPFPicture picture, String description) {
        String text = WordText.xmlSafe(description);
        var inline = paragraph.getCTP().getRArray(0).getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(text);
        inline.getDocPr().setName("Radar " + inline.getDocPr().getId());
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(text);
    }
}
