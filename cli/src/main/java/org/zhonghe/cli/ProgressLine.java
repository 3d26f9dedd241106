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
 * in a log is seen to advance and a short one prints nothing. When standard output and standard
 * error lead to the same place ({@code 2>&1}, or both the terminal) nothing is drawn while the
 * result is written, and into a shared file or pipe nothing at all: the result stays whole.
 */
final class ProgressLine implements LargeLedger.Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long QUIET_NANOS = 10_000_000_000L;
    private final PrintWriter err;
    private final Messages m;
    private final boolean terminal;
    private final boolean shared;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    /**
     * @param terminal whether standard error is a terminal
     * @param shared   whether standard output leads to the same place
     */
    ProgressLine(PrintWriter err, Messages m, boolean terminal, boolean shared) {
        this.err = err;
        this.m = m;
        this.terminal = terminal;
        this.shared = shared;
        this.last = terminal ? start - REDRAW_NANOS : start; // a bar at once; lines only after 10 s
    }

    /** For this process: standard error's kind and whether standard output shares it (Linux: /proc; elsewhere the console). */
    static ProgressLine forThisProcess(PrintWriter err, Messages m) {
        try {
            String out = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return new ProgressLine(err, m, target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"), out.equals(target));
        } catch (Exception e) {
            return new ProgressLine(err, m, System.console() != null, System.console() != null);
        }
    }

    @Override
    public void at(String file, int pass, long done, long total) {
        if (shared && (pass > 1 || !terminal)) return;
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
