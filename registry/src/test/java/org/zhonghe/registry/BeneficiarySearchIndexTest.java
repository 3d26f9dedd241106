package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The search index's promise (a store's {@code registry_name_tokens}): every record made for a
 * name holds the name's index key among its tokens, so the records holding the key, filtered by
 * {@link BeneficiarySearch#isFor}, are the records found by reading them all — on every record
 * of the samples and the names a reader would type for it.
 */
class BeneficiarySearchIndexTest {
    private static final List<RegistryRecord> ALL = Samples.data().records();

    /** What a reader would type for {@code r}: its beneficiary and claimant, every run of their words, runs of Chinese characters. */
    private static Set<String> namesFor(RegistryRecord r) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : new String[] {r.beneficiary(), Names.claimant(r)}) {
            if (text == null) continue;
            out.add(text);
            String[] w = Names.normalize(text).split(" ");
            for (int i = 0; i < w.length; i++) {
                for (int j = i + 1; j <= Math.min(w.length, i + 3); j++) out.add(String.join(" ", List.of(w).subList(i, j)));
                int[] cps = w[i].codePoints().toArray();
                for (int k = 0; k + 3 <= cps.length; k += 2) out.add(new String(cps, k, 3));
            }
        }
        return out;
    }

    @Test
    void every_record_made_for_a_name_holds_the_names_key() {
        int checked = 0;
        for (RegistryRecord r : ALL) {
            Set<String> tokens = BeneficiarySearch.tokens(r);
            for (String name : namesFor(r)) {
                if (!BeneficiarySearch.isFor(r, name)) continue;
                List<String> keys = BeneficiarySearch.indexKeys(name);
                assertThat(keys).as("%s for '%s'", r.source(), name).isNotEmpty();
                assertThat(tokens).as("%s for '%s'", r.source(), name).containsAll(keys);
                checked++;
            }
        }
        assertThat(checked).as("names checked").isGreaterThan(1000);
    }

    @Test
    void the_index_finds_what_reading_every_record_finds() {
        Map<String, List<RegistryRecord>> byToken = new java.util.HashMap<>();
        for (RegistryRecord r : ALL) for (String t : BeneficiarySearch.tokens(r)) byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
        List<String> names = new ArrayList<>(List.of("Salesforce", "江苏亨通高压海缆", "江苏亨通高压海缆有限公司", "Maple Leaf Foods Inc.",
                "Hengtong Submarine Power Cable Co., Ltd.", "AWS", "Chanel", "Sales", "Inc."));
        ALL.stream().map(Names::claimant).filter(java.util.Objects::nonNull).distinct().limit(80).forEach(names::add);
        for (String name : names) {
            List<RegistryRecord> read = BeneficiarySearch.in(ALL, name);
            for (String k : BeneficiarySearch.indexKeys(name)) {
                assertThat(BeneficiarySearch.in(byToken.getOrDefault(k, List.of()), name)).as(name + " by " + k)
                        .containsExactlyElementsOf(read);
            }
        }
        assertThat(BeneficiarySearch.in(ALL, "Salesforce")).isNotEmpty();
        assertThat(BeneficiarySearch.in(ALL, "江苏亨通高压海缆")).isNotEmpty();
    }

    @Test
    void issuances_are_not_indexed_and_long_words_are_cut_alike() {
        assertThat(ALL.stream().filter(r -> r.status() == CreditStatus.ISSUED)).allSatisfy(r ->
                assertThat(BeneficiarySearch.tokens(r)).isEmpty());
        String longWord = "x".repeat(300);
        assertThat(BeneficiarySearch.indexKeys(longWord)).containsExactly("x".repeat(BeneficiarySearch.TOKEN_LENGTH));
        assertThat(BeneficiarySearch.indexKeys("亨 a 通")).as("Chinese characters, none in a row: the records are read").isEmpty();
        assertThat(BeneficiarySearch.indexKeys("Hengtong Submarine Power Cable Co., Ltd.")).containsExactly("hengtong", "submarine", "power", "cable");
        assertThat(BeneficiarySearch.indexKeys("江苏亨通")).containsExactly("江苏", "苏亨", "亨通");
    }
}
