package org.zhonghe;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Units of mass accepted in a ledger. Conversion to tonnes is exact (a shift of the decimal
 * point), so a ledger in kg and the same ledger in t give identical totals.
 */
public enum MassUnit {
    /** gram, 10⁻⁶ t. */ G("g", -6),
    /** kilogram, 10⁻³ t. */ KG("kg", -3),
    /** tonne (metric ton). */ T("t", 0),
    /** kilotonne, 10³ t. */ KT("kt", 3),
    /** megatonne, 10⁶ t. */ MT("Mt", 6),
    /** gigatonne, 10⁹ t. */ GT("Gt", 9);

    private final String symbol;
    private final int powerOfTen;

    MassUnit(String symbol, int powerOfTen) {
        this.symbol = symbol;
        this.powerOfTen = powerOfTen;
    }

    /** The symbol as written in a ledger ({@code g, kg, t, kt, Mt, Gt}). */
    public String symbol() {
        return symbol;
    }

    /** {@code amount} of this unit, in tonnes, exactly. */
    public BigDecimal toTonnes(BigDecimal amount) {
        return amount.movePointRight(powerOfTen);
    }

    /** The unit written as {@code symbol} (case-sensitive: {@code Mt} is not {@code mt}). */
    public static Optional<MassUnit> fromSymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** Symbol to unit: looked up once per ledger row by the batch engines. */
    private static final java.util.Map<String, MassUnit> BY_SYMBOL =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(u -> u.symbol, u -> u));

    /** The symbols, for messages that list what is expected. */
    public static String symbols() {
        return String.join("|", Arrays.stream(values()).map(MassUnit::symbol).toList());
    }
}
