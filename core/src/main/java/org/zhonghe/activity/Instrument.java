package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.assessment.Origin;

/**
 * A contractual instrument for market-based Scope 2: an energy attribute certificate retired for
 * the period (China's green electricity certificate GEC, I-REC, REC, GO) or a PPA with its
 * certificates, conveying zero-emission generation for its volume. Green power bought this way
 * lowers Scope 2; it is never a removal (the paper, §4.4.1).
 *
 * @param id     the certificate's or contract's id, required
 * @param kind   {@code GEC}, {@code I-REC}, {@code REC}, {@code GO}, {@code PPA} …; may be null
 * @param volume the energy it covers, not negative
 * @param unit   an energy unit
 * @param origin where it was written
 */
public record Instrument(String id, String kind, BigDecimal volume, ActivityUnit unit, Origin origin) {
    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(origin, "origin");
        if (volume.signum() < 0) throw new IllegalArgumentException("negative volume: " + volume);
    }
}
