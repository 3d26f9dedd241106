package org.zhonghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GwpTableTest {
    private final GwpTable gwp = GwpTable.bundled();

    @ParameterizedTest(name = "{0} under {1} weighs {2}")
    @CsvSource({
            "CO2, AR5-GWP100, 1",
            "CH4, AR5-GWP100, 28",
            "CH4, AR4-GWP100, 25",
            "CH4, SAR-GWP100, 21",
            "CH4, AR6-GWP100, 27.9",
            "CH4, AR5-GWP100-CCF, 34",
            "CH4-fossil, AR6-GWP100, 29.8",
            "CH4-non-fossil, AR6-GWP100, 27.0",
            "CH4-fossil, AR5-GWP100, 30",
            "CH4-non-fossil, AR5-GWP100, 28",
            "CH4, AR5-GWP20, 84",
            "CH4-fossil, AR5-GWP20, 85",
            "CH4-non-fossil, AR5-GWP20, 84",
            "CH4-fossil, AR6-GWP20, 81.2",
            "CH4-fossil, AR4-GWP100, 25",
            "CH4, AR4-GWP20, 72",
            "CH4, AR4-GWP500, 7.6",
            "N2O, AR4-GWP100, 298",
            "N2O, AR5-GWP100, 265",
            "HFC143, AR5-GWP100, 328",
            "HFC143a, AR5-GWP100, 4800",
            "HFC-134a, AR5-GWP100, 1300",
            "HFC-134a, AR4-GWP20, 3830",
            "SF6, AR6-GTP100, 30600",
            "NF3, AR5-GWP100, 16100",
            "CFC11, AR5-GWP100, 4660",
    })
    void weights_are_the_published_decimals(String written, String metric, String expected) {
        Gas gas = gwp.resolve(written).orElseThrow();
        BigDecimal factor = gwp.factor(gas, Metric.fromId(metric).orElseThrow()).orElseThrow();
        assertThat(factor.toPlainString()).isEqualTo(expected);
    }

    @Test
    void names_match_whole_and_then_without_hyphens() {
        assertThat(gwp.resolve("HFC143").orElseThrow().id()).isEqualTo("HFC143");
        assertThat(gwp.resolve("HFC-143a").orElseThrow().id()).isEqualTo("HFC143a");
        assertThat(gwp.resolve("CH4-fossil").orElseThrow().id()).isEqualTo("CH4-fossil");
        assertThat(gwp.resolve("ch4")).isEmpty();
        assertThat(gwp.suggest("methane")).contains("CH4"); // issue 19: a gas by its name gets its formula
        assertThat(gwp.suggest("Nitrous oxide")).contains("N2O");
        assertThat(gwp.suggest("甲烷")).contains("CH4");
        assertThat(gwp.suggest("unobtainium")).isEmpty();
        assertThat(gwp.suggest("ch4")).contains("CH4");
        assertThat(gwp.resolve("Unobtainium")).isEmpty();
    }

    @Test
    void a_gas_without_a_value_in_a_metric_has_no_factor_rather_than_zero() {
        assertThat(gwp.factor(gwp.resolve("CFC13").orElseThrow(), Metric.SAR_GWP100)).isEmpty();
        assertThat(gwp.factor(gwp.resolve("CH4").orElseThrow(), Metric.AR5_GWP20)).isPresent();
    }

    @Test
    void gases_fall_into_the_kyoto_basket_the_montreal_protocol_or_neither() {
        assertThat(GasFamily.of("HFC134a")).isEqualTo(GasFamily.HFC);
        assertThat(GasFamily.of("CF4")).isEqualTo(GasFamily.PFC);
        assertThat(GasFamily.of("HCFC22")).isEqualTo(GasFamily.MONTREAL);
        assertThat(GasFamily.of("Halon1211")).isEqualTo(GasFamily.MONTREAL);
        assertThat(GasFamily.of("CCl4")).isEqualTo(GasFamily.MONTREAL);
        assertThat(GasFamily.of("CH3CCl3")).isEqualTo(GasFamily.MONTREAL);
        assertThat(GasFamily.of("HFE7100")).isEqualTo(GasFamily.OTHER);
        assertThat(GasFamily.of("SO2F2")).isEqualTo(GasFamily.OTHER);
        assertThat(GasFamily.of("NF3").isKyoto()).isTrue();
    }

    @Test
    void units_convert_to_tonnes_exactly() {
        assertThat(MassUnit.KG.toTonnes(new BigDecimal("200")).compareTo(new BigDecimal("0.2"))).isZero();
        assertThat(MassUnit.G.toTonnes(new BigDecimal("1")).toPlainString()).isEqualTo("0.000001");
        assertThat(MassUnit.GT.toTonnes(new BigDecimal("34.8")).toPlainString()).isEqualTo("34800000000");
        assertThat(MassUnit.fromSymbol("mt")).isEmpty();
    }
}
