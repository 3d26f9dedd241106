package org.zhonghe.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Bytes decoded strictly: a byte sequence that is not valid in the charset is reported (with
 * its line) instead of being replaced by U+FFFD, and a leading BOM is dropped.
 */
final class SourceText {
    private SourceText() {}

    /** Where decoding failed: the 1-based line and the offending bytes in hex. */
    record Malformed(int line, String bytes) {}

    static final class DecodingException extends Exception {
        private final Malformed malformed;

        DecodingException(Malformed malformed) {
            super("malformed input on line " + malformed.line(), null, false, false);
            this.malformed = malformed;
        }

        Malformed malformed() {
            return malformed;
        }
    }

    static String decode(byte[] bytes, Charset charset) throws DecodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position();
            byte[] bad = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + Math.max(1, result.length())));
            throw new DecodingException(new Malformed(lineAt(bytes, at), hex(bad)));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Decodes a stream as {@link #decode} decodes its bytes, keeping nothing: the same
     * {@link DecodingException}, at the same line, for the same bytes (a ledger too large to hold
     * is checked so before it is parsed).
     */
    static void check(java.io.InputStream stream, Charset charset) throws DecodingException, java.io.IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 17);
        int line = 1;
        boolean end = false;
        while (true) {
            int n = end ? -1 : stream.read(in.array(), in.position(), in.remaining());
            if (n < 0) end = true; else in.position(in.position() + n);
            in.flip();
            int from = in.position();
            CoderResult result = decoder.decode(in, out, end);
            if (!result.isError() && end) result = decoder.flush(out);
            for (int i = from; i < in.position(); i++) if (in.get(i) == '\n') line++;
            if (result.isError()) {
                int at = in.position();
                byte[] bad = Arrays.copyOfRange(in.array(), at, Math.min(in.limit(), at + Math.max(1, result.length())));
                throw new DecodingException(new Malformed(line, hex(bad)));
            }
            out.clear();
            in.compact();
            if (end && !result.isOverflow()) return;
        }
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            if (!s.isEmpty()) s.append(' ');
            s.append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }
}
