package org.alliancegraph.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * A graph as JSON-LD that can sit inside {@code <script type="application/ld+json">}. The HTML
 * parser ends a script element at the first {@code </script} whatever JSON says, and
 * {@code <!--} changes how it reads on; escaping every {@code <}, {@code >} and {@code &} as a
 * JSON unicode escape keeps the JSON the same and leaves nothing the parser could act on.
 */
public final class JsonLdScript {
    private JsonLdScript() {}

    public static String of(Graph graph) {
        return escape(RDFWriter.source(graph).format(RDFFormat.JSONLD11).asString());
    }

    static String escape(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        json.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
