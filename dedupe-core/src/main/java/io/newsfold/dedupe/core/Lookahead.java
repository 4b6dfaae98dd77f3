package io.newsfold.dedupe.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A sequence mapped on worker threads, at most {@code depth} items ahead of its reader, read back in the
 * sequence's order. The dedupe pipeline decides articles one at a time, in order; the text-only third of each
 * article's cost ({@link DedupePipeline#prepare}) can run on the other cores meanwhile. With no workers the map
 * runs on the reading thread, as a plain loop would.
 *
 * <p>The source is read on the reader's thread only; the map must be safe to run on several threads at once.
 */
public final class Lookahead<I, O> implements Iterator<O>, AutoCloseable {
    private final Iterator<I> source;
    private final Function<I, O> map;
    private final ExecutorService workers;
    private final Deque<Future<O>> pending = new ArrayDeque<>();
    private final int depth;

    /** {@code name} names the worker threads ("name-1", ...), for thread dumps and profiles. */
    public Lookahead(String name, Iterator<I> source, Function<I, O> map, int threads, int depth) {
        if (threads < 0 || depth < 1) {
            throw new IllegalArgumentException("threads must be >= 0 and depth >= 1");
        }
        this.source = source;
        this.map = map;
        this.depth = depth;
        AtomicInteger created = new AtomicInteger();
        this.workers = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + created.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Worker threads that leave one core to the reader: none on a single core. */
    public static int spareCores() {
        return Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    }

    @Override
    public boolean hasNext() {
        return workers == null ? source.hasNext() : !fill().isEmpty();
    }

    @Override
    public O next() {
        if (workers == null) {
            return map.apply(source.next());
        }
        Future<O> next = fill().poll();
        if (next == null) {
            throw new NoSuchElementException();
        }
        try {
            return next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a prepared item", e);
        }
    }

    private Deque<Future<O>> fill() {
        while (pending.size() < depth && source.hasNext()) {
            I item = source.next();
            pending.add(workers.submit(() -> map.apply(item)));
        }
        return pending;
    }

    /**
     * Cancels what was not read and waits briefly for maps already running, so that none outlives its reader by
     * much (a map that ignores interruption still finishes its item, and its result is dropped).
     */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
