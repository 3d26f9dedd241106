package org.zhonghe.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of issue 20 item 2: DuckDB's DOUBLE query written as the leanest Java can do it, to
 * learn what a JVM process on this host needs for that work alone. It reads emissions.csv on two
 * threads in 1 MB blocks, sums {@code amount × (0.001 if kg) × GWP} per entity as a binary double
 * (as DuckDB's DOUBLE query does, with its five AR5 weights), merges the threads' sums, sorts the
 * entities and writes {@code entity,co2e}. It reads no entities.csv, checks nothing, judges
 * nothing, and takes ids of at most 8 bytes and cells without quotes: it is a measurement, not a
 * reader (docs/performance.md, session 20).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp bench/target/classes org.zhonghe.bench.FloorScan DIR OUT</pre>
 */
public final class FloorScan {
    private static final int BLOCK = 1 << 20;
    private static final int SLOTS = 1 << 21;
    /** With -Dbatched: slots loaded 256 rows at a time before they are added to, as EmissionRows does. */
    private static final boolean BATCHED = Boolean.getBoolean("batched");

    /** One thread's sums: open addressing by id, the id packed big-endian into a long. */
    private static final class Sums {
        final long[] keys = new long[SLOTS];
        final double[] sums = new double[SLOTS];
        int size;
        /** Rows put off, so that the slots of 256 of them are loaded before any is added to. */
        final long[] pendingKeys = new long[256];
        final double[] pendingValues = new double[256];
        final int[] pendingSlots = new int[256];
        int pending;
        long sink;

        void put(long key, double v) {
            if (!BATCHED) { add(key, v); return; }
            pendingKeys[pending] = key;
            pendingValues[pending++] = v;
            if (pending == 256) flush();
        }

        void flush() {
            int n = pending;
            for (int k = 0; k < n; k++) pendingSlots[k] = (int) (pendingKeys[k] * 0x9E3779B97F4A7C15L >>> 43);
            long t = 0;
            for (int k = 0; k < n; k++) t += keys[pendingSlots[k]] + (long) sums[pendingSlots[k]];
            sink += t;
            for (int k = 0; k < n; k++) add(pendingKeys[k], pendingValues[k]);
            pending = 0;
        }

        void add(long key, double v) {
            int i = (int) (key * 0x9E3779B97F4A7C15L >>> 43);
            while (true) {
                long k = keys[i];
                if (k == key) { sums[i] += v; return; }
                if (k == 0) { keys[i] = key; sums[i] = v; size++; return; }
                i = (i + 1) & (SLOTS - 1);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path file = Path.of(args[0]).resolve("emissions.csv");
        Path out = Path.of(args[1]);
        long length = Files.size(file);
        AtomicLong next = new AtomicLong();
        Sums[] parts = new Sums[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    parts[id] = scan(ch, length, next);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        long scanned = System.nanoTime();
        Sums all = parts[0];
        Sums other = parts[1];
        for (int i = 0; i < SLOTS; i++) if (other.keys[i] != 0) all.add(other.keys[i], other.sums[i]);
        long[] order = new long[all.size];
        double[] byKey = new double[all.size];
        int n = 0;
        for (int i = 0; i < SLOTS; i++) if (all.keys[i] != 0) order[n++] = all.keys[i];
        Arrays.sort(order); // big-endian ASCII ids: the sign bit is 0, so this is the ids' order
        double total = 0;
        for (int i = 0; i < n; i++) {
            byKey[i] = find(all, order[i]);
            total += byKey[i];
        }
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            o.write("entity,co2e\n".getBytes(StandardCharsets.US_ASCII));
            byte[] id = new byte[8];
            for (int i = 0; i < n; i++) {
                int len = 0;
                for (int s = 56; s >= 0 && (order[i] >>> s & 0xFF) != 0; s -= 8) id[len++] = (byte) (order[i] >>> s);
                o.write(id, 0, len);
                o.write(',');
                o.write(Double.toString(byKey[i]).getBytes(StandardCharsets.US_ASCII));
                o.write('\n');
            }
        }
        long written = System.nanoTime();
        System.out.println("floor: " + n + " entities, total " + total);
        System.out.printf("floor: scan %.3f s, merge, sort and write %.3f s (from main's start)%n",
                (scanned - started) / 1e9, (written - scanned) / 1e9);
    }

    private static double find(Sums s, long key) {
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 43);
        while (s.keys[i] != key) i = (i + 1) & (SLOTS - 1);
        return s.sums[i];
    }

    /** Takes 1 MB blocks in turn; a line belongs to the block it starts in (the header to none). */
    private static Sums scan(FileChannel ch, long length, AtomicLong next) throws IOException {
        Sums s = new Sums();
        byte[] buf = new byte[BLOCK + 4096];
        ByteBuffer bb = ByteBuffer.wrap(buf);
        for (long at = next.getAndAdd(BLOCK); at < length; at = next.getAndAdd(BLOCK)) {
            long start = at == 0 ? 0 : at - 1; // one byte before: is the block's first byte a line's first?
            bb.clear();
            int got = 0;
            while (got < buf.length && start + got < length) {
                int r = ch.read(bb, start + got);
                if (r < 0) break;
                got += r;
            }
            int end = (int) Math.min(got, at + BLOCK - start); // lines starting before this are ours
            int i = 0;
            if (at == 0) {
                while (buf[i] != '\n') i++; // the header
                i++;
            } else {
                while (buf[i] != '\n') i++; // the line that began in the block before
                i++;
            }
            while (i < end) i = line(buf, i, s);
        }
        s.flush();
        return s;
    }

    /** Reads the line at {@code i}, adds its amount; returns the start of the next line. */
    private static int line(byte[] b, int i, Sums s) {
        long key = 0;
        int len = 0;
        while (b[i] != ',') {
            key = key << 8 | (b[i++] & 0xFF);
            if (++len > 8) throw new IllegalArgumentException("FloorScan takes ids of at most 8 bytes");
        }
        i++;
        int gasAt = i;
        while (b[i] != ',') i++;
        double w = gwp(b, gasAt, i);
        i++;
        long m = 0;
        int scale = -1;
        while (b[i] != ',') {
            byte c = b[i++];
            if (c == '.') scale = 0;
            else {
                m = m * 10 + (c - '0');
                if (scale >= 0) scale++;
            }
        }
        i++;
        double amount = scale <= 0 ? m : m / POW10[scale];
        if (b[i] == 'k') amount *= 0.001;
        while (b[i] != '\n') i++;
        s.put(key << (8 * (8 - len)), amount * w);
        return i + 1;
    }

    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    private static double gwp(byte[] b, int from, int to) {
        switch (b[from]) {
            case 'C': return b[from + 2] == '2' ? 1 : 28; // CO2, CH4
            case 'N': return 265;
            case 'H': return 1300;
            case 'S': return 23500;
            default: throw new IllegalArgumentException(new String(b, from, to - from, StandardCharsets.US_ASCII));
        }
    }
}
