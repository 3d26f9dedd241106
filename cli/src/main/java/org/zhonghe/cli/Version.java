package org.zhonghe.cli;

import org.zhonghe.ZhongheVersion;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code zhonghe --version}: Zhonghe's release ({@link ZhongheVersion}). */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"zhonghe " + ZhongheVersion.current()};
    }
}
