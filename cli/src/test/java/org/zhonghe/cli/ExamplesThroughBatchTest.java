package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.rules.Reason;

/**
 * The acceptance cases of issue 13 (examples/paper-*), and the older cases a batch ledger can
 * hold, run through {@code zhonghe batch} as one-entity ledgers: batch gives the verdict, totals,
 * reasons and findings {@code zhonghe check} gives, under the claimed concept and, with
 * {@code --concept}, under every concept of the matrix.
 */
class ExamplesThroughBatchTest {
    private static final List<String> CASES = List.of(
            "paper-s3.2-note1-purchased-power-net-zero", "paper-s4.2-city-territory-net-zero",
            "paper-s6-event-all-scope3-nothing-in-reach", "paper-table3-globe-admits-no-credit",
            "paper-s4.2.1-enterprise-below-level1", "paper-s4.4.3-sinks-bought-as-credits",
            "paper-s4.4.2-daccs-lifecycle-undeclared", "paper-s1-precursors-reported", "paper-s4.4.3-durability-reading",
            "holding-empty-ledger", "county-forest-stock", "global-budget-natural-sinks",
            "marathon-conflicting-serials");
    @TempDir Path dir;

    @Test
    void batch_gives_the_verdicts_of_check_on_the_acceptance_cases_under_every_concept() throws IOException {
        for (String name : CASES) {
            Path assessment = Path.of("..", "examples", name, "assessment.yaml");
            ReadResult read = new AssessmentReader().read(assessment, StandardCharsets.UTF_8);
            assertThat(read).as(name).isInstanceOf(ReadResult.Read.class);
            Path ledger = ledger(name, ((ReadResult.Read) read).value());
            JsonNode check = Run.of("check", assessment.toString(), "--format", "json").json();
            String[] row = only(Run.of("batch", ledger.toString()));
            assertThat(row[2]).as("%s verdict", name).isEqualTo(check.path("verdict").asText());
            assertThat(List.of(row[3], row[4], row[5], row[6])).as("%s totals", name).containsExactly(
                    check.path("totals").path("emissions").asText(), check.path("totals").path("removals").asText(),
                    check.path("totals").path("credits").asText(), check.path("totals").path("net").asText());
            assertThat(row[7]).as("%s reasons", name).isEqualTo(notCounted(check));
            assertThat(row[8]).as("%s findings", name).isEqualTo(findings(check));
            for (Concept c : Concept.values()) {
                String[] under = only(Run.of("batch", ledger.toString(), "--concept", c.id()));
                assertThat(under[2]).as("%s under %s", name, c.id()).isEqualTo(check.path("concepts").path(c.id()).asText());
            }
        }
    }

    private static String[] only(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = run.out().lines().skip(1).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0).split(",", -1);
    }

    /** The assessment as a batch ledger of one entity (the fields of docs/batch.md). */
    private Path ledger(String name, Assessment a) throws IOException {
        assertThat(a.reductions().isEmpty() && a.history().isEmpty() && a.otherEffects().items().isEmpty()
                && !a.otherEffects().assessed() && a.baseline() == null && a.plan() == null)
                .as("%s has a section batch does not read", name).isTrue();
        Path d = Files.createDirectories(dir.resolve(name));
        String entity = a.entity().id();
        StringJoiner scopes = new StringJoiner("|");
        for (Scope s : Scope.values()) if (a.boundary().includes(s)) scopes.add(String.valueOf(s.number()));
        Files.writeString(d.resolve("entities.csv"), "entity,type,from,to,scopes,concept,profile,metric\n"
                + String.join(",", entity, a.entity().type().id(), a.period().from().toString(), a.period().to().toString(),
                scopes.length() == 0 ? "none" : scopes.toString(), a.claim().concept().id(), a.claim().profile(),
                a.claim().metric().id()) + "\n");
        List<String> rows = new ArrayList<>(List.of("entity,id,gas,amount,unit,scope,biogenic"));
        for (Emission e : a.emissions()) {
            rows.add(cells(entity, e.id(), e.gas(), e.amount().toPlainString(), e.unit().symbol(), e.scope().number(), e.biogenic()));
        }
        Files.write(d.resolve("emissions.csv"), rows);
        rows = new ArrayList<>(List.of("entity,id,kind,amount,unit,managed,basis,durabilityYears,lifecycleEmissions,inBoundary"));
        for (Removal r : a.removals()) {
            rows.add(cells(entity, r.id(), r.kind().id(), r.amount().toPlainString(), r.unit().symbol(), r.managed(),
                    r.basis().name().toLowerCase(Locale.ROOT), r.durabilityYears(),
                    r.lifecycleDeclared() ? r.lifecycleEmissions().toPlainString() : null, r.inBoundary()));
        }
        Files.write(d.resolve("removals.csv"), rows);
        rows = new ArrayList<>(List.of("entity,id,registry,serial,type,kind,durabilityYears,vintage,amount,unit,retired,"
                + "beneficiary,retiredOn,ownBoundary,international,verified,etsCovered,hostCountry"));
        for (Credit c : a.credits()) {
            rows.add(cells(entity, c.id(), c.registry(), c.serial(), c.type().id(), c.kind() == null ? null : c.kind().id(),
                    c.durabilityYears(), c.vintage(), c.amount().toPlainString(), c.unit().symbol(), c.retired(), c.beneficiary(),
                    c.retiredOn(), c.ownBoundary(), c.international(), c.verified(), c.etsCovered(), c.hostCountry()));
        }
        Files.write(d.resolve("credits.csv"), rows);
        return d;
    }

    private static String cells(Object... values) {
        StringJoiner out = new StringJoiner(",");
        for (Object v : values) out.add(v == null ? "" : csv(String.valueOf(v)));
        return out.toString();
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String notCounted(JsonNode check) {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (JsonNode r : check.path("records")) {
            if (r.has("reason")) counts.merge(Reason.valueOf(r.path("reason").asText()), 1, Integer::sum);
        }
        StringJoiner s = new StringJoiner(";");
        counts.forEach((reason, n) -> s.add(reason + "=" + n));
        return s.toString();
    }

    private static String findings(JsonNode check) {
        StringJoiner s = new StringJoiner(";");
        check.path("findings").forEach(f -> s.add(f.path("code").asText()));
        return s.toString();
    }
}
