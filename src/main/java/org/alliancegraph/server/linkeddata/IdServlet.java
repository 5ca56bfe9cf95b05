package org.alliancegraph.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * {@code {base}id/…}: the identifiers of things. A thing is not a document, so the answer is
 * 303 See Other to the document that describes it, in the representation the client prefers
 * ({@code {base}doc/…​.ttl}, {@code .html}…); 404 when the store knows nothing of it.
 */
final class IdServlet extends HttpServlet {
    private final transient LinkedData ld;

    IdServlet(LinkedData ld) { this.ld = ld; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = RequestPaths.relative(req);          // "id/person/mark-rutte"
        if (RequestPaths.after(req, "id/").isEmpty()) {
            ld.http.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not Found", "No such resource.", "");
            return;
        }
        Node resource = NodeFactory.createURI(ld.uris.base() + path);
        boolean known = Txn.calculateRead(ld.dsg, () -> DescriptionBuilder.known(ld.dsg.getUnionGraph(), resource));
        if (!known) {
            resp.setHeader("Vary", "Accept");
            ld.http.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                    "Nothing is known about " + resource.getURI() + ".", "");
            return;
        }
        Optional<DocFormat> format = ld.http.choose(req, resp, DocFormat.ALL);
        if (format.isEmpty())
            return;
        resp.setHeader("Cache-Control", Http.CACHE_CONTROL);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", ld.hrefs.documentOf(path) + "." + format.get().suffix());
    }
}
