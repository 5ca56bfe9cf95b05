package org.alliancegraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

import org.alliancegraph.Version;
import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.rdf.AG;
import org.alliancegraph.rdf.ArticleGraph;
import org.alliancegraph.rdf.UriScheme;

/**
 * The TDB2 store (CONTRACT §2): one named graph per article, the reference graph, the ontology
 * graph. It is opened as the configuration file describes it (TDB2 plus the full-text index, see
 * {@link StoreConfig}), so loads, replacements and removals keep the text index in step. Every change is one write transaction that only runs after the article was extracted in
 * memory, so a failing article leaves nothing behind.
 */
public final class KnowledgeStore implements ArticleSink {
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final Path directory;
    private final UriScheme uris;
    private final DatasetGraph dsg;

    private KnowledgeStore(Path directory, UriScheme uris, DatasetGraph dsg) {
        this.directory = directory;
        this.uris = uris;
        this.dsg = dsg;
    }

    /** Opens (or creates) the store in {@code directory}; a clear error if it cannot be used. */
    public static KnowledgeStore open(Path directory, UriScheme uris) {
        return open(directory, uris, null);
    }

    /**
     * Opens (or creates) the store in {@code directory} as the assembler file {@code config} describes
     * it (null: the default file). The dataset is shared per directory in this JVM, so the first
     * opening decides its settings (query timeout, spill threshold…): a server must open its store
     * with its own configuration.
     */
    public static KnowledgeStore open(Path directory, UriScheme uris, Path config) {
        Path dir = directory.toAbsolutePath().normalize();
        if (BulkBuild.isUnfinished(dir))
            throw new StoreException("the store in " + dir + " is an unfinished bulk load (interrupted, failed or still running)"
                    + " and cannot be used: run load --bulk into it again to start over, or delete it");
        return openUnfinished(dir, uris, config);
    }

    /** Opens the store of a bulk build before its marker goes (only {@link BulkBuild#finish} may). */
    static KnowledgeStore openUnfinished(Path directory, UriScheme uris) {
        return openUnfinished(directory.toAbsolutePath().normalize(), uris, null);
    }

    private static KnowledgeStore openUnfinished(Path dir, UriScheme uris, Path config) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir))
            throw new StoreException("data directory " + dir + " is not a directory");
        if (!Files.isWritable(dir))
            throw new StoreException("data directory " + dir + " is not writable");
        try {
            return new KnowledgeStore(dir, uris, StoreConfig.open(dir, config));
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Failed to get a lock"))
                throw new StoreException("the store in " + dir + " is in use by another process (a running serve?): "
                        + "stop it first, or give another --data", e);
            throw new StoreException("cannot open the TDB2 store in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path directory() { return directory; }

    @Override
    public UriScheme uris() { return uris; }

    public DatasetGraph dataset() { return dsg; }

    /** Replaces the ontology graph if it differs from {@code ontology}. */
    public void putOntology(Graph ontology) {
        Node g = NodeFactory.createURI(uris.ontologyGraph());
        write(() -> {
            Graph current = dsg.getGraph(g);
            if (current.size() == ontology.size() && current.isIsomorphicWith(ontology))
                return null;
            dsg.removeGraph(g);
            ontology.find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            return null;
        });
    }

    /**
     * Stores an article graph, replacing an earlier version. An article whose file and loader
     * version are unchanged is left alone unless {@code force}.
     *
     * @throws ArticleRejectedException if another file's article already has this article's URI
     *         (file names that differ only in case, punctuation or non-Latin letters share a slug)
     * @throws StoreException if the storage fails (disk full, file size limit, I/O error)
     */
    public Outcome put(ArticleGraph article, boolean force) throws ArticleRejectedException {
        checkUriFree(article);
        return putAll(List.of(article), force).get(0);
    }

    /**
     * Refuses an article whose URI the stored article of another file already has (file names that
     * differ only in case, punctuation or non-Latin letters share a slug). A read transaction.
     */
    public void checkUriFree(ArticleGraph article) throws ArticleRejectedException {
        Node g = NodeFactory.createURI(article.graphUri());
        Node articleNode = NodeFactory.createURI(uris.article(article.slug()));
        String file = sourceFile(article.graph(), articleNode);
        String stored = Txn.calculateRead(dsg, () -> sourceFile(dsg.getGraph(g), articleNode));
        if (stored != null && file != null && !stored.equals(file))
            throw uriTaken(article, file, stored);
    }

    /**
     * Stores several articles in one write transaction (all of them or, on failure, none), each as
     * {@link #put} would, after {@link #checkUriFree}; returns their outcomes in order.
     *
     * @throws StoreException if the storage fails: nothing of the batch is committed
     */
    public List<Outcome> putAll(List<ArticleGraph> articles, boolean force) {
        Node ref = NodeFactory.createURI(uris.referenceGraph());
        return write(() -> {
            List<Outcome> outcomes = new ArrayList<>(articles.size());
            for (ArticleGraph article : articles) {
                Node g = NodeFactory.createURI(article.graphUri());
                boolean exists = dsg.containsGraph(g);
                if (exists && !force && isCurrent(g, article.slug(), article.contentHash())) {
                    outcomes.add(Outcome.UNCHANGED);
                    continue;
                }
                if (exists)
                    dsg.removeGraph(g);
                article.graph().find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                article.reference().find().forEach(t -> dsg.add(ref, t.getSubject(), t.getPredicate(), t.getObject()));
                outcomes.add(exists ? Outcome.REPLACED : Outcome.ADDED);
            }
            // Once per transaction: the scan covers the whole reference graph.
            if (outcomes.contains(Outcome.REPLACED))
                pruneReference();
            return outcomes;
        });
    }

    /**
     * Whether the article with this slug is stored from a file with this hash by this loader
     * version: two index probes in a read transaction, so loaders can skip unchanged files before
     * extracting them.
     */
    public boolean isCurrent(String slug, String contentHash) {
        Node g = NodeFactory.createURI(uris.articleGraph(slug));
        return Txn.calculateRead(dsg, () -> isCurrent(g, slug, contentHash));
    }

    static String sourceFile(Graph graph, Node articleNode) {
        var it = graph.find(articleNode, AG.sourceFile.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /**
     * A write transaction. A failing write is a failing store, not a bad article: it becomes a
     * {@link StoreException} that says so (the transaction is not committed, so what was stored
     * before is untouched), and the caller should stop writing.
     */
    private <T> T write(java.util.function.Supplier<T> action) {
        // Left behind by a write cut short between TDB2's commit and Lucene's: see TextIndexSync.
        Path pending = directory.resolve(StoreConfig.TEXT_DIRECTORY).resolve(TextIndexSync.PENDING);
        try {
            Files.createDirectories(pending.getParent());
            if (!Files.exists(pending))
                Files.createFile(pending);
            T result = Txn.calculateWrite(dsg, action);
            Files.delete(pending);
            return result;
        } catch (RuntimeException | InternalError | IOException e) {
            // InternalError: the JVM's report of a fault (SIGBUS) writing a memory-mapped file on a full disk.
            throw new StoreException("cannot write to the store in " + directory + ": " + rootReason(e)
                    + freeSpace() + "."
                    + " Is the disk full or the file size limited? This change was not committed; what was stored before is intact.", e);
        }
    }

    /** " (N MB free there)": what a storage failure message says about the disk. */
    private String freeSpace() {
        return freeSpace(directory);
    }

    static String freeSpace(Path directory) {
        return " (" + directory.toFile().getUsableSpace() / (1024 * 1024) + " MB free there)";
    }

    /** Bytes still usable on the store's file system. */
    public long usableSpace() {
        return directory.toFile().getUsableSpace();
    }

    private static String rootReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        if (root instanceof InternalError)
            return "writing a memory-mapped file failed";
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private boolean isCurrent(Node g, String slug, String hash) {
        Node articleNode = NodeFactory.createURI(uris.article(slug));
        return dsg.contains(g, articleNode, AG.contentHash.asNode(), NodeFactory.createLiteralString(hash))
                && dsg.contains(g, Node.ANY, AG.softwareVersion.asNode(), NodeFactory.createLiteralString(Version.VERSION));
    }

    /**
     * Removes an article's graph. Accepts the slug ("001_f6d04f62d38808dd"), the file name, or the
     * article or graph URI. Returns false if no such article is stored.
     */
    public boolean remove(String article) {
        String slug = slugOf(article);
        Node g = NodeFactory.createURI(uris.articleGraph(slug));
        return write(() -> {
            if (!dsg.containsGraph(g))
                return false;
            dsg.removeGraph(g);
            pruneReference();
            return true;
        });
    }

    private String slugOf(String article) {
        String s = article.strip();
        for (String prefix : List.of(uris.articleGraphPrefix(), uris.article("")))
            if (s.startsWith(prefix))
                return s.substring(prefix.length());
        s = Path.of(s).getFileName().toString();
        return UriScheme.slug(s.endsWith(".txt") ? s.substring(0, s.length() - 4) : s);
    }

    /** Reference entries of actors no article mentions any more go (call inside a write transaction). */
    private void pruneReference() {
        Node ref = NodeFactory.createURI(uris.referenceGraph());
        Set<Node> subjects = new HashSet<>();
        dsg.find(ref, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
        for (Node s : subjects) {
            boolean mentioned = false;
            var it = dsg.find(Node.ANY, s, AG.mentionedIn.asNode(), Node.ANY);
            while (it.hasNext() && !mentioned)
                mentioned = !it.next().getGraph().equals(ref);
            if (!mentioned)
                dsg.deleteAny(ref, s, Node.ANY, Node.ANY);
        }
    }

    /** Whether any article is stored: stops at the first one (listing them all took a second at 36k articles). */
    public boolean hasArticles() {
        return Txn.calculateRead(dsg, () -> storedSlugs().hasNext());
    }

    /** Slugs of the stored articles, sorted. */
    public List<String> articleSlugs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> slugs = new ArrayList<>();
            storedSlugs().forEachRemaining(slugs::add);
            slugs.sort(null);
            return slugs;
        });
    }

    /** The slugs of the article graphs, lazily, in the store's order (call inside a read transaction). */
    private Iterator<String> storedSlugs() {
        String prefix = uris.articleGraphPrefix();
        return Iter.iter(dsg.listGraphNodes())
                .filter(n -> n.isURI() && n.getURI().startsWith(prefix))
                .map(n -> n.getURI().substring(prefix.length()));
    }

    /**
     * Bytes of the TDB2 files (not the text index): what {@link #compact} can shrink. A store
     * directory holds one {@code Data-NNNN} generation, or two while a compaction runs.
     */
    public long bytesOnDisk() {
        try (var files = Files.walk(directory)) {
            return files.filter(f -> !f.startsWith(directory.resolve(StoreConfig.TEXT_DIRECTORY)))
                    .filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException("cannot read the size of the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the live data into a new TDB2 generation and deletes the old one, dropping the index
     * blocks that earlier write transactions left behind (TDB2's own compaction; it waits for the
     * running transactions and blocks writers while it runs). The text index is not affected.
     */
    public void compact() {
        DatasetGraph tdb = tdb2(dsg);
        if (tdb == null)
            throw new IllegalStateException("the store is not a TDB2 database");
        try {
            DatabaseMgr.compact(tdb, true);
        } catch (RuntimeException | InternalError e) {
            throw new StoreException("cannot compact the store in " + directory + ": " + rootReason(e)
                    + freeSpace(), e);
        }
    }

    /** The TDB2 database under the wrappers (text index…) of {@code dataset}, or null if there is none. */
    public static DatasetGraph tdb2(DatasetGraph dataset) {
        DatasetGraph tdb = dataset;
        while (!DatabaseMgr.isTDB2(tdb) && tdb instanceof DatasetGraphWrapper wrapper)
            tdb = wrapper.getWrapped();
        return DatabaseMgr.isTDB2(tdb) ? tdb : null;
    }

    /** Quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }
}
