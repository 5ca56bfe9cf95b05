package org.alliancegraph.server.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * {@code /dump/alliancegraph.trig} and {@code .nq}: every named graph of the store, streamed quad
 * by quad from one read transaction (a consistent snapshot; nothing is built in memory).
 */
final class DumpServlet extends HttpServlet {
    private static final Map<String, RDFFormat> DUMPS = Map.of(
            "alliancegraph.trig", RDFFormat.TRIG_BLOCKS,
            "alliancegraph.nq", RDFFormat.NQUADS);
    private final transient LinkedData ld;

    DumpServlet(LinkedData ld) { this.ld = ld; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = RequestPaths.after(req, "dump/").orElse("");
        RDFFormat format = DUMPS.get(name);
        if (format == null) {
            ld.http.error(req, resp, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                    "Dumps: /dump/alliancegraph.trig, /dump/alliancegraph.nq", "");
            return;
        }
        Txn.executeRead(ld.dsg, () -> {
            if (Http.notModified(req, resp, ld.version.known() ? ld.etag("dump-" + name) : null, ld.version.lastModified()))
                return;
            resp.setContentType(format.getLang().getHeaderString() + "; charset=utf-8");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            if ("HEAD".equals(req.getMethod()))
                return;
            try (OutputStream out = resp.getOutputStream()) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
                stream.start();
                if (format == RDFFormat.TRIG_BLOCKS)
                    ld.prefixes.getNsPrefixMap().forEach(stream::prefix);
                var quads = ld.dsg.find(Quad.ANY);
                try {
                    quads.forEachRemaining(stream::quad);
                } finally {
                    org.apache.jena.atlas.iterator.Iter.close(quads);
                }
                stream.finish();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
