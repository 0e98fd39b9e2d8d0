package org.normative.cli.progress;

import java.io.PrintWriter;

import org.normative.dsl.project.Progress;

/**
 * A progress bar on stderr, drawn only when a person is watching: stderr is a terminal (as far
 * as Java can tell: a console is attached), not in CI, not with TERM=dumb, not with
 * {@code --no-progress}. Redrawn at most ten times a second; erased when done.
 */
public final class TerminalProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String task = "";
    private int total;
    private int done;
    private long lastDraw;
    private boolean drawn;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    public static Progress create(PrintWriter err, boolean disabled) {
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return disabled || !terminal ? Progress.NONE : new TerminalProgress(err);
    }

    @Override
    public void begin(String task, int total) {
        this.task = task;
        this.total = Math.max(total, 1);
        this.done = 0;
        draw(true);
    }

    @Override
    public void worked(int steps) {
        done = Math.min(total, done + steps);
        draw(done == total);
    }

    @Override
    public void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + task.length() + 30) + "\r");
            err.flush();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (100 * done / total) + "% "
                + task + " " + done + "/" + total + " files");
        err.flush();
        drawn = true;
    }
}
