package org.alliancegraph.server.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.eclipse.jetty.http.HttpException;

/**
 * Checks every request before Fuseki sees it:
 * <ul>
 * <li>parameters that are not valid percent-encoded UTF-8 get 400 (Fuseki would answer 500);</li>
 * <li>a query with an OFFSET over {@link OffsetLimit#MAX_OFFSET} gets 400 (see {@link OffsetLimit});</li>
 * <li>a query or graph request whose Accept header names nothing the endpoint can produce gets 406
 *     (Fuseki would silently answer in its default format);</li>
 * <li>an error answer to a request with a body first reads what is left of that body (up to the
 *     module's body limit) and says "Connection: close": a refusal sent while the client is still
 *     writing is lost when the server closes the connection, and without the header a pooling
 *     client (java.net.http) sends its next request on the dead connection and fails.</li>
 * </ul>
 */
final class RequestGuard implements Filter {
    /** Fuseki's parameters that choose the format and override Accept. */
    private static final List<String> FORMAT_PARAMS = List.of("output", "format", "results");
    private static final List<AcceptList> QUERY_OFFERS =
            List.of(DEF.rsOfferTable, DEF.rsOfferBoolean, DEF.constructOffer, DEF.quadsOffer);
    private static final List<AcceptList> GRAPH_OFFERS = List.of(DEF.constructOffer, DEF.quadsOffer);

    private final Set<String> datasets;

    RequestGuard(Set<String> datasetNames) {
        this.datasets = datasetNames.stream().map(n -> n.startsWith("/") ? n : "/" + n).collect(Collectors.toSet());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        if (hasBody(req))
            resp = new CloseOnError(req, resp);
        try {
            req.getParameterMap(); // decodes query string and form body now, so a bad one is caught here
        } catch (RuntimeException e) {
            int code = e instanceof HttpException he && he.getCode() == 413 ? 413 : 400;
            plain(resp, code, code == 413
                    ? "Request body too large (limit " + RequestGuardModule.MAX_REQUEST_BODY / (1024 * 1024) + " MB)."
                    : "Bad request: the query string or form is not valid percent-encoded UTF-8.");
            return;
        }
        if ("POST".equals(req.getMethod()) && String.valueOf(req.getContentType()).startsWith("application/sparql-query"))
            req = new BufferedBody(req); // the query is read here and again by Fuseki
        String query = req instanceof BufferedBody body ? body.text() : req.getParameter("query");
        if (OffsetLimit.largestOffset(query) > OffsetLimit.MAX_OFFSET) {
            plain(resp, 400, "Bad request: OFFSET larger than " + OffsetLimit.MAX_OFFSET
                    + " is not served (the skipped rows cannot be stopped by the query timeout); page with a FILTER instead.");
            return;
        }
        List<AcceptList> offers = offers(req);
        if (offers != null && !acceptable(req.getHeader("Accept"), offers)) {
            plain(resp, 406, "Not acceptable: the Accept header names none of the formats of this endpoint: "
                    + formats(offers).collect(Collectors.joining(", ")) + ".");
            return;
        }
        chain.doFilter(req, resp);
    }

    /** What a dataset request can answer in, or null when it is not a query or graph read to check. */
    private List<AcceptList> offers(HttpServletRequest req) {
        String path = req.getRequestURI();
        String method = req.getMethod();
        boolean datasetPath = datasets.stream().anyMatch(ds -> path.equals(ds) || path.startsWith(ds + "/"));
        if (!datasetPath || !Set.of("GET", "HEAD", "POST").contains(method)
                || FORMAT_PARAMS.stream().anyMatch(p -> req.getParameter(p) != null))
            return null;
        String contentType = String.valueOf(req.getContentType());
        if (req.getParameter("query") != null || contentType.startsWith("application/sparql-query"))
            return QUERY_OFFERS;
        if (!"POST".equals(method) && (req.getParameter("graph") != null || req.getParameter("default") != null))
            return GRAPH_OFFERS;
        return null;
    }

    static boolean acceptable(String accept, List<AcceptList> offers) {
        if (accept == null || accept.isBlank())
            return true;
        AcceptList wanted;
        try {
            wanted = new AcceptList(accept);
        } catch (RuntimeException e) {
            return false;
        }
        return offers.stream().anyMatch(offer -> AcceptList.match(wanted, offer) != null);
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    private static void plain(HttpServletResponse resp, int code, String message) throws IOException {
        resp.setStatus(code);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the rest of the request body and adds "Connection: close" to any error answer (see the class comment). */
    private static final class CloseOnError extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        CloseOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private void closeIfError(int status) {
            if (status < 400)
                return;
            setHeader("Connection", "close");
            try {
                request.getInputStream().transferTo(new LimitedSink(RequestGuardModule.MAX_REQUEST_BODY));
            } catch (IOException | IllegalStateException unread) {
                // body already consumed through a reader, over the limit, or the client went away: the connection closes anyway
            }
        }

        @Override
        public void setStatus(int sc) {
            closeIfError(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            closeIfError(sc);
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            closeIfError(sc);
            super.sendError(sc);
        }
    }

    /** Discards what is written to it, and fails once more than {@code limit} bytes came. */
    private static final class LimitedSink extends java.io.OutputStream {
        private long room;

        LimitedSink(long limit) { room = limit; }

        @Override
        public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room -= len;
            if (room < 0)
                throw new IOException("request body over the limit");
        }
    }

    /** The request with its body read once into memory (bodies are capped by the module) and served again. */
    private static final class BufferedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request) throws IOException {
            super(request);
            body = request.getInputStream().readAllBytes();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    static Stream<String> formats(List<AcceptList> offers) {
        return offers.stream().flatMap(o -> o.entries().stream()).map(MediaRange::getContentTypeStr).distinct();
    }
}
