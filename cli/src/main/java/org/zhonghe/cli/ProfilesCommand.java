package org.zhonghe.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zhonghe.Messages;
import org.zhonghe.output.ProfilesJson;
import org.zhonghe.output.ResultJson;
import org.zhonghe.output.TextTable;
import org.zhonghe.output.Texts;
import org.zhonghe.output.WrappingWriter;
import org.zhonghe.rules.Profile;
import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.profiles.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhonghe profiles}: every rule profile, its standard, status, and what it changes. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = {"The rule profiles (standards as rule sets): source, status, date of effect, rules and clauses.",
                "规则（把标准写成规则集）：来源、状态、生效日期、各条规则及其条款。"})
final class ProfilesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default text).")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.of(language.locale());
        if (format == Format.json) {
            out.println(ResultJson.mapper().writeValueAsString(ProfilesJson.all()));
            return 0;
        }
        out = WrappingWriter.of(out);
        TextTable t = new TextTable(m.get("text.col.profile"), m.get("text.col.status"), m.get("text.col.summary"));
        for (Profile p : Profiles.all()) {
            ProfileInfo i = p.info();
            t.row(p.id(), status(i, m), m.get("profile." + p.id() + ".name"));
            t.note(m.get("profile." + p.id() + ".summary"));
        }
        t.print(out, "");
        for (Profile p : Profiles.all()) {
            out.println();
            out.println(p.id() + " — " + p.info().standard());
            if (p.info().indicative()) {
                for (String l : Texts.wrap(m.get("profile.indicative").toUpperCase(java.util.Locale.ROOT) + ": "
                        + m.get("profile.indicative.note", p.info().standard()), Texts.paragraphWidth(92, 2))) {
                    out.println("  " + l);
                }
            }
            for (ProfileInfo.RuleInfo r : p.info().rules()) {
                String codes = r.codes().isEmpty() ? "" : " [" + String.join(", ", r.codes()) + "]";
                out.println("  • " + m.get("profile." + p.id() + ".rule." + r.name()) + codes);
                for (String l : Texts.wrap(r.clause() + " — " + m.get("verification." + r.verification()), Texts.paragraphWidth(92, 6))) {
                    out.println("      " + l);
                }
                if (r.words() != null) {
                    for (String l : Texts.wrap(m.get(r.paraphrase() ? "profile.words.paraphrase" : "profile.words.quoted", r.words()), Texts.paragraphWidth(92, 6))) {
                        out.println("      " + l);
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    static String status(ProfileInfo i, Messages m) {
        return switch (i.status()) {
            case IN_FORCE -> m.get("status.profile.IN_FORCE");
            case APPLIES_FROM -> m.get("status.profile.APPLIES_FROM", String.valueOf(i.effectiveFrom()));
            case WITHDRAWN -> m.get("status.profile.WITHDRAWN", String.valueOf(i.lastClaimDate()));
        };
    }
}
