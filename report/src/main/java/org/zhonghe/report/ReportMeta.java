package org.zhonghe.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhonghe.ZhongheVersion;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Origin;

/**
 * What a verifier needs to reproduce a report: the input files with their SHA-256, the rules
 * version, and the command that gives the same result.
 *
 * @param inputs       the assessment file first, then the ledger files it names; may be empty
 *                     (an assessment posted to the server)
 * @param rulesVersion the version of Zhonghe whose rules computed the result
 * @param command      the command line that reproduces the result; may be null
 * @param evaluation   the stored evaluation this report renders; null for a report of a file
 */
public record ReportMeta(List<InputFile> inputs, String rulesVersion, String command, StoredEvaluation evaluation) {
    private static final Pattern SHEET = Pattern.compile("\\[[^\\[\\]]*]$");

    public ReportMeta {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }

    /** The meta of a report on input that is not a stored evaluation. */
    public ReportMeta(List<InputFile> inputs, String rulesVersion, String command) {
        this(inputs, rulesVersion, command, null);
    }

    /**
     * An evaluation stored by the server, as a verifier cites it: what was evaluated, when, by
     * whom, on which input (its SHA-256) and by which rules version.
     *
     * @param id              the evaluation's id
     * @param assessmentId    the assessment's id
     * @param version         the assessment version evaluated
     * @param createdAt       when it was evaluated (UTC)
     * @param createdBy       the user who asked for it
     * @param inputHash       SHA-256 of the canonical input (the version's files and the overrides)
     * @param hashVerified    whether the stored version's files hash to {@code inputHash} again
     */
    public record StoredEvaluation(long id, long assessmentId, int version, java.time.Instant createdAt, String createdBy,
                                   String inputHash, boolean hashVerified) {
        public StoredEvaluation {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(inputHash, "inputHash");
        }
    }

    /** The version of these rules: Zhonghe's release ({@link ZhongheVersion}). */
    public static String currentRulesVersion() {
        return ZhongheVersion.current();
    }

    /**
     * The meta of a report on an assessment read from {@code file}: that file and every ledger
     * file its records came from, hashed, with the current rules version.
     */
    public static ReportMeta of(Path file, Assessment a, String command) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(file);
        for (Origin o : origins(a)) {
            if (o.file().isEmpty()) continue;
            // A sheet of a workbook is named with the sheet: ledger.xlsx[emissions].
            String name = SHEET.matcher(o.file()).replaceFirst("");
            Path p = file.resolveSibling(name);
            if (Files.isRegularFile(p)) files.add(p);
            else if (Files.isRegularFile(Path.of(name))) files.add(Path.of(name));
        }
        List<InputFile> inputs = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : files) {
            if (seen.add(p.toAbsolutePath().normalize())) inputs.add(new InputFile(p.toString(), sha256(p)));
        }
        return new ReportMeta(inputs, currentRulesVersion(), command);
    }

    private static List<Origin> origins(Assessment a) {
        List<Origin> out = new ArrayList<>();
        a.emissions().forEach(e -> out.add(e.origin()));
        a.removals().forEach(r -> out.add(r.origin()));
        a.credits().forEach(c -> out.add(c.origin()));
        a.reductions().forEach(r -> out.add(r.origin()));
        a.otherEffects().items().forEach(o -> out.add(o.origin()));
        a.history().forEach(h -> out.add(h.origin()));
        return out;
    }

    /** The SHA-256 of bytes (a request body) in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The SHA-256 of a file's bytes in lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
