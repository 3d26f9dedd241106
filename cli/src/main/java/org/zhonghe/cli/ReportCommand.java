package org.zhonghe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Problem;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.io.ProblemText;
import org.zhonghe.report.MissingCjkFontException;
import org.zhonghe.report.ReportMeta;
import org.zhonghe.report.ReportRenderer;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ClaimResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhonghe report FILE}: the carbon-neutrality report a verifier reads, as self-contained
 * HTML or as PDF, in Chinese or English (docs/reports.md). Exit status as {@code check}: 0
 * SUPPORTED, 1 NOT_SUPPORTED or INDETERMINATE (the report is written either way), 2 invalid
 * input, or a PDF that needs a CJK font none of which is installed.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the report a verifier reads: verdict, inventory, removals, credits, balance, findings, "
                + "concept and profile matrices, charts, methodology, input hashes; HTML or PDF.",
                "生成供核查者阅读的报告：结论、排放清单、清除、碳信用、平衡、发现、概念与规则集矩阵、图表、方法、输入文件哈希；HTML 或 PDF。"},
        footer = {"", "Exit status: 0 SUPPORTED, 1 NOT_SUPPORTED or INDETERMINATE (report written), 2 invalid input or no CJK font for a PDF.",
                "退出状态：0 成立，1 不成立或无法判定（报告已生成），2 输入无效或 PDF 缺少中文字体。"})
final class ReportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Mixin AssessmentInput input;
    @Option(names = "--format", defaultValue = "html", description = "html (default) or pdf.")
    Format format;
    @Option(names = "--out", paramLabel = "PATH",
            description = "Where to write the report; '-' for standard output. Default: ENTITY.report.LANG.html|pdf here.")
    String out;
    @Option(names = "--profile", paramLabel = "ID", description = "Override the rule profile (default: the file's, else ipcc);"
            + " 'all' as check takes it: the report is under the file's profile, and every report holds the matrix of all profiles.")
    String profile;

    enum Format { html, pdf }

    @Override
    public Integer call() throws IOException {
        Locale locale = language.locale();
        ProblemText problemText = ProblemText.of(locale);
        ClaimCheck check = new ClaimCheck(ClaimEvaluator.standard());
        // every report holds the profile matrix, so --profile all (as check takes it) keeps the file's own profile
        Outcome outcome = input.check(check, "all".equals(profile) ? null : profile);
        if (outcome instanceof Outcome.Invalid bad) return invalid(bad.problems(), problemText);
        Outcome.Checked ok = (Outcome.Checked) outcome;
        Assessment a = ok.assessment();
        Map<String, ClaimResult> profiles = check.underEveryProfile(a);
        ReportMeta meta = ReportMeta.of(input.file, a, reproduce(a));
        byte[] bytes;
        if (format == Format.pdf) {
            try {
                bytes = ReportRenderer.pdf(a, ok.result(), profiles, meta, locale);
            } catch (MissingCjkFontException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("zhonghe: " + e.message(locale));
                err.flush();
                return UsageFailure.EXIT;
            }
        } else {
            bytes = ReportRenderer.html(a, ok.result(), profiles, meta, locale).getBytes(StandardCharsets.UTF_8);
        }
        int verdict = ok.result().verdict().exitStatus();
        if ("-".equals(out)) {
            if (format == Format.html) {
                spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                System.out.write(bytes);
                System.out.flush();
            }
            return verdict;
        }
        Path target = out != null ? Path.of(out)
                : Path.of(a.entity().id() + ".report." + locale.getLanguage() + "." + format.name());
        Files.write(target, bytes);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        stdout.flush();
        return verdict;
    }

    /** The check that gives the same result, every choice spelled out. */
    private String reproduce(Assessment a) {
        return "zhonghe check " + input.file + " --concept " + a.claim().concept().id() + " --profile "
                + a.claim().profile() + " --metric " + a.claim().metric().id()
                + input.encodingOption();
    }

    private int invalid(List<Problem> problems, ProblemText text) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) err.println(text.line(p));
        err.flush();
        return UsageFailure.EXIT;
    }
}
