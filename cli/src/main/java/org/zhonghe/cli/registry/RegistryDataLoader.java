package org.zhonghe.cli.registry;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.zhonghe.cli.InputError;
import org.zhonghe.registry.DuplicateRow;
import org.zhonghe.registry.Rejection;
import org.zhonghe.registry.RegistryData;
import org.zhonghe.registry.RegistryMessages;

/**
 * Reads a folder of registry exports for a command; every row not read is reported on stderr with
 * file:line, and every row that repeats another exactly (read once) with both rows' file:line.
 */
public final class RegistryDataLoader {
    private RegistryDataLoader() {}

    /**
     * The registry data of {@code dir}.
     *
     * @throws InputError when {@code dir} is not a folder of registry exports
     */
    public static RegistryData load(Path dir, RegistryMessages m, PrintWriter err) {
        RegistryData d;
        try {
            d = RegistryData.read(dir);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        if (!d.rejections().isEmpty()) {
            for (Rejection r : d.rejections()) err.println(r);
            err.println(m.get("registry.rejected", d.rejections().size(), d.rejections().get(0)));
            err.flush();
        }
        for (DuplicateRow dup : d.duplicates()) err.println(m.get("registry.duplicate", dup.copy(), dup.kept()));
        err.flush();
        return d;
    }
}
