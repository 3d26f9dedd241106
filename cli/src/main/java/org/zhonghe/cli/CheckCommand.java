package org.zhonghe.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Problem;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.io.ProblemText;
import org.zhonghe.output.Ansi;
import org.zhonghe.output.ProfileMatrixText;
import org.zhonghe.output.ResultJson;
import org.zhonghe.output.ResultText;
import org.zhonghe.output.StreamedRecords;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ClaimResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhonghe check FILE}: evaluates an assessment (cli.md). Exit status 0 SUPPORTED,
 * 1 NOT_SUPPORTED or INDETERMINATE, 2 invalid input or usage.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Evaluate an assessment: does the ledger support the claim, under which concept, and why not?",
                "评估一份评估文件：台账是否支持所声明的概念，依据哪种定义，为何不成立？"},
        footer = {"", "Exit status: 0 SUPPORTED, 1 NOT_SUPPORTED or INDETERMINATE, 2 invalid input.",
                "退出状态：0 成立，1 不成立或无法判定，2 输入无效。"})
final class CheckCommand implements Callable<Integer> {
    private static final String ALL_PROFILES = "all";

    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Mixin AssessmentInput input;
    @Option(names = "--profile", paramLabel = "ID",
            description = "Override the rule profile (default: the file's, else ipcc); 'all' evaluates the claim under every profile (the profile matrix).")
    String profile;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default text).")
    Format format;
    @Option(names = "--all", description = "List every record in the text output, not only those not counted.")
    boolean all;
    @Option(names = "--registry-data", paramLabel = "DIR",
            description = "Registry exports (a folder of registry folders or one): credits of those registries are judged by the registry's records (docs/registries.md).")
    java.nio.file.Path registryData;

    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        Messages m = Messages.of(language.locale());
        ProblemText problemText = ProblemText.of(language.locale());
        boolean everyProfile = ALL_PROFILES.equals(profile);
        ClaimCheck check = new ClaimCheck(registryData == null ? ClaimEvaluator.standard()
                : new ClaimEvaluator(org.zhonghe.GwpTable.bundled(), org.zhonghe.rules.SerialLedger.NONE,
                        new org.zhonghe.registry.RegistryLookup(org.zhonghe.cli.registry.RegistryDataLoader.load(registryData,
                                org.zhonghe.registry.RegistryMessages.of(language.locale()), spec.commandLine().getErr()))));
        ProgressLine progress = ProgressLine.forThisProcess(spec.commandLine().getErr(), m);
        try {
            Outcome outcome = input.check(check, everyProfile ? null : profile, largeLedgerBytes(), progress);
            progress.finish();
            if (outcome instanceof Outcome.Invalid bad) return invalid(bad.problems(), problemText);
            Outcome.Checked ok = (Outcome.Checked) outcome;
            PrintWriter out = spec.commandLine().getOut();
            if (everyProfile) return everyProfile(check, ok, m, out);
            Assessment a = ok.assessment();
            StreamedRecords streamed = ok.streamed() == null ? null : ok.streamed().of(a);
            if (format == Format.json && streamed == null) {
                out.println(ResultJson.mapper().writeValueAsString(ResultJson.of(a, ok.result(), m)));
            } else if (format == Format.json) {
                ResultJson.write(a, ok.result(), streamed, m, out);
            } else {
                PrintWriter text = org.zhonghe.output.WrappingWriter.of(out);
                new ResultText(m, Ansi.forTerminal()).print(a, ok.result(), all, streamed, text);
                text.flush();
            }
            out.flush();
            return ok.result().verdict().exitStatus();
        } finally {
            progress.finish();
        }
    }

    /**
     * Above this size (bytes) an emissions CSV ledger is not held but read twice, in bounded
     * memory (docs/performance.md): 4 MiB, about 130,000 rows, which the in-memory path holds in
     * about 150 MB. The system property {@code zhonghe.largeLedgerBytes} sets another.
     */
    static long largeLedgerBytes() {
        String set = System.getProperty("zhonghe.largeLedgerBytes");
        if (set != null && set.trim().matches("[0-9]{1,18}")) return Long.parseLong(set.trim());
        return 4L << 20;
    }

    /** The claim under every profile; the exit status is the assessment's own profile's. */
    private int everyProfile(ClaimCheck check, Outcome.Checked ok, Messages m, PrintWriter out) throws Exception {
        Map<String, Outcome.Streamed> streamed = new java.util.HashMap<>();
        Map<String, ClaimResult> byProfile = check.underEveryProfile(ok, streamed);
        String own = ok.assessment().claim().profile();
        if (format == Format.json && ok.streamed() != null) {
            Assessment a = ok.assessment();
            try (var g = ResultJson.generator(out)) {
                g.writeStartObject();
                g.writeStringField("profile", own);
                g.writeObjectFieldStart("profiles");
                for (var entry : byProfile.entrySet()) {
                    Assessment under = a.withClaim(a.claim().withProfile(entry.getKey()));
                    g.writeFieldName(entry.getKey());
                    ResultJson.write(g, under, entry.getValue(), streamed.get(entry.getKey()).of(under), m);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            out.println();
        } else if (format == Format.json) {
            ObjectNode root = ResultJson.mapper().createObjectNode();
            root.put("profile", own);
            ObjectNode all = root.putObject("profiles");
            Assessment a = ok.assessment();
            byProfile.forEach((id, r) -> all.set(id, ResultJson.of(a.withClaim(a.claim().withProfile(id)), r, m)));
            out.println(ResultJson.mapper().writeValueAsString(root));
        } else {
            PrintWriter text = org.zhonghe.output.WrappingWriter.of(out);
            new ResultText(m, Ansi.forTerminal()).print(ok.assessment(), ok.result(), all,
                    ok.streamed() == null ? null : ok.streamed().of(ok.assessment()), text);
            text.println();
            new ProfileMatrixText(m, Ansi.forTerminal()).print(byProfile, own, text);
            text.flush();
        }
        out.flush();
        return ok.result().verdict().exitStatus();
    }

    /** Every problem on standard error as {@code FILE:LINE: message}; with JSON, also the errors array. */
    private int invalid(List<Problem> problems, ProblemText text) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) err.println(text.line(p));
        err.flush();
        if (format == Format.json) {
            ObjectNode root = ResultJson.mapper().createObjectNode();
            ArrayNode errors = root.putArray("errors");
            for (Problem p : problems) errors.add(ResultJson.mapper().valueToTree(text.json(p)));
            PrintWriter out = spec.commandLine().getOut();
            out.println(ResultJson.mapper().writeValueAsString(root));
            out.flush();
        }
        return UsageFailure.EXIT;
    }
}
