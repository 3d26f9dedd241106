package org.zhonghe.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.zhonghe.Metric;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * DuckDB's side of the comparison (docs/performance.md), run as its own process: per-entity CO2e
 * totals (AR5-GWP100) of {@code emissions.csv} written to a CSV file, with amounts as DOUBLE or as
 * DECIMAL(38,6). Prints the grand total, whose last digits vary between DOUBLE runs.
 *
 * <p>{@code DuckDbQuery DIR double|decimal OUT}
 *
 * <p>{@code DuckDbQuery DIR mixed-double|mixed-decimal OUT}: the closest SQL to batch on a ledger of
 * every kind (issue 20 item 2): per entity, its emissions × the GWP of its metric (entities.csv;
 * weights taken from Zhonghe's own table, {@link ClaimEvaluator#weight}), minus its removals that
 * are managed-or-engineered, not a stock, in its boundary and durable (the eligibility columns),
 * minus its retired credits for itself; one row per entity with emissions, removals, credits and
 * net. It does far less than batch: no concept or boundary decides which emission counts, no
 * profile, no serials checked for double counting, no findings or verdict.
 */
public final class DuckDbQuery {
    private DuckDbQuery() {}

    public static void main(String[] args) throws SQLException, ClassNotFoundException {
        if (args[1].startsWith("mixed-")) {
            mixed(Path.of(args[0]).toAbsolutePath(), args[1].equals("mixed-decimal"), Path.of(args[2]).toAbsolutePath().toString());
            return;
        }
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

    private static void mixed(Path dir, boolean decimal, String out) throws SQLException, ClassNotFoundException {
        String type = decimal ? "DECIMAL(38,6)" : "DOUBLE";
        String kg = decimal ? "CAST(0.001 AS DECIMAL(38,6))" : "0.001";
        ClaimEvaluator rules = ClaimEvaluator.standard();
        StringBuilder gwp = new StringBuilder();
        for (String gas : List.of("CO2", "CO2e", "CH4", "CH4-fossil", "N2O", "HFC-134a", "HFC32", "SF6", "CFC-11")) {
            for (Metric m : List.of(Metric.AR5_GWP100, Metric.AR6_GWP100)) {
                rules.weight(gas, m).ifPresent(w -> gwp.append(gwp.length() == 0 ? "" : ", ")
                        .append("('").append(gas).append("', '").append(m.id()).append("', ").append(w.toPlainString()).append(')'));
            }
        }
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE gwp AS SELECT gas, metric, CAST(w AS " + type + ") AS w FROM (VALUES " + gwp
                    + ") t(gas, metric, w)");
            s.execute("CREATE TEMP TABLE ent AS SELECT entity, metric FROM read_csv('" + dir.resolve("entities.csv")
                    + "', header = true, all_varchar = true)");
            s.execute("CREATE TEMP TABLE em AS SELECT e.entity, SUM(e.amount * (CASE WHEN e.unit = 'kg' THEN " + kg
                    + " ELSE 1 END) * g.w) AS co2e FROM read_csv('" + dir.resolve("emissions.csv") + "', header = true, columns = {"
                    + "'entity': 'VARCHAR', 'gas': 'VARCHAR', 'amount': '" + type + "', 'unit': 'VARCHAR', 'scope': 'INTEGER',"
                    + " 'biogenic': 'VARCHAR'}) e JOIN ent USING (entity) JOIN gwp g ON g.gas = e.gas AND g.metric = ent.metric"
                    + " GROUP BY e.entity");
            s.execute("CREATE TEMP TABLE rm AS SELECT entity, SUM(amount * (CASE WHEN unit = 'kg' THEN " + kg
                    + " ELSE 1 END)) AS t FROM read_csv('" + dir.resolve("removals.csv") + "', header = true, columns = {"
                    + "'entity': 'VARCHAR', 'kind': 'VARCHAR', 'amount': '" + type + "', 'unit': 'VARCHAR', 'managed': 'VARCHAR',"
                    + " 'basis': 'VARCHAR', 'durabilityYears': 'INTEGER', 'lifecycleEmissions': '" + type + "',"
                    + " 'inBoundary': 'VARCHAR'}) WHERE coalesce(managed, 'true') = 'true' AND coalesce(basis, 'flow') <> 'stock'"
                    + " AND coalesce(inBoundary, 'true') = 'true' AND coalesce(durabilityYears, 100) >= 100 GROUP BY entity");
            s.execute("CREATE TEMP TABLE cr AS SELECT entity, SUM(amount * (CASE WHEN unit = 'kg' THEN " + kg
                    + " ELSE 1 END)) AS t FROM read_csv('" + dir.resolve("credits.csv") + "', header = true, columns = {"
                    + "'entity': 'VARCHAR', 'registry': 'VARCHAR', 'serial': 'VARCHAR', 'type': 'VARCHAR',"
                    + " 'durabilityYears': 'INTEGER', 'vintage': 'INTEGER', 'amount': '" + type + "', 'unit': 'VARCHAR',"
                    + " 'retired': 'VARCHAR', 'beneficiary': 'VARCHAR', 'retiredOn': 'DATE', 'verified': 'VARCHAR'})"
                    + " WHERE retired = 'true' AND beneficiary = entity GROUP BY entity");
            s.execute("COPY (SELECT ent.entity, coalesce(em.co2e, 0) AS emissions, coalesce(rm.t, 0) AS removals,"
                    + " coalesce(cr.t, 0) AS credits, coalesce(em.co2e, 0) - coalesce(rm.t, 0) - coalesce(cr.t, 0) AS net"
                    + " FROM ent LEFT JOIN em USING (entity) LEFT JOIN rm USING (entity) LEFT JOIN cr USING (entity)"
                    + " ORDER BY ent.entity) TO '" + out + "' (HEADER, DELIMITER ',')");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(co2e) FROM em")) {
                r.next();
                System.out.println("duckdb mixed " + type + ": " + r.getLong(1) + " entities with emissions, total " + r.getString(2));
            }
        }
    }
}
