package org.normative.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.normative.publish.view.EditionView;

/**
 * The document information and XMP metadata of the PDF edition, written after layout so that
 * nothing comes from the clock: title, author (the publisher), subject, the creation and
 * modification dates (the standard's {@code issued} date, left out when it has none), the
 * PDF/A-2u and PDF/UA-1 identification, and a document id derived from the edition's content
 * (PDFBox would otherwise make a random one).
 */
final class PdfMetadata {

    static final String PRODUCER = "Normative (openhtmltopdf, Apache PDFBox)";
    static final String CREATOR = "Normative";

    private PdfMetadata() {
    }

    static void apply(PDDocument pdf, EditionView edition, byte[] digest) throws IOException {
        String title = edition.text(edition.metadata().title());
        String author = edition.text(edition.metadata().publisher());
        String subject = edition.id() + " " + edition.version() + " (" + edition.language() + ")";
        Calendar date = date(edition.metadata().issued());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        pdf.setDocumentInformation(info);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title, author, subject, date));
        pdf.getDocumentCatalog().setMetadata(metadata);
        pdf.getDocumentCatalog().setLanguage(edition.language());

        byte[] id = Arrays.copyOf(digest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    /** {@code 2026-11-01} at midnight UTC; {@code null} without a date. */
    static Calendar date(String issued) {
        if (issued == null) {
            return null;
        }
        LocalDate day = LocalDate.parse(issued);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    /** The XMP packet: PDF/A and PDF/UA identification, Dublin Core, XMP basic and Adobe PDF properties matching the information dictionary. */
    private static byte[] xmp(String title, String author, String subject, Calendar date) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema pdfaid = xmp.createAndAddPDFAIdentificationSchema();
            pdfaid.setPart(2);
            pdfaid.setConformance("U");

            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);

            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(CREATOR);
            if (date != null) {
                basic.setCreateDate(date);
                basic.setModifyDate(date);
            }

            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            if (title != null) {
                dc.setTitle(title);
            }
            if (author != null) {
                dc.addCreator(author);
            }
            dc.addDescription(null, subject);

            // PDF/UA identification: not a schema PDF/A predefines, so it is described in a PDF/A extension schema
            PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
            extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
            extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
            extension.addBagValue("schemas", schema(xmp, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/",
                    "pdfuaid", List.of(property(xmp, "internal", "Indicates, which part of ISO 14289 standard is followed", "part",
                            "Integer"))));
            XMPSchema pdfuaid = new XMPSchema(xmp, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "PDF/UA identification");
            pdfuaid.setIntegerPropertyValueAsSimple("part", 1);
            xmp.addSchema(pdfuaid);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("cannot write the PDF's metadata: " + e.getMessage(), e);
        }
    }

    private static XMPSchema schema(XMPMetadata xmp, String name, String namespace, String prefix, List<XMPSchema> properties) {
        XMPSchema schema = new XMPSchema(xmp, "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", name);
        schema.setTextPropertyValue("namespaceURI", namespace);
        schema.setTextPropertyValue("prefix", prefix);
        for (XMPSchema property : properties) {
            schema.addUnqualifiedSequenceValue("property", property);
        }
        return schema;
    }

    private static XMPSchema property(XMPMetadata xmp, String category, String description, String name, String valueType) {
        XMPSchema property = new XMPSchema(xmp, "pdfaProperty", "pdfaProperty", "pdfaProperty");
        property.setTextPropertyValue("name", name);
        property.setTextPropertyValue("valueType", valueType);
        property.setTextPropertyValue("category", category);
        property.setTextPropertyValue("description", description);
        return property;
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
