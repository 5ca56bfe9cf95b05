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
 * threads; this thread alone writes, a batch of extracted articles per write transaction, in file
 * order. Each article is all-or-nothing: a batch commits whole or not at all. A batch that fails
 * is written again one article at a time, so every article before the failing one is stored; a
 * failing write means a failing store (disk full…), so the load then stops with a
 * {@link StoreException}, as it would have article by article. Refused files are reported and
 * skipped. Unchanged files are recognised by their hash before they are extracted.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    private static final long PROGRESS_EVERY_MS = 5_000;
    /**
     * Articles per write transaction. Large, because TDB2 copies every index block a transaction
     * touches: 10,000 articles in 64-article transactions left 14 GB on disk for about 2 GB of
     * live data (3,000 articles: 2.2 GB in batches of 64, 1.1 GB in batches of 512, 0.57 GB live).
     */
    public static final int DEFAULT_BATCH = 1024;
    /** A batch also ends at this many triples, bounding memory for very long articles. */
    private static final long BATCH_TRIPLES = 400_000;
    /** ...and after a minute, so that a killed load loses at most about a minute of work. */
    private static final long BATCH_NANOS = 60_000_000_000L;

    private final ArticleSink sink;
    /** The transactional store, whose dead blocks need compaction; null for a bulk build, which leaves none. */
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
     * @param batchSize articles per write transaction (1 = one transaction per article)
     */
    public Loader(KnowledgeStore store, ArticleExtractor extractor, int workers, int batchSize) {
        this(store, (Function<Article, ArticleGraph>) extractor::extract, workers, batchSize);
    }

    /** With any extraction function: tests use it to make an article that cannot be stored. */
    Loader(KnowledgeStore store, Function<Article, ArticleGraph> extractor, int workers, int batchSize) {
        this(store, store, extractor, workers, batchSize);
    }

    private Loader(ArticleSink sink, KnowledgeStore store, Function<Article, ArticleGraph> extractor, int workers, int batchSize) {
        if (workers < 1 || batchSize < 1)
            throw new IllegalArgumentException("workers and batch size must be at least 1");
        this.sink = sink;
        this.store = store;
        this.extractor = extractor;
        this.workers = workers;
        this.batchSize = batchSize;
    }

    /** Loads into a new store that {@code build} writes with TDB2's bulk loader (then {@link BulkBuild#finish}). */
    public static Loader bulk(BulkBuild build, ArticleExtractor extractor, int workers) {
        // Small batches: the bulk loader's own threads start indexing early instead of idling until 1,024 articles are extracted.
        return new Loader(build, null, extractor::extract, workers, 64);
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
        try {
            // Enough extracted ahead to keep the workers busy while a batch is written, no more.
            int ahead = Math.max(2 * workers, Math.min(2 * batchSize, 256));
            Deque<Future<Extracted>> pending = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            List<ArticleGraph> batch = new ArrayList<>();
            Map<String, String> batchFiles = new HashMap<>(); // slug -> source file, for URI collisions
            long batchTriples = 0, batchStart = 0;
            long bytes = store == null ? 0 : store.bytesOnDisk();
            CompactionPolicy compaction = compactEveryBatch ? new CompactionPolicy(bytes, 0, 0) : CompactionPolicy.forLoads(bytes);
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < ahead) {
                    Path file = next.next();
                    pending.add(pool.submit(() -> extract(file, force)));
                }
                Extracted extracted = await(pending.poll());
                if (extracted instanceof Extracted.Graph g) {
                    String refusal = uriTaken(g.graph(), batchFiles);
                    if (refusal == null) {
                        if (batch.isEmpty())
                            batchStart = System.nanoTime();
                        batch.add(g.graph());
                        batchFiles.put(g.graph().slug(), String.valueOf(sink.sourceFile(g.graph())));
                        batchTriples += g.graph().size();
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
                if (batch.size() >= batchSize || batchTriples >= BATCH_TRIPLES
                        || (!batch.isEmpty() && System.nanoTime() - batchStart >= BATCH_NANOS)) {
                    write(batch, force, tally);
                    batchFiles.clear();
                    batchTriples = 0;
                    compactIfDue(compaction, tally.triples);
                }
                tally.progressNowAndThen();
            }
            write(batch, force, tally);
            compactIfDue(compaction, tally.triples);
        } finally {
            pool.shutdownNow();
        }
        tally.progress();
        return tally.report();
    }

    /** Runs on an extraction thread: read, skip if unchanged, extract. Never touches the store for writing. */
    private Extracted extract(Path file, boolean force) {
        try {
            Article article = reader.read(file);
            if (!force && sink.isCurrent(article.slug(), article.contentHash()))
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
        String file = String.valueOf(sink.sourceFile(graph));
        if (pending != null && !pending.equals(file))
            return sink.uriTaken(graph, file, pending).getMessage();
        try {
            sink.checkUriFree(graph);
            return null;
        } catch (ArticleRejectedException e) {
            return e.getMessage();
        }
    }

    /**
     * One transaction for the batch; if it fails, one per article, so that every article before
     * the failing one is stored. A failing article write is a failing store: the load stops.
     */
    private void write(List<ArticleGraph> batch, boolean force, Tally tally) {
        if (batch.isEmpty())
            return;
        try {
            List<KnowledgeStore.Outcome> outcomes = sink.putAll(batch, force);
            for (int i = 0; i < batch.size(); i++)
                tally.count(batch.get(i), outcomes.get(i));
        } catch (StoreException batchFailure) {
            if (batch.size() > 1)
                LOG.warn("a batch of {} articles failed to store; storing them one by one", batch.size());
            for (ArticleGraph graph : batch) {
                try {
                    tally.count(graph, sink.putAll(List.of(graph), force).get(0));
                } catch (StoreException e) {
                    tally.progress();
                    String file = sink.sourceFile(graph);
                    throw new StoreException(Printable.of(file != null ? file : graph.slug())
                            + " and the files after it were not stored: " + e.getMessage(), e);
                }
            }
        }
        batch.clear();
    }

    /** Reclaims the dead blocks of earlier transactions once they outweigh the live data (see {@link CompactionPolicy}). */
    private void compactIfDue(CompactionPolicy compaction, long triplesWritten) {
        if (store == null)
            return;
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

        void count(ArticleGraph graph, KnowledgeStore.Outcome outcome) {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            if (outcome != KnowledgeStore.Outcome.UNCHANGED)
                triples += graph.size();
            LOG.debug("loaded {} ({} triples)", graph.slug(), graph.size()); // the reliability tests read this line
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
