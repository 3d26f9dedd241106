package org.zhonghe.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB's side of the comparison (docs/performance.md), run as its own process: per-entity CO2e
 * totals (AR5-GWP100) of {@code emissions.csv} written to a CSV file, with amounts as DOUBLE or as
 * DECIMAL(38,6). Prints the grand total, whose last digits vary between DOUBLE runs.
 *
 * <p>{@code DuckDbQuery DIR double|decimal OUT}
 */
public final class DuckDbQuery {
    private DuckDbQuery() {}

    public static void main(String[] args) throws SQLException, ClassNotFoundException {
        Path emissions = Path.of(args[0]).resolve("emissions.csv").toAbsolutePath();
        boolean decimal = args[1].equals("decimal");
        String out = Path.of(args[2]).toAbsolutePath().toString();
        String type = decimal ? "DECIMAL(38,6)" : "DOUBLE";
        String kg = decimal ? "CAST(0.001 AS DECIMAL(38,6))" : "0.001";
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE gwp AS SELECT * FROM (VALUES ('CO2', 1), ('CH4', 28), ('N2O', 265), "
                    + "('HFC134a', 1300), ('SF6', 23500)) t(gas, w)");
            s.execute("CREATE TEMP TABLE totals AS SELECT e.entity, SUM(e.amount * (CASE WHEN e.unit = 'kg' THEN " + kg
                    + " ELSE 1 END) * g.w) AS co2e FROM read_csv('" + emissions + "', header = true, columns = {"
                    + "'entity': 'VARCHAR', 'gas': 'VARCHAR', 'amount': '" + type + "', 'unit': 'VARCHAR', 'scope': 'INTEGER'})"
                    + " e JOIN gwp g USING (gas) GROUP BY e.entity");
            s.execute("COPY (SELECT entity, co2e FROM totals ORDER BY entity) TO '" + out + "' (HEADER, DELIMITER ',')");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(co2e) FROM totals")) {
                r.next();
                System.out.println("duckdb " + args[1] + ": " + r.getLong(1) + " entities, total " + r.getString(2));
            }
        }
    }
}
