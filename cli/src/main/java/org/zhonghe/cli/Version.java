package org.zhonghe.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code zhonghe --version}, taken from the jar's manifest. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Zhonghe.class.getPackage().getImplementationVersion();
        return new String[] {"zhonghe " + (v == null ? "dev" : v)};
    }
}
