package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhonghe.registry.BeneficiarySearch;
import org.zhonghe.registry.RegistryRecord;

/**
 * Issue 16: {@code registry search --beneficiary} and {@code /registry/search} from the store look
 * the name up in its index ({@code registry_name_tokens}) and find exactly what reading every
 * record finds, in the same order — on the samples, in English and Chinese.
 */
abstract class RegistrySearchContract extends StoreFixture {
    static final List<String> NAMES = List.of("Salesforce", "salesforce, inc.", "江苏亨通高压海缆", "江苏亨通高压海缆有限公司",
            "Hengtong Submarine Power Cable Co., Ltd.", "Maple Leaf Foods", "Chanel", "AWS", "Amazon Web Services", "Sales",
            "亨 a 通", "Inc.", "nobody at all");

    @BeforeEach
    void importTheSamples() {
        store.registry().importFrom(samples(), n -> { });
    }

    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/registries"))) return p.resolve("examples/registries");
        }
        throw new IllegalStateException("examples/registries not found");
    }

    private void sameAsReadingEveryRecord() {
        List<RegistryRecord> all = store.registry().stored().records();
        for (String name : NAMES) {
            assertThat(store.registry().stored().search(name)).as(name).containsExactlyElementsOf(BeneficiarySearch.in(all, name));
        }
        assertThat(store.registry().stored().search("Salesforce")).hasSizeGreaterThan(1);
        assertThat(store.registry().stored().search("江苏亨通高压海缆")).isNotEmpty();
    }

    @Test
    void the_index_finds_what_reading_every_record_finds_in_the_same_order() throws Exception {
        sameAsReadingEveryRecord();
        long tokens = count("SELECT COUNT(*) FROM registry_name_tokens");
        assertThat(tokens).isPositive();
        store.registry().importFrom(samples(), n -> { });
        assertThat(count("SELECT COUNT(*) FROM registry_name_tokens")).as("importing again changes nothing").isEqualTo(tokens);
    }

    @Test
    void the_look_up_is_an_index_seek_not_a_scan() throws Exception {
        String sql = "EXPLAIN SELECT DISTINCT registry, seq FROM registry_name_tokens WHERE token = 'salesforce'";
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection(store.url()); Statement s = c.createStatement()) {
            if (isPostgres()) s.execute("SET enable_seqscan = off");
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) plan.append(rs.getString(1)).append('\n');
            }
        }
        assertThat(plan.toString().toLowerCase()).contains("registry_name_tokens_token");
    }

    @Test
    void records_imported_before_the_index_are_indexed_by_the_migration() throws Exception {
        execute("DELETE FROM registry_name_tokens");
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('13', '14', '15')"); // a store before 13 lacks 14 and 15 too
        store.close();
        store = Store.open(store.url());
        assertThat(count("SELECT COUNT(*) FROM registry_name_tokens")).isPositive();
        sameAsReadingEveryRecord();
    }
}
