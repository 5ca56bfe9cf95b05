package org.alliancegraph.server.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/**
 * The HTTP side shared by the linked-data servlets: choosing a representation, validators and
 * 304, writing RDF or HTML, and error answers (an HTML page for browsers, plain text otherwise,
 * never a stack trace).
 */
final class Http {
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final Set<DocFormat> ERROR_FORMATS = Set.of(DocFormat.HTML, DocFormat.NTRIPLES);

    private final Templates templates;

    Http(Templates templates) { this.templates = templates; }

    /** The format named by {@code ?format=}, else the one the Accept header prefers; empty after a 406 was sent. */
    Optional<DocFormat> choose(HttpServletRequest req, HttpServletResponse resp, Set<DocFormat> offered) throws IOException {
        String param = req.getParameter("format");
        Optional<DocFormat> chosen = param != null
                ? DocFormat.byName(param).filter(offered::contains)
                : DocFormat.negotiate(req.getHeader("Accept"), offered);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty())
            error(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not Acceptable",
                    "None of the representations of this resource is acceptable.", DocFormat.listOf(offered));
        return chosen;
    }

    /**
     * Sets ETag, Last-Modified and Cache-Control; answers 304 and returns true when the client's
     * copy is current (If-None-Match first, If-Modified-Since only without it, as RFC 9110 says).
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant lastModified) {
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        if (etag == null)
            return false;
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = ifNoneMatch.strip().equals("*") || Set.of(ifNoneMatch.split("\\s*,\\s*")).stream()
                    .anyMatch(t -> weak(t).equals(weak(etag)));
        } else {
            long since = dateHeader(req, "If-Modified-Since");
            current = since >= 0 && lastModified.toEpochMilli() <= since;
        }
        if (current)
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return current;
    }

    private static String weak(String tag) { return tag.strip().startsWith("W/") ? tag.strip().substring(2) : tag.strip(); }

    private static long dateHeader(HttpServletRequest req, String name) {
        try {
            return req.getDateHeader(name);
        } catch (IllegalArgumentException badDate) {
            return -1;
        }
    }

    static void writeRdf(HttpServletResponse resp, Graph graph, DocFormat format) throws IOException {
        resp.setContentType(format.mediaType() + (format == DocFormat.JSONLD ? "" : "; charset=utf-8"));
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(graph).format(format.rdfFormat()).output(out);
        }
    }

    void writeHtml(HttpServletResponse resp, String template, Map<String, Object> model) throws IOException {
        byte[] html = templates.render(template, model).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }

    /** An error answer: an HTML page when the client prefers HTML, else plain text. */
    void error(HttpServletRequest req, HttpServletResponse resp, int status, String reason, String message, String available)
            throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-cache");
        boolean html = DocFormat.negotiate(req.getHeader("Accept"), ERROR_FORMATS).orElse(null) == DocFormat.HTML;
        if (html) {
            writeHtml(resp, "error", Map.of("status", status, "reason", reason, "message", message, "available", available));
            return;
        }
        resp.setContentType("text/plain; charset=utf-8");
        String body = status + " " + reason + "\n" + message + "\n" + (available.isEmpty() ? "" : "Available: " + available + "\n");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
