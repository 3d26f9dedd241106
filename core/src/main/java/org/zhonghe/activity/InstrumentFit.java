package org.zhonghe.activity;

import java.util.List;
import java.util.Optional;
import org.zhonghe.assessment.Period;

/**
 * Whether a certificate may lower the market-based Scope 2 of an activity: the GHG Protocol
 * Scope 2 Guidance (2015), Table 7.1, Scope 2 Quality Criteria 1, 4 and 5, as Zhonghe reads them.
 * <ul>
 *   <li><b>Energy carrier</b> (criterion 1: an instrument conveys the emission rate attribute of the
 *       unit of electricity produced): every {@link Instrument} is a certificate of electricity (GEC,
 *       I-REC, REC, GO, a PPA's certificates; the model has no certificate of heat), so it may cover
 *       only {@link ActivityKind#ELECTRICITY}, never bought heat, steam or cooling, whose emissions
 *       are those of the boiler or chiller that made them. Checked first, whatever else is written.</li>
 *   <li><b>Vintage</b> (criterion 4: "issued and redeemed as close as possible to the period of
 *       energy consumption to which the instrument is applied"): the energy it certifies was
 *       generated no earlier than {@value #MONTHS_BEFORE} months before the consumption period
 *       starts and no later than {@value #MONTHS_AFTER} months after it ends — the 21-month window
 *       of Green-e's vintage rule around a year of consumption, which RE100 refers to ("reasonably
 *       close to the reporting year"). Zhonghe's reading: the Guidance sets no number. The whole
 *       vintage as written (a year, a month, a day, or days {@code FROM/TO}) must lie in the window:
 *       containment, not overlap, since nothing shows which of its days the certified generation
 *       fell on (a vintage {@code 2012-01-01/2022-01-01}, or the year {@code 2021} for 2022's
 *       consumption, does not fit; audit B, c02).</li>
 *   <li><b>Market</b> (criterion 5: "sourced from the same market in which the reporting entity's
 *       electricity consuming operations are located"): the certificate's market is the grid's
 *       ({@link Markets}).</li>
 * </ul>
 * A certificate that writes neither vintage nor market, or is listed for an activity without a
 * grid (whose market is then unknown), is applied as before, unchecked, for the test it lacks
 * ({@link #unchecked}; docs/activity-data.md says so).
 */
public final class InstrumentFit {
    /** Months before the consumption period in which the certified generation may lie (Green-e; Zhonghe's reading). */
    public static final int MONTHS_BEFORE = 6;
    /** Months after the consumption period in which the certified generation may lie (Green-e; Zhonghe's reading). */
    public static final int MONTHS_AFTER = 3;

    private InstrumentFit() {}

    /** Why a certificate does not fit: a message key ({@code activity.instrument.vintage} …) and its arguments. */
    public record Misfit(String key, List<String> args) {
        public Misfit {
            args = List.copyOf(args);
        }
    }

    /**
     * A certificate's vintage as written: a year ({@code 2024}), a month ({@code 2024-03}), a day,
     * or two days {@code FROM/TO}; empty when it is none of these.
     */
    public static Optional<Period> vintage(String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                java.time.LocalDate from = java.time.LocalDate.parse(t.substring(0, slash).strip());
                java.time.LocalDate to = java.time.LocalDate.parse(t.substring(slash + 1).strip());
                return to.isBefore(from) ? Optional.empty() : Optional.of(new Period(from, to));
            }
            if (t.matches("[0-9]{4}")) {
                java.time.Year y = java.time.Year.parse(t);
                return Optional.of(new Period(y.atDay(1), y.atMonth(12).atEndOfMonth()));
            }
            if (t.matches("[0-9]{4}-[0-9]{2}")) {
                java.time.YearMonth m = java.time.YearMonth.parse(t);
                return Optional.of(new Period(m.atDay(1), m.atEndOfMonth()));
            }
            java.time.LocalDate day = java.time.LocalDate.parse(t);
            return Optional.of(new Period(day, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The days in which a certificate's generation may lie, for consumption over {@code consumption}. */
    public static Period window(Period consumption) {
        return new Period(consumption.from().minusMonths(MONTHS_BEFORE), consumption.to().plusMonths(MONTHS_AFTER));
    }

    /**
     * The fields whose absence left a test of {@link #of} unmade, in this order: the certificate's
     * {@code instrument.vintage}, its {@code instrument.market}, and its activity's {@code grid}
     * (without which the market of the consumption is unknown, so the market test is not made
     * either); empty when both tests were made. For a certificate that fits ({@link #of} empty):
     * one that does not fit covers nothing, whatever else it lacks.
     */
    public static List<String> unchecked(Instrument i, Activity a) {
        List<String> missing = new java.util.ArrayList<>(3);
        if (i.vintage() == null) missing.add("instrument.vintage");
        if (i.market() == null) missing.add("instrument.market");
        if (a.grid() == null) missing.add("grid");
        return List.copyOf(missing);
    }

    /**
     * Why {@code i} may not cover the consumption of {@code a} over {@code consumption} (the
     * activity's own period, else the claim's), or empty when it may: its energy carrier is
     * checked first ({@code activity.instrument.carrier}: the certificate's id, its kind or
     * {@code —}, the activity's kind), then its vintage, then its market.
     */
    public static Optional<Misfit> of(Instrument i, Activity a, Period consumption) {
        if (a.kind() != ActivityKind.ELECTRICITY) {
            return Optional.of(new Misfit("activity.instrument.carrier", List.of(i.id(),
                    i.kind() == null ? "—" : i.kind(), a.kind().id())));
        }
        if (i.vintage() != null) {
            Period w = window(consumption);
            if (i.vintage().from().isBefore(w.from()) || i.vintage().to().isAfter(w.to())) {
                return Optional.of(new Misfit("activity.instrument.vintage", List.of(i.id(),
                        i.vintage().from() + "/" + i.vintage().to(), consumption.from() + "/" + consumption.to(),
                        w.from() + "/" + w.to())));
            }
        }
        if (i.market() != null && a.grid() != null && !Markets.same(i.market(), a.grid())) {
            return Optional.of(new Misfit("activity.instrument.market", List.of(i.id(), i.market(), Markets.of(i.market()),
                    a.grid(), Markets.of(a.grid()))));
        }
        return Optional.empty();
    }
}
