package org.zhonghe.report;

import java.util.Objects;

/**
 * An input file of a report, so that a verifier can check they hold the same bytes.
 *
 * @param name   the file's name as the user gave it
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 */
public record InputFile(String name, String sha256) {
    public InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: '" + sha256 + "'");
        }
    }
}
