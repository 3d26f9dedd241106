package org.zhonghe.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Problem;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ProblemText;
import org.zhonghe.io.ReadResult;
import org.zhonghe.output.LedgerWriter;
import org.zhonghe.rules.ClaimEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhonghe inventory FILE}: the emissions ledger of an assessment with its activities
 * computed (docs/activity-data.md), as CSV, XLSX or JSON, which an assessment names as
 * {@code emissions: {file: NAME}} and {@code check} reads as is.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"Write the emissions ledger computed from the assessment's activity data (each record with its derivation).",
                "输出由评估文件活动数据算得的排放台账（每条记录附推导过程）。"},
        footer = {"", "Exit status: 0 written, 2 invalid input.", "退出状态：0 已输出，2 输入无效。"})
final class InventoryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Parameters(paramLabel = "FILE", description = "The assessment, YAML or JSON (assessment-format.md).")
    Path file;
    @Option(names = "--format", defaultValue = "csv", description = "csv, xlsx or json (default csv).")
    Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (required for xlsx; default standard output).")
    Path output;
    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
            description = "Character encoding of the file and its CSV ledgers (default UTF-8).")
    String encoding;

    enum Format { csv, xlsx, json }

    @Override
    public Integer call() throws Exception {
        ProblemText text = ProblemText.of(language.locale());
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return invalid(List.of(new Problem(AssessmentInput.COMMAND_LINE, 0, "--encoding", encoding,
                    "cli.encoding.unknown", List.of(encoding))), text);
        }
        if (format == Format.xlsx && output == null) {
            return invalid(List.of(new Problem(AssessmentInput.COMMAND_LINE, 0, "--output", null,
                    "cli.inventory.xlsxNeedsOutput", List.of())), text);
        }
        ReadResult read = new AssessmentReader().read(file, charset);
        if (!read.isValid()) return invalid(read.problems(), text);
        List<Problem> later = ((ReadResult.Read) read).locate(ClaimEvaluator.standard().validate(read.assessment()));
        if (!later.isEmpty()) return invalid(later, text);
        List<Emission> ledger = read.assessment().emissions();
        if (format == Format.xlsx) {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".inventory", ".xlsx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                LedgerWriter.xlsx(ledger, out);
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return 0;
        }
        String body = format == Format.csv ? LedgerWriter.csv(ledger) : LedgerWriter.json(ledger);
        if (output != null) {
            Files.writeString(output, body, StandardCharsets.UTF_8);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(body);
            out.flush();
        }
        return 0;
    }

    private int invalid(List<Problem> problems, ProblemText text) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) err.println(text.line(p));
        err.flush();
        return UsageFailure.EXIT;
    }
}
