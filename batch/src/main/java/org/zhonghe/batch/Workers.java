package org.zhonghe.batch;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
