package org.zhonghe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.LedgerGenerator;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The job on a real Spark standalone cluster: a master and two workers, each a JVM process of its own on
 * 127.0.0.1 ({@link LoopbackCluster}), the job jar the build makes ({@code target/zhonghe-spark-job.jar}) given
 * to {@code spark-submit --master spark://127.0.0.1:PORT} as a user gives it; its results.csv must be
 * {@code zhonghe batch}'s, byte for byte, and its errors batch's, line for line. It runs after {@code package}
 * (the {@code cluster} execution of surefire in spark/pom.xml) and only with {@code ZHONGHE_SPARK_CLUSTER=1}
 * ({@code .ci/run} sets it): it starts five JVMs and takes a minute or two.
 */
class SparkClusterTest {
    private static final Path ACCEPTANCE = Path.of("src", "test", "resources", "acceptance");
    private static final Duration JOB = Duration.ofSeconds(300);
    private static final Set<String> LEDGER_FILES = Set.of("entities.csv", "emissions.csv", "removals.csv", "credits.csv");
    private static LoopbackCluster cluster;
    private static Path jobJar;
    @TempDir static Path home;
    @TempDir Path dir;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        if (!"1".equals(System.getenv("ZHONGHE_SPARK_CLUSTER"))) {
            System.out.println("SparkClusterTest skipped: it starts a Spark standalone cluster (5 JVMs); to run it, "
                    + "ZHONGHE_SPARK_CLUSTER=1 ./mvnw -o -pl spark -am verify (.ci/run does)");
            Assumptions.abort("ZHONGHE_SPARK_CLUSTER is not 1");
        }
        String jar = System.getProperty("zhonghe.sparkJobJar");
        if (jar == null) {
            System.out.println("SparkClusterTest skipped in the test phase: it runs on the job jar after package "
                    + "(surefire's execution 'cluster', ./mvnw -o -pl spark -am verify)");
            Assumptions.abort("not in the integration-test phase");
        }
        jobJar = Path.of(jar);
        if (!Files.isRegularFile(jobJar)) fail("the job jar %s is missing: it is made by package", jobJar);
        List<Path> distribution = Arrays.stream(Files.readString(Path.of(System.getProperty("zhonghe.sparkDistribution")))
                .trim().split(java.io.File.pathSeparator)).map(Path::of).toList();
        assertThat(distribution).as("Spark's jars, without Zhonghe").isNotEmpty()
                .noneMatch(p -> p.getFileName().toString().startsWith("zhonghe-"));
        List<String> flags = Arrays.stream(System.getProperty("zhonghe.sparkArgLine").trim().split("\\s+")).toList();
        long t0 = System.nanoTime();
        cluster = LoopbackCluster.start(home, distribution, flags);
        System.out.printf("SparkClusterTest: master and two workers up at %s in %.1f s%n", cluster.url(), seconds(t0));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) cluster.close();
    }

    @Test
    void the_acceptance_cases_on_the_cluster_give_the_bytes_of_batch() throws IOException, InterruptedException {
        Path ledger = ACCEPTANCE.resolve("ledger").toAbsolutePath();
        Batch.Report local = batch(ledger, dir.resolve("batch.csv"));
        assertThat(local.errors()).isEmpty();
        assertThat(Files.readString(dir.resolve("batch.csv")))
                .isEqualTo(Files.readString(ACCEPTANCE.resolve("expected").resolve("claimed.csv")));

        LoopbackCluster.Submission run = submit("submit-acceptance", ledger, dir.resolve("spark.csv"));
        assertThat(run.exitStatus()).as("exit status; driver's errors:\n%s", run.stderr()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("spark.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("batch.csv")));
        assertBothWorkersRanTheJob();
    }

    @Test
    void a_generated_ledger_with_removals_credits_and_bad_cells_gives_the_bytes_and_errors_of_batch()
            throws IOException, InterruptedException {
        Path ledger = dir.resolve("ledger");
        LedgerGenerator.generate(ledger, 300, 12_000, 20);
        Files.writeString(ledger.resolve("emissions.csv"), "E0000007,CO2,12;5,t,1,\nE9999999,CO2,1,t,1,\n",
                StandardOpenOption.APPEND);
        Batch.Report local = batch(ledger, dir.resolve("batch.csv"));
        assertThat(local.errors()).hasSize(2);
        assertThat(Files.readString(ledger.resolve("removals.csv")).lines()).hasSizeGreaterThan(100);
        assertThat(Files.readString(ledger.resolve("credits.csv")).lines()).hasSizeGreaterThan(100);

        LoopbackCluster.Submission run = submit("submit-generated", ledger, dir.resolve("spark.csv"));
        assertThat(run.exitStatus()).as("exit status (2: the ledger has errors); driver's errors:\n%s", run.stderr()).isEqualTo(2);
        assertThat(Files.readAllBytes(dir.resolve("spark.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("batch.csv")));
        List<String> errors = run.stderr().lines().filter(l -> LEDGER_FILES.contains(l.split(":", 2)[0])).toList();
        assertThat(errors).isEqualTo(local.errors().stream().map(p -> p.toText(Locale.ENGLISH)).toList());
        assertBothWorkersRanTheJob();
    }

    private LoopbackCluster.Submission submit(String name, Path ledger, Path out) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        LoopbackCluster.Submission s = cluster.submit(name, jobJar, "org.zhonghe.spark.SparkBatch", List.of(
                        "spark.executor.memory=512m", "spark.cores.max=2", "spark.driver.host=127.0.0.1",
                        // every task waits for both executors, so that both workers take part
                        "spark.scheduler.minRegisteredResourcesRatio=1.0",
                        "spark.scheduler.maxRegisteredResourcesWaitingTime=120s"),
                List.of(ledger.toString(), "--partitions", "4", "--lang", "en", "--out", out.toString()), JOB);
        System.out.printf("SparkClusterTest: %s: spark-submit took %.1f s (exit %d)%n", name, seconds(t0), s.exitStatus());
        if (s.exitStatus() != 0 && s.exitStatus() != 2) fail("spark-submit failed (exit %d):%n%s%s", s.exitStatus(), s.stderr(), cluster.logs());
        return s;
    }

    /** The last application's executors, one per worker: each fetched the job jar from the driver and ran tasks. */
    private static void assertBothWorkersRanTheJob() throws IOException {
        for (String worker : List.of("worker-1", "worker-2")) {
            Path app;
            try (Stream<Path> apps = Files.list(cluster.workDir(worker))) {
                app = apps.filter(p -> p.getFileName().toString().startsWith("app-")).max(Path::compareTo).orElse(null);
            }
            assertThat(app).as("%s launched an executor", worker).isNotNull();
            String log = String.join("\n", LoopbackCluster.find(app, "stderr").stream().map(SparkClusterTest::read).toList());
            assertThat(log).as("%s's executor", worker).contains("zhonghe-spark-job.jar").contains("Running task");
        }
    }

    private static Batch.Report batch(Path ledger, Path out) throws IOException {
        try (var w = Files.newBufferedWriter(out)) {
            return new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, 2), w, n -> { });
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
