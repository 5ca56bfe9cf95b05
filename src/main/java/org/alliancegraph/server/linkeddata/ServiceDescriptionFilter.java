package org.alliancegraph.server.linkeddata;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the query endpoint: a GET or HEAD without {@code query} gets the SPARQL 1.1 Service
 * Description (stock Fuseki answers 404); everything else goes on to Fuseki untouched, so the
 * query path costs one parameter check.
 */
final class ServiceDescriptionFilter implements Filter {
    private final GraphResource description;

    ServiceDescriptionFilter(GraphResource description) { this.description = description; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && req.getParameter("query") == null) {
            description.respond(req, resp);
            return;
        }
        chain.doFilter(request, response);
    }
}
