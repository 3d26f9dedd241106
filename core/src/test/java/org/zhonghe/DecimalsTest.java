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
        assertThat(Decimals.grouped(new BigDecimal("-999.999"))).isEqualTo("-999.999");
        assertThat(Decimals.grouped(new BigDecimal("-1000"))).isEqualTo("-1,000");
    }

    /** Against the JDK's own grouping of the whole part ({@code %,d}, root locale), for every length of it. */
    @Test
    void grouped_agrees_with_the_grouping_of_the_whole_part_by_the_jdk() {
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal x = new BigDecimal(new java.math.BigInteger(1 + r.nextInt(90), r), r.nextInt(12) - 2);
            if (r.nextBoolean()) x = x.negate();
            String plain = Decimals.plain(x);
            int dot = plain.indexOf('.');
            String whole = String.format(java.util.Locale.ROOT, "%,d", new java.math.BigInteger(dot < 0 ? plain : plain.substring(0, dot)));
            String expected = (plain.startsWith("-") && whole.charAt(0) != '-' ? "-" : "") + whole + (dot < 0 ? "" : plain.substring(dot));
            assertThat(Decimals.grouped(x)).as("%s", x).isEqualTo(expected);
        }
    }
}
