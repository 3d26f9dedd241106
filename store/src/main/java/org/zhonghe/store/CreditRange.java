package org.zhonghe.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.registry.Registry;
import org.zhonghe.registry.RegistryData;
import org.zhonghe.registry.Serial;

/**
 * The units a credit's canonical key names in its registry block (docs/credit-ledger.md §2,
 * issue 16 §4 {@code SERIAL_OVERLAP}): the serial read by its registry's grammar
 * ({@link Serial}: Verra's {@code BATCH-FIRST-LAST-…}, Gold Standard's {@code …-FIRST-LAST},
 * the APX layout's {@code … FIRST to LAST}, Cercarbono's {@code BLOCK FIRST to LAST}). Two credits
 * of one registry overlap when their blocks are the same and their units meet; a credit without
 * unit numbers stands for its whole block, as in one file ({@code RegistryBlock#overlaps}). A
 * serial of a registry without a grammar here (CCER, CDM, Puro …), or one its grammar does not
 * read, is its own block: it conflicts only with the same serial, as before.
 *
 * @param key   the credit's canonical key
 * @param block the block's key within the registry (the canonical serial when it has no units)
 * @param first the first unit; null when the serial has no unit numbers
 * @param last  the last unit; null when the serial has no unit numbers
 */
record CreditRange(CreditKey key, String block, Long first, Long last) {
    /** The canonical key folds case ({@code … 1 TO 1000}); the grammars read {@code to} between unit numbers. */
    private static final Pattern TO = Pattern.compile("(?<=\\d)\\s*TO\\s*(?=\\d)");

    /** The range of {@code key}: its serial read by the grammar of the registry it names. */
    static CreditRange of(CreditKey key) {
        Optional<Registry> registry = Arrays.stream(Registry.values()).filter(r -> r.name().equals(key.registry())).findFirst();
        Optional<Serial> serial = registry.flatMap(r -> RegistryData.tryParse(r, TO.matcher(key.serial()).replaceAll(" to ")));
        if (serial.isEmpty() || serial.get().range() == null) return new CreditRange(key, key.serial(), null, null);
        return new CreditRange(key, serial.get().blockKey(), serial.get().range().first(), serial.get().range().last());
    }

    /**
     * The SQL condition that a row of {@code alias} (with columns {@code registry_key},
     * {@code block_key}, {@code first_unit}, {@code last_unit}) overlaps this range; binds
     * {@link #args()}. Served by the indexes on {@code (registry_key, block_key, first_unit)}.
     */
    static String overlaps(String alias) {
        return alias + ".registry_key = ? AND " + alias + ".block_key = ? AND (" + alias + ".first_unit IS NULL OR CAST(? AS BIGINT)"
                + " IS NULL OR (" + alias + ".first_unit <= ? AND " + alias + ".last_unit >= ?))";
    }

    /** The arguments of {@link #overlaps}, in order. */
    Object[] args() {
        return new Object[] {key.registry(), block, first, last, first};
    }

    /** This range's arguments followed by {@code more}. */
    Object[] args(Object... more) {
        Object[] a = args();
        Object[] out = Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
