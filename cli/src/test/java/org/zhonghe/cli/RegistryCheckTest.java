package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhonghe check FILE --registry-data DIR}: each new code out of a real row of the
 * samples in examples/registries, named beside the credit that produces it.
 */
class RegistryCheckTest {
    private static final String DATA = samples().toString();
    @TempDir Path tmp;

    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/registries"))) return p.resolve("examples/registries");
        }
        throw new IllegalStateException("examples/registries not found");
    }

    /** Maple Leaf Foods (CAR account holder, "Maintain 2026 Carbon Neutrality") and its credits. */
    private JsonNode check(String credits, String aliases) throws IOException {
        Path file = tmp.resolve("assessment.yaml");
        Files.writeString(file, """
                version: 1
                entity: {id: mlf, name: Canada Packers, type: organization%s}
                period: {from: 2025-01-01, to: 2025-12-31}
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: e1, gas: CO2, amount: 100000, unit: t, scope: 1}
                  - {id: e2, gas: CO2, amount: 10, unit: t, scope: 2}
                credits:
                """.formatted(aliases) + credits);
        return Run.of("check", file.toString(), "--registry-data", DATA, "--format", "json").json();
    }

    private static JsonNode record(JsonNode result, String id) {
        for (JsonNode r : result.path("records")) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no record " + id);
    }

    private static List<String> finding(JsonNode result, String code) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            if (f.path("code").asText().equals(code)) f.path("records").forEach(i -> ids.add(i.asText()));
        }
        return ids;
    }

    @Test
    void theRegistrysFactsDecide() throws IOException {
        JsonNode r = check("""
                  # climate-action-reserve/retirements.csv:3, CAR1335 nitric acid N2O, retired by Maple Leaf Foods: a sub-range
                  - {id: ok, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000, type: reduction, vintage: 2025, amount: 1000, unit: t}
                  # the same block, units it does not hold
                  - {id: unknown, registry: car, serial: CAR-1-US-1335-31-983-KS-2025-9659-90000 to 90010, type: reduction, vintage: 2025, amount: 11, unit: t}
                  # gold-standard/issuances.csv:2, BioLite cookstoves: issued, never retired
                  - {id: held, registry: Gold Standard, serial: GS1-1-UG-GS11236-16-2024-30307-1-100, type: reduction, vintage: 2024, amount: 100, unit: t}
                  # american-carbon-registry/retirements.csv:2, ODS destruction retired on behalf of AWS
                  - {id: aws, registry: ACR, serial: ACR-FR-1129-2025-2917-30932 to 35143, type: reduction, vintage: 2025, amount: 4212, unit: t, retired: true, beneficiary: mlf}
                  # climate-action-reserve/retirements.csv:3 again: 1000 units named, 1500 t claimed
                  - {id: more, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1001 to 2000, type: reduction, vintage: 2025, amount: 1500, unit: t}
                  # climate-action-reserve/retirements.csv:3: units 500–600 already claimed by credit ok
                  - {id: twice, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-500 to 600, type: reduction, vintage: 2025, amount: 101, unit: t}
                  # climate-action-reserve/retirements.csv:7, CAR1335 (Reduction per CAR), declared a removal of vintage 2024
                  - {id: wrongtype, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-7276 to 8000, type: removal, vintage: 2024, amount: 725, unit: t}
                  # a registry without data loaded
                  - {id: ccer, registry: CCER, serial: CCER-123, type: reduction, vintage: 2025, amount: 5, unit: t, retired: true, beneficiary: mlf}
                """, ", aliases: [Maple Leaf Foods Inc.]");
        assertThat(record(r, "ok").path("status").asText()).isEqualTo("COUNTED");
        assertThat(record(r, "unknown").path("reason").asText()).isEqualTo("NOT_IN_REGISTRY");
        assertThat(record(r, "held").path("reason").asText()).isEqualTo("REGISTRY_NOT_RETIRED");
        assertThat(record(r, "aws").path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
        JsonNode more = record(r, "more");
        assertThat(more.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(more.path("reason").asText()).isEqualTo("REGISTRY_QUANTITY_EXCEEDED");
        assertThat(more.path("counted").asText()).isEqualTo("1000");
        assertThat(record(r, "twice").path("reason").asText()).isEqualTo("SERIAL_OVERLAP");
        assertThat(record(r, "wrongtype").path("status").asText()).isEqualTo("COUNTED");
        assertThat(finding(r, "CREDIT_TYPE_MISDECLARED")).containsExactly("wrongtype");
        assertThat(finding(r, "VINTAGE_MISMATCH")).containsExactly("wrongtype");
        assertThat(finding(r, "REGISTRY_UNCHECKED")).containsExactly("ccer");
        assertThat(record(r, "ccer").path("status").asText()).isEqualTo("COUNTED");
    }

    @Test
    void withoutTheAliasTheBeneficiaryIsSomeoneElse() throws IOException {
        JsonNode r = check("""
                  # climate-action-reserve/retirements.csv:3: retired by Maple Leaf Foods, the entity is named Canada Packers
                  - {id: ok, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000, type: reduction, vintage: 2025, amount: 1000, unit: t}
                """, "");
        assertThat(record(r, "ok").path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
    }

    @Test
    void aBilingualBeneficiaryMatchesTheChineseName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hengtong.yaml");
        Files.writeString(file, """
                version: 1
                entity: {id: hengtong, name: 江苏亨通高压海缆有限公司, type: organization}
                period: {from: 2025-01-01, to: 2025-12-31}
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: e1, gas: CO2, amount: 2000, unit: t, scope: 1}
                  - {id: e2, gas: CO2, amount: 500, unit: t, scope: 2}
                credits:
                  # verra/transactions.csv:8, Xinfeng manure methane (ACM0010), retired for 江苏亨通… Hengtong … Co., Ltd.
                  - {id: v1, registry: VCS, serial: 19328-940005924-940008531-VCS-VCU-1289-VER-CN-13-3880-01012022-31122022-0, type: reduction, vintage: 2022, amount: 2608, unit: t}
                """);
        Run run = Run.of("check", file.toString(), "--registry-data", DATA, "--format", "json");
        assertThat(record(run.json(), "v1").path("status").asText()).isEqualTo("COUNTED");
        assertThat(run.exit()).isZero();
    }

    /** An assessment of {@code entity} over {@code year} with one credit, checked against the samples. */
    private JsonNode checkOne(Path dir, String entity, int year, String profile, String credit) throws IOException {
        return checkOne(dir, DATA, entity, year, profile, credit);
    }

    private JsonNode checkOne(Path dir, String data, String entity, int year, String profile, String credit) throws IOException {
        Path file = dir.resolve("one.yaml");
        Files.writeString(file, """
                version: 1
                entity: %s
                period: {from: %d-01-01, to: %d-12-31}
                claim: {concept: carbon-neutrality%s}
                plan:
                  reductionTargets: [{year: 2030, reductionPercent: 50, baseYear: 2020}]
                  removalTransition: removal credits only from 2030
                emissions:
                  - {id: e1, gas: CO2, amount: 100, unit: t, scope: 1}
                credits:
                  - %s
                """.formatted(entity, year, year, profile == null ? "" : ", profile: " + profile, credit));
        return Run.of("check", file.toString(), "--registry-data", data, "--format", "json").json();
    }

    @Test
    void aRegistryNamedByAnyOfItsAliasesIsCheckedAgainstItsData(@TempDir Path dir) throws IOException {
        // verra/transactions.csv:102, a block issued and never retired: "Verified Carbon Standard" and a
        // full-width "ＶＣＳ" are Verra (CreditKey's aliases), so the credit is not judged as declared
        for (String name : List.of("Verified Carbon Standard", "ＶＣＳ", "verra registry")) {
            JsonNode r = checkOne(dir, "{id: acme, type: organization}", 2024, null, "{id: c1, registry: \"" + name
                    + "\", serial: 19410-942201922-942202031-VCS-VCU-7890-VER-AR-1-1996-01012024-31122024-0, type: reduction,"
                    + " vintage: 2024, amount: 110, unit: t, retired: true, beneficiary: acme}");
            assertThat(record(r, "c1").path("reason").asText()).as(name).isEqualTo("REGISTRY_NOT_RETIRED");
            assertThat(finding(r, "REGISTRY_UNCHECKED")).as(name).isEmpty();
        }
    }

    @Test
    void theIntermediaryNamedBeforeOnBehalfOfIsNotTheBeneficiary(@TempDir Path dir) throws IOException {
        // art-trees/retirements.csv:2, "Emergent … retiring on behalf of Chanel": retired for Chanel
        String credit = "{id: c1, registry: ART, serial: FCPF-CI-130-2023-20-1 to 110, type: reduction, vintage: 2023,"
                + " amount: 100, unit: t}";
        assertThat(record(checkOne(dir, "{id: emergent, name: Emergent, type: organization}", 2023, null, credit), "c1")
                .path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
        assertThat(record(checkOne(dir, "{id: chanel, name: Chanel, type: organization}", 2023, null, credit), "c1")
                .path("status").asText()).isEqualTo("COUNTED");
    }

    @Test
    void aRetirementOnBehalfOfAThirdPartyCountsForTheBeneficiaryItNamesNeverForTheAccountHolder(@TempDir Path dir)
            throws IOException {
        // climate-action-reserve/retirements.csv:19: ClimeCo LLC | On Behalf of Third Party | "Allegheny College for 2025 emissions"
        String allegheny = "{id: c1, registry: CAR, serial: CAR-1-US-1480-46-1156-FL-2025-9005-626712 to 634711,"
                + " type: reduction, vintage: 2025, amount: 100, unit: t}";
        JsonNode broker = record(checkOne(dir, "{id: climeco, name: ClimeCo LLC, type: organization}", 2025, null, allegheny), "c1");
        assertThat(broker.path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
        assertThat(record(checkOne(dir, "{id: ac, name: Allegheny College, type: organization}", 2025, null, allegheny), "c1")
                .path("status").asText()).isEqualTo("COUNTED");
        // :12 ClimateSeed | On Behalf of Third Party | (no details): the registry names no beneficiary
        String climateSeed = "{id: c1, registry: CAR, serial: CAR-1-MX-1428-42-993-YC-2025-10041-1 to 100, type: reduction,"
                + " vintage: 2025, amount: 100, unit: t}";
        JsonNode seed = record(checkOne(dir, "{id: cs, name: ClimateSeed, type: organization}", 2025, null, climateSeed), "c1");
        assertThat(seed.path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
        assertThat(seed.path("explanation").asText()).contains("retired by ClimateSeed on behalf of a third party",
                "climate-action-reserve/retirements.csv:12").doesNotContain("someone else");
        // :50 LSB Industries, Inc. | On Behalf of Third Party | "Anonymously"
        String lsb = "{id: c1, registry: CAR, serial: CAR-1-US-639-30-449-TX-2024-8645-1 to 100, type: reduction,"
                + " vintage: 2024, amount: 100, unit: t}";
        assertThat(record(checkOne(dir, "{id: lsb, name: LSB Industries, type: organization}", 2025, null, lsb), "c1")
                .path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
        // verra/transactions.csv:2: a date, and no beneficiary, reason or details (audit D2)
        String verra = "{id: c1, registry: VCS, serial: 19385-941467007-941467431-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,"
                + " type: reduction, vintage: 2020, amount: 100, unit: t}";
        JsonNode nobody = record(checkOne(dir, "{id: x, name: Acme, type: organization}", 2025, null, verra), "c1");
        assertThat(nobody.path("explanation").asText()).contains("names nobody", "verra/transactions.csv:2");
    }

    @Test
    void aRetirementForACompanysCustomersDoesNotCountForTheCompany(@TempDir Path dir) throws IOException {
        // climate-action-reserve/retirements.csv:77: ClimeCo LLC | On Behalf of Third Party |
        // "On behalf of Lenovo Clients 1 February 2026 – 28 February 2026, Program Managed by Lenovo"
        String lenovo = "{id: c1, registry: CAR, serial: CAR-1-US-1480-46-1156-FL-2024-8287-981084 to 982961,"
                + " type: reduction, vintage: 2024, amount: 100, unit: t}";
        JsonNode r = record(checkOne(dir, "{id: lnv-2025, name: Lenovo, type: organization}", 2025, null, lenovo), "c1");
        assertThat(r.path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
        assertThat(r.path("explanation").asText()).contains("customers", "Lenovo Clients", "climate-action-reserve/retirements.csv:77");
        // american-carbon-registry/retirements.csv:7: Retired on Behalf of "Tradewater’s Individual Retail Customers"
        String tradewater = "{id: c1, registry: ACR, serial: ACR-US-894-2023-2713-233033 to 233075, type: reduction,"
                + " vintage: 2023, amount: 43, unit: t}";
        assertThat(record(checkOne(dir, "{id: tw, name: \"Tradewater, LLC\", type: organization}", 2025, null, tradewater), "c1")
                .path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
    }

    @Test
    void aCreditDeclaredAReductionIsJudgedARemovalWhenItsRegistrySaysSo(@TempDir Path dir) throws IOException {
        // climate-action-reserve/retirements.csv:10, Reduction/Removal = Removal (Forestry - MX), retired on
        // behalf of Bain & Company; declared a reduction: under a profile that admits only removal credits
        // it counts, judged by the registry's class, and the difference is told
        Path file = dir.resolve("bain.yaml");
        Files.writeString(file, """
                version: 1
                entity: {id: bain, name: Bain & Company, type: organization}
                period: {from: 2025-01-01, to: 2025-12-31}
                boundary: {scopes: [1, 2, 3]}
                claim: {concept: net-zero-ghg, profile: sbti-net-zero}
                baseline: {year: 2019, emissions: 100000}
                emissions:
                  - {id: e1, gas: CO2, amount: 100, unit: t, scope: 1}
                credits:
                  - {id: c1, registry: CAR, serial: CAR-1-MX-1568-42-1130-QR-2025-9680-1 to 110, type: reduction, vintage: 2025, amount: 100, unit: t}
                """);
        JsonNode r = Run.of("check", file.toString(), "--registry-data", DATA, "--format", "json", "--lang", "en").json();
        assertThat(record(r, "c1").path("status").asText()).isEqualTo("COUNTED");
        assertThat(finding(r, "CREDIT_TYPE_MISDECLARED")).containsExactly("c1");
        for (JsonNode f : r.path("findings")) {
            if (f.path("code").asText().equals("CREDIT_TYPE_MISDECLARED")) {
                assertThat(f.path("message").asText()).contains("declared a reduction is a removal by its registry");
            }
        }
    }

    @Test
    void theRegistrysDayOfRetirementAndVintageDecide(@TempDir Path dir) throws IOException {
        // climate-action-reserve/retirements.csv:24, retired 02/02/2026 on behalf of Pipedrive: for a 2024
        // claim under ISO 14068-1 that is more than 12 months late, whatever day the assessment declares
        String late = "{id: c1, registry: CAR, serial: CAR-1-US-1513-47-1212-AR-2024-8963-1988 to 2187, type: reduction,"
                + " vintage: 2024, amount: 100, unit: t, verified: true%s}";
        for (String declared : List.of("", ", retiredOn: 2025-03-01")) {
            assertThat(record(checkOne(dir, "{id: pipedrive, name: Pipedrive Inc, type: organization}", 2024, "iso-14068-1",
                    late.formatted(declared)), "c1").path("reason").asText()).as(declared).isEqualTo("RETIRED_TOO_LATE");
        }
        // climate-action-reserve/retirements.csv:3, vintage 2025, declared 2024 for a 2024 claim: the
        // registry's vintage is later than the period (FUTURE_VINTAGE), and the mismatch is told
        JsonNode r = checkOne(dir, "{id: mlf, name: Maple Leaf Foods, type: organization}", 2024, null,
                "{id: c1, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1 to 110, type: reduction, vintage: 2024,"
                        + " amount: 100, unit: t}");
        assertThat(record(r, "c1").path("reason").asText()).isEqualTo("FUTURE_VINTAGE");
        assertThat(finding(r, "VINTAGE_MISMATCH")).containsExactly("c1");
    }

    @Test
    void aSerialSpeltAnotherWayFindsItsBlock(@TempDir Path dir) throws IOException {
        // art-trees/retirements.csv:2 (retired for Chanel), written in lower case with en dashes and
        // full-width digits; isometric/retirements.csv:2 (Workday), its id in upper and in lower case:
        // each finds its record, as the export writes it, and counts (before: NOT_IN_REGISTRY)
        String chanel = "{id: chanel, name: Chanel, type: organization}";
        for (String serial : List.of("fcpf–ci–130–2023–20–１ to 110", "FCPF-CI-130-2023-20-1 TO 110",
                "fcpf-ci-130-2023-20-1 to 110")) {
            JsonNode r = checkOne(dir, chanel, 2023, null, "{id: c1, registry: ART, serial: \"" + serial
                    + "\", type: reduction, vintage: 2023, amount: 100, unit: t}");
            assertThat(record(r, "c1").path("status").asText()).as(serial).isEqualTo("COUNTED");
        }
        JsonNode told = checkOne(dir, chanel, 2023, null, "{id: c1, registry: ART, serial: \"FCPF–CI-130-2023-20-1 to 110\","
                + " type: reduction, vintage: 2023, amount: 100, unit: t}");
        assertThat(finding(told, "SERIAL_CONFUSABLE_CHARACTERS")).containsExactly("c1");
        for (String id : List.of("ret_1KNSQMD6Z1S0TB50", "RET_1KNSQMD6Z1S0TB50", "ret_1knsqmd6z1s0tb50")) {
            JsonNode r = checkOne(dir, "{id: workday, name: Workday, type: organization}", 2026, null,
                    "{id: c1, registry: Isometric, serial: " + id + ", type: removal, vintage: 2026, amount: 100, unit: t}");
            assertThat(record(r, "c1").path("reason").asText()).as(id).isNotEqualTo("NOT_IN_REGISTRY");
            assertThat(record(r, "c1").path("status").asText()).as(id).isEqualTo("COUNTED");
        }
    }

    @Test
    void aContradictoryExportRefusesTheCreditWhateverTheOrderOfItsRows(@TempDir Path dir) throws IOException {
        // art-trees/retirements.csv:2 (retired for Chanel, counted above) also written as cancelled, or as
        // retired for another name, before or after it: the data contradict themselves and the record
        // that refuses decides (docs/registries.md), whichever comes first
        Path art = RegistryCheckTest.samples().resolve("art-trees");
        List<String> retirements = Files.readAllLines(art.resolve("retirements.csv"));
        List<String> cancellations = Files.readAllLines(art.resolve("cancellations.csv"));
        String chanelRow = retirements.get(1);
        String cancelled = "2023,FCPF-CI-130-2023-20-1 to 46404,46404,04/09/2026,,,,ART130,Cote d'Ivoire Tai National Park Area"
                + " Emission Reductions Program,FCPF - Carbon Fund Methodological Framework,Forest Carbon,Version 1.0,,COTE D'IVOIRE,,"
                + "3/9/2026 4:16:10 PM,Emergent Forest Finance Accelerator,Other,cancelled,";
        String forAnother = chanelRow.replace("Emergent retiring on behalf of Chanel", "Emergent retiring on behalf of Hermes");
        String credit = "{id: c1, registry: ART, serial: FCPF-CI-130-2023-20-1 to 110, type: reduction, vintage: 2023,"
                + " amount: 100, unit: t}";
        String chanel = "{id: chanel, name: Chanel, type: organization}";
        for (boolean first : List.of(true, false)) {
            Path data = dir.resolve("data-" + first);
            copy(RegistryCheckTest.samples(), data);
            List<String> c = new ArrayList<>(cancellations);
            c.add(first ? 1 : c.size(), cancelled);
            Files.write(data.resolve("art-trees/cancellations.csv"), c);
            JsonNode both = checkOne(dir, data.toString(), chanel, 2023, null, credit);
            assertThat(record(both, "c1").path("reason").asText())
                    .as("cancelled too, first: " + first).isEqualTo("REGISTRY_NOT_RETIRED");
            // and the user is told the export contradicts itself, with the two rows
            assertThat(finding(both, "REGISTRY_DATA_CONTRADICTORY")).containsExactly("c1");
            assertThat(both.path("findings").findValuesAsText("message").stream()
                    .filter(m -> m.contains("say different things")).findFirst().orElseThrow())
                    .contains("retirements.csv:2").contains("cancellations.csv:" + (first ? 2 : c.size()));

            Path data2 = dir.resolve("data2-" + first);
            copy(RegistryCheckTest.samples(), data2);
            List<String> r = new ArrayList<>(retirements);
            r.add(first ? 1 : r.size(), forAnother);
            Files.write(data2.resolve("art-trees/retirements.csv"), r);
            JsonNode two = checkOne(dir, data2.toString(), chanel, 2023, null, credit);
            assertThat(record(two, "c1").path("reason").asText())
                    .as("retired for another too, first: " + first).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
            assertThat(finding(two, "REGISTRY_DATA_CONTRADICTORY")).containsExactly("c1");
        }
        // the export as published agrees with itself: no such finding
        assertThat(finding(checkOne(dir, RegistryCheckTest.samples().toString(), chanel, 2023, null, credit),
                "REGISTRY_DATA_CONTRADICTORY")).isEmpty();
    }

    @Test
    void aCreditNamingABlockWithoutItsUnitsIsDecidedByTheEntitysRetirementInIt(@TempDir Path dir) throws IOException {
        // climate-action-reserve/retirements.csv:75–83, nine retirements of one block, each on behalf of
        // another name; the sixth, :80, 300 t "On behalf of Elderhostel Inc. DBA Road Scholar". A credit
        // naming the block without units is Elderhostel's retirement, counted up to its 300 t (before, the
        // block's first row decided: a mismatch); the parts retired for others are other units, not a
        // contradiction; for a name with no retirement in the block it is refused
        String credit = "{id: c1, registry: CAR, serial: CAR-1-US-1480-46-1156-FL-2024-8287, type: reduction, vintage: 2024,"
                + " amount: %s, unit: t}";
        String elderhostel = "{id: eh, name: Elderhostel Inc, type: organization}";
        JsonNode r = checkOne(dir, elderhostel, 2025, null, credit.formatted("200"));
        assertThat(record(r, "c1").path("status").asText()).isEqualTo("COUNTED");
        JsonNode more = checkOne(dir, elderhostel, 2025, null, credit.formatted("400"));
        assertThat(record(more, "c1").path("reason").asText()).isEqualTo("REGISTRY_QUANTITY_EXCEEDED");
        assertThat(record(more, "c1").path("counted").asText()).isEqualTo("300");
        JsonNode other = checkOne(dir, "{id: acme, name: Acme, type: organization}", 2025, null, credit.formatted("900"));
        assertThat(record(other, "c1").path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
