package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A national (or any entity's) emissions series, one record per year, sorted by year, years unique.
 *
 * @param years the annual records, sorted by year
 */
public record EmissionsSeries(List<AnnualEmissions> years) {

    public EmissionsSeries {
        years = years.stream().sorted(Comparator.comparingInt(AnnualEmissions::year)).toList();
        if (years.stream().map(AnnualEmissions::year).distinct().count() != years.size()) {
            throw new IllegalArgumentException("duplicate years in " + years);
        }
    }

    /** The record for this year, if present. */
    public Optional<AnnualEmissions> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** True when every year has GDP. */
    public boolean hasGdp() {
        return !years.isEmpty() && years.stream().allMatch(y -> y.gdp() != null);
    }

    /**
     * The series in a table with columns {@code year, emissions} and optionally {@code gdp}, {@code removals}
     * (header names ignore case; rows may come in any order; {@code io} reads the file). Every problem is
     * reported: missing columns, bad or duplicate years, values that are not decimals, negative values, GDP
     * not above zero.
     */
    public static Parsed<EmissionsSeries> from(CsvTable table) {
        Objects.requireNonNull(table, "table");
        List<Problem> problems = new ArrayList<>(table.missingColumns(List.of("year", "emissions")));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        boolean gdp = table.hasColumn("gdp");
        boolean removals = table.hasColumn("removals");
        Map<Integer, Long> seen = new HashMap<>();
        List<AnnualEmissions> years = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            Cells.checkFieldCount(table, row, problems);
            Integer year = Cells.requiredYear(table, row, "year", problems);
            if (year != null && seen.containsKey(year)) {
                problems.add(ProblemKind.DUPLICATE_YEAR.at(table.file(), row.line(), "year", String.valueOf(year),
                        String.valueOf(seen.get(year))));
            } else if (year != null) {
                seen.put(year, row.line());
            }
            BigDecimal emissions = notNegative(table, row, "emissions", problems);
            BigDecimal g = gdp ? positive(table, row, problems) : null;
            BigDecimal r = removals ? notNegative(table, row, "removals", problems) : null;
            if (problems.size() == before) {
                years.add(new AnnualEmissions(year, emissions, g, r));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(ProblemKind.NO_ROWS.at(table.file(), 0, "", "", ""));
        }
        return problems.isEmpty() ? Parsed.of(new EmissionsSeries(years)) : Parsed.failed(problems);
    }

    private static BigDecimal notNegative(CsvTable table, CsvTable.Row row, String column, List<Problem> problems) {
        BigDecimal value = Cells.requiredDecimal(table, row, column, problems);
        if (value != null && value.signum() < 0) {
            problems.add(ProblemKind.NEGATIVE.at(table.file(), row.line(), column, row.get(column), ""));
            return null;
        }
        return value;
    }

    private static BigDecimal positive(CsvTable table, CsvTable.Row row, List<Problem> problems) {
        BigDecimal value = Cells.requiredDecimal(table, row, "gdp", problems);
        if (value != null && value.signum() <= 0) {
            problems.add(ProblemKind.NOT_POSITIVE.at(table.file(), row.line(), "gdp", row.get("gdp"), ""));
            return null;
        }
        return value;
    }
}
