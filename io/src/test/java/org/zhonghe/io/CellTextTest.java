package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {
    @ParameterizedTest
    @CsvSource({
            "0.1, 0.1",
            "1200.5, 1200.5",
            "2023.0, 2023",
            "100, 100",
            "-5, -5",
            "-0.0, 0",
            "0.30000000000000004, 0.3",
            "1.2E-5, 0.000012",
            "1e3, 1000",
            "123456789012.345, 123456789012.345",
            "12345678901234567, 12345678901234600",
            "1E+999999999, 1E+999999999",
            "not a number, not a number"})
    void a_number_is_its_decimal_text_as_a_spreadsheet_shows_it(String raw, String shown) {
        assertThat(CellText.number(raw)).isEqualTo(shown);
    }
}
