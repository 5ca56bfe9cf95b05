package org.alliancegraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alliancegraph.TestSupport;

/**
 * Real clients against the linked-data server (run with -Pclients after .ci/install-clients.sh):
 * rdflib dereferences a person in three ways, headless Chromium renders three pages (screenshots
 * kept under target/screenshots/), and html5lib's strict parser reads every kind of page.
 * A missing client fails the test: a skipped client test is not a pass.
 */
@Tag("clients")
class LinkedDataClientsTest {
    static final LinkedDataServer S = LinkedDataServer.get();
    static final String PYTHON = "/usr/bin/python3";
    static final Path SHOTS = TestSupport.ROOT.resolve("target/screenshots");

    record Run(int exit, String out) {}

    static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("client", ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command.get(0));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    static final String RDFLIB = """
            import sys, rdflib
            from rdflib import URIRef, Literal, RDF, RDFS
            uri, fmt = sys.argv[1], sys.argv[2]
            g = rdflib.Graph()
            if fmt == "default":
                g.parse(uri)
            else:
                g.parse(uri, format=fmt)
            s = URIRef(uri)
            ag = "https://w3id.org/alliancegraph/ontology#"
            assert (s, RDF.type, URIRef(ag + "Person")) in g, "type"
            assert (s, RDFS.label, Literal("Mark Rutte", lang="en")) in g, "label"
            assert (s, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q57792")) in g, "sameAs"
            holds = list(g.objects(s, URIRef("http://www.w3.org/ns/org#holds")))
            assert holds and (holds[0], RDFS.label, Literal("Secretary General", lang="en")) in g, "post and its label"
            print(len(g), len(list(g.predicate_objects(s))))
            """;

    @ParameterizedTest(name = "rdflib parse format={0}")
    @CsvSource({"default", "turtle", "json-ld"})
    void rdflibGetsTheSameFactsInEveryFormat(String format) throws Exception {
        Run r = run(List.of(PYTHON, "-c", RDFLIB, S.url("/id/person/mark-rutte"), format), 120);
        assertEquals(0, r.exit(), r.out());
        String[] counts = r.out().strip().split("\\R");
        String[] last = counts[counts.length - 1].split(" ");
        System.out.printf("rdflib format=%s: %s triples, %s about the subject%n", format, last[0], last[1]);
        assertTrue(Integer.parseInt(last[0]) > 50, r.out());
        Files.createDirectories(SHOTS);
        Files.writeString(SHOTS.resolve("rdflib-" + format + ".txt"), r.out());
    }

    static List<String> chromium(Path profile, String... args) {
        List<String> c = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        c.addAll(List.of(args));
        return c;
    }

    @ParameterizedTest(name = "chromium {0}")
    @CsvSource(delimiter = '|', value = {
            "person|/id/person/mark-rutte|<h1>Mark Rutte</h1>|Secretary General",
            "article|/id/article/001_f6d04f62d38808dd|<mark title=|Ukraine’s path to membership is irreversible",
            "script-article|/id/article/" + LinkedDataServer.XSS_SLUG + "|&lt;script&gt;alert(1)&lt;/script&gt;|was not a weapon",
            "ontology|/ontology#Pledge|id=\"Pledge\"|Membership position"})
    void chromiumRendersThePages(String name, String path, String expectMarkup, String expectText) throws Exception {
        Files.createDirectories(SHOTS);
        Path profile = Files.createTempDirectory("chromium-profile");
        Run dom = run(chromium(profile, "--dump-dom", S.url(path)), 120);
        assertEquals(0, dom.exit(), dom.out());
        assertTrue(dom.out().contains(expectMarkup), name + ": " + expectMarkup);
        assertTrue(dom.out().contains(expectText), name + ": " + expectText);
        assertTrue(!dom.out().contains("<script>alert(1)"), "no script element from article text");
        Files.writeString(SHOTS.resolve(name + ".dom.html"), dom.out());
        Path shot = SHOTS.resolve(name + ".png");
        Files.deleteIfExists(shot);
        Run png = run(chromium(Files.createTempDirectory("chromium-profile"), "--screenshot=" + shot,
                "--window-size=1200,1600", S.url(path.replaceFirst("#.*", ""))), 120);   // headless paints from the top
        assertEquals(0, png.exit(), png.out());
        assertTrue(Files.size(shot) > 10_000, "a real screenshot: " + shot);
        System.out.printf("chromium %s: %d bytes of DOM, screenshot %s%n", name, dom.out().length(), shot);
    }

    static final String HTML5 = """
            import sys, urllib.request, html5lib
            for url in sys.argv[1:]:
                req = urllib.request.Request(url, headers={"Accept": "text/html"})
                body = urllib.request.urlopen(req).read()
                html5lib.HTMLParser(strict=True).parse(body)
                print("ok", url)
            """;

    @Test
    void everyKindOfPageParsesStrictlyAsHtml5() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-c", HTML5));
        for (String p : List.of("/doc/person/mark-rutte.html", "/doc/article/001_f6d04f62d38808dd.html",
                "/doc/article/" + LinkedDataServer.XSS_SLUG + ".html", "/doc/pledge/nato-ukraine-40000000000-eur.html", "/ontology"))
            cmd.add(S.url(p));
        Run r = run(cmd, 120);
        assertEquals(0, r.exit(), r.out());
        assertEquals(5, r.out().lines().filter(l -> l.startsWith("ok ")).count(), r.out());
    }
}
