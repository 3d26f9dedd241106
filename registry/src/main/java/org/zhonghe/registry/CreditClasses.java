package org.zhonghe.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhonghe.assessment.RemovalKind;

/**
 * The credit class of a project from its registry's data and the paper's §4.4, by the mapping
 * {@code org/zhonghe/registry/credit-classes.csv} (registry, field, match, class, removal kind,
 * reason, source per line). The registry's own statement wins (CAR's Reduction/Removal column,
 * Gold Standard's Label, ACR's Verified Removal); else every methodology listed must map to the
 * same class; else the project type decides; else the credit is unclassified — never guessed.
 */
public final class CreditClasses {
    private static final String RESOURCE = "credit-classes.csv";
    private static final CreditClasses BUNDLED = load();
    private final List<ClassRule> rules;

    private CreditClasses(List<ClassRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The mapping shipped with Zhonghe. */
    public static CreditClasses bundled() {
        return BUNDLED;
    }

    /**
     * The class of a project's credits.
     *
     * @param stated      the registry's own statement of the class (may be null)
     * @param methodology its methodologies, ';'-separated (may be null)
     * @param projectType its project type (may be null)
     */
    public Classification classify(Registry registry, String stated, String methodology, String projectType) {
        Objects.requireNonNull(registry, "registry");
        ClassRule statedRule = first(registry, ClassRule.Field.STATED, stated);
        List<ClassRule> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        if (methodology != null) {
            for (String token : methodology.split(";")) {
                String t = token.strip();
                if (t.isEmpty()) continue;
                ClassRule r = first(registry, ClassRule.Field.METHODOLOGY, t);
                if (r != null) matched.add(r); else unmatched.add(t);
            }
        }
        ClassRule typeRule = first(registry, ClassRule.Field.PROJECT_TYPE, projectType);
        if (statedRule != null) {
            if (statedRule.creditClass() != CreditClass.REMOVAL) return statedRule.toClassification();
            List<ClassRule> all = new ArrayList<>(matched);
            if (typeRule != null) all.add(typeRule);
            Set<RemovalKind> kinds = all.stream().map(ClassRule::removalKind).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            RemovalKind kind = kinds.size() == 1 ? kinds.iterator().next() : null;
            String reason = statedRule.reason() + (kind == null ? "" : "; kind " + kind.id() + " from the methodology or project type");
            return new Classification(CreditClass.REMOVAL, kind, reason, statedRule.source());
        }
        List<ClassRule> deciding = new ArrayList<>(matched);
        if (matched.isEmpty() || !unmatched.isEmpty()) {
            if (typeRule == null) {
                String what = !unmatched.isEmpty() ? "methodology '" + String.join("; ", unmatched) + "'"
                        : "project type '" + projectType + "'";
                return Classification.unclassified("no line of the class mapping covers " + what
                        + " of " + registry.displayName(), RESOURCE);
            }
            deciding.add(typeRule);
        }
        Set<CreditClass> classes = deciding.stream().map(ClassRule::creditClass)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (classes.size() > 1) {
            String each = deciding.stream().map(r -> r.match() + ": " + r.creditClass().id()).collect(Collectors.joining(", "));
            return Classification.unclassified("its methodologies differ in class (" + each + ")", RESOURCE);
        }
        if (deciding.size() == 1) return deciding.get(0).toClassification();
        CreditClass c = classes.iterator().next();
        Set<RemovalKind> kinds = deciding.stream().map(ClassRule::removalKind).collect(Collectors.toSet());
        RemovalKind kind = c == CreditClass.REMOVAL && kinds.size() == 1 ? kinds.iterator().next() : null;
        String reason = deciding.stream().map(ClassRule::reason).distinct().collect(Collectors.joining("; "));
        String source = deciding.stream().map(ClassRule::source).distinct().collect(Collectors.joining("; "));
        return new Classification(c, kind, reason, source);
    }

    /** The lines of the mapping, in file order. */
    List<ClassRule> rules() {
        return rules;
    }

    private ClassRule first(Registry registry, ClassRule.Field field, String text) {
        for (ClassRule r : rules) if (r.appliesTo(registry, field, text)) return r;
        return null;
    }

    private static CreditClasses load() {
        var in = CreditClasses.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        List<ClassRule> rules = new ArrayList<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                rules.add(rule(rec, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CreditClasses(rules);
    }

    private static ClassRule rule(CSVRecord rec, int line) {
        String reg = rec.get("registry");
        Registry registry = reg.equals("*") ? null : Registry.valueOf(reg);
        ClassRule.Field field = ClassRule.Field.valueOf(rec.get("field").toUpperCase(Locale.ROOT).replace('-', '_'));
        CreditClass c = CreditClass.fromId(rec.get("class"))
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ":" + line + ": unknown class " + rec.get("class")));
        String k = rec.get("removal_kind");
        RemovalKind kind = k.isEmpty() ? null : RemovalKind.fromId(k)
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ":" + line + ": unknown removal kind " + k));
        return new ClassRule(registry, field, rec.get("match"), c, kind, rec.get("reason"), rec.get("source"), line);
    }
}
