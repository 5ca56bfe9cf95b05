package org.alliancegraph.server.linkeddata;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store statistics, computed once per store version. {@link #current()} waits for a fresh
 * computation (VoID and the service description must be exact); {@link #latest()} never waits and
 * starts a background refresh when the store has changed (the description builder only needs
 * the list of predicates, and a stale list is a good hint).
 */
public final class StatisticsCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsCache.class);

    private final DatasetGraph dsg;
    private final StoreVersion version;
    private final String idSpace;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alliancegraph-statistics");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile StoreStatistics latest;

    public StatisticsCache(DatasetGraph dsg, StoreVersion version, String idSpace) {
        this.dsg = dsg;
        this.version = version;
        this.idSpace = idSpace;
    }

    /** Statistics of the store as it is now (computed here if the store changed since the last time). */
    public synchronized StoreStatistics current() {
        long now = version.current();
        StoreStatistics s = latest;
        if (s != null && s.version() == now && now != StoreVersion.UNKNOWN)
            return s;
        long start = System.nanoTime();
        s = StoreStatistics.compute(dsg, version, idSpace);
        LOG.info("store statistics for version {}: {} triples in {} ms", s.version(), s.triples(), (System.nanoTime() - start) / 1_000_000);
        latest = s;
        return s;
    }

    /** The last statistics computed, perhaps of an older version; empty before the first. */
    public Optional<StoreStatistics> latest() {
        StoreStatistics s = latest;
        if ((s == null || s.version() != version.current()) && refreshing.compareAndSet(false, true))
            background.execute(() -> {
                try {
                    current();
                } catch (RuntimeException e) {
                    LOG.warn("store statistics failed: {}", e.getMessage());
                } finally {
                    refreshing.set(false);
                }
            });
        return Optional.ofNullable(s);
    }

    @Override
    public void close() { background.shutdownNow(); }
}
