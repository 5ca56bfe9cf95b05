package org.alliancegraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.rdf.ArticleGraph;
import org.alliancegraph.rdf.UriScheme;

/**
 * A new store written by TDB2's parallel bulk loader ({@code load --bulk}): for the first load of
 * a large archive. Transactions copy every index block they touch, so a large load in
 * transactions leaves dead blocks that need compacting (see {@link Loader}); the bulk loader
 * writes each index once. It writes outside any transaction, though, so a build cut short leaves
 * a database that must not be used. Hence: only an empty or absent directory (or an unfinished
 * build) is built into, so nothing stored before is at risk; the marker file {@value #UNFINISHED}
 * is there from before the first write until the text index and the ontology are in, and while
 * it is there {@link KnowledgeStore#open} refuses the directory; the next build starts it over.
 */
public final class BulkBuild implements ArticleSink {
    /** Marker file of a build that has not finished (interrupted, failed, or still running). */
    public static final String UNFINISHED = "bulk-load-unfinished";
    private static final Logger LOG = LoggerFactory.getLogger(BulkBuild.class);

    private final Path directory;
    private final UriScheme uris;
    private final DatasetGraph tdb;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final FileChannel markerChannel;
    private final FileLock markerLock;
    /** slug -> source file of every article written so far: URI collisions within the build. */
    private final Map<String, String> written = new HashMap<>();
    private final Node referenceGraph;

    private BulkBuild(Path directory, UriScheme uris, FileChannel markerChannel, FileLock markerLock) {
        this.directory = directory;
        this.uris = uris;
        this.markerChannel = markerChannel;
        this.markerLock = markerLock;
        this.referenceGraph = NodeFactory.createURI(uris.referenceGraph());
        this.tdb = DatabaseMgr.connectDatasetGraph(directory.toString());
        // Progress is the Loader's (articles, triples, rate); the bulk loader's own lines would repeat it.
        this.loader = LoaderFactory.parallelLoader(tdb, MonitorOutputs.nullOutput());
        loader.startBulk();
        this.stream = loader.stream();
    }

    /**
     * Starts a build in {@code directory}, which must be absent, empty, or an unfinished build
     * (emptied first).
     *
     * @throws StoreException if the directory holds anything else, or another build is running in it
     */
    public static BulkBuild start(Path directory, UriScheme uris) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path marker = dir.resolve(UNFINISHED);
            boolean unfinished = Files.exists(marker);
            if (!unfinished && !isEmpty(dir))
                throw new StoreException("load --bulk builds a new store and needs an empty data directory; " + dir
                        + " already holds files. Load into it without --bulk, or give a new --data.");
            FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new StoreException("another bulk load is writing " + dir + " (its marker " + UNFINISHED + " is locked)");
            }
            if (unfinished) {
                LOG.warn("{} holds an unfinished bulk load (interrupted or failed): starting it over", dir);
                deleteAllBut(dir, marker);
            }
            try {
                return new BulkBuild(dir, uris, channel, lock);
            } catch (RuntimeException e) {
                // The database could not be opened for bulk loading: let the next build (or this JVM) try again.
                lock.release();
                channel.close();
                throw new StoreException("cannot start a bulk load in " + dir + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new StoreException("cannot prepare " + dir + " for a bulk load: " + e.getMessage(), e);
        }
    }

    /** Whether {@code directory} holds a bulk build that has not finished. */
    public static boolean isUnfinished(Path directory) {
        return Files.exists(directory.resolve(UNFINISHED));
    }

    @Override
    public UriScheme uris() { return uris; }

    /** Nothing is stored before the build: no article is current. */
    @Override
    public boolean isCurrent(String slug, String contentHash) { return false; }

    @Override
    public void checkUriFree(ArticleGraph article) throws ArticleRejectedException {
        String earlier = written.get(article.slug());
        String file = sourceFile(article);
        if (earlier != null && file != null && !earlier.equals(file))
            throw uriTaken(article, file, earlier);
    }

    /** Streams the articles into the bulk loader; an article already written from the same file is left alone. */
    @Override
    public List<KnowledgeStore.Outcome> putAll(List<ArticleGraph> articles, boolean force) {
        List<KnowledgeStore.Outcome> outcomes = new ArrayList<>(articles.size());
        try {
            for (ArticleGraph article : articles) {
                if (written.containsKey(article.slug())) {
                    outcomes.add(KnowledgeStore.Outcome.UNCHANGED);
                    continue;
                }
                Node g = NodeFactory.createURI(article.graphUri());
                article.graph().find().forEachRemaining(t -> stream.quad(new Quad(g, t)));
                // The bulk loader drops the copies that many articles' reference triples make.
                article.reference().find().forEachRemaining(t -> stream.quad(new Quad(referenceGraph, t)));
                written.put(article.slug(), String.valueOf(sourceFile(article)));
                outcomes.add(KnowledgeStore.Outcome.ADDED);
            }
        } catch (RuntimeException | InternalError e) {
            throw failed(e);
        }
        return outcomes;
    }

    /**
     * Completes the build: the bulk loader's indexes, then (as any store) the text index from the
     * stored triples and the ontology graph; then the marker goes. Returns the store, open.
     */
    public KnowledgeStore finish(Graph ontology) {
        long start = System.nanoTime();
        try {
            loader.finishBulk();
        } catch (RuntimeException | InternalError e) {
            throw failed(e);
        }
        LOG.info(String.format("bulk loader finished: %d quads, %.1f s to complete its indexes",
                loader.countQuads(), (System.nanoTime() - start) / 1e9));
        KnowledgeStore store = KnowledgeStore.openUnfinished(directory, uris);
        TextIndexSync.indexAll(store.dataset());
        store.putOntology(ontology);
        try {
            markerLock.release();
            markerChannel.close();
            Files.delete(directory.resolve(UNFINISHED));
        } catch (IOException e) {
            throw new StoreException("the bulk load into " + directory + " is complete, but its marker " + UNFINISHED
                    + " could not be removed (" + e.getMessage() + "); remove it by hand", e);
        }
        return store;
    }

    /**
     * Gives up an unfinished build (the store stays unusable until a new build starts over): releases
     * the database and the marker's lock so that this JVM can build here again.
     */
    public void abandon() {
        try {
            loader.finishException(new IllegalStateException("bulk load abandoned"));
        } catch (RuntimeException e) {
            LOG.debug("abandoning the bulk loader: {}", e.toString());
        }
        TDBInternal.expel(tdb, true);
        try {
            markerLock.release();
            markerChannel.close();
        } catch (IOException e) {
            LOG.debug("releasing the marker: {}", e.toString());
        }
    }

    private StoreException failed(Throwable e) {
        return new StoreException("the bulk load into " + directory + " failed: " + e + KnowledgeStore.freeSpace(directory)
                + ". The directory holds an unfinished store:"
                + " run load --bulk into it again to start over, or delete it.", e);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by a build in this JVM
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteAllBut(Path dir, Path keep) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList())
                if (!f.equals(dir) && !f.equals(keep))
                    Files.delete(f);
        }
    }
}
