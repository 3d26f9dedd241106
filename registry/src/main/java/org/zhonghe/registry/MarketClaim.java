package org.zhonghe.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.zhonghe.Concept;

/**
 * A retirement whose beneficiary or notes state a neutrality or net-zero claim, with the
 * concept the words name and what the retired credits can rest.
 *
 * @param record    the retirement
 * @param claimant  for whom (see {@link Names#claimant})
 * @param words     the claim's words as written
 * @param concept   the rules.md §1 concept they name
 * @param reading   the concept is Zhonghe's reading of the words, not their letter
 * @param subject   product, event or organisation (Zhonghe's reading of the words)
 * @param verdicts  the concept matrix of these credits: one verdict per concept of rules.md §1
 * @param eu        Directive (EU) 2024/825 for such a claim from 2026-09-27
 */
public record MarketClaim(RegistryRecord record, String claimant, String words, Concept concept, boolean reading,
                          ClaimSubject subject, List<ConceptVerdict> verdicts, EuVerdict eu) {
    public MarketClaim {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(concept, "concept");
        verdicts = List.copyOf(verdicts);
    }

    /** The verdict under the concept claimed. */
    public ConceptVerdict claimedVerdict() {
        return verdicts.stream().filter(ConceptVerdict::claimed).findFirst().orElseThrow();
    }

    static List<ConceptVerdict> matrix(Concept claimed) {
        return Arrays.stream(Concept.values()).map(c -> new ConceptVerdict(c, c.creditsAdmitted(), c == claimed)).toList();
    }
}
