package org.normative.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

/**
 * Writes the class-data-sharing archive that the launcher ({@code bin/normative}) asks for on the
 * first run of a command: it starts the JVM with {@code -XX:+RecordDynamicDumpInfo} and
 * {@code -Dnormative.cds.archive=FILE}, and the CLI writes the classes loaded so far into FILE
 * (the diagnostic command {@code VM.cds dynamic_dump}, as {@code jcmd} would) once the command has
 * ended with exit code 0 or 1, before the JVM exits.
 *
 * <p>Not {@code -XX:+AutoCreateSharedArchive}: the JVM then writes the archive while it exits, also
 * when the exit comes from an error or Ctrl-C while another thread (the language's set-up) is still
 * loading classes, and JDK 25 crashes in that case ({@code SIGSEGV} in
 * {@code LambdaProxyClassDictionary::find_lambda_proxy_class}), printing a crash report on
 * standard output and leaving an {@code hs_err_pid*.log} in the working folder. Here the archive is
 * written only after a normal end, after the set-up has finished, and never on a signal.
 */
final class ClassDataArchive {

    /** The system property that names the archive to write. */
    static final String PROPERTY = "normative.cds.archive";

    private ClassDataArchive() {
    }

    /**
     * Writes the archive named by {@link #PROPERTY}, if any, when {@code exitCode} is 0 or 1. A
     * failure leaves no archive and changes nothing else: the launcher then keeps none.
     */
    static void writeIfAsked(int exitCode) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty() || exitCode < 0 || exitCode > NormativeCli.FINDINGS) {
            return;
        }
        // The JDK announces the dump on System.out ("The process was attached by jcmd and dumped a
        // dynamic archive ..."), where it would follow a JSON or SARIF report.
        PrintStream out = System.out;
        try {
            NormativeCli.awaitLanguageSetUp();
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                    new Object[] {new String[] {"dynamic_dump", file}},
                    new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // no archive: the next run tries again
        } finally {
            System.setOut(out);
        }
    }
}
