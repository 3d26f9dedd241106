package org.zhonghe.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import org.zhonghe.assessment.Problem;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The assessment a command reads and the claim overrides it accepts ({@code check}, {@code report}):
 * FILE, {@code --concept}, {@code --metric}, {@code --encoding}. The profile override is the
 * command's own ({@code check} also takes {@code all}).
 */
public final class AssessmentInput {
    static final String COMMAND_LINE = "(command line)";

    @Parameters(paramLabel = "FILE", description = "The assessment: YAML, JSON or an XLSX workbook (assessment-format.md).")
    Path file;
    @Option(names = "--concept", paramLabel = "ID", description = "Override the claimed concept.")
    String concept;
    @Option(names = "--metric", paramLabel = "ID", description = "Override the GWP metric (default: the file's, else AR5-GWP100).")
    String metric;
    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "Character encoding of the file and its CSV ledgers (default UTF-8; GB18030 for Chinese Excel exports).")
    String encoding;

    /** Reads the file and checks it with the overrides; {@code profile} may be null (the file's). */
    Outcome check(ClaimCheck check, String profile) {
        return check(check, profile, Long.MAX_VALUE, org.zhonghe.io.LargeLedger.Progress.NONE);
    }

    /**
     * Reads and checks the file as {@link #check(ClaimCheck, String)} does, but an emissions CSV
     * ledger of more than {@code largeAbove} bytes streams by twice instead of being held
     * ({@link org.zhonghe.io.LargeLedger}).
     */
    Outcome check(ClaimCheck check, String profile, long largeAbove, org.zhonghe.io.LargeLedger.Progress progress) {
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return new Outcome.Invalid(List.of(new Problem(COMMAND_LINE, 0, "--encoding", encoding, "cli.encoding.unknown",
                    List.of(encoding))));
        }
        return check.run(new AssessmentReader().read(file, charset, largeAbove, progress),
                new Overrides(concept, profile, metric, COMMAND_LINE));
    }

    /** The options that reproduce a check of this file, after {@code zhonghe check FILE}. */
    String encodingOption() {
        return "UTF-8".equalsIgnoreCase(encoding) ? "" : " --encoding " + encoding;
    }
}
