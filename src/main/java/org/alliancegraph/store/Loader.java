package org.alliancegraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.ingest.Printable;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.ArticleGraph;

/**
 * Loads article files into the store one by one: extract in memory, then one write transaction.
 * A refused or failing article is reported and skipped; the others still load.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    private static final long PROGRESS_EVERY_MS = 5_000;

    private final KnowledgeStore store;
    private final ArticleExtractor extractor;

    public Loader(KnowledgeStore store, ArticleExtractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    /** The outcome of a load run. */
    public record Report(int added, int replaced, int unchanged, long triples, List<String> failures) {
        public int articles() { return added + replaced + unchanged; }

        public boolean ok() { return failures.isEmpty(); }
    }

    public Report load(List<Path> files, boolean force) {
        int added = 0, replaced = 0, unchanged = 0;
        long triples = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        long lastProgress = System.currentTimeMillis();
        for (Path file : files) {
            try {
                ArticleGraph graph = extractor.extract(file);
                switch (store.put(graph, force)) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
                triples += graph.size();
                LOG.debug("loaded {} ({} triples)", graph.slug(), graph.size());
            } catch (ArticleRejectedException e) {
                failures.add(e.getMessage());
                LOG.warn("refused {}", e.getMessage());
            } catch (StoreException e) {
                // The store itself fails (disk full…): every further article would fail the same way.
                progress(added + replaced + unchanged, files.size(), triples, failures.size() + 1, start);
                throw new StoreException(Printable.of(file.getFileName().toString()) + " and the files after it were not stored: " + e.getMessage(), e);
            } catch (RuntimeException | StackOverflowError e) {
                // One bad article must not stop the folder; the transaction has rolled back.
                // StackOverflowError: deep regex recursion on a pathological text is that article's failure.
                String message = Printable.of(file.getFileName().toString()) + ": extraction or storage failed (" + e + ")";
                failures.add(message);
                LOG.error("failed {}", message, e);
            }
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MS) {
                lastProgress = System.currentTimeMillis();
                progress(added + replaced + unchanged, files.size(), triples, failures.size(), start);
            }
        }
        progress(added + replaced + unchanged, files.size(), triples, failures.size(), start);
        return new Report(added, replaced, unchanged, triples, List.copyOf(failures));
    }

    private static void progress(int done, int total, long triples, int errors, long startNanos) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        LOG.info(String.format("articles %d/%d, triples %d, %.1f articles/s, errors %d",
                done, total, triples, done / seconds, errors));
    }
}
