package org.zhonghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {
    @ParameterizedTest
    @CsvSource({
            "1200.5, OK", "0, OK", "-3.25, OK", "1.85E3, OK", "1e49, OK", "1e-50, OK", "1e50, TOO_MANY_DIGITS",
            "12345678901234567890123456789012345678901234567890, OK",
            "123456789012345678901234567890123456789012345678901, TOO_MANY_DIGITS",
            "1e51, TOO_MANY_DIGITS", "1e-51, TOO_MANY_DIGITS", "1e999999999, TOO_MANY_DIGITS",
            "'12,5', NOT_A_NUMBER", "abc, NOT_A_NUMBER", "'', NOT_A_NUMBER"})
    void an_amount_is_read_within_fifty_digits_either_side_of_the_point(String text, DecimalText.Status expected) {
        assertThat(DecimalText.read(text).status()).isEqualTo(expected);
    }

    @Test
    void the_value_keeps_the_text_as_written() {
        assertThat(DecimalText.read(" 1200.50 ").value()).isEqualByComparingTo("1200.5").hasScaleOf(2);
    }

    @Test
    void millions_of_digits_are_refused_by_their_length_without_being_parsed() {
        String nines = "9".repeat(5_000_000);
        assertThat(DecimalText.read(nines).status()).isEqualTo(DecimalText.Status.TOO_MANY_DIGITS);
        assertThat(DecimalText.read("x".repeat(5_000_000)).status()).isEqualTo(DecimalText.Status.NOT_A_NUMBER);
        assertThat(DecimalText.abbreviate(nines)).isEqualTo("999999999999999999999999…99999999 (5,000,000 characters)");
    }

    @Test
    void a_sum_of_amounts_at_the_limits_stays_within_a_hundred_and_some_digits() {
        BigDecimal big = DecimalText.read("9".repeat(50)).value();
        BigDecimal small = DecimalText.read("0." + "0".repeat(49) + "1").value();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10_000; i++) sum = sum.add(big).add(small);
        assertThat(sum.precision()).isLessThanOrEqualTo(2 * DecimalText.MAX_DIGITS + 5);
    }
}
