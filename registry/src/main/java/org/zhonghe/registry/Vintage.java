package org.zhonghe.registry;

/**
 * The years whose reductions or removals a block credits: one year ({@code 2025}) or a period
 * ({@code 2010-01-01 / 2018-09-30} spans 2010–2018).
 *
 * @param firstYear the first calendar year
 * @param lastYear  the last calendar year, ≥ {@code firstYear}
 */
public record Vintage(int firstYear, int lastYear) {
    public Vintage {
        if (lastYear < firstYear) throw new IllegalArgumentException("vintage ends before it starts: " + firstYear + "–" + lastYear);
    }

    public static Vintage of(int year) {
        return new Vintage(year, year);
    }

    public boolean contains(int year) {
        return firstYear <= year && year <= lastYear;
    }

    @Override
    public String toString() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
    }
}
