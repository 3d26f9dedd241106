package org.zhonghe.check;

/**
 * What a caller may override in the file's claim; each may be null (keep the file's).
 *
 * @param concept concept id
 * @param profile profile id
 * @param metric  metric id
 * @param source  where the overrides come from, as problems name it ({@code (command line)}, {@code query})
 */
public record Overrides(String concept, String profile, String metric, String source) {
    public static final Overrides NONE = new Overrides(null, null, null, "");
}
