package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Decimals;

/**
 * An exact product being built term by term, with its text: the amount, then each unit ratio
 * and factor. Only multiplications: a BigDecimal product is exact.
 */
final class Product {
    private BigDecimal value;
    private final StringBuilder text = new StringBuilder();
    private final List<String> factorIds = new ArrayList<>();
    private boolean exact = true;

    Product(BigDecimal amount, String unit) {
        value = amount;
        text.append(Decimals.plain(amount)).append(' ').append(unit);
    }

    /** Times the ratio from {@code from} to {@code to}; nothing written when it is 1. */
    Product convert(ActivityUnit from, ActivityUnit to) {
        Ratio r = from.ratioTo(to);
        if (r.isOne()) return this;
        value = value.multiply(r.value());
        exact &= r.exact();
        text.append(" × ").append(r.exact() ? "" : "≈").append(Decimals.plain(r.value())).append(' ')
                .append(to.symbol()).append('/').append(from.symbol());
        return this;
    }

    /** Times a factor of {@code set}. */
    Product times(String set, Factor f) {
        value = value.multiply(f.value());
        String id = set + " " + f.id();
        factorIds.add(id);
        text.append(" × ").append(f.value().toPlainString()).append(' ').append(f.unit()).append(" [").append(id)
                .append(']');
        return this;
    }

    BigDecimal value() {
        return value;
    }

    /** The result, {@code = 3186.3 t CO2}. */
    Derivation result(String gas) {
        String formula = text + " = " + Decimals.plain(value) + " t " + gas;
        return new Derivation(formula, factorIds, exact, null, List.of());
    }

    /** Prefixes the text (a market-based remainder: {@code (1000 MWh − 400 MWh [GEC-1])}). */
    static Product of(BigDecimal amount, String shownAs) {
        Product p = new Product(amount, "");
        p.text.setLength(0);
        p.text.append(shownAs);
        return p;
    }
}
