package org.alliancegraph.server.linkeddata;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A servlet that serves one {@link GraphResource} (VoID, ontology). */
final class GraphServlet extends HttpServlet {
    private final transient GraphResource resource;

    GraphServlet(GraphResource resource) { this.resource = resource; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resource.respond(req, resp);
    }
}
