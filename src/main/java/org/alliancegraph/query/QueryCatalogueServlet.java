package org.alliancegraph.query;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /queries}: the catalogue as an HTML page (question, answer shape, text, a link that
 * opens the query in Fuseki's query UI); {@code GET /queries/NAME.rq}: the query file itself.
 */
final class QueryCatalogueServlet extends HttpServlet {
    static final String SPARQL_QUERY = "application/sparql-query";
    private final QueryCatalogue catalogue;
    private final String dataset;
    private final PebbleTemplate page;

    QueryCatalogueServlet(QueryCatalogue catalogue, String dataset) {
        this.catalogue = catalogue;
        this.dataset = dataset;
        // Pebble escapes HTML by default; the query texts contain <IRIs> that must stay text.
        this.page = new PebbleEngine.Builder().build().getTemplate("templates/queries.peb");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/") || path.isEmpty()) {
            html(req, resp);
            return;
        }
        String name = path.substring(1);
        var query = name.endsWith(".rq") ? catalogue.find(name.substring(0, name.length() - 3)) : java.util.Optional.<CatalogueQuery>empty();
        if (query.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write("No such query in the catalogue; the list is at /queries\n");
            return;
        }
        resp.setContentType(SPARQL_QUERY + ";charset=utf-8");
        resp.getWriter().write(query.get().text());
    }

    private void html(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> uiLinks = new LinkedHashMap<>();
        for (CatalogueQuery q : catalogue.all())
            uiLinks.put(q.name(), uiLink(req.getContextPath(), q));
        Map<String, Object> model = Map.of("queries", catalogue.all(), "uiLinks", uiLinks,
                "endpoint", "/" + dataset + "/sparql");
        StringWriter out = new StringWriter();
        page.evaluate(out, model);
        resp.setContentType("text/html;charset=utf-8");
        resp.getWriter().write(out.toString());
    }

    /** Fuseki's UI (a Vue app) reads the editor's text from the route's "query" parameter. */
    String uiLink(String contextPath, CatalogueQuery q) {
        return contextPath + "/#/dataset/" + dataset + "/query?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
