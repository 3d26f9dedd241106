package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistryDatesTest {
    @Test
    void everyFormTheExportsUseGivesTheDay() {
        assertThat(RegistryDates.parse("2026-04-03")).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(RegistryDates.parse("4/13/2026 7:17:56 PM")).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(RegistryDates.parse("04/08/2026")).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(RegistryDates.parse("2026-04-09T18:21:22.047712Z")).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(RegistryDates.parse("2026-04-13T12:35:58.842275")).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(RegistryDates.parse("2019-03-07T18:33:46.000Z")).isEqualTo(LocalDate.of(2019, 3, 7));
        assertThat(RegistryDates.parse("2022-02-24 20:20:59")).isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(RegistryDates.parse("2026-04-09T23:30:00-05:00")).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void anImpossibleOrUnknownDateIsRefused() {
        assertThatThrownBy(() -> RegistryDates.parse("2/30/2026")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> RegistryDates.parse("30.04.2026")).hasMessageContaining("expected 2026-04-03");
    }

    @Test
    void quantitiesAreExactWithOrWithoutThousandsSeparators() {
        assertThat(Quantities.parse("1,454,054")).isEqualByComparingTo("1454054");
        assertThat(Quantities.parse("2765.37").toPlainString()).isEqualTo("2765.37");
        assertThatThrownBy(() -> Quantities.parse("1,45")).hasMessageContaining("not a non-negative quantity");
        assertThatThrownBy(() -> Quantities.parse("-5")).hasMessageContaining("not a non-negative quantity");
    }
}
