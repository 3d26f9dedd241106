package org.zhonghe.batch;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ActivityCalculator;
import org.zhonghe.activity.FactorSet;
import org.zhonghe.activity.FactorSetCsv;
import org.zhonghe.activity.FactorSets;
import org.zhonghe.assessment.Problem;

/**
 * The users' factor sets of a multi-entity ledger (docs/batch.md): CSV files beside
 * entities.csv, named in the {@code factorSet} column of entities.csv or activities.csv by
 * their file name ({@code verifier.csv}), as an assessment names one in {@code claim.factorSet}
 * (docs/activity-data.md). Each file named is read once, as UTF-8 text, where the ledger is
 * (batch: its directory; Spark: the driver), carried to where the entities are evaluated, and
 * read there by core's {@link FactorSetCsv} — the reader {@code check} uses — so that check,
 * batch and Spark compute the same tonnes with the same derivations. A file's own errors are
 * listed once under its name ({@link #problems()}); each entity that names a set which is
 * missing or has errors is INVALID, with an error at the line that names it
 * ({@link #problemsOf}).
 */
public final class UserFactorSets implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** No user set named. */
    public static final UserFactorSets NONE = new UserFactorSets(new TreeMap<>(), new TreeMap<>(), "");

    /** File name → its text, for the files read. */
    private final TreeMap<String, String> texts;
    /** File name → why it could not be read (not UTF-8, an I/O error). */
    private final TreeMap<String, String> unreadable;
    /** The directory, as the errors name it. */
    private final String dir;
    private transient volatile Parsed parsed;

    /** The sets read, with the calculator that has them beside the built-in ones. */
    private record Parsed(Map<String, FactorSet> valid, List<Problem> problems, ActivityCalculator calculator) {}

    private UserFactorSets(TreeMap<String, String> texts, TreeMap<String, String> unreadable, String dir) {
        this.texts = texts;
        this.unreadable = unreadable;
        this.dir = dir;
    }

    /** True for a name of a user's set: it ends in {@code .csv} (any case), as in {@code check}. */
    public static boolean isFileName(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The user sets a {@code factorSet} cell names (ids separated by {@code |} or commas; those ending in .csv). */
    public static List<String> named(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String part : cell.split("[|,]")) {
            String name = part.strip();
            if (isFileName(name)) out.add(name);
        }
        return out;
    }

    /**
     * The files {@code names} beside entities.csv in {@code dir}. A name that is not a plain file
     * name ({@code sets/x.csv}, {@code ../x.csv}) or no regular file there is missing.
     */
    public static UserFactorSets read(Path dir, Collection<String> names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        TreeMap<String, String> unreadable = new TreeMap<>();
        for (String name : new TreeSet<>(names)) {
            if (!isPlain(name)) continue;
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) continue;
            try {
                files.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                unreadable.put(name, String.valueOf(e.getMessage()));
            }
        }
        return of(dir.toString(), files, unreadable);
    }

    /**
     * The sets from the bytes of their files (Spark's driver reads them): a name absent from
     * {@code files} and {@code unreadable} is missing.
     *
     * @param dir        the ledger's directory, as errors name it
     * @param files      file name → its bytes (UTF-8)
     * @param unreadable file name → why it could not be read
     */
    public static UserFactorSets of(String dir, Map<String, byte[]> files, Map<String, String> unreadable) {
        TreeMap<String, String> texts = new TreeMap<>();
        TreeMap<String, String> bad = new TreeMap<>(unreadable);
        files.forEach((name, bytes) -> {
            try {
                texts.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                bad.put(name, "not UTF-8");
            }
        });
        return new UserFactorSets(texts, bad, dir);
    }

    /** A plain file name: no directory, not {@code .} or {@code ..}. */
    public static boolean isPlain(String name) {
        return !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..") && !name.isBlank();
    }

    /** The errors of the files themselves, each file's in line order, files by name. */
    public List<Problem> problems() {
        return parsed().problems();
    }

    /** The calculator with the built-in sets and every user set read without error. */
    ActivityCalculator calculator() {
        return parsed().calculator();
    }

    /**
     * An entity's errors for the user sets it names: its row's sets ({@code claimSets}, errors at
     * {@code entityLine} of entities.csv) and its activities' own ({@code factorSet} of
     * activities.csv, at the activity's line). A set missing, or whose file has errors, is one.
     */
    List<Problem> problemsOf(List<String> claimSets, long entityLine, List<Activity> activities) {
        List<Problem> out = new ArrayList<>();
        Map<String, FactorSet> valid = parsed().valid();
        for (String name : claimSets) {
            if (isFileName(name) && !valid.containsKey(name)) {
                out.add(problem(EntitySpec.FILE, entityLine, name));
            }
        }
        for (Activity a : activities) {
            String name = a.factorSet();
            if (isFileName(name) && !valid.containsKey(name)) {
                out.add(problem(ActivityRows.FILE, a.origin().line(), name));
            }
        }
        return out;
    }

    private Problem problem(String file, long line, String name) {
        return texts.containsKey(name) || unreadable.containsKey(name)
                ? Problem.of(file, line, "factorSet", name, ErrorKeys.FACTOR_SET_HAS_ERRORS, name)
                : Problem.of(file, line, "factorSet", name, ErrorKeys.FACTOR_SET_NOT_FOUND, name, dir);
    }

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            synchronized (this) {
                if (parsed == null) parsed = parse();
                p = parsed;
            }
        }
        return p;
    }

    private Parsed parse() {
        Map<String, FactorSet> valid = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(texts.keySet());
        names.addAll(unreadable.keySet());
        for (String name : names) {
            if (unreadable.containsKey(name)) {
                problems.add(Problem.of(name, 0, "", null, "factorSet.unreadable", name, unreadable.get(name)));
                continue;
            }
            FactorSetCsv.Parsed read = FactorSets.parseUserSet(texts.get(name), name);
            problems.addAll(read.problems());
            if (read.problems().isEmpty()) valid.put(name, FactorSets.userSet(name, read.factors()));
        }
        Map<String, FactorSet> all = new LinkedHashMap<>(FactorSets.builtIn());
        all.putAll(valid);
        ActivityCalculator calculator = valid.isEmpty() ? ActivityCalculator.builtIn() : new ActivityCalculator(all);
        return new Parsed(Map.copyOf(valid), List.copyOf(problems), calculator);
    }
}
