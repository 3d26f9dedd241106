package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentFile;
import org.zhonghe.io.Syntax;
import org.zhonghe.registry.RegistryData;
import org.zhonghe.registry.RegistryLookup;
import org.zhonghe.rules.RegistryFacts;

/**
 * Issue 16: a conflict over one credit in the credit ledger settled by the registry's record of
 * its beneficiary, without an administrator, on a real row of the samples:
 * climate-action-reserve/retirements.csv:3, CAR1335 nitric-acid N2O credits retired by Maple Leaf
 * Foods ("Maintain 2026 Carbon Neutrality"), units 1 to 7275.
 */
abstract class RegistrySettlementContract extends StoreFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERIAL = "CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000";
    private static RegistryFacts facts;
    Principal other;

    @BeforeEach
    void secondTenantAndTheSamples() {
        other = principal(store.accounts().createTenant("other", false, admin));
        if (facts == null) facts = new RegistryLookup(RegistryData.read(samples()));
    }

    private static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/registries"))) return p.resolve("examples/registries");
        }
        throw new IllegalStateException("examples/registries not found");
    }

    /** An organisation claiming carbon neutrality with the CAR credit, declared retired for itself. */
    private long claim(Principal p, String id, String name) {
        return claim(p, id, name, "[]", SERIAL);
    }

    /** As {@link #claim(Principal, String, String)}, with aliases (a YAML list) and units of the block. */
    private long claim(Principal p, String id, String name, String aliases, String serial) {
        return store.assessments().importFile(p, Checking.checked(new AssessmentFile(Syntax.YAML, """
                version: 1
                entity: {id: %s, name: %s, type: organization, aliases: %s}
                period: {from: 2025-01-01, to: 2025-12-31}
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: e1, gas: CO2, amount: 900, unit: t, scope: 1}
                  - {id: e2, gas: CO2, amount: 100, unit: t, scope: 2}
                credits:
                  - {id: c1, registry: CAR, serial: %s, type: reduction, vintage: 2025, amount: 1000, unit: t, retired: true, beneficiary: %s}
                """.formatted(id, name, aliases, serial, id), java.util.Map.of()))).id();
    }

    private static JsonNode credit(Evaluations.Stored e) throws Exception {
        for (JsonNode r : JSON.readTree(e.result()).path("records")) if (r.path("id").asText().equals("c1")) return r;
        throw new AssertionError("no credit c1 in " + e.result());
    }

    @Test
    void the_registrys_beneficiary_keeps_the_credit_and_the_other_claim_gets_the_conflict() throws Exception {
        // another tenant's claim, evaluated before the registry data were there: it holds the credit
        long acme = claim(other, "acme-foods", "Acme Foods");
        Evaluations.Stored before = Checking.evaluate(store, other, acme, Overrides.NONE).stored();
        assertThat(credit(before).path("status").asText()).isEqualTo("COUNTED");

        // Maple Leaf Foods' claim, judged with the registry data: the registry says it was retired for Maple Leaf Foods
        long mlf = claim(admin, "mlf", "Maple Leaf Foods Inc.");
        Evaluations.Stored settled = Checking.evaluate(store, admin, mlf, Overrides.NONE, facts).stored();
        assertThat(credit(settled).path("status").asText()).as(settled.result()).isEqualTo("COUNTED");
        assertThat(settled.result()).doesNotContain("CONFLICTING_CLAIM");
        assertThat(settled.credits()).extracting(Evaluations.Hold::status).containsExactly("awarded");
        assertThat(store.evaluations().get(other, acme, before.id()).credits()).extracting(Evaluations.Hold::status)
                .containsExactly("released:registry");

        // audited, each tenant its own side; the operator's log names the claimants
        AuditLog.Entry theirs = store.audit().list(other, 0, 5).stream()
                .filter(e -> e.action().equals(RegistrySettlement.ACTION)).findFirst().orElseThrow();
        assertThat(theirs.detail()).contains("climate-action-reserve/retirements.csv:3", "Maple Leaf Foods", "not of this claim's entity",
                "assessment " + acme + " released").doesNotContain("assessment " + mlf);
        assertThat(theirs.actor()).isEqualTo("system");
        AuditLog.Entry operators = store.audit().list(admin, 0, 5).stream()
                .filter(e -> e.action().equals(RegistrySettlement.ACTION)).findFirst().orElseThrow();
        assertThat(operators.detail()).contains("awarded to assessment " + mlf, "/" + acme, "/" + mlf);

        // the other claim's next evaluation finds the credit counted elsewhere, and no admin was asked
        Evaluations.Stored after = Checking.evaluate(store, other, acme, Overrides.NONE).stored();
        assertThat(credit(after).path("reason").asText()).isEqualTo("DOUBLE_COUNTED");
        assertThat(store.credits().contests(admin)).isEmpty();
    }

    @Test
    void when_the_registry_names_both_claims_entities_the_conflict_stays_for_the_operator() throws Exception {
        long twin = claim(other, "mlf-canada", "Maple Leaf Foods");
        Checking.evaluate(store, other, twin, Overrides.NONE);
        long mlf = claim(admin, "mlf", "Maple Leaf Foods Inc.");
        Evaluations.Stored second = Checking.evaluate(store, admin, mlf, Overrides.NONE, facts).stored();
        assertThat(second.result()).contains("CONFLICTING_CLAIM");
        assertThat(second.credits()).extracting(Evaluations.Hold::status).containsExactly("contested");
        assertThat(store.credits().contests(admin)).hasSize(1);
        assertThat(store.audit().list(admin, 0, 20)).noneMatch(e -> e.action().equals(RegistrySettlement.ACTION));
    }

    @Test
    void the_registry_settles_overlapping_units_for_the_claim_whose_alias_it_names() throws Exception {
        // Maple Leaf Foods' Canadian arm, known to the registry by its parent's name: an alias of its stored version
        Principal third = principal(store.accounts().createTenant("third", false, admin));
        long mlf = claim(other, "mlf-ca", "MLF Canada", "[Maple Leaf Foods Inc.]", SERIAL);
        Evaluations.Stored held = Checking.evaluate(store, other, mlf, Overrides.NONE).stored();
        // a claim on units 500 to 1500 of the same block, evaluated before the registry data: a conflict for both
        long acme = claim(third, "acme-foods", "Acme Foods", "[]", SERIAL.replace("1 to 1000", "500 to 1500"));
        Evaluations.Stored conflicted = Checking.evaluate(store, third, acme, Overrides.NONE).stored();
        assertThat(conflicted.result()).contains("CONFLICTING_CLAIM");

        // Acme's next evaluation, with the registry data: the record names Maple Leaf Foods, MLF Canada's alias
        Evaluations.Stored after = Checking.evaluate(store, third, acme, Overrides.NONE, facts).stored();
        assertThat(credit(after).path("status").asText()).isNotEqualTo("COUNTED");
        assertThat(store.evaluations().get(third, acme, conflicted.id()).credits()).extracting(Evaluations.Hold::status)
                .containsExactly("released:registry");
        assertThat(store.evaluations().get(other, mlf, held.id()).credits()).extracting(Evaluations.Hold::status)
                .containsExactly("awarded");
        assertThat(store.audit().list(admin, 0, 10)).filteredOn(e -> e.action().equals(RegistrySettlement.ACTION))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("awarded to assessment " + mlf, "Maple Leaf Foods"));
        assertThat(store.credits().contests(admin)).isEmpty();
    }
}
