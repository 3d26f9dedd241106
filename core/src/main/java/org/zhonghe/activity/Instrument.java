package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Period;

/**
 * A contractual instrument for market-based Scope 2: an energy attribute certificate retired for
 * the period (China's green electricity certificate GEC, I-REC, REC, GO) or a PPA with its
 * certificates, conveying zero-emission generation of electricity for its volume: every instrument
 * is a certificate of electricity (there is no certificate of heat here), so it never covers bought
 * heat, steam or cooling. Green power bought this way lowers Scope 2; it is never a removal (the
 * paper, §4.4.1). Whether it may be applied to an activity is {@link InstrumentFit}'s question (its
 * energy carrier, vintage and market).
 *
 * @param id      the certificate's or contract's id, required
 * @param kind    {@code GEC}, {@code I-REC}, {@code REC}, {@code GO}, {@code PPA} …; may be null
 * @param volume  the energy it covers, not negative
 * @param unit    an energy unit
 * @param origin  where it was written
 * @param vintage when the energy it certifies was generated (a year or a month, as days); null when not given
 * @param market  where it was issued: a country code ({@code CN}, {@code DE}) or a grid of one ({@code US-WECC});
 *                null when not given
 */
public record Instrument(String id, String kind, BigDecimal volume, ActivityUnit unit, Origin origin, Period vintage,
                         String market) {
    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(origin, "origin");
        if (volume.signum() < 0) throw new IllegalArgumentException("negative volume: " + volume);
    }

    /** Without a vintage or a market (neither is then checked). */
    public Instrument(String id, String kind, BigDecimal volume, ActivityUnit unit, Origin origin) {
        this(id, kind, volume, unit, origin, null, null);
    }

    /** The same instrument written at {@code at}. */
    public Instrument at(Origin at) {
        return new Instrument(id, kind, volume, unit, at, vintage, market);
    }
}
