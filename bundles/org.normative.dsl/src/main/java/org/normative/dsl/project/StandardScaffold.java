package org.normative.dsl.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.normative.dsl.validation.Rule;
import org.normative.dsl.validation.RuleConfiguration;

/**
 * A new standard project that a committee can start from: the standard's file (metadata, front
 * matter, a principle and a three-tier scheme), one role file, {@code normative.properties} with
 * every rule's severity, and a README. It validates without errors. {@code normative init} and
 * the workbench's New Standard wizard make it.
 *
 * <pre>
 * List&lt;Path&gt; files = new StandardScaffold(Path.of("data-competency")).id("acme.data-competency").create();
 * </pre>
 */
public final class StandardScaffold {

    public static final String DEFAULT_PUBLISHER = "Standards Committee";
    public static final String DEFAULT_ROLE = "PRACT";
    public static final String DEFAULT_ROLE_TITLE = "Practitioner";

    private final Path dir;
    private String id;
    private String title;
    private String publisher = DEFAULT_PUBLISHER;
    private String role = DEFAULT_ROLE;
    private String roleTitle = DEFAULT_ROLE_TITLE;

    public StandardScaffold(Path dir) {
        this.dir = dir;
    }

    /** The standard's id ({@code acme.data-competency}); default: from the folder's name. */
    public StandardScaffold id(String value) {
        this.id = blankToNull(value);
        return this;
    }

    /** The title; default: from the id ({@code Data Competency Competency Standard}). */
    public StandardScaffold title(String value) {
        this.title = blankToNull(value);
        return this;
    }

    public StandardScaffold publisher(String value) {
        this.publisher = value == null || value.isBlank() ? DEFAULT_PUBLISHER : value;
        return this;
    }

    /** The code of the first role ({@code PRACT}). */
    public StandardScaffold role(String value) {
        this.role = value == null || value.isBlank() ? DEFAULT_ROLE : value;
        return this;
    }

    public StandardScaffold roleTitle(String value) {
        this.roleTitle = value == null || value.isBlank() ? DEFAULT_ROLE_TITLE : value;
        return this;
    }

    /** The id the standard gets: the one given, else one made from the folder's name. */
    public String standardId() {
        return id != null ? id : idFrom(dir);
    }

    /** What is wrong with the settings (one line each), empty when the project can be created. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String standardId = standardId();
        if (!standardId.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*")) {
            problems.add("'" + standardId + "' is not a standard id: use letters, digits and '-', "
                    + "in dot-separated parts that start with a letter (e.g. acme.data-competency)");
        }
        if (!role.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            problems.add("'" + role + "' is not a role code: use letters, digits and '-', starting with a letter");
        }
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                problems.add(dir + ": exists and is not an empty folder; choose a new folder");
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot read the folder: " + e.getMessage());
        }
        return problems;
    }

    /** Writes the project's files into the folder (created if need be) and returns them in order. */
    public List<Path> create() throws ProjectException {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ProjectException(problems.get(0));
        }
        String standardId = standardId();
        Map<String, String> values = Map.of(
                "id", standardId,
                "title", quote(title != null ? title : titleFrom(standardId)),
                "publisher", quote(publisher),
                "role", role,
                "roleTitle", quote(roleTitle),
                "rules", ruleSettings());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("standard.norm", "standard.norm");
        files.put(role.toLowerCase(Locale.ROOT) + ".norm", "role.norm");
        files.put(RuleConfiguration.FILE_NAME, "normative.properties");
        files.put("README.md", "README.md");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.writeString(target, fill(template(file.getValue()), values), StandardCharsets.UTF_8);
                written.add(target);
            }
        } catch (IOException e) {
            throw new ProjectException(dir + ": cannot create the project: " + e.getMessage(), e);
        }
        return written;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** A standard id from a folder's name: {@code Data Competency} becomes {@code data-competency}. */
    public static String idFrom(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String id = (name == null ? "standard" : name.toString()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return id.isEmpty() ? "standard" : id;
    }

    /** A title from an id's last part: {@code acme.data-competency} becomes {@code Data Competency Competency Standard}. */
    public static String titleFrom(String id) {
        String last = id.substring(id.lastIndexOf('.') + 1);
        StringBuilder title = new StringBuilder();
        for (String word : last.split("[-_]+")) {
            if (!word.isEmpty()) {
                title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return title + " Competency Standard";
    }

    /** The text of a .norm string literal: backslashes and double quotes escaped. */
    static String quote(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " ");
    }

    private static String ruleSettings() {
        StringBuilder settings = new StringBuilder();
        for (Rule rule : Rule.values()) {
            if (rule.configurable()) {
                settings.append("# ").append(rule.summary()).append('\n');
                settings.append("# rule.").append(rule.id()).append(" = ").append(rule.defaultSeverity().label()).append("\n\n");
            }
        }
        return settings.toString().stripTrailing();
    }

    private static String template(String name) throws IOException {
        try (InputStream in = StandardScaffold.class.getResourceAsStream("scaffold/" + name + ".template")) {
            if (in == null) {
                throw new IOException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }
}
