package org.zhonghe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhonghe.Messages;
import org.zhonghe.io.LargeLedger;

/**
 * The progress of a large ledger's passes on standard error, never on standard output: on a
 * terminal a bar redrawn in place (five times a second at most) and wiped at the end; otherwise
 * (a pipe, a file, a test) nothing for the first 10 s, then a line every 10 s, so that a long run
 * in a log is seen to advance and a short one prints nothing.
 */
final class ProgressLine implements LargeLedger.Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long QUIET_NANOS = 10_000_000_000L;
    private final PrintWriter err;
    private final Messages m;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean drawn;

    ProgressLine(PrintWriter err, Messages m, boolean terminal) {
        this.err = err;
        this.m = m;
        this.terminal = terminal;
    }

    /** Whether standard error is a terminal (Linux: where file descriptor 2 leads; elsewhere, the console). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public void at(String file, int pass, long done, long total) {
        long now = System.nanoTime();
        if (terminal ? now - last < REDRAW_NANOS : now - start < QUIET_NANOS || now - last < QUIET_NANOS) return;
        last = now;
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        String text = m.get("check.progress." + (pass == 1 ? "validating" : "evaluating"), file, String.valueOf(percent),
                String.valueOf(total / (1024 * 1024)));
        if (terminal) {
            int filled = percent / 5;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + text + "\u001b[K");
            drawn = true;
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Wipes the bar, before anything else is written to the terminal. */
    void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
