package org.zhonghe.io;

import java.nio.file.Path;
import java.util.Locale;

/** The syntax of an assessment file: YAML (the default) or JSON; both have the same structure. */
public enum Syntax {
    YAML, JSON;

    /** JSON for a {@code .json} file, else YAML. */
    public static Syntax of(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
