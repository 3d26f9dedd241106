package org.zhonghe.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Scope;

class LedgerSchemaTest {
    @Test
    void every_section_names_each_field_once_in_the_order_of_the_format() {
        assertThat(LedgerSection.EMISSIONS.names()).containsExactly("id", "gas", "amount", "unit", "scope", "biogenic", "source",
                "derivation");
        assertThat(LedgerSection.CREDITS.required()).containsExactly("id", "registry", "serial", "type", "vintage", "amount", "unit");
        for (LedgerSection s : LedgerSection.values()) assertThat(s.names()).doesNotHaveDuplicates();
        assertThat(LedgerSection.OTHER_EFFECTS.sheet()).isEqualTo("otherEffects");
    }

    @Test
    void an_empty_cell_takes_the_fields_default() {
        assertThat(LedgerSchema.Emissions.SCOPE.absent()).isEqualTo(Scope.ONE);
        assertThat(LedgerSchema.Removals.BASIS.absent()).isEqualTo(Basis.INCREMENT);
        assertThat(LedgerSchema.Removals.LIFECYCLE_EMISSIONS.absent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(LedgerSchema.Removals.IN_BOUNDARY.absent()).isTrue();
        assertThat(LedgerSchema.Credits.RETIRED.absent()).isFalse();
    }

    /** Issue 15: batch strips every cell, so a beneficiary ' acme' must be acme in check too (CheckAndBatchAgreeTest found it). */
    @Test
    void a_text_cell_is_read_without_the_blanks_around_it() {
        assertThat(LedgerSchema.Credits.BENEFICIARY.read(" acme-2024 ").value()).isEqualTo("acme-2024");
        assertThat(LedgerSchema.Credits.SERIAL.read("0123 ").value()).isEqualTo("0123");
        assertThat(LedgerSchema.Emissions.SOURCE.read(" boilers").value()).isEqualTo("boilers");
    }

    @Test
    void a_cell_is_read_by_its_fields_reader() {
        assertThat(LedgerSchema.Emissions.UNIT.read("t").value()).isEqualTo(MassUnit.T);
        assertThat(LedgerSchema.Emissions.UNIT.read("tons").key()).isEqualTo("unit.unknown");
        assertThat(LedgerSchema.Emissions.SCOPE.read("07").args()).containsExactly("7");
        assertThat(LedgerSchema.Emissions.SCOPE.read("1.5").key()).isEqualTo("number.integer");
        assertThat(LedgerSchema.Credits.RETIRED.read("TRUE").value()).isTrue();
        assertThat(LedgerSchema.Credits.HOST_COUNTRY.read("China").key()).isEqualTo("hostCountry.format");
        assertThat(LedgerSchema.OtherEffects.AMOUNT.read("-5").value()).isEqualByComparingTo("-5");
        assertThat(LedgerSchema.Emissions.AMOUNT.read("-5").key()).isEqualTo("number.negative");
    }
}
