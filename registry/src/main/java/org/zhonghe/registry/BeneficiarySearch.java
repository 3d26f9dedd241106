package org.zhonghe.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code registry search --beneficiary NAME} and the API's search: the retirements and
 * cancellations made for a name — its beneficiary or claimant ({@link Names#claimant}) is
 * the name, compared as {@link Names#matches} compares names (case, punctuation, legal forms
 * ignored). Issuances have no beneficiary.
 *
 * <p>A store indexes each record by its {@link #tokens} and looks a name up by one of its
 * {@link #indexKeys} (the rarest): every record {@link #isFor} a name holds all the name's keys
 * among its tokens, so the records holding one key, filtered by {@link #isFor}, are exactly the
 * records found by reading them all.
 */
public final class BeneficiarySearch {
    /** The longest token a store keeps (its column's width); longer words are cut, on both sides alike. */
    public static final int TOKEN_LENGTH = 200;

    private BeneficiarySearch() {}

    /**
     * True when {@code r} was retired or cancelled for {@code name}: the record names a beneficiary
     * ({@link Claimant.Kind#NAMED}) and the name is it, or whole words of its beneficiary column. A
     * retirement on behalf of a third party the registry does not name is for no name, its account
     * holder's included; one for someone's customers, clients or users is not for that someone.
     */
    public static boolean isFor(RegistryRecord r, String name) {
        if (r.status() == CreditStatus.ISSUED) return false;
        Claimant c = Claimant.of(r);
        return c.kind() == Claimant.Kind.NAMED && (Names.matches(c.name(), name) || Names.matches(r.beneficiary(), name));
    }

    /** The records made for {@code name}, in their order. */
    public static List<RegistryRecord> in(Iterable<RegistryRecord> records, String name) {
        List<RegistryRecord> out = new ArrayList<>();
        for (RegistryRecord r : records) if (isFor(r, name)) out.add(r);
        return out;
    }

    /**
     * What a search index holds for {@code r}: the words of its beneficiary and of its claimant,
     * normalised ({@link Names#normalize}), and every pair of consecutive Chinese characters in
     * them (a Chinese name matches inside a longer one); none for an issuance.
     */
    public static Set<String> tokens(RegistryRecord r) {
        Set<String> out = new LinkedHashSet<>();
        if (r.status() == CreditStatus.ISSUED) return out;
        for (String text : new String[] {r.beneficiary(), Names.claimant(r)}) {
            String n = Names.normalize(text);
            for (String w : n.split(" ")) if (!w.isEmpty()) out.add(cut(w));
            out.addAll(hanPairs(n));
        }
        return out;
    }

    /**
     * The tokens every record {@link #isFor} {@code name} holds, any of which a store may seek:
     * the name's words, normalised (its pairs of consecutive Chinese characters when it has
     * Chinese characters, which are compared inside words); empty when there are none — a name
     * with Chinese characters but no two in a row — and the records must be read.
     */
    public static List<String> indexKeys(String name) {
        String n = Names.normalize(name);
        Set<String> out = new LinkedHashSet<>();
        if (n.codePoints().anyMatch(BeneficiarySearch::isHan)) {
            out.addAll(hanPairs(n));
        } else {
            for (String w : n.split(" ")) out.add(cut(w));
        }
        return List.copyOf(out);
    }

    private static List<String> hanPairs(String n) {
        List<String> out = new ArrayList<>();
        int[] cps = n.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (isHan(cps[i]) && isHan(cps[i + 1])) out.add(new String(cps, i, 2));
        }
        return out;
    }

    private static String cut(String word) {
        if (word.length() <= TOKEN_LENGTH) return word;
        int end = Character.isHighSurrogate(word.charAt(TOKEN_LENGTH - 1)) ? TOKEN_LENGTH - 1 : TOKEN_LENGTH;
        return word.substring(0, end);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
