package org.zhonghe.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the registry exports under a folder: either a folder of registry folders (as
 * {@code ../shared/data/registries}: {@code verra/}, {@code gold-standard/} …) or one registry's
 * folder, known by its name.
 */
public final class RegistryFolders {
    /** One registry's export folder and the label its files are reported under. */
    public record Found(Registry registry, Path folder, String label) {}

    private RegistryFolders() {}

    /**
     * The registry folders of {@code dir}, in the order of {@link Registry}.
     *
     * @throws IllegalArgumentException when {@code dir} is not a folder or holds no registry folder
     */
    public static List<Found> find(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a folder: " + dir);
        Optional<Registry> self = Registry.fromFolder(name(dir));
        if (self.isPresent()) return List.of(new Found(self.get(), dir, name(dir)));
        List<Found> found = new ArrayList<>();
        for (Registry r : Registry.values()) {
            Path sub = dir.resolve(r.folder());
            if (Files.isDirectory(sub)) found.add(new Found(r, sub, r.folder()));
        }
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Registry r : Registry.values()) names.add(r.folder() + "/");
            throw new IllegalArgumentException(dir + " holds no registry export: expected one of the folders "
                    + String.join(", ", names) + " (or to be one of them)");
        }
        return found;
    }

    /** Reads every registry folder of {@code dir} into the sink. */
    public static void read(Path dir, CreditClasses classes, RegistrySink sink) {
        for (Found f : find(dir)) read(f, classes, sink);
    }

    /** Reads one registry folder into the sink. */
    public static void read(Found found, CreditClasses classes, RegistrySink sink) {
        RegistryReader.of(found.registry(), classes).read(found.folder(), found.label(), sink);
    }

    /** The CSV files directly in a folder, sorted by name. */
    public static List<Path> csvFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? "" : n.toString();
    }
}
