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
        assertThat(s.blockKey()).isEqualTo("RET_1KNSQMD6Z1S0TB50");
        assertThat(s.text()).isEqualTo("ret_1KNSQMD6Z1S0TB50");
    }

    @Test
    void aSerialSpeltAnotherWayNamesTheSameBlockAndUnits() {
        // the block key is the serial's canonical form (CreditKey): case, dash variants, full-width
        // digits and look-alike letters do not make another block; the text stays as written
        Serial written = Serial.parse(Registry.VERRA, "19381-941412555-941441125-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0");
        for (String other : new String[] {"19381-941412555-941441125-vcs-vcu-1310-ver-cn-13-3005-01012022-31102022-0",
                "19381\u2013941412555\u2013941441125\u2013VCS\u2013VCU\u20131310\u2013VER\u2013CN\u201313\u20133005\u201301012022\u201331102022\u20130",
                "\uff11\uff19\uff13\uff18\uff11-941412555-941441125-V\u0421S-VCU-1310-VER-CN-13-3005-01012022-31102022-0"}) {
            Serial s = Serial.parse(Registry.VERRA, other);
            assertThat(s.blockKey()).as(other).isEqualTo(written.blockKey());
            assertThat(s.range()).as(other).isEqualTo(written.range());
            assertThat(s.text()).isEqualTo(other);
        }
        Serial acr = Serial.parse(Registry.ACR, "acr-fr-1129-2025-2917-30932 TO 35143");
        assertThat(acr.blockKey()).isEqualTo("ACR-FR-1129-2025-2917");
        assertThat(acr.range()).isEqualTo(new UnitRange(30932, 35143));
        assertThat(Serial.parse(Registry.CERCARBONO, "cdc_1_1_1_321_14_1_2009 4426 TO 4971").blockKey())
                .isEqualTo("CDC_1_1_1_321_14_1_2009");
        assertThat(Serial.parse(Registry.GOLD_STANDARD, "gs1-1-ke-gs11603-16-2025-30256-110-5463").blockKey())
                .isEqualTo("GS1-1-KE-GS11603-16-2025-30256");
    }

    @Test
    void aSerialWithoutUnitsWhereTheGrammarNeedsThemSaysWhatWasExpected() {
        assertThatThrownBy(() -> Serial.parse(Registry.VERRA, "VCS-123"))
                .hasMessageContaining("BATCH-FIRST-LAST-VCS");
        assertThatThrownBy(() -> Serial.parse(Registry.ACR, "ACR-US-1-2020-9-50 to 10"))
                .hasMessageContaining("last unit 10 before first unit 50");
    }
}
