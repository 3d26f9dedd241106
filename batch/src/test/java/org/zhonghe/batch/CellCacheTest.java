package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerField;
import org.zhonghe.ledger.LedgerSchema.Credits;
import org.zhonghe.ledger.LedgerSchema.Removals;

/**
 * The cached reading of removals' and credits' cells ({@link CellCache}) and the plain decimals
 * read from bytes, against the schema's reading ({@link Rows#value}, {@link LedgerField#cell}):
 * the same value and the same problems (field, value, code, arguments) for every edge spelling,
 * the first time a cell is seen and every time after.
 */
class CellCacheTest {
    /** Edge spellings of every kind of cell the caches read. */
    private static final List<String> CELLS = List.of("", " ", "t", " t", "t ", "T", "kg", "Mt", "g", "tonnes",
            "true", "True", "TRUE", "tRUE", " true", "false", "False", "FALSE", "yes", "no", "1", "0", "y",
            "100", "0100", "007", "+1", "-1", "-0", "+0", "1 000", "١٢٣", "１２", "99999999999", "2147483647", "2147483648",
            "2023", " 2023", "2023 ", "1989", "2024-06-30", " 2024-06-30", "2024-6-30", "2024-02-30", "2024-02-29",
            "30/06/2024", "CCER", "Verra", "ccer", " CCER", "Gold Standard", "avoidance", "removal", "Avoidance",
            "forest-management", "beccs", "daccs", "soil-carbon", "crop-biomass", "increment", "stock", "CHN", "chn", "CN",
            "x", "碳汇", "a\"b", "\"", "１", "x".repeat(33), "x".repeat(201), "碳".repeat(70), "1.5", "1.", ".5", "1e3",
            "0.000", "1,5", "12.5.1");

    private static final List<LedgerField<?>> FIELDS = List.of(Removals.KIND, Removals.UNIT, Removals.MANAGED,
            Removals.BASIS, Removals.DURABILITY_YEARS, Removals.IN_BOUNDARY, Credits.REGISTRY, Credits.TYPE, Credits.KIND,
            Credits.DURABILITY_YEARS, Credits.VINTAGE, Credits.UNIT, Credits.RETIRED, Credits.RETIRED_ON,
            Credits.OWN_BOUNDARY, Credits.INTERNATIONAL, Credits.VERIFIED, Credits.ETS_COVERED, Credits.HOST_COUNTRY);

    /** The cell written plain (when it may be), quoted, and quoted with its quotes doubled. */
    private static List<String> spellings(String cell) {
        String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
        return cell.contains("\"") || cell.contains(",") ? List.of(quoted) : List.of(cell, quoted);
    }

    private static CsvLine line(String cell) {
        byte[] b = ("E1," + cell + ",end").getBytes(StandardCharsets.UTF_8);
        CsvLine r = new CsvLine();
        assertThat(r.split(b, 0, b.length)).isTrue();
        return r;
    }

    @Test
    void a_cached_cell_reads_as_the_schema_reads_it_the_first_time_and_after() {
        int cases = 0;
        for (LedgerField<?> field : FIELDS) {
            CellCache<?> cache = new CellCache<>(field);
            for (int round = 0; round < 3; round++) {
                for (String cell : CELLS) {
                    for (String spelling : spellings(cell)) {
                        CsvLine r = line(spelling);
                        List<Problem> expected = new ArrayList<>();
                        Object want = Rows.value(field, r.text(1), "credits.csv", 7, expected);
                        List<Problem> got = new ArrayList<>(List.of(Problem.of("x", 1, "y", null, "z")));
                        Object value = cache.value(r, 1, "credits.csv", 7, got);
                        assertThat(value).as("%s «%s» round %d", field.name(), spelling, round).isEqualTo(want);
                        assertThat(got.subList(1, got.size())).as("%s «%s» round %d", field.name(), spelling, round)
                                .isEqualTo(expected);
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(FIELDS.size() * CELLS.size() * 3);
    }

    @Test
    void an_absent_column_reads_as_the_schema_reads_an_empty_cell() {
        CsvLine r = line("t");
        List<Problem> expected = new ArrayList<>();
        Object want = Rows.value(Credits.VINTAGE, null, "credits.csv", 3, expected);
        List<Problem> got = new ArrayList<>();
        assertThat(new CellCache<>(Credits.VINTAGE).value(r, -1, "credits.csv", 3, got)).isEqualTo(want);
        assertThat(got).isEqualTo(expected).hasSize(1);
        assertThat(new CellCache<>(Removals.IN_BOUNDARY).value(r, 7, "removals.csv", 3, got)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void a_cell_seen_before_is_not_read_again() {
        CellCache<java.time.LocalDate> dates = new CellCache<>(Credits.RETIRED_ON);
        List<Problem> errors = new ArrayList<>();
        Object first = dates.value(line("2024-06-30"), 1, "credits.csv", 2, errors);
        Object again = dates.value(line("2024-06-30"), 1, "credits.csv", 3, errors);
        assertThat(again).isSameAs(first); // LocalDate.parse makes a new date each time
        assertThat(dates.value(line(" 2024-06-30"), 1, "credits.csv", 4, errors)).isNotSameAs(first).isEqualTo(first);
        // a wrong cell is read (and reported) every time it comes
        dates.value(line("2024-02-30"), 1, "credits.csv", 5, errors);
        dates.value(line("2024-02-30"), 1, "credits.csv", 6, errors);
        assertThat(errors).extracting(Problem::line).containsExactly(5L, 6L);
    }

    @Test
    void a_table_full_reads_new_cells_by_the_schema() {
        CellCache<Integer> years = new CellCache<>(Credits.VINTAGE);
        List<Problem> errors = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int v = 0; v < 3000; v++) {
                assertThat(years.value(line(String.valueOf(v)), 1, "credits.csv", v + 2, errors)).isEqualTo(v);
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void a_plain_decimal_read_from_bytes_is_the_schemas_decimal_and_scale() {
        List<String> cells = new ArrayList<>(CELLS);
        cells.addAll(List.of("716.915", "2014.773", "0", "0.0", "00.10", "123456789012345678", "1234567890123456789",
                "12345678901234567.8", "0.00000000000000001", "99999999999999999.9", "1..2", "-716.915", "+716.915",
                " 716.915", "716.915 ", "7,16", "٣.٥"));
        int plain = 0;
        for (String cell : cells) {
            for (String spelling : spellings(cell)) {
                CsvLine r = line(spelling);
                BigDecimal fast = CellCache.plainDecimal(r, 1);
                if (fast == null) continue;
                plain++;
                List<Problem> errors = new ArrayList<>();
                BigDecimal schema = Rows.value(Removals.AMOUNT, r.text(1), "removals.csv", 2, errors);
                assertThat(errors).as(spelling).isEmpty();
                assertThat(fast).as(spelling).isEqualTo(schema); // equals: the same value and scale
            }
        }
        assertThat(plain).isGreaterThan(20);
        assertThat(CellCache.plainDecimal(line("1234567890123456789"), 1)).isNull();
        assertThat(CellCache.plainDecimal(line("1."), 1)).isNull();
        assertThat(CellCache.plainDecimal(line(".5"), 1)).isNull();
        assertThat(CellCache.plainDecimal(line(" 1"), 1)).isNull();
        assertThat(CellCache.plainDecimal(line("\"1.5\""), 1)).isEqualTo(new BigDecimal("1.5"));
    }
}
