package org.normative.cli;

/** Whether a person is watching: progress bars and colours only then. */
public final class Terminal {

    private Terminal() {
    }

    /**
     * Whether the CLI runs at a terminal, not in CI and not with TERM=dumb. From JDK 22 on,
     * {@code System.console()} exists also when the streams are redirected, and
     * {@code Console.isTerminal()} tells (called reflectively: the CLI is compiled for Java 21,
     * where a console exists only at a terminal).
     */
    public static boolean interactive() {
        if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Whether to colour output: at a terminal, unless NO_COLOR is set (https://no-color.org). */
    public static boolean colours() {
        return interactive() && System.getenv("NO_COLOR") == null;
    }
}
