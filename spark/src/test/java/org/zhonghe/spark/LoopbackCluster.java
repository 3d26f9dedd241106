package org.zhonghe.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and two workers, each a JVM process of its own
 * (Spark's {@code Master} and {@code Worker} classes), one core and a heap of at most 512 MB each. The workers
 * launch executors from a Spark home made in a temporary directory ({@code jars/} links to the jars of Spark's
 * distribution, which Maven lists; no download). Jobs are submitted as {@code spark-submit} does, through
 * {@code org.apache.spark.deploy.SparkSubmit} in a process of its own. {@link #close} ends every process it
 * started, executors included.
 */
final class LoopbackCluster implements AutoCloseable {
    /** The heap of the master, each worker daemon and the driver, in MB; an executor's is 512 MB. */
    private static final String DAEMON_HEAP = "-Xmx256m";
    private static final String DRIVER_HEAP = "-Xmx512m";
    private static final Duration START = Duration.ofSeconds(180);

    private final Path home;
    private final List<String> sparkFlags;
    private final List<Process> processes = new ArrayList<>();
    private final int port;

    /** What a submission printed and its exit status. */
    record Submission(int exitStatus, String stdout, String stderr) {}

    private LoopbackCluster(Path home, List<String> sparkFlags, int port) {
        this.home = home;
        this.sparkFlags = sparkFlags;
        this.port = port;
    }

    /**
     * Starts the master and two workers and waits until both workers are registered.
     *
     * @param home an empty directory for the Spark home, the logs and the workers' directories
     * @param distribution the jars of Spark's distribution (Spark, Scala, Hadoop client …), nothing of Zhonghe
     * @param sparkFlags the JVM flags Spark needs on Java 17+ ({@code spark.argLine})
     */
    static LoopbackCluster start(Path home, List<Path> distribution, List<String> sparkFlags) throws IOException, InterruptedException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (Path jar : distribution) Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
        LoopbackCluster cluster = new LoopbackCluster(home, sparkFlags, freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        try {
            cluster.launch("master", DAEMON_HEAP, "-Dspark.master.rest.enabled=false", "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(cluster.port), "--webui-port", "0");
            for (String w : List.of("worker-1", "worker-2")) {
                cluster.launch(w, DAEMON_HEAP, "-Dspark.worker.cleanup.enabled=false", "org.apache.spark.deploy.worker.Worker",
                        cluster.url(), "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1",
                        "--memory", "512m", "--work-dir", Files.createDirectories(home.resolve(w)).toString());
            }
            cluster.awaitWorkers();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** A worker's work directory ({@code worker-1}, {@code worker-2}): its executors' logs are under it. */
    Path workDir(String worker) {
        return home.resolve(worker);
    }

    /** The logs of the master and the workers, for a failure's message. */
    String logs() {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("master", "worker-1", "worker-2")) {
            b.append("\n--- ").append(name).append(".log (last lines) ---\n").append(tail(home.resolve(name + ".log")));
        }
        return b.toString();
    }

    /**
     * {@code spark-submit --master spark://… --class MAIN JAR ARGS…} as a process (the driver, client mode), waits for
     * it (at most {@code timeout}) and returns its exit status and output.
     */
    Submission submit(String name, Path jar, String mainClass, List<String> conf, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--master", url(), "--class", mainClass));
        for (String c : conf) command.addAll(List.of("--conf", c));
        command.add(jar.toString());
        command.addAll(args);
        Process driver = launch(name, DRIVER_HEAP, "-Dspark.ui.enabled=false", "org.apache.spark.deploy.SparkSubmit",
                command.toArray(String[]::new));
        try {
            if (!driver.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not end within " + timeout + "\n" + tail(home.resolve(name + ".err")) + logs());
            }
            return new Submission(driver.exitValue(), Files.readString(home.resolve(name + ".out")),
                    Files.readString(home.resolve(name + ".err")));
        } finally {
            end(driver);
        }
    }

    private Process launch(String name, String heap, String property, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap));
        command.addAll(sparkFlags);
        command.add(property);
        command.addAll(List.of("-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        if (mainClass.endsWith("SparkSubmit")) {
            pb.redirectOutput(home.resolve(name + ".out").toFile()).redirectError(home.resolve(name + ".err").toFile());
        } else {
            pb.redirectErrorStream(true).redirectOutput(home.resolve(name + ".log").toFile());
        }
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        // the workers' launcher reads the Scala version from a source build's directories unless told
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.remove("SPARK_CONF_DIR");
        Process p = pb.start();
        synchronized (processes) {
            processes.add(p);
        }
        return p;
    }

    private void awaitWorkers() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        Path log = home.resolve("master.log");
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) throw new IllegalStateException("a cluster process ended at start (exit " + p.exitValue() + ")" + logs());
            }
            if (Files.exists(log) && Files.readString(log).split("Registering worker ", -1).length - 1 >= 2) return;
            Thread.sleep(250);
        }
        throw new IllegalStateException("the two workers did not register with the master within " + START + logs());
    }

    /** Ends every process started, children (executors) included: politely, then by force. */
    @Override
    public void close() {
        List<Process> all;
        synchronized (processes) {
            all = new ArrayList<>(processes);
        }
        for (int i = all.size() - 1; i >= 0; i--) end(all.get(i));
        // the Spark home's links to the local repository go with the cluster (a temporary directory's
        // cleanup would warn about each)
        try (Stream<Path> links = Files.list(home.resolve("jars"))) {
            for (Path link : links.toList()) Files.deleteIfExists(link);
        } catch (IOException e) {
            // nothing left to end: the directory is temporary
        }
    }

    private static void end(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(15, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle c : children) {
            if (c.isAlive()) c.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String tail(Path file) {
        try {
            if (!Files.exists(file)) return "(none)";
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files named {@code name} under {@code dir}, at any depth. */
    static List<Path> find(Path dir, String name) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
        }
    }
}
