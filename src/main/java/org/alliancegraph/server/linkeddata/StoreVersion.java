package org.alliancegraph.server.linkeddata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.alliancegraph.store.KnowledgeStore;

/**
 * Which state of the store a response was built from. TDB2 counts its committed write
 * transactions (the "data version"); every change to the store — our loader or an authenticated
 * update — is one. Validators (ETag, Last-Modified) and caches key on it instead of on the data.
 * (Read inside a read transaction, it is the version of exactly the snapshot being read.)
 * The counter restarts with the process, so the ETag also carries the start of this process.
 */
public final class StoreVersion {
    /** A store that is not TDB2 has no version: nothing may be cached. */
    public static final long UNKNOWN = -1;

    private final DatasetGraph dsg;
    private final String processTag = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicReference<Seen> lastSeen = new AtomicReference<>(new Seen(UNKNOWN, Instant.EPOCH));

    private record Seen(long version, Instant since) {}

    /** @param dsg the store, perhaps wrapped (by jena-text, for instance); the version is its TDB2 base's */
    public StoreVersion(DatasetGraph dsg) { this.dsg = KnowledgeStore.tdb2(dsg); }

    /** The data version of the snapshot a read transaction sees now (inside one: of that transaction). */
    public long current() {
        if (dsg == null)
            return UNKNOWN;
        return Txn.calculateRead(dsg, () ->
                TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion());
    }

    /** Whether validators and caches can be used at all. */
    public boolean known() { return current() != UNKNOWN; }

    /** An opaque tag for this state of the store, to build ETags from. */
    public String tag() { return processTag + "." + current(); }

    /**
     * When this process first saw the current version (whole seconds, as HTTP dates have): the
     * store cannot have changed since, so it is a safe Last-Modified.
     */
    public Instant lastModified() {
        long now = current();
        Seen seen = lastSeen.updateAndGet(s -> s.version() == now ? s
                : new Seen(now, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        return seen.since();
    }
}
