package org.alliancegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.store.KnowledgeStore;

class CliTest {

    /** Runs the CLI and returns stdout; exit code and stderr go into the result. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "load", "remove", "extract", "validate"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Usage: alliancegraph " + command), r.out());
        }
        Run top = run("--help");
        assertTrue(top.out().contains("Exit codes:"), top.out());
        assertEquals(2, run("no-such-command").exit());
        assertEquals(2, run().exit(), "a command is required");
    }

    @Test
    void extractPrintsTrigWithTheArticleGraph() {
        Run r = run("extract", TestSupport.SEEDS.resolve("000_5829618acf563d49.txt").toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(ds);
        Node g = NodeFactory.createURI(TestSupport.URIS.articleGraph("000_5829618acf563d49"));
        assertTrue(ds.containsGraph(g));
        assertTrue(ds.getGraph(g).contains(NodeFactory.createURI(TestSupport.URIS.entity("person", "mark-rutte")),
                Node.ANY, Node.ANY));
    }

    @Test
    void extractRefusesABinaryFile(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("photo.txt");
        Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
        Run r = run("extract", bin.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("photo.txt: binary content"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void loadRemoveAndValidateExitCodes(@TempDir Path dir, @TempDir Path inbox) throws Exception {
        String data = dir.toString();
        assertEquals(0, run("load", "--data", data, TestSupport.SEEDS.toString()).exit());
        assertEquals(0, run("validate", "--data", data).exit(), "the seeds are valid");

        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Run refused = run("load", "--data", data, inbox.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("empty.txt: empty file"), refused.err());

        assertEquals(1, run("remove", "--data", data, "no_such_article").exit());
        assertEquals(0, run("remove", "--data", data, "004_ccd737c3ae17ccd4.txt").exit());

        // A violation: an evidence whose end comes before its begin.
        KnowledgeStore store = KnowledgeStore.open(dir, TestSupport.URIS);
        Node g = NodeFactory.createURI(TestSupport.URIS.articleGraph("000_5829618acf563d49"));
        Node ev = NodeFactory.createURI(TestSupport.URIS.entity("evidence", "broken"));
        String ag = "https://w3id.org/alliancegraph/ontology#";
        Txn.executeWrite(store.dataset(), () -> {
            store.dataset().add(g, ev, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI(ag + "Evidence"));
            store.dataset().add(g, ev, NodeFactory.createURI(ag + "beginIndex"), NodeFactory.createLiteralDT("9", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            store.dataset().add(g, ev, NodeFactory.createURI(ag + "endIndex"), NodeFactory.createLiteralDT("3", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        Run invalid = run("validate", "--data", data);
        assertEquals(1, invalid.exit());
        assertTrue(invalid.out().contains("evidence/broken"), invalid.out());
    }

    @Test
    void anUnusableDataDirectoryIsExit3(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        Run r = run("validate", "--data", file.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("error: cannot create data directory"), r.err());
    }
}
