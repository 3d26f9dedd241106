package org.zhonghe.registry;

/**
 * An inclusive range of credit unit numbers inside a serial block (one unit = one credit =
 * 1 t CO2e), e.g. {@code 30932 to 35143} holds 4 212 units.
 *
 * @param first the first unit number, ≥ 0
 * @param last  the last unit number, ≥ {@code first}
 */
public record UnitRange(long first, long last) {
    public UnitRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("unit range must have 0 ≤ first ≤ last: " + first + " to " + last);
        }
    }

    /** The number of units, {@code last − first + 1}. */
    public long size() {
        return last - first + 1;
    }

    public boolean contains(UnitRange other) {
        return first <= other.first && other.last <= last;
    }

    public boolean overlaps(UnitRange other) {
        return first <= other.last && other.first <= last;
    }

    /** The units both ranges hold; the ranges must overlap. */
    public UnitRange intersection(UnitRange other) {
        return new UnitRange(Math.max(first, other.first), Math.min(last, other.last));
    }

    @Override
    public String toString() {
        return first + " to " + last;
    }
}
