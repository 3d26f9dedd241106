package org.zhonghe.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/** {@code --format text|json|csv} of the targets and registry commands: for people, for programs, for spreadsheets. */
public enum OutputFormat {
    TEXT, JSON, CSV;

    /** Parses the option's value ignoring case; anything else is a usage error (exit 2). */
    public static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException(
                            "'" + value + "' is not a format / 不是可用的格式 (text, json, csv)"));
        }
    }

    /** The values shown in help. */
    public static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
