package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSection;

/** The columns of batch's ledger files are core's field table, with {@code entity} first. */
class HeaderTest {
    @Test
    void a_ledger_files_columns_are_the_sections_fields_of_the_schema() {
        assertThat(CreditRows.FIELDS).first().isEqualTo("entity");
        assertThat(CreditRows.FIELDS.subList(1, CreditRows.FIELDS.size())).isEqualTo(LedgerSection.CREDITS.names());
        assertThat(RemovalRows.FIELDS.subList(1, RemovalRows.FIELDS.size())).isEqualTo(LedgerSection.REMOVALS.names());
        assertThat(CreditRows.REQUIRED).containsExactlyInAnyOrder("entity", "registry", "serial", "type", "vintage", "amount", "unit");
        assertThat(EmissionRows.REQUIRED).containsExactlyInAnyOrder("entity", "gas", "amount", "unit");
    }

    @Test
    void a_column_batch_does_not_read_is_an_unknown_field_never_dropped() {
        List<Problem> errors = new ArrayList<>();
        Header h = Header.parse("entity,id,gas,amount,unit,derivation", "emissions.csv", EmissionRows.FIELDS, EmissionRows.REQUIRED,
                errors);

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("field.unknown");
            assertThat(p.value()).isEqualTo("derivation");
        });
        assertThat(h.column("amount")).isEqualTo(3);
    }
}
