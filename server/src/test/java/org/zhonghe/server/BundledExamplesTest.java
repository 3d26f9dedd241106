package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledExamplesTest {
    @Test
    void examples_with_csv_ledgers_are_bundled_and_those_with_a_workbook_are_not() {
        assertThat(Examples.byName()).containsKey("acme-csv-ledger").doesNotContainKey("xlsx-ledger");
        assertThat(Examples.byName().get("acme-csv-ledger").ledgers()).containsKeys("emissions.csv", "credits.csv");
    }
}
