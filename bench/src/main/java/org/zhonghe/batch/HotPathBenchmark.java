package org.zhonghe.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhonghe.MassUnit;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The hot paths of {@code zhonghe batch}: an amount parsed to fixed point against BigDecimal, a
 * CSV line split in place, an entity looked up (alone, and 256 at a time as the emission pass
 * does), a total written from its fixed-point sum against BigDecimal, and a whole small batch
 * (read, sum, evaluate). In the package of
 * the classes it measures, which are not public. Run: bench/run-jmh.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathBenchmark {
    private final byte[][] amounts = new byte[1024][];
    private final byte[] line = "E0412345,HFC134a,4521.125,kg,2\n".getBytes(StandardCharsets.UTF_8);
    private static final int ROWS = 1 << 20;
    private final byte[] rows = new byte[8 * ROWS];
    private EntityIndex index;
    private final CsvLine cells = new CsvLine();
    private int i;
    private Path ledger;
    private final long[] hashes = new long[256];
    /** Sums of 10⁻¹⁵ t CO2e as an entity of 10 to 10⁸ t has them: {hi, lo}. */
    private final long[][] totals = new long[1024][];
    private final RowBytes text = new RowBytes(64);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int k = 0; k < amounts.length; k++) {
            amounts[k] = (rnd.nextLong(1, 10_000_000) / 1000 + "." + String.format("%03d", rnd.nextInt(1000)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        byte[][] all = new byte[1_000_000][];
        for (int k = 0; k < all.length; k++) all[k] = LedgerGenerator.entity(k).getBytes(StandardCharsets.UTF_8);
        index = new EntityIndex(all.length, (o, b, from, to) -> java.util.Arrays.equals(all[o], 0, all[o].length, b, from, to));
        for (int k = 0; k < all.length; k++) index.putIfAbsent(all[k], 0, all[k].length, k);
        for (int k = 0; k < ROWS; k++) System.arraycopy(all[rnd.nextInt(all.length)], 0, rows, 8 * k, 8);
        for (int k = 0; k < totals.length; k++) {
            java.math.BigInteger v = java.math.BigInteger.valueOf(rnd.nextLong(10_000_000_000L, 100_000_000_000_000L))
                    .multiply(java.math.BigInteger.TEN.pow(9)).add(java.math.BigInteger.valueOf(rnd.nextLong(1_000_000_000L)));
            totals[k] = new long[] {v.shiftRight(64).longValue(), v.longValue()};
        }
        ledger = Files.createTempDirectory("zhonghe-jmh");
        LedgerGenerator.generate(ledger, 2_000, 50_000, 1);
    }

    @Benchmark
    public long amountAsFixedPoint() {
        byte[] a = amounts[i++ & 1023];
        return FixedPoint.nanotonnes(a, 0, a.length, MassUnit.KG);
    }

    @Benchmark
    public BigDecimal amountAsBigDecimal() {
        byte[] a = amounts[i++ & 1023];
        return MassUnit.KG.toTonnes(new BigDecimal(new String(a, StandardCharsets.US_ASCII)));
    }

    /** The one-pass splitter batch uses for a line without quotes. */
    @Benchmark
    public int splitLine() {
        return cells.splitLine(line, 0, line.length) + cells.end(4);
    }

    /** The careful splitter (quotes, escaped quotes), for comparison. */
    @Benchmark
    public int splitLineCareful() {
        cells.split(line, 0, line.length - 1);
        return cells.end(4);
    }

    /**
     * An entity id, read from a buffer of rows in random entity order, found in the index of a
     * million entities (which does not fit the caches: one memory access per row).
     */
    @Benchmark
    public long entityLookup() {
        int at = (i++ & (ROWS - 1)) * 8;
        return index.get(rows, at, at + 8);
    }

    /** 2,000 entities, 50,000 rows of every kind, one thread: time per whole batch. */
    /** 256 lookups as the emission pass makes them: hashes first, slots read in a tight loop, then looked up. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(256)
    public long entityLookupBatched() {
        int first = (i & (ROWS / 256 - 1)) * 256;
        i++;
        for (int k = 0; k < 256; k++) hashes[k] = EntityIndex.hash(rows, 8 * (first + k), 8 * (first + k) + 8);
        long x = 0;
        for (int k = 0; k < 256; k++) x += index.touch(hashes[k]);
        for (int k = 0; k < 256; k++) x += index.get(rows, 8 * (first + k), 8 * (first + k) + 8, hashes[k]);
        return x;
    }

    /** An entity's total written from its 128-bit fixed-point sum, as batch writes a result row. */
    @Benchmark
    public int totalAsPlainText() {
        long[] t = totals[i++ & 1023];
        text.cut(0);
        text.plain(t[0], t[1]);
        return text.size();
    }

    /** The same total through BigDecimal, as the core's Decimals.plain writes it. */
    @Benchmark
    public String totalThroughBigDecimal() {
        long[] t = totals[i++ & 1023];
        return org.zhonghe.Decimals.plain(EmissionTotals.toDecimal(t[0], t[1]));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int smallBatch() throws IOException {
        StringWriter out = new StringWriter();
        new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, 1), out, n -> { });
        return out.getBuffer().length();
    }
}
