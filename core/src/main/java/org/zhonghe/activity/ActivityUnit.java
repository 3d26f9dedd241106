package org.zhonghe.activity;

import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.TERA;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;

/**
 * The units an activity amount or a factor may be written in: mass, volume and energy. Each is a
 * JSR 385 unit (Indriya); conversions take Indriya's exact rational factor and apply it with
 * BigDecimal, so no amount passes through a binary double.
 *
 * <p>{@code Nm³} is a cubic metre of gas at normal conditions (0 °C, 101.325 kPa); Indriya has
 * no unit for the reference conditions, so it is the same volume unit as {@code m³}: an amount in
 * {@code m³} is taken to be at the reference conditions of the factor set's values. {@code tce}
 * (tonne of coal equivalent) is 29.3076 GJ (GB/T 2589-2020, 综合能耗计算通则, 7 000 kcal/kg).
 */
public enum ActivityUnit {
    /** gram. */ G("g", Dimension.MASS, Units.GRAM),
    /** kilogram. */ KG("kg", Dimension.MASS, Units.KILOGRAM),
    /** tonne, 10³ kg. */ T("t", Dimension.MASS, Units.KILOGRAM.multiply(1000)),
    /** gigagram, 10³ t (the mass unit of IPCC 2006 Table 1.2). */ GG("Gg", Dimension.MASS, GIGA(Units.GRAM)),
    /** litre. */ L("L", Dimension.VOLUME, Units.LITRE),
    /** cubic metre. */ M3("m³", Dimension.VOLUME, Units.CUBIC_METRE),
    /** normal cubic metre: a cubic metre at 0 °C and 101.325 kPa. */ NM3("Nm³", Dimension.VOLUME, Units.CUBIC_METRE),
    /** kilowatt hour, 3.6 MJ. */ KWH("kWh", Dimension.ENERGY, KILO(Units.WATT).multiply(Units.HOUR)),
    /** megawatt hour, 3.6 GJ. */ MWH("MWh", Dimension.ENERGY, MEGA(Units.WATT).multiply(Units.HOUR)),
    /** gigajoule. */ GJ("GJ", Dimension.ENERGY, GIGA(Units.JOULE)),
    /** terajoule. */ TJ("TJ", Dimension.ENERGY, TERA(Units.JOULE)),
    /** tonne of coal equivalent, 29.3076 GJ (GB/T 2589-2020). */
    TCE("tce", Dimension.ENERGY, GIGA(Units.JOULE).multiply(new BigDecimal("29.3076")));

    /** What an amount measures. */
    public enum Dimension {
        MASS, VOLUME, ENERGY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Map<String, ActivityUnit> BY_SYMBOL = symbols();

    private final String symbol;
    private final Dimension dimension;
    private final Unit<?> unit;

    ActivityUnit(String symbol, Dimension dimension, Unit<?> unit) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.unit = unit;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The JSR 385 unit. */
    public Unit<?> unit() {
        return unit;
    }

    /**
     * How many {@code target} make one of this unit, as Indriya's exact rational factor: a
     * {@link Ratio} exact when the fraction ends (every pair of these units except to or from
     * {@code tce} and {@code MWh}/{@code kWh} to {@code GJ}/{@code TJ}), else rounded to 34 digits.
     *
     * @throws IllegalArgumentException when the dimensions differ
     */
    public Ratio ratioTo(ActivityUnit target) {
        if (target.dimension != dimension) {
            throw new IllegalArgumentException("cannot convert " + symbol + " to " + target.symbol);
        }
        return ratio(converter(unit, target.unit).convert(BigDecimal.ONE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UnitConverter converter(Unit from, Unit to) {
        return from.getConverterTo(to);
    }

    private static Ratio ratio(Number n) {
        if (n instanceof BigDecimal d) return new Ratio(d, true);
        if (n instanceof RationalNumber r) return Ratio.of(r.getDividend(), r.getDivisor());
        if (n instanceof BigInteger i) return new Ratio(new BigDecimal(i), true);
        if (n instanceof Integer || n instanceof Long) return new Ratio(BigDecimal.valueOf(n.longValue()), true);
        throw new IllegalStateException("Indriya gave an inexact factor: " + n + " (" + n.getClass() + ")");
    }

    /**
     * The unit written as {@code symbol}: the symbols above, with {@code m3}, {@code Nm3} for
     * {@code m³}, {@code Nm³} and {@code l} for {@code L}.
     */
    public static Optional<ActivityUnit> fromSymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }

    /** The symbols, for messages that list what is expected. */
    public static String symbolList() {
        return Arrays.stream(values()).map(ActivityUnit::symbol).collect(Collectors.joining("|"));
    }

    private static Map<String, ActivityUnit> symbols() {
        Map<String, ActivityUnit> m = new java.util.HashMap<>(
                Arrays.stream(values()).collect(Collectors.toMap(ActivityUnit::symbol, Function.identity())));
        m.put("m3", M3);
        m.put("Nm3", NM3);
        m.put("l", L);
        return Map.copyOf(m);
    }
}
