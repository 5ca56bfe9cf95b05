package org.alliancegraph.server.linkeddata;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * {@code {base}doc/{kind}/{slug}[.ttl|.jsonld|.rdf|.nt|.html]}: the document describing
 * {@code {base}id/{kind}/{slug}}. A suffix or {@code ?format=} fixes the representation (for
 * caches and links); without one the Accept header chooses. Everything is read in one read
 * transaction, so the validators belong to exactly the data shown.
 */
final class DocServlet extends HttpServlet {
    private final transient LinkedData ld;

    DocServlet(LinkedData ld) { this.ld = ld; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> after = RequestPaths.after(req, "doc/");             // "person/mark-rutte.ttl"
        if (after.isEmpty()) {
            ld.http.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not Found", "No such document.", "");
            return;
        }
        String path = after.get();
        Optional<DocFormat> bySuffix = suffixFormat(path);
        String name = bySuffix.map(f -> path.substring(0, path.length() - f.suffix().length() - 1)).orElse(path);
        Optional<DocFormat> format = bySuffix.isPresent() ? bySuffix : ld.http.choose(req, resp, DocFormat.ALL);
        if (format.isEmpty())
            return;
        if (bySuffix.isEmpty())
            resp.setHeader("Content-Location", "/doc/" + name + "." + format.get().suffix());
        Node resource = NodeFactory.createURI(ld.uris.idBase() + name);
        Txn.executeRead(ld.dsg, () -> {
            try {
                respond(req, resp, resource, "/doc/" + name, format.get());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void respond(HttpServletRequest req, HttpServletResponse resp, Node resource, String documentPath, DocFormat format)
            throws IOException {
        if (Http.notModified(req, resp, ld.version.known() ? ld.etag(format.suffix()) : null, ld.version.lastModified()))
            return;
        Optional<Description> description = ld.descriptions.describe(resource);
        if (description.isEmpty()) {
            ld.http.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                    "Nothing is known about " + resource.getURI() + ".", "");
            return;
        }
        resp.setHeader("Link", "<" + resource.getURI() + ">; rel=\"describes\"");
        if (format.isRdf()) {
            description.get().graph().getPrefixMapping().setNsPrefixes(ld.prefixes);
            Http.writeRdf(resp, description.get().graph(), format);
            return;
        }
        ResourcePage page = new ResourcePageBuilder(ld.dsg.getUnionGraph(), ld.hrefs, ld.prefixes, ld.dataset)
                .build(description.get(), documentPath);
        ld.http.writeHtml(resp, "resource", Map.of("page", page));
    }

    static Optional<DocFormat> suffixFormat(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? DocFormat.bySuffix(path.substring(dot + 1)) : Optional.empty();
    }
}
