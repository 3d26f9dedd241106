package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Decimals;

/**
 * An exact product being built term by term, with its text: the amount, then each unit ratio
 * and factor. Multiplications, and one division at the end by the divisors of the unit ratios
 * whose fraction has no finite decimal (GJ to MWh is 5/18): the result is exact whenever the
 * quotient ends (4320 GJ ÷ 3.6 GJ/MWh × 0.25 t CO2/MWh = 300 t CO2), else rounded to
 * {@link Decimals#DIVISION} and marked {@code ≈}.
 */
final class Product {
    private BigDecimal value;
    /** The product of the divisors still to divide by (1: none). */
    private BigDecimal divisor = BigDecimal.ONE;
    private final StringBuilder text = new StringBuilder();
    private final List<String> factorIds = new ArrayList<>();

    Product(BigDecimal amount, String unit) {
        value = amount;
        text.append(Decimals.plain(amount)).append(' ').append(unit);
    }

    /** Times the ratio from {@code from} to {@code to}; nothing written when it is 1. */
    Product convert(ActivityUnit from, ActivityUnit to) {
        Ratio r = from.ratioTo(to);
        if (r.isOne()) return this;
        if (r.exact()) {
            value = value.multiply(r.value());
            text.append(" × ").append(Decimals.plain(r.value())).append(' ').append(to.symbol()).append('/')
                    .append(from.symbol());
            return this;
        }
        value = value.multiply(r.dividend());
        divisor = divisor.multiply(r.divisor());
        BigDecimal inverse = terminating(r.divisor(), r.dividend());
        if (inverse != null) { // ÷ 3.6 GJ/MWh
            text.append(" ÷ ").append(Decimals.plain(inverse)).append(' ').append(from.symbol()).append('/')
                    .append(to.symbol());
        } else { // × 5/18 MWh/GJ
            text.append(" × ").append(Decimals.plain(r.dividend())).append('/').append(Decimals.plain(r.divisor()))
                    .append(' ').append(to.symbol()).append('/').append(from.symbol());
        }
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

    /** The product: exact when its one division ends, else rounded to {@link Decimals#DIVISION}. */
    BigDecimal value() {
        if (divisor.compareTo(BigDecimal.ONE) == 0) return value;
        BigDecimal q = terminating(value, divisor);
        return q != null ? q : Decimals.divide(value, divisor);
    }

    private boolean exact() {
        return divisor.compareTo(BigDecimal.ONE) == 0 || terminating(value, divisor) != null;
    }

    /** {@code p / q} when it ends in decimal digits, else null. */
    private static BigDecimal terminating(BigDecimal p, BigDecimal q) {
        try {
            return Decimals.normalize(p.divide(q));
        } catch (ArithmeticException nonTerminating) {
            return null;
        }
    }

    /** The result, {@code = 3186.3 t CO2} ({@code = ≈69.44… t CO2} when rounded). */
    Derivation result(String gas) {
        boolean e = exact();
        String formula = text + " = " + (e ? "" : "≈") + Decimals.plain(value()) + " t " + gas;
        return new Derivation(formula, factorIds, e, null, List.of());
    }

    /** Prefixes the text (a market-based remainder: {@code (1000 MWh − 400 MWh [GEC-1])}). */
    static Product of(BigDecimal amount, String shownAs) {
        Product p = new Product(amount, "");
        p.text.setLength(0);
        p.text.append(shownAs);
        return p;
    }
}
