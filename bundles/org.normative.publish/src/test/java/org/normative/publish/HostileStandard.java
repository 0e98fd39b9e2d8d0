package org.normative.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A valid standard whose texts look like HTML, script, entities and URLs: they must be printed literally. */
public final class HostileStandard {

    /** The title as the JSON must hold it (the .norm source escapes the quotes). */
    public static final String TITLE = "<script>alert(\"x\")</script> &amp; \"quotes\" <img src=\"http://example.invalid/x.png\"> file:///etc/passwd";

    public static final String TEXT = """
            standard acme.hostile version 2.0.0 {
                title "<script>alert(\\"x\\")</script> &amp; \\"quotes\\" <img src=\\"http://example.invalid/x.png\\"> file:///etc/passwd" @zh "<b>标题</b> &lt;"
                publisher "ACME & Sons <publisher@example.invalid>"
                status draft
                issued 2026-01-31
                languages en, zh

                tiers {
                    tier 1 "<i>Foundation</i>" @zh "基础级"
                    tier 2 "Practitioner &nbsp;" @zh "实践级"
                    tier 3 "Expert ]]> <!-- -->" @zh "专家级"
                }

                role ENG "Engineer <script src='file:///x.js'></script>" @zh "工程师" {
                    dimension build "Building {{template}} ${expression}" {
                        point compile "Compiling \\\\ backslash" {
                            scope "https://example.invalid/?a=1&b=<2>"
                            criterion 1 "Explains what a compiler does with <code>main()</code>."
                            criterion 2 "Configures a build for a new module & its tests."
                            criterion 3 "Designs the build of a large product: \\"make\\" or 'gradle'."
                        }
                    }
                }

                profile lead "<svg onload=\\"alert(1)\\"> &lt;lead&gt;" @zh "负责人" for ENG {
                    build 2
                }
            }
            """;

    private HostileStandard() {
    }

    public static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("standard.norm"), TEXT);
    }
}
