package org.normative.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.normative.cli.NormativeCli;
import org.normative.cli.Paths;
import org.normative.dsl.project.ProjectException;
import org.normative.dsl.validation.Rule;
import org.normative.dsl.validation.RuleConfiguration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code normative init DIR}: a new standard project that a committee can start from. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new standard project in DIR (a new or empty folder).",
                "It holds the standard's file (metadata, front matter, a principle and a three-tier scheme), "
                        + "one role file to start from, normative.properties with every rule's severity, and a README "
                        + "for the committee. The new project validates without errors."})
public final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder to create the project in.")
    Path dir;

    @Option(names = "--id", paramLabel = "ID", description = "The standard's id, e.g. acme.data-competency (default: from DIR).")
    String id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The standard's title (default: from the id).")
    String title;

    @Option(names = "--publisher", paramLabel = "NAME", defaultValue = "Standards Committee",
            description = "The publishing body (default: ${DEFAULT-VALUE}).")
    String publisher;

    @Option(names = "--role", paramLabel = "CODE", defaultValue = "PRACT",
            description = "The code of the first role (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--role-title", paramLabel = "TITLE", defaultValue = "Practitioner",
            description = "The title of the first role (default: ${DEFAULT-VALUE}).")
    String roleTitle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String standardId = id != null ? id : idFrom(dir);
        if (!standardId.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*")) {
            throw new ProjectException("'" + standardId + "' is not a standard id: use letters, digits and '-', "
                    + "in dot-separated parts that start with a letter (e.g. acme.data-competency)");
        }
        if (!role.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            throw new ProjectException("'" + role + "' is not a role code: use letters, digits and '-', starting with a letter");
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new ProjectException(dir + ": exists and is not an empty folder; choose a new folder");
        }
        String standardTitle = title != null ? title : titleFrom(standardId);
        Map<String, String> values = Map.of(
                "id", standardId,
                "title", quote(standardTitle),
                "publisher", quote(publisher),
                "role", role,
                "roleTitle", quote(roleTitle),
                "rules", ruleSettings());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("standard.norm", "standard.norm");
        files.put(role.toLowerCase(Locale.ROOT) + ".norm", "role.norm");
        files.put(RuleConfiguration.FILE_NAME, "normative.properties");
        files.put("README.md", "README.md");
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), fill(template(file.getValue()), values), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ProjectException(dir + ": cannot create the project: " + e.getMessage(), e);
        }
        out.println("Created standard '" + standardId + "' in " + Paths.display(dir) + ": " + String.join(", ", files.keySet()));
        out.println("Next: edit the files, then run: normative validate " + Paths.display(dir));
        return NormativeCli.OK;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    static String idFrom(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String id = (name == null ? "standard" : name.toString()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return id.isEmpty() ? "standard" : id;
    }

    static String titleFrom(String id) {
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
        try (var in = InitCommand.class.getResourceAsStream("/org/normative/cli/init/" + name + ".template")) {
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
