package org.alliancegraph.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.rdf.AG;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.ArticleGraph;

/**
 * What "fully present" means, checkably: an article's graph is present in full when it holds the
 * article node with its {@code ag:text}, its {@code ag:sourceFile} and the {@code ag:contentHash} of
 * the file (the loader's completion marker: the hash is written in the same transaction as the rest),
 * and exactly as many triples as {@code extract} produces for that file. A graph that exists and
 * fails any of these is half-loaded.
 */
final class StoreAudit {
    /** What extraction produces for one file. */
    record Expected(String file, String slug, String hash, long triples) {}

    /** present: complete article graphs; absent: not stored at all; broken: stored but not complete. */
    record Result(List<String> present, List<String> absent, List<String> broken, long quadsRead) {}

    private StoreAudit() {}

    /** Extracts every file in memory (no store) and keys the expectations by slug. */
    static Map<String, Expected> expectations(List<Path> files) throws ArticleRejectedException {
        ArticleExtractor extractor = TestSupport.extractor();
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (Path file : files) {
            ArticleGraph g = extractor.extract(file);
            expected.put(g.slug(), new Expected(file.getFileName().toString(), g.slug(), g.contentHash(), g.size()));
        }
        return expected;
    }

    /**
     * Opens the TDB2 database in {@code data} by itself (not the text index: an audit only reads),
     * runs {@code work} on it and lets go of it and its lock, so that the next process can open it.
     */
    static <T> T withDatabase(Path data, java.util.function.Function<DatasetGraph, T> work) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(data.toString());
        try {
            return work.apply(dsg);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Audits the database in {@code data} (see {@link #audit(DatasetGraph, Map)}). */
    static Result audit(Path data, Map<String, Expected> expected) {
        return withDatabase(data, dsg -> audit(dsg, expected));
    }

    /**
     * Checks every expected article, and reads every quad of the store with its nodes (a damaged
     * node table shows up there as an exception).
     */
    static Result audit(DatasetGraph dsg, Map<String, Expected> expected) {
        return Txn.calculateRead(dsg, () -> {
            List<String> present = new ArrayList<>(), absent = new ArrayList<>(), broken = new ArrayList<>();
            for (Expected e : expected.values()) {
                Node g = NodeFactory.createURI(TestSupport.URIS.articleGraph(e.slug()));
                if (!dsg.containsGraph(g)) {
                    absent.add(e.slug());
                    continue;
                }
                String problem = problem(dsg.getGraph(g), e);
                if (problem == null)
                    present.add(e.slug());
                else
                    broken.add(e.slug() + ": " + problem);
            }
            TreeSet<String> unexpected = new TreeSet<>();
            String prefix = TestSupport.URIS.articleGraphPrefix();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.getURI().startsWith(prefix) && !expected.containsKey(n.getURI().substring(prefix.length())))
                    unexpected.add(n.getURI());
            });
            unexpected.forEach(u -> broken.add(u + ": a graph no input file explains"));
            long quads = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                var q = it.next();
                if (q.getObject().isLiteral())
                    q.getObject().getLiteralLexicalForm();
                quads++;
            }
            return new Result(present, absent, broken, quads);
        });
    }

    private static String problem(Graph graph, Expected e) {
        Node article = NodeFactory.createURI(TestSupport.URIS.article(e.slug()));
        if (!graph.contains(article, AG.text.asNode(), Node.ANY))
            return "no ag:text";
        if (!graph.contains(article, AG.sourceFile.asNode(), NodeFactory.createLiteralString(e.file())))
            return "no ag:sourceFile " + e.file();
        if (!graph.contains(article, AG.contentHash.asNode(), NodeFactory.createLiteralString(e.hash())))
            return "no ag:contentHash of the file";
        if (graph.size() != e.triples())
            return graph.size() + " triples, extract gives " + e.triples();
        return null;
    }
}
