package org.normative.publish.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.normative.diff.Change;
import org.normative.publish.Publisher;
import org.normative.publish.view.EditionView;
import org.normative.publish.view.EditionView.ChangeEntry;
import org.normative.publish.view.EditionView.ChangesView;
import org.normative.publish.view.EditionView.CriterionView;
import org.normative.publish.view.EditionView.DimensionView;
import org.normative.publish.view.EditionView.PointView;
import org.normative.publish.view.EditionView.PrincipleView;
import org.normative.publish.view.EditionView.ProfileTargetView;
import org.normative.publish.view.EditionView.ProfileView;
import org.normative.publish.view.EditionView.Ref;
import org.normative.publish.view.EditionView.RelationView;
import org.normative.publish.view.EditionView.ReleaseView;
import org.normative.publish.view.EditionView.RoleView;
import org.normative.publish.view.EditionView.SectionView;
import org.normative.publish.view.EditionView.TermView;
import org.normative.publish.view.EditionView.TierView;
import org.normative.publish.view.LocalizedText;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The canonical JSON edition ({@code docs/schema/normative-edition.schema.json}): keys in a fixed
 * order, lists in document order, UTF-8, 2-space indentation, {@code \n} line ends and a final
 * newline, so that the same source gives the same bytes. Written with Jackson's streaming
 * generator; text is written literally (JSON-escaped only where JSON requires it).
 *
 * <p>The edition in the default language holds every text in all its languages
 * ({@code {"en": "...", "zh": "..."}}, the default language first); an edition in another
 * language holds each text in that language only, or in the default language where it has no
 * translation: the key says which.
 */
public final class JsonPublisher implements Publisher {

    public static final String NAME = "json";
    /** The name of the edition's format, and its version (raised when the JSON changes incompatibly). */
    public static final String FORMAT = "normative-edition";
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA_FILE = "normative-edition.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    /** The JSON Schema of the edition, published next to it. */
    @Override
    public Map<String, byte[]> companionFiles() {
        return Map.of(SCHEMA_FILE, schema());
    }

    /** The bytes of {@code normative-edition.schema.json} (bundled from {@code docs/schema/}). */
    public static byte[] schema() {
        try (InputStream in = JsonPublisher.class.getResourceAsStream(SCHEMA_FILE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_FILE + " is not bundled with " + JsonPublisher.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void publish(EditionView edition, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            new Writer(edition, json).edition();
            json.flush();
        }
        out.write('\n');
        out.flush();
    }

    /** 2 spaces, {@code \n} on every platform, {@code "key": value}, {@code []} and {@code {}} when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Writes one edition; the order of the calls is the order of the keys. */
    private static final class Writer {

        private final EditionView edition;
        private final JsonGenerator json;

        Writer(EditionView edition, JsonGenerator json) {
            this.edition = edition;
            this.json = json;
        }

        void edition() throws IOException {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("id", edition.id());
            json.writeStringField("version", edition.version());
            json.writeStringField("language", edition.language());
            json.writeStringField("defaultLanguage", edition.defaultLanguage());
            json.writeArrayFieldStart("languages");
            for (String language : edition.languages()) {
                json.writeString(language);
            }
            json.writeEndArray();

            json.writeObjectFieldStart("metadata");
            text("title", edition.metadata().title());
            text("publisher", edition.metadata().publisher());
            json.writeStringField("status", edition.metadata().status());
            optional("issued", edition.metadata().issued());
            optional("license", edition.metadata().license());
            json.writeEndObject();

            var statistics = edition.statistics();
            json.writeObjectFieldStart("statistics");
            json.writeNumberField("roles", statistics.roles());
            json.writeNumberField("dimensions", statistics.dimensions());
            json.writeNumberField("points", statistics.points());
            json.writeNumberField("criteria", statistics.criteria());
            json.writeEndObject();

            json.writeArrayFieldStart("sections");
            for (SectionView section : edition.sections()) {
                json.writeStartObject();
                json.writeStringField("id", section.id());
                text("title", section.title());
                json.writeArrayFieldStart("paragraphs");
                for (LocalizedText paragraph : section.paragraphs()) {
                    text(paragraph);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("principles");
            for (PrincipleView principle : edition.principles()) {
                json.writeStartObject();
                json.writeStringField("id", principle.id());
                text("title", principle.title());
                text("body", principle.body());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("tiers");
            for (TierView tier : edition.tiers()) {
                json.writeStartObject();
                json.writeNumberField("level", tier.level());
                text("name", tier.name());
                text("description", tier.description());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("roles");
            for (RoleView role : edition.roles()) {
                role(role);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("profiles");
            for (ProfileView profile : edition.profiles()) {
                json.writeStartObject();
                json.writeStringField("id", profile.id());
                json.writeStringField("fullId", profile.fullId());
                text("title", profile.title());
                ref("role", profile.role());
                json.writeArrayFieldStart("targets");
                for (ProfileTargetView target : profile.targets()) {
                    json.writeStartObject();
                    ref("target", target.target());
                    json.writeNumberField("tier", target.tier());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("glossary");
            for (TermView term : edition.glossary()) {
                json.writeStartObject();
                json.writeStringField("id", term.id());
                json.writeStringField("fullId", term.fullId());
                text("title", term.title());
                text("definition", term.definition());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("releases");
            for (ReleaseView release : edition.releases()) {
                json.writeStartObject();
                json.writeStringField("version", release.version());
                json.writeStringField("date", release.date());
                text("summary", release.summary());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (edition.changes() != null) {
                changes(edition.changes());
            }
            json.writeEndObject();
        }

        /** The "Changes since" annex, each change as in {@code normative diff --format json}, with its headline and reference. */
        private void changes(ChangesView changes) throws IOException {
            json.writeObjectFieldStart("changes");
            json.writeStringField("since", changes.since());
            json.writeStringField("semver", changes.semver());
            json.writeArrayFieldStart("changes");
            for (ChangeEntry entry : changes.entries()) {
                Change change = entry.change();
                json.writeStartObject();
                json.writeStringField("kind", change.kind().label());
                json.writeStringField("element", change.element().label());
                optional("id", change.id());
                optional("to", change.to());
                if (change.tier() != null) {
                    json.writeNumberField("tier", change.tier());
                }
                optional("field", change.field());
                optional("language", change.language());
                optional("before", change.before());
                optional("after", change.after());
                json.writeStringField("semver", change.semver().label());
                json.writeStringField("headline", entry.headline());
                if (entry.target() != null) {
                    ref("target", entry.target());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void role(RoleView role) throws IOException {
            json.writeStartObject();
            numbered(role.number(), role.id(), role.fullId(), role.label());
            text("title", role.title());
            text("description", role.description());
            json.writeArrayFieldStart("dimensions");
            for (DimensionView dimension : role.dimensions()) {
                json.writeStartObject();
                numbered(dimension.number(), dimension.id(), dimension.fullId(), dimension.label());
                text("title", dimension.title());
                text("definition", dimension.definition());
                json.writeArrayFieldStart("points");
                for (PointView point : dimension.points()) {
                    point(point);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void point(PointView point) throws IOException {
            json.writeStartObject();
            numbered(point.number(), point.id(), point.fullId(), point.label());
            text("title", point.title());
            json.writeStringField("status", point.status());
            if (point.replacedBy() != null) {
                ref("replacedBy", point.replacedBy());
            }
            text("scope", point.scope());
            json.writeArrayFieldStart("criteria");
            for (CriterionView criterion : point.criteria()) {
                json.writeStartObject();
                json.writeNumberField("tier", criterion.tier());
                optional("id", criterion.id());
                text("statement", criterion.statement());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("relations");
            for (RelationView relation : point.relations()) {
                json.writeStartObject();
                json.writeStringField("kind", relation.kind());
                ref("target", relation.target());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void numbered(String number, String id, String fullId, String label) throws IOException {
            json.writeStringField("number", number);
            json.writeStringField("id", id);
            json.writeStringField("fullId", fullId);
            json.writeStringField("label", label);
        }

        private void ref(String field, Ref ref) throws IOException {
            json.writeObjectFieldStart(field);
            optional("standard", ref.standard());
            json.writeStringField("id", ref.id());
            json.writeStringField("fullId", ref.fullId());
            optional("number", ref.number());
            json.writeStringField("label", ref.label());
            json.writeEndObject();
        }

        /** A text as {@code {"en": "...", "zh": "..."}}; nothing when the standard does not give it. */
        private void text(String field, LocalizedText text) throws IOException {
            if (text != null) {
                json.writeFieldName(field);
                text(text);
            }
        }

        private void text(LocalizedText text) throws IOException {
            json.writeStartObject();
            if (edition.inDefaultLanguage()) {
                for (Map.Entry<String, String> value : text.values().entrySet()) {
                    json.writeStringField(value.getKey(), value.getValue());
                }
            } else {
                json.writeStringField(text.languageFor(edition.language()), text.in(edition.language()));
            }
            json.writeEndObject();
        }

        private void optional(String field, String value) throws IOException {
            if (value != null) {
                json.writeStringField(field, value);
            }
        }
    }
}
