package org.zhonghe.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the files an assessment names by {@code file:} (ledgers, a factor set) come from: the
 * directory of the assessment file, optionally confined to one directory, or named parts held
 * in memory (an upload), which nothing outside them can be read from.
 */
interface Siblings {

    /** The name problems give the file {@code ref} names. */
    String nameOf(String ref);

    /** True when {@code ref} may not be read: it resolves outside the confinement. */
    boolean isOutside(String ref);

    /**
     * The bytes of the file {@code ref} names.
     *
     * @throws NoSuchFileException when there is no such file or part
     */
    byte[] read(String ref) throws IOException;

    /**
     * Files beside {@code base} (the assessment file; null: the working directory). With a
     * {@code confinement} directory (may be null) a reference that resolves outside it
     * ({@code ../x.csv}, an absolute path, a link) is outside, and nothing outside is read.
     */
    static Siblings beside(Path base, Path confinement) {
        return new Directory(base, confinement == null ? null : confinement.toAbsolutePath().normalize());
    }

    /** The parts by name, exactly as sent: a name that is not one of them is outside. */
    static Siblings of(Map<String, byte[]> parts) {
        Map<String, byte[]> copy = Map.copyOf(parts);
        return new Siblings() {
            @Override
            public String nameOf(String ref) {
                return ref;
            }

            @Override
            public boolean isOutside(String ref) {
                return !copy.containsKey(ref);
            }

            @Override
            public byte[] read(String ref) throws IOException {
                byte[] bytes = copy.get(ref);
                if (bytes == null) throw new NoSuchFileException(ref);
                return bytes.clone();
            }
        };
    }

    /** Files on disk next to the assessment file. */
    record Directory(Path base, Path confinement) implements Siblings {
        Path resolve(String ref) {
            return base == null ? Path.of(ref) : base.resolveSibling(ref);
        }

        @Override
        public String nameOf(String ref) {
            try {
                return resolve(ref).normalize().toString();
            } catch (InvalidPathException e) {
                return ref;
            }
        }

        @Override
        public boolean isOutside(String ref) {
            if (confinement == null) return false;
            Path p;
            try {
                p = resolve(ref).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                return true;
            }
            if (!p.startsWith(confinement) || !p.getParent().equals(confinement)) return true;
            return Files.isSymbolicLink(p);
        }

        @Override
        public byte[] read(String ref) throws IOException {
            try {
                return Files.readAllBytes(resolve(ref));
            } catch (InvalidPathException e) {
                throw new NoSuchFileException(ref);
            }
        }
    }
}
