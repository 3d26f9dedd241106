package org.zhonghe.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang zh|en} option shared by every command; default: the system locale, else
 * English. Any other value ({@code --lang fr}) is a usage error (exit status 2) naming zh|en.
 */
public final class LanguageOption {
    @Spec(Spec.Target.MIXEE) CommandSpec mixee;
    String lang;

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of the output: zh (中文) or en. Default: the system locale, else en.")
    void setLang(String value) {
        if (!value.equals("zh") && !value.equals("en")) {
            throw new ParameterException(mixee.commandLine(),
                    "--lang: '" + value + "' is not a language of Zhonghe; expected zh or en / 应为 zh 或 en");
        }
        lang = value;
    }

    /** The chosen language as a locale: {@link Locale#CHINESE} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        String tag = lang != null ? lang : Locale.getDefault().getLanguage();
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** True when the user asked for a language this tool does not have (never, since the option refuses it). */
    public boolean isUnknown() {
        return lang != null && !lang.equals("zh") && !lang.equals("en");
    }
}
