package org.normative.cli.output;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;

import org.normative.cli.Paths;
import org.normative.cli.VersionProvider;
import org.normative.dsl.project.Finding;
import org.normative.dsl.project.ValidationReport;
import org.normative.dsl.validation.Rule;
import org.normative.dsl.validation.RuleSeverity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A SARIF 2.1.0 log on stdout (the summary line goes to stderr), with every rule of the
 * language described, so that CI code scanning can show findings on pull requests. Artifact
 * locations are relative to the working directory ({@code %SRCROOT%}), normally the
 * repository root.
 */
final class SarifReport implements Report {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(ValidationReport report, PrintWriter out, PrintWriter err) {
        ObjectNode log = JsonReport.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "normative");
        driver.put("version", VersionProvider.version());
        driver.put("semanticVersion", VersionProvider.version().replace("-SNAPSHOT", ""));
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", rule.id());
            descriptor.putObject("shortDescription").put("text", rule.summary());
            descriptor.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        String root = Path.of("").toAbsolutePath().normalize().toUri().toString();
        URI rootUri = URI.create(root.endsWith("/") ? root : root + "/");
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", rootUri.toString());
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.rule());
            Rule.byId(finding.rule()).ifPresent(rule -> result.put("ruleIndex", rule.ordinal()));
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String display = Paths.display(finding.file());
            if (Path.of(display).isAbsolute()) {
                artifact.put("uri", finding.file().toUri().toString());
            } else {
                // a relative URI reference (RFC 3986): spaces and non-ASCII characters percent-encoded
                artifact.put("uri", rootUri.relativize(finding.file().toAbsolutePath().normalize().toUri()).toASCIIString());
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            ObjectNode region = physical.putObject("region");
            region.put("startLine", finding.line());
            region.put("startColumn", finding.column());
        }
        out.println(log.toPrettyString());
        out.flush();
        err.println(Report.summary(report));
        err.flush();
    }

    private static String level(RuleSeverity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }
}
