package org.zhonghe.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A synthetic Verra export in the published layout ({@code verra/projects.csv},
 * {@code verra/transactions.csv}) of any size, the same for the same seed: for measuring
 * imports (docs/performance.md). Blocks follow each other unit by unit; about half are retired,
 * some "for carbon neutrality", with quoted multi-line notes as the real export has them.
 */
public final class SyntheticExport {
    private static final String[] METHODS = {"ACM0002", "VMR0006", "AR-ACM0003", "ACM0010", "VM0042"};
    private static final String[] TYPES = {"Energy industries (renewable/non-renewable sources)", "Energy demand",
        "Agriculture Forestry and Other Land Use", "Waste handling and disposal", "Agriculture Forestry and Other Land Use"};

    private SyntheticExport() {}

    /** Writes {@code rows} transactions (and 100 projects) under {@code dir/verra}. */
    public static void writeVerra(Path dir, long rows, long seed) throws IOException {
        Path verra = Files.createDirectories(dir.resolve("verra"));
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(verra.resolve("projects.csv"), StandardCharsets.UTF_8)) {
            w.write("ID,Name,Proponent,Project Type,AFOLU Activities,Methodology,Status,Country/Area,"
                    + "Estimated Annual Emission Reductions,Region,Project Registration Date,Crediting Period Start Date,"
                    + "Crediting Period End Date\n");
            for (int p = 0; p < 100; p++) {
                int m = p % METHODS.length;
                w.write((10000 + p) + ",Synthetic project " + p + ",Proponent " + p + "," + quote(TYPES[m]) + ",," + METHODS[m]
                        + ",Registered,China,\"12,345\",Asia,2020-01-01,2020-01-01,2029-12-31\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(verra.resolve("transactions.csv"), StandardCharsets.UTF_8, 
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            w.write("Issuance Date,Sustainable Development Goals,Vintage Start,Vintage End,ID,Name,Country/Area,"
                    + "Project Type,Methodology,Total Vintage Quantity,Quantity Issued,Serial Number,Additional Certifications,"
                    + "Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details\n");
            long unit = 900_000_000L;
            for (long i = 0; i < rows; i++) {
                int p = (int) (i % 100);
                int m = p % METHODS.length;
                int year = 2015 + (int) (i % 10);
                long quantity = 1 + random.nextInt(5000);
                long first = unit;
                long last = unit + quantity - 1;
                unit = last + 1;
                String serial = (20000 + i / 50) + "-" + first + "-" + last + "-VCS-VCU-1-VER-CN-1-" + (10000 + p)
                        + "-0101" + year + "-3112" + year + "-0";
                boolean retired = random.nextBoolean();
                String beneficiary = retired ? "Company " + random.nextInt(10_000) + " Co., Ltd." : "";
                String details = !retired ? "" : random.nextInt(10) == 0
                        ? "\"For carbon neutrality of the year " + year + ",\nretired on behalf of " + beneficiary + "\""
                        : "Retired for " + year + " emissions";
                w.write("2026-01-02,," + year + "-01-01," + year + "-12-31," + (10000 + p) + ",Synthetic project " + p
                        + ",China," + quote(TYPES[m]) + "," + METHODS[m] + ",\"1,000,000\"," + quantity + "," + serial + ",,"
                        + (retired ? "2026-02-03" : "") + "," + quote(beneficiary) + "," + (retired ? "Environmental Benefit" : "")
                        + "," + details + "\n");
            }
        }
    }

    private static String quote(String s) {
        return s.isEmpty() ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
