package org.alliancegraph.server.linkeddata;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

/**
 * A whole-graph resource served by negotiation — the VoID description, the service description,
 * the ontology: the format comes from a path suffix, {@code ?format=} or Accept; validators come
 * from the caller (the store version, or the ontology's fixed content).
 *
 * @param html renders the graph as a page model for the named template; null when HTML is not offered
 */
record GraphResource(Http http, Set<DocFormat> offered, Supplier<String> etag, Supplier<Instant> lastModified,
        Supplier<Graph> graph, String template, Function<Graph, Map<String, Object>> html) {

    void respond(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DocFormat> bySuffix = DocServlet.suffixFormat(RequestPaths.relative(req)).filter(offered::contains);
        Optional<DocFormat> format = bySuffix.isPresent() ? bySuffix : http.choose(req, resp, offered);
        if (format.isEmpty())
            return;
        String tag = etag.get();
        if (Http.notModified(req, resp, tag == null ? null : tag.replaceFirst("\"$", "-" + format.get().suffix() + "\""),
                lastModified.get()))
            return;
        Graph g = graph.get();
        if (format.get().isRdf())
            Http.writeRdf(resp, g, format.get());
        else
            http.writeHtml(resp, template, html.apply(g));
    }
}
