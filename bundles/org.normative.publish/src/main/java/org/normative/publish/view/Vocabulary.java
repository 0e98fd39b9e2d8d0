package org.normative.publish.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed words an edition prints around the standard's own text (headings such as "Glossary",
 * table heads, field labels, statuses, "Page 1 of 9") in the edition's language, so that every
 * format words them the same way. English is the base; {@code vocabulary_<lang>.properties} next
 * to this class translates it (today: {@code zh}); a language without a file gets English, and a
 * word missing from a file falls back to English.
 */
public final class Vocabulary {

    /** The words, by their key in the properties files. */
    public enum Word {
        CONTENTS("contents"), IDENTIFIER("identifier"), VERSION("version"), STATUS("status"), ISSUED("issued"),
        PUBLISHER("publisher"), LICENSE("license"), PRINCIPLES("principles"), TIERS("tiers"), TIER("tier"), NAME("name"),
        DESCRIPTION("description"), CORE_DEFINITION("core-definition"), DEFINITION("definition"), TERM("term"), SCOPE("scope"), CRITERIA("criteria"), REQUIRES("requires"),
        RELATED("related"), ALIGNS_WITH("aligns-with"), REPLACED_BY("replaced-by"), DEPRECATED_POINT("deprecated-point"),
        PROFILES("profiles"), ROLE("role"), TARGET("target"), TARGET_TIER("target-tier"), GLOSSARY("glossary"),
        RELEASE_HISTORY("release-history"), DATE("date"), SUMMARY("summary"),
        /** {@code Changes since {version}}: the title of the annex, with the placeholder {@code {version}}. */
        CHANGES_SINCE("changes-since"), CHANGES_MAJOR("changes-major"), CHANGES_MINOR("changes-minor"),
        CHANGES_PATCH("changes-patch"), CHANGES_NONE("changes-none"), CHANGE("change"), WHERE("where"), BEFORE("before"),
        AFTER("after"),
        /** {@code Page {page} of {pages}}: a template with the placeholders {@code {page}} and {@code {pages}}. */
        PAGE_OF("page-of"),
        /** {@code Target tiers of the profiles for {role}}: a template with the placeholder {@code {role}}. */
        CHART_CAPTION("chart-caption"),
        LANGUAGE("language"), LEVEL("level"), NO_CRITERIA("no-criteria"), NO_CHANGES("no-changes"),
        /** The size of the standard: a template with {@code {roles}}, {@code {dimensions}}, {@code {points}}, {@code {criteria}}. */
        STATISTICS("statistics"),
        /** {@code These changes call for a new {part} version.}, with the word of {@link #semver(String)} for {@code {part}}. */
        CHANGES_CALL_FOR("changes-call-for"),

        /** The note on the cover of a redline edition, with the placeholder {@code {version}}. */
        REDLINE_NOTE("redline-note"),
        /** The key of a redline edition's marks: the word shown inserted, and the word shown deleted. */
        REDLINE_INSERTED("redline-inserted"), REDLINE_DELETED("redline-deleted"),
        /** {@code Redline since {version}}: the running header of a printed redline edition. */
        REDLINE_SINCE("redline-since"),
        /** The note of a criterion moved to another tier, at its new place and at its old one, with {@code {tier}}. */
        REDLINE_MOVED_FROM("redline-moved-from"), REDLINE_MOVED_TO("redline-moved-to");

        private final String key;

        Word(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final String BASE_LANGUAGE = "en";
    private static final Map<String, Vocabulary> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Map<Word, String> words;
    private final Properties all;

    private Vocabulary(String language, Properties all) {
        this.language = language;
        this.all = all;
        this.words = new EnumMap<>(Word.class);
        for (Word word : Word.values()) {
            String value = all.getProperty(word.key());
            if (value == null) {
                throw new IllegalStateException("the vocabulary has no word '" + word.key() + "'");
            }
            words.put(word, value);
        }
    }

    /**
     * The words in {@code language} (a BCP 47 tag such as {@code zh} or {@code zh-CN}): its own
     * file, else the file of its primary language, else English.
     */
    public static Vocabulary of(String language) {
        return CACHE.computeIfAbsent(language == null ? BASE_LANGUAGE : language, Vocabulary::load);
    }

    private static Vocabulary load(String language) {
        Properties words = read(BASE_LANGUAGE);
        String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        Properties own = read(tag);
        if (own == null) {
            own = read(primary);
        }
        String wordsLanguage = BASE_LANGUAGE;
        if (own != null) {
            words.putAll(own);
            wordsLanguage = language;
        }
        return new Vocabulary(wordsLanguage, words);
    }

    private static Properties read(String language) {
        String name = BASE_LANGUAGE.equals(language) ? "vocabulary.properties" : "vocabulary_" + language + ".properties";
        if (!language.matches("[a-z0-9-]+")) {
            return null;
        }
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                if (BASE_LANGUAGE.equals(language)) {
                    throw new IllegalStateException(name + " is not bundled with " + Vocabulary.class.getName());
                }
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language the words are in: the edition's language, or {@code en} when there is no translation into it. */
    public String language() {
        return language;
    }

    public String get(Word word) {
        return words.get(word);
    }

    /** {@code word}'s template with each {@code {name}} replaced: {@code fill(PAGE_OF, "page", "3", "pages", "9")}. */
    public String fill(Word word, String... namesAndValues) {
        String text = get(word);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    /** The word for a status of a standard ({@code published}) or of a point ({@code deprecated}); the literal if it has none. */
    public String status(String literal) {
        return all.getProperty("status." + literal, literal);
    }

    /** The word for a version part ({@code major}, {@code minor}, {@code patch}); the part itself if it has none. */
    public String semver(String part) {
        return all.getProperty("semver." + part, part);
    }

    /**
     * A change of the "Changes since" annex in words: {@code Point added}, {@code Tier 2 criterion
     * reworded}, {@code Point moved to AIPM.design.x}; in Chinese {@code 能力点已新增}. The
     * templates are the {@code headline.*} words, the element types {@code element.*}, the changed
     * fields {@code field.*} (a field without a word is printed as it is named, {@code scope}).
     */
    public String headline(org.normative.diff.Change change) {
        String element = all.getProperty("element." + change.element().label(), change.element().label());
        String field = change.field() == null ? "" : fillIn("headline.field", "field", field(change.field()));
        String tier = change.tier() == null ? "" : fillIn("headline.tier", "tier", String.valueOf(change.tier()));
        String lang = change.language() == null ? "" : fillIn("headline.language", "language", change.language());
        String relation = change.field() == null ? all.getProperty("headline.relation")
                : fillIn("headline.relation-kind", "kind", change.field(), "kind-word", relation(change.field()));
        String key = switch (change.kind()) {
            case MOVED -> change.to() == null ? "moved" : "moved-to";
            case METADATA_CHANGED -> "metadata-changed";
            default -> change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
        String text = fillIn("headline." + key, "element", element, "field", field, "of-tier", tier,
                "tier", String.valueOf(change.tier()), "language", lang,
                "relation", relation, "to", change.to() == null ? "" : change.to(),
                "metadata", change.field() == null ? all.getProperty("headline.metadata") : field(change.field()));
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The word for a changed field ({@code scope}), the field's name if it has none. */
    private String field(String name) {
        return all.getProperty("field." + name, name);
    }

    private String fillIn(String key, String... namesAndValues) {
        String text = all.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("the vocabulary has no word '" + key + "'");
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    /** The word for a relation kind: {@code requires}, {@code related}, {@code aligns-with}; the kind itself if it has none. */
    public String relation(String kind) {
        return switch (kind) {
            case "requires" -> get(Word.REQUIRES);
            case "related" -> get(Word.RELATED);
            case "aligns-with" -> get(Word.ALIGNS_WITH);
            default -> kind;
        };
    }
}
