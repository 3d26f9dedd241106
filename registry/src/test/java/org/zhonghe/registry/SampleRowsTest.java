package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rows of the real samples, read field by field (lines as a text editor shows them). */
class SampleRowsTest {
    @Test
    void verraRowWithGroupedQuantityAndChineseBeneficiary() {
        RegistryRecord r = Samples.at("verra/transactions.csv", 8);
        assertThat(r.projectId()).isEqualTo("3880");
        assertThat(r.tonnes()).isEqualByComparingTo("2608");
        assertThat(r.status()).isEqualTo(CreditStatus.RETIRED);
        assertThat(r.vintage()).isEqualTo(Vintage.of(2022));
        assertThat(r.beneficiary()).startsWith("江苏亨通高压海缆有限公司");
        assertThat(r.notes()).contains("碳中和");
        assertThat(r.serial().range().size()).isEqualTo(2608);
    }

    @Test
    void goldStandardRowAfterAMultiLineNoteStartsOnItsOwnLine() {
        RegistryRecord first = Samples.at("gold-standard/retirements.csv", 2);
        assertThat(first.serial().range()).isEqualTo(new UnitRange(110, 5463));
        assertThat(first.retiredOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(first.beneficiary()).isEqualTo("Hilti Corporation");
        RegistryRecord sport = Samples.at("gold-standard/retirements.csv", 24);
        assertThat(sport.serial().text()).isEqualTo("GS1-1-IN-GS12383-21-2023-30023-362-363");
        assertThat(sport.notes()).contains("net-zero sport events");
    }

    @Test
    void apxRowsReadUsDatesAndRanges() {
        RegistryRecord acr = Samples.at("american-carbon-registry/retirements.csv", 2);
        assertThat(acr.retiredOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(acr.serial().range()).isEqualTo(new UnitRange(30932, 35143));
        assertThat(acr.beneficiary()).isEqualTo("AWS");
        RegistryRecord car = Samples.at("climate-action-reserve/retirements.csv", 3);
        assertThat(car.notes()).contains("Maintain 2026 Carbon Neutrality for Canada Packers");
        assertThat(car.accountHolder()).isEqualTo("Maple Leaf Foods");
        RegistryRecord art = Samples.at("art-trees/retirements.csv", 2);
        assertThat(art.retiredOn()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(art.tonnes()).isEqualByComparingTo("46404");
    }

    @Test
    void isometricStatesCreditsAndKilograms() {
        RegistryRecord r = Samples.at("isometric/retirements.csv", 2);
        assertThat(r.tonnes()).isEqualByComparingTo("531");
        assertThat(r.kilograms()).isEqualByComparingTo("531000");
        assertThat(r.retiredOn()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(r.beneficiary()).isEqualTo("Workday");
        assertThat(r.methodology()).isEqualTo("biomass-geological-storage");
        assertThat(r.classification().creditClass()).isEqualTo(CreditClass.REMOVAL);
    }

    @Test
    void cercarbonoRetirementsHoldFromToUnits() {
        RegistryRecord r = Samples.at("cercarbono/retirements.csv", 2);
        assertThat(r.serial().blockKey()).isEqualTo("CDC_1_1_1_321_14_1_2009");
        assertThat(r.serial().range()).isEqualTo(new UnitRange(4426, 4971));
        assertThat(r.retiredOn()).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(r.beneficiary()).isEqualTo("Reciclene S.A.S");
        assertThat(r.methodology()).contains("AR-ACM0003");
    }

    @Test
    void aCreditOfEveryRegistryIsFoundBySerialAndBySubRange() {
        RegistryData d = Samples.data();
        assertThat(d.find(Serial.parse(Registry.VERRA, "19328-940005924-940005930-VCS-VCU-1289-VER-CN-13-3880-01012022-31122022-0"))).isNotEmpty();
        assertThat(d.find(Serial.parse(Registry.GOLD_STANDARD, "GS1-1-KE-GS11603-16-2025-30256-200-300")))
                .extracting(RegistryRecord::status).contains(CreditStatus.RETIRED);
        assertThat(d.find(Serial.parse(Registry.ACR, "ACR-FR-1129-2025-2917-31000 to 31999"))).hasSize(1);
        assertThat(d.find(Serial.parse(Registry.CAR, "CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000"))).hasSize(1);
        assertThat(d.find(Serial.parse(Registry.ART, "FCPF-CI-130-2023-20-1 to 10"))).hasSize(1);
        assertThat(d.find(Serial.parse(Registry.ISOMETRIC, "ret_1KNSQMD6Z1S0TB50"))).hasSize(1);
        assertThat(d.find(Serial.parse(Registry.CERCARBONO, "CDC_1_1_1_321_14_1_2009 4500 to 4600")))
                .extracting(RegistryRecord::status).containsExactly(CreditStatus.ISSUED, CreditStatus.RETIRED);
        assertThat(d.find(Serial.parse(Registry.ACR, "ACR-FR-1129-2025-2917-1 to 10"))).isEmpty();
    }
}
