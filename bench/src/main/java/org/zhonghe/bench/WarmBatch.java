package org.zhonghe.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhonghe.batch.Batch;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The same batch run several times in one JVM, each timed: the first run pays for class loading
 * and the JIT compilers' warm-up, the later ones show the work itself (docs/performance.md).
 * {@code java -cp "bench/target/classes:bench/target/lib/*" org.zhonghe.bench.WarmBatch DIR [RUNS] [THREADS]}
 */
public final class WarmBatch {
    private WarmBatch() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path out = Files.createTempFile("zhonghe-warm", ".csv");
        try {
            for (int i = 1; i <= runs; i++) {
                long start = System.nanoTime();
                Batch.Report r;
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    r = new Batch(ClaimEvaluator.standard()).run(dir, new Batch.Options(null, threads), o, n -> { });
                }
                System.out.printf("run %d: %.3f s, %d records, %d entities, %d bytes of results%n", i,
                        (System.nanoTime() - start) / 1e9, r.records(), r.entities(), Files.size(out));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
