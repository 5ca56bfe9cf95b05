package org.alliancegraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and SHACL shapes: from {@code ontology/} in the working directory when run from a
 * checkout, else the copies packaged in the jar.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "ontology/alliancegraph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private OntologyFiles() {}

    public static Graph ontology() { return read(ONTOLOGY); }

    public static Shapes shapes() { return Shapes.parse(read(SHAPES)); }

    static Graph read(String relative) {
        Graph graph = GraphFactory.createDefaultGraph();
        Path file = Path.of(relative);
        if (Files.isRegularFile(file)) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(graph);
            return graph;
        }
        try (InputStream in = OntologyFiles.class.getResourceAsStream("/" + relative)) {
            if (in == null)
                throw new IllegalStateException("missing " + relative + " (neither in the working directory nor in the jar)");
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
