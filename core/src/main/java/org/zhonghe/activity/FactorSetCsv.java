package org.zhonghe.activity;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhonghe.assessment.Problem;

/**
 * Reads a factor set written as CSV, the built-in ones and a user's alike: a header row, then
 * one factor a row. Columns: {@code id, activity, fuel} or {@code grid}, {@code gas} (or
 * {@code NCV}, {@code density}), {@code value}, {@code unit}, {@code source}; optional
 * {@code sector}, {@code year}. Every bad cell is a problem naming the file, line and column.
 */
public final class FactorSetCsv {
    static final List<String> REQUIRED = List.of("id", "activity", "gas", "value", "unit", "source");
    static final List<String> KNOWN = List.of("id", "activity", "fuel", "grid", "sector", "year", "gas", "value",
            "unit", "source");

    /** Factors read, or the problems that kept them from being read. */
    public record Parsed(List<Factor> factors, List<Problem> problems) {
        public Parsed {
            factors = List.copyOf(factors);
            problems = List.copyOf(problems);
        }
    }

    private FactorSetCsv() {}

    /** Reads {@code text}, the content of {@code file}. */
    public static Parsed parse(String text, String file) {
        List<Factor> factors = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : header.keySet()) {
                if (!KNOWN.contains(column)) {
                    problems.add(new Problem(file, 1, column, column, "factorSet.column.unknown",
                            List.of(column, String.join(", ", KNOWN))));
                }
            }
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    problems.add(new Problem(file, 1, column, null, "factorSet.column.missing",
                            List.of(column, String.join(", ", REQUIRED))));
                }
            }
            if (!header.containsKey("fuel") && !header.containsKey("grid")) {
                problems.add(new Problem(file, 1, "fuel", null, "factorSet.column.missing", List.of("fuel|grid",
                        String.join(", ", REQUIRED))));
            }
            if (!problems.isEmpty()) return new Parsed(List.of(), problems);
            Set<String> ids = new HashSet<>();
            Map<String, Integer> firstLineOf = new HashMap<>();
            for (CSVRecord r : parser) {
                Factor f = row(r, file, problems);
                if (f != null && !ids.add(f.id())) {
                    problems.add(new Problem(file, line(r), "id", f.id(), "factorSet.id.duplicate", List.of(f.id())));
                } else if (f != null) {
                    // one value per activity, fuel or grid, sector, year and gas: of two, the lookup would take
                    // the first and never say so (a second diesel CO2 row of 74100 kg/TJ behind one of 10000)
                    Integer first = firstLineOf.putIfAbsent(String.join("\u0000", f.activity(), f.subject(),
                            String.valueOf(f.sector()), String.valueOf(f.year()),
                            f.quantity().replace("-", "").toUpperCase(Locale.ROOT)), line(r));
                    if (first != null) {
                        problems.add(new Problem(file, line(r), "gas", f.quantity(), "factorSet.row.duplicate",
                                List.of(f.quantity(), f.subject(), f.activity(), String.valueOf(first))));
                    } else {
                        factors.add(f);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file, 0, "", null, "factorSet.unreadable", List.of(file,
                    String.valueOf(e.getMessage()))));
        }
        return new Parsed(problems.isEmpty() ? factors : List.of(), problems);
    }

    private static Factor row(CSVRecord r, String file, List<Problem> problems) {
        int before = problems.size();
        int line = line(r);
        String id = required(r, "id", file, line, problems);
        String activity = required(r, "activity", file, line, problems);
        String fuel = cell(r, "fuel");
        String grid = cell(r, "grid");
        String subject = fuel != null ? fuel : grid;
        if (subject == null) problems.add(new Problem(file, line, "fuel", null, "field.required", List.of("fuel|grid")));
        String sector = cell(r, "sector");
        Integer year = null;
        String yearText = cell(r, "year");
        if (yearText != null) {
            if (yearText.matches("[0-9]{4}")) year = Integer.valueOf(yearText);
            else problems.add(new Problem(file, line, "year", yearText, "number.integer", List.of(yearText)));
        }
        String gas = required(r, "gas", file, line, problems);
        BigDecimal value = null;
        String valueText = required(r, "value", file, line, problems);
        if (valueText != null) {
            try {
                value = new BigDecimal(valueText);
                if (value.signum() < 0) {
                    problems.add(new Problem(file, line, "value", valueText, "number.negative", List.of(valueText)));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, line, "value", valueText, "number.decimal", List.of(valueText)));
            }
        }
        String unitText = required(r, "unit", file, line, problems);
        FactorUnit unit = unitText == null ? null : FactorUnit.parse(unitText).orElse(null);
        if (unitText != null && unit == null) {
            problems.add(new Problem(file, line, "unit", unitText, "factorSet.unit",
                    List.of(unitText, ActivityUnit.symbolList())));
        }
        if (unit != null && gas != null && !fits(gas, unit)) {
            problems.add(new Problem(file, line, "unit", unitText, "factorSet.unit.kind", List.of(unitText, gas)));
        }
        String source = required(r, "source", file, line, problems);
        if (problems.size() > before) return null;
        return new Factor(id, activity, subject, sector, year, gas, value, unit, source);
    }

    /**
     * NCV: energy per mass or volume; density: mass per volume; a gas: mass of it per anything. A
     * gas written in the unit must be the row's gas ({@code kg CH4/TJ} in a row of CO2 would weigh
     * methane as CO2), compared without hyphens as the GWP table compares names; {@code CO2} is
     * the gas of {@code CO2-biogenic}.
     */
    private static boolean fits(String quantity, FactorUnit u) {
        return switch (quantity) {
            case Factor.NCV -> u.numerator().dimension() == ActivityUnit.Dimension.ENERGY
                    && u.denominator().dimension() != ActivityUnit.Dimension.ENERGY;
            case Factor.DENSITY -> u.numerator().dimension() == ActivityUnit.Dimension.MASS
                    && u.denominator().dimension() == ActivityUnit.Dimension.VOLUME;
            default -> u.numerator().dimension() == ActivityUnit.Dimension.MASS && (u.gas() == null
                    || sameGas(u.gas(), quantity) || quantity.equals(Factor.BIOGENIC_CO2) && u.gas().equals("CO2"));
        };
    }

    private static boolean sameGas(String a, String b) {
        return a.replace("-", "").equals(b.replace("-", ""));
    }

    private static int line(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) return null;
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String required(CSVRecord r, String column, String file, int line, List<Problem> problems) {
        String v = cell(r, column);
        if (v == null) problems.add(new Problem(file, line, column, null, "field.required", List.of(column)));
        return v;
    }
}
