package org.alliancegraph.server.linkeddata;

import jakarta.servlet.http.HttpServletRequest;

/** The request path as the client sent it, percent-encoding kept, without the leading slash. */
final class RequestPaths {
    private RequestPaths() {}

    static String relative(HttpServletRequest req) {
        String raw = req.getRequestURI();
        String context = req.getContextPath();
        if (context != null && !context.isEmpty() && raw.startsWith(context))
            raw = raw.substring(context.length());
        return raw.startsWith("/") ? raw.substring(1) : raw;
    }

    /** The part of the path after {@code prefix} ("doc/"); empty when there is none. */
    static java.util.Optional<String> after(HttpServletRequest req, String prefix) {
        String path = relative(req);
        return path.startsWith(prefix) && path.length() > prefix.length()
                ? java.util.Optional.of(path.substring(prefix.length())) : java.util.Optional.empty();
    }
}
