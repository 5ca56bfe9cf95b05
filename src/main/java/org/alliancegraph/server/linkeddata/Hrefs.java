package org.alliancegraph.server.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.alliancegraph.rdf.UriScheme;

/**
 * Where links on our pages point. URIs under the base are served by this server, so they become
 * root-relative links ("/id/person/mark-rutte") that work on whatever host and port the page was
 * fetched from; other URIs stay as they are.
 */
public final class Hrefs {
    private final String base;

    public Hrefs(UriScheme uris) { this.base = uris.base(); }

    public String base() { return base; }

    public String of(String uri) {
        return uri.startsWith(base) ? "/" + uri.substring(base.length()) : uri;
    }

    /** The server path of a URI under the base, or null. */
    public String pathOf(String uri) {
        return uri.startsWith(base) ? uri.substring(base.length()) : null;
    }

    /** {@code {base}doc/…} for {@code {base}id/…}: the document that describes the resource. */
    public String documentOf(String idPath) { return "/doc/" + idPath.substring("id/".length()); }

    /** The Fuseki query UI with {@code query} filled in (its router reads {@code ?query=} after the hash). */
    public static String queryUi(String dataset, String query) {
        return "/#/dataset/" + dataset + "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** A GET of the SPARQL endpoint running {@code query}. */
    public static String sparqlGet(String dataset, String query) {
        return "/" + dataset + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
