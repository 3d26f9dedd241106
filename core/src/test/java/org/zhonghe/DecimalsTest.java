package org.zhonghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Quantities as every output shows them: plain, exact, thousands separated by commas. */
class DecimalsTest {
    @Test
    void grouped_separates_thousands_of_the_whole_part_only_and_keeps_every_digit() {
        assertThat(Decimals.grouped(new BigDecimal("0"))).isEqualTo("0");
        assertThat(Decimals.grouped(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Decimals.grouped(new BigDecimal("1000"))).isEqualTo("1,000");
        assertThat(Decimals.grouped(new BigDecimal("-300000"))).isEqualTo("-300,000");
        assertThat(Decimals.grouped(new BigDecimal("1200.5000"))).isEqualTo("1,200.5");
        assertThat(Decimals.grouped(new BigDecimal("-1234567.0001234"))).isEqualTo("-1,234,567.0001234");
        assertThat(Decimals.grouped(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(Decimals.grouped(new BigDecimal("1E+7"))).isEqualTo("10,000,000");
    }
}
