package org.alliancegraph.server.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;

import org.alliancegraph.TestSupport;
import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.rdf.ArticleExtractor;
import org.alliancegraph.rdf.UriScheme;
import org.alliancegraph.server.AllianceGraphServer;
import org.alliancegraph.store.KnowledgeStore;
import org.alliancegraph.store.Loader;

/**
 * One server for the linked-data tests, started once per test JVM: the seeds plus an article
 * whose text holds a script element, minted under the server's own address as base, so that
 * the URI a client dereferences is the URI the data uses.
 */
final class LinkedDataServer {
    static final String XSS_SLUG = "999_script_article";
    static final String XSS_TEXT = "NATO Secretary General Mark Rutte said on Tuesday that <script>alert(1)</script> "
            + "was not a weapon. Ukraine will join NATO, Rutte said in Brussels.";
    private static LinkedDataServer shared;

    final String base;
    final UriScheme uris;
    final KnowledgeStore store;
    final FusekiServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private LinkedDataServer() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/";
        uris = new UriScheme(base);
        Path data = Files.createTempDirectory("alliancegraph-ld");
        store = TestSupport.seededStore(data.resolve("store"), uris);
        Path article = data.resolve(XSS_SLUG + ".txt");
        Files.writeString(article, "title: A <script> in the text\npublished: 2024-10-20\npublisher: Test Wire\n---\n" + XSS_TEXT);
        Loader.Report report = new Loader(store, new ArticleExtractor(uris, ReferenceCatalog.load())).load(List.of(article), false);
        if (!report.ok())
            throw new IllegalStateException("test article refused: " + report);
        server = TestSupport.startServer(store.directory(), uris, port, TestSupport.ROOT.resolve(AllianceGraphServer.DEFAULT_CONFIG));
    }

    static synchronized LinkedDataServer get() {
        if (shared == null) {
            try {
                shared = new LinkedDataServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
        }
        return shared;
    }

    String url(String path) { return base + (path.startsWith("/") ? path.substring(1) : path); }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    HttpResponse<String> get(String path, String accept) { return get(path, Map.of("Accept", accept)); }

    HttpResponse<String> head(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
