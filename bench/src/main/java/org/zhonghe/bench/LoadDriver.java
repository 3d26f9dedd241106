package org.zhonghe.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on one route of a Zhonghe server on this machine (bench/run-load.sh): a fixed
 * number of workers each send one request after another, for at most {@code --requests} requests
 * and at most {@code --seconds} seconds after a warm-up, and it prints one line: requests per
 * second, median and 99th-percentile latency in milliseconds, and the error count (a failed
 * exchange, or a status that is not 2xx and not listed in {@code --expect}).
 *
 * <p>Loopback only: a URL whose host is not a loopback address is refused. JDK HttpClient over
 * HTTP/1.1, no {@code Expect: 100-continue}. Depends on nothing but the JDK, so that it also runs
 * as a single source file: {@code java bench/src/main/java/org/zhonghe/bench/LoadDriver.java …}.
 *
 * <pre>
 * LoadDriver --url http://127.0.0.1:PORT/api/v1/check --token T [--method POST --body FILE --type application/yaml]
 *            [--concurrency 8] [--requests 100000] [--seconds 30] [--warmup 5] [--expect 429] [--label NAME]
 * </pre>
 */
public final class LoadDriver {
    private LoadDriver() {}

    /** What one run measured; latencies in nanoseconds, sorted. */
    record Result(String label, long[] latencies, long errors, Map<Integer, Long> statuses, double seconds) {
        double perSecond() {
            return latencies.length / seconds;
        }

        /** The latency below which {@code p} percent of the requests fell, in milliseconds (nearest rank). */
        double percentileMillis(double p) {
            if (latencies.length == 0) return Double.NaN;
            int rank = (int) Math.ceil(p / 100 * latencies.length);
            return latencies[Math.max(0, rank - 1)] / 1e6;
        }

        String line() {
            return String.format("%-34s %7d req %6.1f s %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms  errors %d  statuses %s",
                    label, latencies.length, seconds, perSecond(), percentileMillis(50), percentileMillis(99), errors, statuses);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        URI url = URI.create(required(o, "--url"));
        if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("--url must be on this machine (a loopback address), not " + url.getHost());
        }
        int concurrency = Integer.parseInt(o.getOrDefault("--concurrency", "8"));
        long requests = Long.parseLong(o.getOrDefault("--requests", "100000"));
        double seconds = Double.parseDouble(o.getOrDefault("--seconds", "30"));
        double warmup = Double.parseDouble(o.getOrDefault("--warmup", "5"));
        if (concurrency < 1 || concurrency > 256 || requests < 1 || seconds <= 0 || seconds > 600 || warmup < 0 || warmup > 120) {
            throw new IllegalArgumentException("bounds: 1..256 workers, at least 1 request, 0 < seconds <= 600, 0 <= warmup <= 120");
        }
        byte[] body = o.containsKey("--body") ? Files.readAllBytes(Path.of(o.get("--body"))) : null;
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .method(o.getOrDefault("--method", "GET"),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (o.containsKey("--token")) b.header("Authorization", "Bearer " + o.get("--token"));
        if (o.containsKey("--type")) b.header("Content-Type", o.get("--type"));
        HttpRequest request = b.build();
        List<Integer> expected = new ArrayList<>();
        if (o.containsKey("--expect")) for (String s : o.get("--expect").split(",")) expected.add(Integer.parseInt(s.strip()));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        if (warmup > 0) run(client, request, expected, concurrency, Long.MAX_VALUE, warmup, "warm-up");
        Result r = run(client, request, expected, concurrency, requests, seconds, o.getOrDefault("--label", url.getPath()));
        System.out.println(r.line());
        System.exit(r.errors() == 0 ? 0 : 1);
    }

    /** Sends {@code request} from {@code concurrency} workers until {@code limit} are sent or {@code seconds} have passed. */
    static Result run(HttpClient client, HttpRequest request, List<Integer> expected, int concurrency, long limit, double seconds,
            String label) throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<long[]> perWorker = new ArrayList<>();
        List<Map<Integer, Long>> statusesPerWorker = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Map<Integer, Long> statuses = new TreeMap<>();
            statusesPerWorker.add(statuses);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= limit) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    statuses.merge(status, 1L, Long::sum);
                    if (status < 200 || status > 299 && !expected.contains(status)) errors.incrementAndGet();
                    if (count[0] == mine[0].length) mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                    mine[0][count[0]++] = took;
                }
                synchronized (perWorker) {
                    perWorker.add(Arrays.copyOf(mine[0], count[0]));
                }
            }, "load-" + w);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> statuses = new TreeMap<>();
        for (Map<Integer, Long> m : statusesPerWorker) m.forEach((k, v) -> statuses.merge(k, v, Long::sum));
        return new Result(label, all, errors.get(), statuses, elapsed);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) throw new IllegalArgumentException("expected --name value at " + args[i]);
            o.put(args[i], args[i + 1]);
        }
        return o;
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) throw new IllegalArgumentException(name + " is required");
        return v;
    }
}
