package org.zhonghe.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The directory of the embedded H2 database: created owner-only (0700) when it does not exist, and
 * its database files made owner-only (0600) each time it is opened, whatever the umask. An existing
 * directory keeps its mode: it may be one the user shares on purpose (its files are still 0600).
 */
final class DataDirectory {
    private DataDirectory() {}

    /** Creates {@code dir} (0700) when absent; returns the H2 URL of its database. */
    static String prepare(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                if (isPosix()) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
        return Database.h2Url(dir);
    }

    /** Makes the database's files in {@code dir} readable and writable by their owner alone. */
    static void restrict(Path dir) {
        if (!isPosix()) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "zhonghe.*")) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the database files in " + dir, e);
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
