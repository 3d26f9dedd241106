package org.zhonghe.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.output.ConceptsJson;
import org.zhonghe.output.ResultJson;
import org.zhonghe.output.TextTable;
import org.zhonghe.output.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhonghe concepts}: the six concepts of Table 3 and the related terms, in Chinese and English. */
@Command(name = "concepts", mixinStandardHelpOptions = true,
        description = {"The concept catalogue (paper Table 3) and related terms, zh and en.", "概念目录（论文表3）及相关术语，中英对照。"})
final class ConceptsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default text).")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.of(language.locale());
        Messages en = Messages.of(Locale.ENGLISH);
        Messages zh = Messages.of(Locale.CHINESE);
        if (format == Format.json) {
            out.println(ResultJson.mapper().writeValueAsString(ConceptsJson.catalogue()));
            return 0;
        }
        out = org.zhonghe.output.WrappingWriter.of(out);
        out.println(m.get("concept.common"));
        out.println(m.get("concept.senses"));
        out.println();
        TextTable t = new TextTable(m.get("text.col.concept"), "中文 / English", m.get("text.col.gases"),
                m.get("text.col.reach"), m.get("text.col.offsets"), m.get("text.col.otherEffects"), "IPCC");
        for (Concept c : Concept.values()) {
            String k = "concept." + c.id();
            t.row(c.id(), zh.get(k + ".name") + " / " + en.get(k + ".name"), m.get("concept.gases." + c.gases()),
                    m.get("concept.reach." + c.reach()), m.get("concept.credits." + c.creditsAdmitted()),
                    m.get("concept.otherEffects." + c.otherEffectsCounted()), c.source());
            t.note(m.get(k + ".definition"));
        }
        t.print(out, "");
        out.println();
        for (String term : ConceptsJson.TERMS) {
            String k = "term." + term;
            out.println(zh.get(k + ".name") + " / " + en.get(k + ".name") + "  (" + m.get(k + ".source") + ")");
            for (String line : Texts.wrap(m.get(k + ".definition"), Texts.paragraphWidth(94, 4))) out.println("    " + line);
        }
        out.flush();
        return 0;
    }

}
