package org.alliancegraph.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket: the request line goes out byte for byte as written (no client
 * normalises "..", "%2e" or "%00" away), and the answer is read whole.
 */
final class RawHttp {
    record Answer(int status, String head, String body) {}

    private RawHttp() {}

    static Answer send(int port, String method, String target, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder req = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n").append(headers);
            if (body != null)
                req.append("Content-Length: ").append(body.length).append("\r\n");
            req.append("\r\n");
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null)
                    out.write(body);
                out.flush();
            } catch (java.net.SocketException e) {
                // The server answered (413) and closed before taking the whole body; its answer is still there to read.
            }
            String all = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String[] statusLine = head.split(" ", 3);
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, head, split < 0 ? "" : all.substring(split + 4));
        }
    }

    static Answer get(int port, String target, String accept) throws IOException {
        return send(port, "GET", target, accept == null ? "" : "Accept: " + accept + "\r\n", null);
    }

    /** A SPARQL query by GET on {@code /kg/sparql}, asking for JSON results. */
    static Answer sparql(int port, String query) throws IOException {
        return get(port, "/kg/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            in.transferTo(buf);
        } catch (java.net.SocketException e) {
            // The server may reset after answering a request whose body it did not read; keep what came.
        }
        return buf.toByteArray();
    }
}
