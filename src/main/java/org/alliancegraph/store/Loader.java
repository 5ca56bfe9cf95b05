package org.alliancegraph.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliancegraph.ingest.Article;
import org.alliancegraph.ingest.ArticleReader;
import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.ingest.Printable;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.ArticleGraph;

/**
 * Loads article files into the store. Extraction, which only touches memory, runs on several
 * threads; this thread alone writes, article after article in file order, into a write transaction
 * that stays open for a run of articles (see {@link Open}). Each article is all-or-nothing: a
 * transaction commits whole or not at all. One that fails is written again one article at a time,
 * so every article before the failing one is stored; a failing write means a failing store (disk
 * full…), so the load then stops with a {@link StoreException}, as it would have article by
 * article. Refused files are reported and skipped. Unchanged files are recognised by their hash
 * before they are extracted.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    private static final long PROGRESS_EVERY_MS = 5_000;
    /**
     * Articles per write transaction, at least. Large, because TDB2 copies every index block a
     * transaction touches: 10,000 articles in 64-article transactions left 14 GB on disk for about
     * 2 GB of live data (3,000 articles: 2.2 GB in batches of 64, 1.1 GB in batches of 512, 0.57 GB
     * live); and growing with the store (see {@link Open}).
     */
    public static final int DEFAULT_BATCH = 1024;
    /** A transaction commits after a minute at least (longer in a long run), bounding what a killed load loses. */
    private static final long BATCH_NANOS = 60_000_000_000L;

    private final KnowledgeStore store;
    private final Function<Article, ArticleGraph> extractor;
    private final ArticleReader reader = new ArticleReader();
    private final int workers;
    private final int batchSize;
    private boolean compactEveryBatch;

    public Loader(KnowledgeStore store, ArticleExtractor extractor) {
        this(store, extractor, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    /**
     * @param workers   extraction threads
     * @param batchSize articles per write transaction at least (1 = one transaction per article
     *                  while the store holds fewer than 16)
     */
    public Loader(KnowledgeStore store, ArticleExtractor extractor, int workers, int batchSize) {
        this(store, (Function<Article, ArticleGraph>) extractor::extract, workers, batchSize);
    }

    /** With any extraction function: tests use it to make an article that cannot be stored. */
    Loader(KnowledgeStore store, Function<Article, ArticleGraph> extractor, int workers, int batchSize) {
        if (workers < 1 || batchSize < 1)
            throw new IllegalArgumentException("workers and batch size must be at least 1");
        this.store = store;
        this.extractor = extractor;
        this.workers = workers;
        this.batchSize = batchSize;
    }

    /** For tests: compaction in the middle of a load without writing gigabytes first. */
    Loader compactEveryBatch() {
        compactEveryBatch = true;
        return this;
    }

    /** The outcome of a load run; {@code triples} counts the triples of the articles written. */
    public record Report(int added, int replaced, int unchanged, long triples, List<String> failures) {
        public int articles() { return added + replaced + unchanged; }

        public boolean ok() { return failures.isEmpty(); }
    }

    /** What extraction made of one file. */
    private sealed interface Extracted {
        record Graph(ArticleGraph graph) implements Extracted {}
        record Unchanged(String slug) implements Extracted {}
        record Refused(String message) implements Extracted {}
    }

    public Report load(List<Path> files, boolean force) {
        Tally tally = new Tally(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        Open open = null;
        try {
            // Enough extracted ahead to keep the workers busy while a batch commits, no more.
            int ahead = Math.max(2 * workers, Math.min(2 * batchSize, 256));
            Deque<Job> pending = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            long storedAtStart = store.articleSlugs().size();
            long bytes = store.bytesOnDisk();
            CompactionPolicy compaction = compactEveryBatch ? new CompactionPolicy(bytes, 0, 0) : CompactionPolicy.forLoads(bytes);
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < ahead) {
                    Path file = next.next();
                    pending.add(new Job(file, pool.submit(() -> extract(file, force))));
                }
                Job job = pending.poll();
                Extracted extracted = await(job.result());
                if (extracted instanceof Extracted.Graph g) {
                    String refusal = uriTaken(g.graph(), open == null ? Map.of() : open.sourceFiles);
                    if (refusal == null) {
                        if (open == null)
                            open = new Open();
                        if (!open.put(job.file(), g.graph(), force, tally)) {
                            open = null; // failed and written again article by article
                            continue;
                        }
                    } else {
                        tally.failures.add(refusal);
                        LOG.warn("refused {}", refusal);
                    }
                } else if (extracted instanceof Extracted.Refused r) {
                    tally.failures.add(r.message());
                } else {
                    tally.unchanged++;
                    LOG.debug("loaded {} (unchanged)", ((Extracted.Unchanged) extracted).slug());
                }
                if (open != null && open.full(storedAtStart + tally.added, tally.start)) {
                    open.commit(force, tally);
                    open = null;
                    compactIfDue(compaction, tally.triples);
                }
                tally.progressNowAndThen();
            }
            if (open != null) {
                open.commit(force, tally);
                open = null;
            }
            compactIfDue(compaction, tally.triples);
        } finally {
            if (open != null)
                open.batch.close();
            pool.shutdownNow();
        }
        tally.progress();
        return tally.report();
    }

    private record Job(Path file, Future<Extracted> result) {}

    /** An article put into the open transaction, counted once it commits. */
    private record Written(String slug, long triples, KnowledgeStore.Outcome outcome) {}

    /**
     * The open write transaction. Articles go into it as they come, so it can hold thousands of
     * them without holding them in memory; it commits at {@link #batchSize} articles or an eighth
     * of the store's, whichever is more (TDB2 leaves about the same dead blocks per commit however
     * many articles it holds, and more in a bigger store), or after a minute or a tenth of the run
     * so far: what a killed load loses.
     */
    private final class Open {
        final KnowledgeStore.Batch batch = store.openBatch();
        final long start = System.nanoTime();
        final List<Path> files = new ArrayList<>();
        final List<Written> written = new ArrayList<>();
        final Map<String, String> sourceFiles = new HashMap<>(); // slug -> source file, for URI collisions

        /** False if the transaction failed: then its articles were written again one by one. */
        boolean put(Path file, ArticleGraph graph, boolean force, Tally tally) {
            files.add(file);
            try {
                written.add(new Written(graph.slug(), graph.size(), batch.put(graph, force)));
            } catch (StoreException e) {
                writeOneByOne(force, tally);
                return false;
            }
            sourceFiles.put(graph.slug(), String.valueOf(store.sourceFile(graph)));
            return true;
        }

        boolean full(long storedArticles, long loadStart) {
            long now = System.nanoTime();
            return written.size() >= Math.max(batchSize, storedArticles / 8)
                    || now - start >= Math.max(BATCH_NANOS, (now - loadStart) / 10);
        }

        void commit(boolean force, Tally tally) {
            try {
                batch.commit();
            } catch (StoreException e) {
                writeOneByOne(force, tally);
                return;
            }
            for (Written w : written)
                tally.count(w.slug(), w.triples(), w.outcome());
        }

        /**
         * After a failure: drops the transaction and stores its articles again (extracted again: they
         * are not kept) one per transaction, so every article before the failing one is stored. A
         * failing article write is a failing store: the load stops.
         */
        private void writeOneByOne(boolean force, Tally tally) {
            batch.close();
            if (files.size() > 1)
                LOG.warn("a batch of {} articles failed to store; storing them one by one", files.size());
            for (Path file : files) {
                if (!(extract(file, force) instanceof Extracted.Graph g))
                    continue; // refused or unchanged this time: nothing to store
                try {
                    tally.count(g.graph().slug(), g.graph().size(), store.putAll(List.of(g.graph()), force).get(0));
                } catch (StoreException e) {
                    tally.progress();
                    String source = store.sourceFile(g.graph());
                    throw new StoreException(Printable.of(source != null ? source : g.graph().slug())
                            + " and the files after it were not stored: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Runs on an extraction thread: read, skip if unchanged, extract. Never touches the store for writing. */
    private Extracted extract(Path file, boolean force) {
        try {
            Article article = reader.read(file);
            if (!force && store.isCurrent(article.slug(), article.contentHash()))
                return new Extracted.Unchanged(article.slug());
            return new Extracted.Graph(extractor.apply(article));
        } catch (ArticleRejectedException e) {
            LOG.warn("refused {}", e.getMessage());
            return new Extracted.Refused(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // StackOverflowError: deep regex recursion on a pathological text is that article's failure.
            String message = Printable.of(file.getFileName().toString()) + ": extraction failed (" + e + ")";
            LOG.error("failed {}", message, e);
            return new Extracted.Refused(message);
        }
    }

    /**
     * Refuses an article whose URI another file's article has, in the store or earlier in this
     * batch; null when it is free.
     */
    private String uriTaken(ArticleGraph graph, Map<String, String> batchFiles) {
        String pending = batchFiles.get(graph.slug());
        String file = String.valueOf(store.sourceFile(graph));
        if (pending != null && !pending.equals(file))
            return new ArticleRejectedException(file, "its article URI " + store.uris().article(graph.slug())
                    + " is already taken by the stored article of file '" + pending + "'; rename one of the two files").getMessage();
        try {
            store.checkUriFree(graph);
            return null;
        } catch (ArticleRejectedException e) {
            return e.getMessage();
        }
    }

    /** Reclaims the dead blocks of earlier transactions once they outweigh the live data (see {@link CompactionPolicy}). */
    private void compactIfDue(CompactionPolicy compaction, long triplesWritten) {
        long bytes = store.bytesOnDisk(), free = store.usableSpace();
        if (!compaction.due(bytes, triplesWritten, free))
            return;
        long start = System.nanoTime();
        LOG.info("compacting the store: {} MB on disk, {} MB after the last compaction, about {} MB live, {} MB free",
                bytes >> 20, compaction.base() >> 20, compaction.liveEstimate(triplesWritten) >> 20, free >> 20);
        store.compact();
        long after = store.bytesOnDisk();
        compaction.compacted(after, triplesWritten);
        LOG.info(String.format("compacted in %.1f s: %d MB on disk", (System.nanoTime() - start) / 1e9, after >> 20));
    }

    private static Extracted await(Future<Extracted> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            // extract() catches what an article can throw; anything else is a bug or an Error.
            throw new IllegalStateException("extraction thread failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Counts, failures and the progress log of one run (used by the writing thread only). */
    private static final class Tally {
        private final int total;
        private final long start = System.nanoTime();
        private long lastProgress = System.currentTimeMillis();
        private int added, replaced, unchanged;
        private long triples;
        private final List<String> failures = new ArrayList<>();

        Tally(int total) { this.total = total; }

        void count(String slug, long articleTriples, KnowledgeStore.Outcome outcome) {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            if (outcome != KnowledgeStore.Outcome.UNCHANGED)
                triples += articleTriples;
            LOG.debug("loaded {} ({} triples)", slug, articleTriples); // the reliability tests read this line
        }

        void progressNowAndThen() {
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MS) {
                lastProgress = System.currentTimeMillis();
                progress();
            }
        }

        /** Articles dealt with (written, unchanged or refused), triples written, rate, errors. */
        void progress() {
            int done = added + replaced + unchanged + failures.size();
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            LOG.info(String.format("articles %d/%d, triples %d, %.1f articles/s, %.0f triples/s, errors %d",
                    done, total, triples, done / seconds, triples / seconds, failures.size()));
        }

        Report report() { return new Report(added, replaced, unchanged, triples, List.copyOf(failures)); }
    }
}
