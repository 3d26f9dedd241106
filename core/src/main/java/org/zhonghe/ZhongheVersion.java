package org.zhonghe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Zhonghe's release version ({@code 0.4.0}), the one place every output reads it from: {@code
 * zhonghe --version}, the reports, the API's evaluations and health answer, the batch and Spark
 * jobs. The build writes it into {@code org/zhonghe/version.properties} from the Maven version;
 * the rules' version is this version (the rules ship with the release).
 */
public final class ZhongheVersion {
    private static final String VERSION = read();

    private ZhongheVersion() {}

    /** The release, e.g. {@code 0.4.0}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ZhongheVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) throw new IllegalStateException("org/zhonghe/version.properties is missing from the core jar");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException("org/zhonghe/version.properties was not filtered by the build: '" + v + "'");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
