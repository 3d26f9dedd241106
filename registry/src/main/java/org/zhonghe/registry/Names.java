package org.zhonghe.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a retirement was for, and names compared as a person reads them: Unicode NFKC, case,
 * punctuation, spaces and legal forms (Inc., Ltd, LLC, Co., GmbH, S.A., S.A.S., 有限公司 …)
 * do not matter; a name matches a beneficiary that holds it as whole words (so a bilingual
 * "江苏亨通高压海缆有限公司 Hengtong Submarine Power Cable Co., Ltd." matches either name).
 */
public final class Names {
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp", "lp",
            "co", "corp", "corporation", "company", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc",
            "pte", "pty", "ltda", "kg", "oy", "ab", "pbc", "the");
    private static final Pattern CJK_LEGAL = Pattern.compile("(股份)?有限(责任)?公司|集团|公司");

    private Names() {}

    /** The name in its comparable form: words of letters and digits, legal forms dropped, joined by one space. */
    public static String normalize(String name) {
        if (name == null) return "";
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\\p{Cf}]", "");
        n = n.replaceAll("\\b([a-z])\\.(?=[a-z]\\.)", "$1").replaceAll("\\b([a-z])\\.", "$1");
        n = CJK_LEGAL.matcher(n).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String w : n.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !LEGAL_FORMS.contains(w)) words.add(w);
        }
        return String.join(" ", words);
    }

    /** True when {@code name}, normalised, is the beneficiary or whole words of it (3 characters at least). */
    public static boolean matches(String beneficiary, String name) {
        String b = normalize(beneficiary);
        String n = normalize(name);
        if (n.length() < 3 || b.isEmpty()) return false;
        if (b.equals(n)) return true;
        if (n.codePoints().anyMatch(Names::isCjk)) return b.contains(n);
        return (" " + b + " ").contains(" " + n + " ");
    }

    /**
     * The one a retirement claims for, by name ({@link Claimant#of}): null when the record names
     * nobody — no beneficiary, no name in its notes, and an account holder that retired on behalf
     * of a third party or none — or names only someone's customers.
     */
    public static String claimant(RegistryRecord r) {
        return Claimant.of(r).name();
    }

    /** The name after "on behalf of" (or another form {@link Claimant#namedIn} reads), if the text says one. */
    public static java.util.Optional<String> onBehalfOf(String text) {
        return Claimant.namedIn(text);
    }

    private static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
