package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** The worker threads of a batch phase: daemon threads by name, and their results with their own exceptions. */
final class Workers {
    private Workers() {}

    /** {@code threads} daemon threads named {@code name}; shut it down when the phase ends. */
    static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(threads, 1), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code task} for workers 0 … {@code threads − 1}, each on a thread of its own (named
     * {@code name}), and returns their results in worker order; a runtime exception a worker threw
     * is thrown as itself.
     */
    static <T> List<T> each(String name, int threads, IntFunction<T> task) {
        ExecutorService pool = pool(name, threads);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                running.add(pool.submit(() -> task.apply(worker)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) results.add(result(f));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's result; a runtime exception it threw is thrown as itself. */
    static <T> T result(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
