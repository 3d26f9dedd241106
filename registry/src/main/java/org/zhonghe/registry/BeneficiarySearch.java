package org.zhonghe.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code registry search --beneficiary NAME} and the API's search: the retirements and
 * cancellations made for a name — its beneficiary or claimant ({@link Names#claimant}) is
 * the name, compared as {@link Names#matches} compares names (case, punctuation, legal forms
 * ignored). Issuances have no beneficiary.
 */
public final class BeneficiarySearch {
    private BeneficiarySearch() {}

    /** True when {@code r} was retired or cancelled for {@code name}. */
    public static boolean isFor(RegistryRecord r, String name) {
        return r.status() != CreditStatus.ISSUED
                && (Names.matches(r.beneficiary(), name) || Names.matches(Names.claimant(r), name));
    }

    /** The records made for {@code name}, in their order. */
    public static List<RegistryRecord> in(Iterable<RegistryRecord> records, String name) {
        List<RegistryRecord> out = new ArrayList<>();
        for (RegistryRecord r : records) if (isFor(r, name)) out.add(r);
        return out;
    }
}
