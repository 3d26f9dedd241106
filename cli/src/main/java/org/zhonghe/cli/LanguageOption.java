package org.zhonghe.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --lang zh|en} option shared by every command; default: the system locale, else English. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of the output: zh (中文) or en. Default: the system locale, else en.")
    String lang;

    /** The chosen language as a locale: {@link Locale#CHINESE} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        String tag = lang != null ? lang : Locale.getDefault().getLanguage();
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** True when the user asked for a language this tool does not have. */
    public boolean isUnknown() {
        return lang != null && !lang.equals("zh") && !lang.equals("en");
    }
}
