package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SerialTest {
    @Test
    void verraSerialsCarryFirstAndLastUnitAfterTheBatch() {
        Serial s = Serial.parse(Registry.VERRA, "19381-941412555-941441125-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0");
        assertThat(s.range()).isEqualTo(new UnitRange(941412555L, 941441125L));
        assertThat(s.blockKey()).isEqualTo("VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0");
    }

    @Test
    void goldStandardSerialsEndWithFirstAndLastUnit() {
        Serial s = Serial.parse(Registry.GOLD_STANDARD, "GS1-1-KE-GS11603-16-2025-30256-110-5463");
        assertThat(s.range()).isEqualTo(new UnitRange(110, 5463));
        assertThat(s.range().size()).isEqualTo(5354);
        assertThat(s.blockKey()).isEqualTo("GS1-1-KE-GS11603-16-2025-30256");
    }

    @Test
    void cdmSerialsListedByGoldStandardWriteBothEnds() {
        Serial s = Serial.parse(Registry.GOLD_STANDARD, "RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014");
        assertThat(s.range()).isEqualTo(new UnitRange(1463953, 1467609));
        assertThat(s.range().size()).isEqualTo(3657);
    }

    @Test
    void apxSerialsOfAcrCarAndArtEndWithARange() {
        Serial acr = Serial.parse(Registry.ACR, "ACR-FR-1129-2025-2917-30932 to 35143");
        assertThat(acr.blockKey()).isEqualTo("ACR-FR-1129-2025-2917");
        assertThat(acr.range()).isEqualTo(new UnitRange(30932, 35143));
        Serial car = Serial.parse(Registry.CAR, "CAR-1-US-1335-31-983-KS-2025-9659-1 to 7275");
        assertThat(car.blockKey()).isEqualTo("CAR-1-US-1335-31-983-KS-2025-9659");
        Serial art = Serial.parse(Registry.ART, "FCPF-CI-130-2023-20-1 to 46404");
        assertThat(art.range().size()).isEqualTo(46404);
    }

    @Test
    void cercarbonoCreditsWriteTheUnitsAfterTheBlockSerial() {
        Serial s = Serial.parse(Registry.CERCARBONO, "CDC_1_1_1_321_14_1_2009 4426 to 4971");
        assertThat(s.blockKey()).isEqualTo("CDC_1_1_1_321_14_1_2009");
        assertThat(s.range()).isEqualTo(new UnitRange(4426, 4971));
        assertThat(Serial.parse(Registry.CERCARBONO, "CDC_1_1_1_321_14_1_2009:4426-4971").range())
                .isEqualTo(new UnitRange(4426, 4971));
        assertThat(Serial.parse(Registry.CERCARBONO, "CDC_1_1_1_321_14_1_2009").range()).isNull();
    }

    @Test
    void isometricIdsHaveNoUnits() {
        Serial s = Serial.parse(Registry.ISOMETRIC, "ret_1KNSQMD6Z1S0TB50");
        assertThat(s.range()).isNull();
        assertThat(s.blockKey()).isEqualTo("ret_1KNSQMD6Z1S0TB50");
    }

    @Test
    void aSerialWithoutUnitsWhereTheGrammarNeedsThemSaysWhatWasExpected() {
        assertThatThrownBy(() -> Serial.parse(Registry.VERRA, "VCS-123"))
                .hasMessageContaining("BATCH-FIRST-LAST-VCS");
        assertThatThrownBy(() -> Serial.parse(Registry.ACR, "ACR-US-1-2020-9-50 to 10"))
                .hasMessageContaining("last unit 10 before first unit 50");
    }
}
