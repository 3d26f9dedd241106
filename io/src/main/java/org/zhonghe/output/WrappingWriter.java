package org.zhonghe.output;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text output of a command fitted to the terminal's width ({@code COLUMNS}): every line wider
 * than the width is wrapped by {@link Texts#wrap} (Chinese characters count two columns; a word, a
 * number or a serial is never broken), its continuation lines indented as the line was, under the
 * text of a list item ({@code - }, {@code • }, {@code ■ }). Lines that fit pass unchanged; a
 * {@link TextTable} fits itself and writes its lines verbatim ({@link #printlnVerbatim}). Without a
 * width (a pipe, a file) nothing is touched. Each line is flushed as it is written, as the
 * command line's auto-flushing output does.
 */
public final class WrappingWriter extends PrintWriter {
    private static final Pattern LEAD = Pattern.compile("^( *)([-*•■▪] )?");
    private final Writer target;
    private final int columns;
    private final StringBuilder line = new StringBuilder();

    private WrappingWriter(Writer target, int columns) {
        super(target);
        this.target = target;
        this.columns = columns;
    }

    /** {@code out} fitted to {@code COLUMNS}; {@code out} itself when no width is set. */
    public static PrintWriter of(PrintWriter out) {
        return of(out, Texts.terminalColumns());
    }

    /** {@code out} fitted to {@code columns}; {@code out} itself when {@code columns} is no bound. */
    public static PrintWriter of(PrintWriter out, int columns) {
        return columns == Integer.MAX_VALUE || out instanceof WrappingWriter ? out : new WrappingWriter(out, columns);
    }

    @Override
    public void write(int c) {
        synchronized (lock) {
            if (c == '\n') emit();
            else line.append((char) c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) write(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) write(s.charAt(i));
        }
    }

    /**
     * Writes {@code text} and a line feed as they are: a table's lines, which {@link TextTable}
     * fits itself (a table too wide even so is better overflowing than cut into pieces).
     */
    public void printlnVerbatim(String text) {
        synchronized (lock) {
            try {
                if (line.length() > 0) emit();
                target.write(text + "\n");
                target.flush();
            } catch (java.io.IOException e) {
                setError();
            }
        }
    }

    @Override
    public void println() {
        write('\n');
    }

    @Override
    public void flush() {
        synchronized (lock) {
            try {
                if (line.length() > 0) {
                    target.write(line.toString());
                    line.setLength(0);
                }
                target.flush();
            } catch (java.io.IOException e) {
                setError();
            }
        }
    }

    @Override
    public void close() {
        flush();
        super.close();
    }

    private void emit() {
        String text = line.toString();
        boolean cr = text.endsWith("\r");
        if (cr) text = text.substring(0, text.length() - 1);
        line.setLength(0);
        try {
            if (Texts.visibleWidth(text) <= columns) {
                target.write(text + (cr ? "\r\n" : "\n"));
                target.flush();
                return;
            }
            Matcher m = LEAD.matcher(text);
            m.find();
            String hang = " ".repeat(Texts.width(m.group()));
            List<String> parts = Texts.wrap(text.substring(m.end()), Math.max(12, columns - hang.length()));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                b.append(i == 0 ? m.group() : hang).append(parts.get(i)).append(cr ? "\r\n" : "\n");
            }
            target.write(b.toString());
            target.flush();
        } catch (java.io.IOException e) {
            setError();
        }
    }
}
