package org.normative.dsl.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Singleton;

/**
 * The severities of a standard project, read from {@code normative.properties} in the folder of a
 * source file or the nearest folder above it:
 *
 * <pre>
 * # severities: error, warning, info or off
 * rule.criterion-style = off
 * rule.missing-translation = error
 * </pre>
 *
 * A file that names an unknown rule or severity is reported by {@link #problems(Path)}; the
 * front ends print those problems and stop.
 */
@Singleton
public class RuleConfiguration {

    public static final String FILE_NAME = "normative.properties";
    private static final String RULE_PREFIX = "rule.";

    /** The setting naming the folders of other standards that this one refers to (see {@code project.StandardProject}). */
    public static final String STANDARDS_KEY = "standards";

    private final Map<Path, Map<Rule, RuleSeverity>> byFolder = new ConcurrentHashMap<>();

    /** The severity of {@code rule} for the source file at {@code uri}. */
    public RuleSeverity severity(Rule rule, URI uri) {
        Path folder = folderOf(uri);
        if (folder == null || !rule.configurable()) {
            return rule.defaultSeverity();
        }
        return byFolder.computeIfAbsent(folder, this::load).getOrDefault(rule, rule.defaultSeverity());
    }

    /** Forgets what was read, so that an edited configuration file takes effect. */
    public void reset() {
        byFolder.clear();
    }

    /** The configuration file that applies to files in {@code folder}, if any. */
    public static Path configFileFor(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Problems in the configuration file that applies to {@code folder}: unknown rules or severities. */
    public static List<String> problems(Path folder) {
        Path file = configFileFor(folder);
        if (file == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Properties properties;
        try {
            properties = read(file);
        } catch (IOException e) {
            return List.of(file + ": cannot read: " + e.getMessage());
        }
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            if (key.equals(STANDARDS_KEY)) {
                for (Path standardFolder : standardFolders(file, properties.getProperty(key))) {
                    if (!Files.isDirectory(standardFolder)) {
                        problems.add(file + ": 'standards' names " + standardFolder + ", which is not a folder");
                    }
                }
                continue;
            }
            if (!key.startsWith(RULE_PREFIX)) {
                problems.add(file + ": unknown setting '" + key
                        + "' (settings are rule.<rule-id> = error|warning|info|off and standards = <folders>)");
                continue;
            }
            String id = key.substring(RULE_PREFIX.length());
            Rule rule = Rule.byId(id).orElse(null);
            if (rule == null) {
                problems.add(file + ": unknown rule '" + id + "' (see docs/rules.md for the rule ids)");
            } else if (!rule.configurable()) {
                problems.add(file + ": the severity of rule '" + id + "' cannot be changed");
            } else if (RuleSeverity.parse(properties.getProperty(key)).isEmpty()) {
                problems.add(file + ": '" + properties.getProperty(key) + "' is not a severity for rule '" + id
                        + "' (use error, warning, info or off)");
            }
        }
        return problems;
    }

    /**
     * The folders of other standards that the standards in {@code folder} refer to: the
     * comma-separated {@code standards} setting of the applicable configuration file, relative
     * to that file. Their files are loaded so that references by full id resolve.
     */
    public static List<Path> referencedStandards(Path folder) {
        Path file = configFileFor(folder);
        if (file == null) {
            return List.of();
        }
        try {
            String value = read(file).getProperty(STANDARDS_KEY);
            return value == null ? List.of() : standardFolders(file, value);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> standardFolders(Path file, String value) {
        List<Path> folders = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                folders.add(file.getParent().resolve(entry.strip()).normalize());
            }
        }
        return folders;
    }

    private Map<Rule, RuleSeverity> load(Path folder) {
        Path file = configFileFor(folder);
        if (file == null) {
            return Collections.emptyMap();
        }
        Map<Rule, RuleSeverity> severities = new EnumMap<>(Rule.class);
        try {
            Properties properties = read(file);
            for (String key : properties.stringPropertyNames()) {
                if (!key.startsWith(RULE_PREFIX)) {
                    continue;
                }
                Rule.byId(key.substring(RULE_PREFIX.length())).filter(Rule::configurable).ifPresent(rule ->
                        RuleSeverity.parse(properties.getProperty(key)).ifPresent(s -> severities.put(rule, s)));
            }
        } catch (IOException e) {
            // reported by problems(); defaults apply
        }
        return severities;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path folderOf(URI uri) {
        if (uri == null || !uri.isFile()) {
            return null;
        }
        Path file = Path.of(uri.toFileString());
        return file.getParent();
    }
}
