package org.alliancegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.alliancegraph.rdf.Prefixes;
import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.ArticleGraph;
import org.alliancegraph.rdf.UriScheme;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what one article yields, as TriG on standard output, without a store:",
                "its named graph and the reference triples of the known actors it mentions."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--base", paramLabel = "URI", defaultValue = UriScheme.DEFAULT_BASE,
            description = "Base of all minted URIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        UriScheme uris = new UriScheme(base);
        ArticleGraph graph;
        try {
            graph = new ArticleExtractor(uris, ReferenceCatalog.load()).extract(file);
        } catch (ArticleRejectedException e) {
            System.err.println("refused: " + e.getMessage());
            return Main.FAILED;
        }
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.addGraph(NodeFactory.createURI(graph.graphUri()), graph.graph());
        out.addGraph(NodeFactory.createURI(uris.referenceGraph()), graph.reference());
        out.prefixes().putAll(Prefixes.standard(uris));
        RDFDataMgr.write(System.out, out, RDFFormat.TRIG_PRETTY);
        return Main.OK;
    }
}
