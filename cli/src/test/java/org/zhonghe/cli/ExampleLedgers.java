package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ExplicitFactor;
import org.zhonghe.activity.Instrument;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;

/**
 * Acceptance cases as rows of a multi-entity ledger (the fields of docs/batch.md): the cases of
 * issue 13 (examples/paper-*) and the older cases a batch ledger can hold, each one entity.
 */
final class ExampleLedgers {
    static final List<String> CASES = List.of(
            "paper-s3.2-note1-purchased-power-net-zero", "paper-s4.2-city-territory-net-zero",
            "paper-s6-event-all-scope3-nothing-in-reach", "paper-table3-globe-admits-no-credit",
            "paper-s4.2.1-enterprise-below-level1", "paper-s4.4.3-sinks-bought-as-credits",
            "paper-s4.4.2-daccs-lifecycle-undeclared", "paper-s1-precursors-reported", "paper-s4.4.3-durability-reading",
            "holding-empty-ledger", "county-forest-stock", "global-budget-natural-sinks",
            "marathon-conflicting-serials");
    /**
     * The valid activity examples a batch ledger can hold (one certificate per row at most:
     * examples/activities-electricity-market retires two); -user-factor-set's set, a CSV file
     * beside the assessment, is copied beside entities.csv (docs/batch.md).
     */
    static final List<String> ACTIVITY_CASES = List.of("activities-fuel-combustion", "activities-electricity-location",
            "activities-heat-explicit-factor", "activities-refrigerant-leak", "activities-biomass-boiler",
            "activities-user-factor-set", "activities-district-cooling", "activities-measured-co2-default-ch4-n2o",
            "activities-certificate-outside-vintage-and-market");
    static final Map<String, String> HEADERS = headers();

    private ExampleLedgers() {}

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("entities.csv", "entity,type,from,to,scopes,concept,profile,metric,factorSet,scope2Method");
        h.put("emissions.csv", "entity,id,gas,amount,unit,scope,biogenic");
        h.put("removals.csv", "entity,id,kind,amount,unit,managed,basis,durabilityYears,lifecycleEmissions,inBoundary");
        h.put("credits.csv", "entity,id,registry,serial,type,kind,durabilityYears,vintage,amount,unit,retired,"
                + "beneficiary,retiredOn,ownBoundary,international,verified,etsCovered,hostCountry");
        h.put("activities.csv", "entity,id,activity,fuel,grid,gas,amount,unit,scope,sector,year,factorSet,factor.value,"
                + "factor.unit,factor.source,supplierFactor.value,supplierFactor.unit,supplierFactor.source,instrument.id,"
                + "instrument.kind,instrument.volume,instrument.unit,instrument.vintage,instrument.market,period.from,period.to");
        return h;
    }

    static Path assessment(String name) {
        return Path.of("..", "examples", name, "assessment.yaml");
    }

    /** The case's assessment as read by {@code check}. */
    static Assessment read(String name) {
        ReadResult read = new AssessmentReader().read(assessment(name), StandardCharsets.UTF_8);
        assertThat(read).as(name).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) read).value();
    }

    /** The files of a ledger of {@code cases} (headers first), by file name. */
    static Map<String, List<String>> ledger(List<String> cases) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        HEADERS.forEach((f, h) -> files.put(f, new ArrayList<>(List.of(h))));
        for (String name : cases) {
            Assessment a = read(name);
            rows(name, a, files);
            List<String> sets = new ArrayList<>(a.inventory().factorSets());
            a.inventory().activities().forEach(t -> sets.add(t.factorSet()));
            for (String set : sets) { // a user's factor set: the file beside the assessment, beside entities.csv
                if (set == null || !set.endsWith(".csv")) continue;
                try {
                    List<String> lines = Files.readAllLines(assessment(name).resolveSibling(set));
                    List<String> before = files.putIfAbsent(set, lines);
                    assertThat(before == null || before.equals(lines)).as("%s: two sets named %s", name, set).isTrue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    static void write(Path dir, Map<String, List<String>> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<String>> f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
    }

    /** Adds the assessment's rows (one entity) to {@code files}. */
    private static void rows(String name, Assessment a, Map<String, List<String>> files) {
        assertThat(a.reductions().isEmpty() && a.history().isEmpty() && a.otherEffects().items().isEmpty()
                && !a.otherEffects().assessed() && a.baseline() == null && a.plan() == null)
                .as("%s has a section batch does not read", name).isTrue();
        String entity = a.entity().id();
        StringJoiner scopes = new StringJoiner("|");
        for (Scope s : Scope.values()) if (a.boundary().includes(s)) scopes.add(String.valueOf(s.number()));
        files.get("entities.csv").add(cells(entity, a.entity().type().id(), a.period().from(), a.period().to(),
                scopes.length() == 0 ? "none" : scopes.toString(), a.claim().concept().id(), a.claim().profile(), a.claim().metric().id(),
                String.join("|", a.inventory().factorSets()), a.inventory().scope2Method().id()));
        for (Emission e : a.emissions()) {
            if (e.derivation() != null) continue; // computed from an activity, which batch computes again
            files.get("emissions.csv").add(cells(entity, e.id(), e.gas(), e.amount().toPlainString(), e.unit().symbol(),
                    e.scope().number(), e.biogenic()));
        }
        for (Removal r : a.removals()) {
            files.get("removals.csv").add(cells(entity, r.id(), r.kind().id(), r.amount().toPlainString(), r.unit().symbol(),
                    r.managed(), r.basis().name().toLowerCase(Locale.ROOT), r.durabilityYears(),
                    r.lifecycleDeclared() ? r.lifecycleEmissions().toPlainString() : null, r.inBoundary()));
        }
        for (Credit c : a.credits()) {
            files.get("credits.csv").add(cells(entity, c.id(), c.registry(), c.serial(), c.type().id(),
                    c.kind() == null ? null : c.kind().id(), c.durabilityYears(), c.vintage(), c.amount().toPlainString(),
                    c.unit().symbol(), c.retired(), c.beneficiary(), c.retiredOn(), c.ownBoundary(), c.international(),
                    c.verified(), c.etsCovered(), c.hostCountry()));
        }
        for (Activity t : a.inventory().activities()) {
            assertThat(t.instruments()).as("%s: one certificate per row", name).hasSizeLessThan(2);
            Instrument i = t.instruments().isEmpty() ? null : t.instruments().get(0);
            files.get("activities.csv").add(cells(entity, t.id(), t.kind().id(), t.fuel(), t.grid(), t.gas(),
                    t.amount().toPlainString(), t.unit().symbol(), t.scope().number(), t.sector(), t.year(), t.factorSet(),
                    factor(t.factor(), 0), factor(t.factor(), 1), factor(t.factor(), 2), factor(t.supplierFactor(), 0),
                    factor(t.supplierFactor(), 1), factor(t.supplierFactor(), 2), i == null ? null : i.id(),
                    i == null ? null : i.kind(), i == null ? null : i.volume().toPlainString(), i == null ? null : i.unit().symbol(),
                    i == null || i.vintage() == null ? null : i.vintage().from() + "/" + i.vintage().to(),
                    i == null ? null : i.market(), t.period() == null ? null : t.period().from(), t.period() == null ? null : t.period().to()));
        }
    }

    /** A factor's value, unit or source ({@code part} 0, 1, 2) as written in its column. */
    private static String factor(ExplicitFactor f, int part) {
        if (f == null) return null;
        return switch (part) {
            case 0 -> f.value().toPlainString();
            case 1 -> f.unit().toString();
            default -> f.source();
        };
    }

    private static String cells(Object... values) {
        StringJoiner out = new StringJoiner(",");
        for (Object v : values) out.add(v == null ? "" : csv(String.valueOf(v)));
        return out.toString();
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
