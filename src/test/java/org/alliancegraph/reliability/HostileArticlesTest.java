package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Printable;

/**
 * A folder of hostile files, all written at test time, loaded by the real command line next to
 * good articles: each hostile file either loads sensibly or is refused with a message naming it and
 * the reason, the good ones all load, and the exit code (1) says some failed. The table of inputs
 * and outcomes is written to target/reliability/hostile-inputs.md (copied into docs/reliability.md).
 */
class HostileArticlesTest {
    static final boolean ROOT_USER = "root".equals(System.getProperty("user.name"));
    static final String HEADER = "title: A test article\npublished: 2024-10-16\npublisher: Test Wire\n---\n";
    static final String BODY = "NATO Secretary General Mark Rutte said in Brussels on Wednesday that allies would "
            + "give Ukraine 40 billion euros in military aid next year.\n";

    /** One input: what it is, and the reason fragment its refusal must give (null: it must load). */
    record Input(Path path, String what, String refusal) {
        String file() { return path.getFileName().toString(); }
    }

    final List<Input> inputs = new ArrayList<>();
    Path folder;

    @Test
    void hostileFilesAreRefusedByNameOrLoadSensiblyAndTheRestLoads(@TempDir Path tmp) throws Exception {
        folder = Files.createDirectories(tmp.resolve("articles"));
        writeInputs();
        assertTrue(inputs.size() >= 30, "at least 30 hostile inputs, have " + inputs.size());
        List<Path> good = GeneratedArticles.write(folder.resolve("good"), 10);

        Path data = tmp.resolve("data");
        String log;
        try (CliProcess load = CliProcess.start(tmp, "load", folder.toString(), "--data", data.toString())) {
            assertEquals(1, load.exitCode(Duration.ofMinutes(5)), "exit code 1: some files were refused\n" + load.tail());
            log = load.log();
        }
        assertFalse(log.contains("\tat ") || log.contains("Exception"), "no stack trace or exception name:\n" + log);

        List<Path> mustLoad = new ArrayList<>(good);
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Input in : inputs) {
            String refusedLine = refusalOf(log, in.file());
            if (in.refusal() == null) {
                assertEquals(null, refusedLine, in.file() + " should load");
                mustLoad.add(in.path());
                outcomes.put(in.file(), "loaded");
            } else {
                assertTrue(refusedLine != null && refusedLine.contains(in.refusal()),
                        in.file() + " should be refused for \"" + in.refusal() + "\", log says: " + refusedLine);
                outcomes.put(in.file(), "refused: " + refusedLine);
            }
        }

        var expected = StoreAudit.expectations(mustLoad);
        StoreAudit.Result audit = StoreAudit.withDatabase(data, dsg -> {
            assertAmountsAreFiniteAndNotNegative(dsg);
            assertCrlfAndBomAreNormalised(dsg);
            return StoreAudit.audit(dsg, expected);
        });
        assertEquals(List.of(), audit.broken(), "every stored graph is whole and explained by an input");
        assertEquals(List.of(), audit.absent(), "every good or sensible file is stored");
        writeTable(outcomes);
    }

    /** The "refused: FILE: reason" line of the load summary for this file, or null. */
    static String refusalOf(String log, String file) {
        String prefix = "  refused: " + Printable.of(file) + ": ";
        return log.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst().orElse(null);
    }

    void writeInputs() throws IOException, InterruptedException {
        Random random = new Random(6);
        file("empty.txt", "an empty file", "empty file", new byte[0]);
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        binary[10] = 0;
        file("binary.txt", "4 KB of random bytes", "binary content", binary);
        file("latin1.txt", "Latin-1, not UTF-8 (\"café\")", "invalid UTF-8",
                concat(HEADER.getBytes(StandardCharsets.UTF_8), "Rutte met the caf\u00e9 owner.\n".getBytes(StandardCharsets.ISO_8859_1)));
        file("overlong-utf8.txt", "overlong UTF-8 encoding of '/' (C0 AF)", "invalid UTF-8",
                concat(BODY.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'}));
        file("lone-surrogate.txt", "a UTF-8-encoded lone surrogate (ED A0 80)", "invalid UTF-8",
                concat(BODY.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}));
        file("utf16.txt", "UTF-16 with a byte order mark", "binary content",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (HEADER + BODY).getBytes(StandardCharsets.UTF_16LE)));
        file("nul-bytes.txt", "an article with NUL bytes inside", "binary content", (HEADER + "NATO\0 met\0.\n" + BODY).getBytes(StandardCharsets.UTF_8));
        text("terminal-escapes.txt", "ANSI escape sequences in the text", "control characters", HEADER + "\u001b[2J\u001b[31mRutte\u001b[0m said so.\n" + BODY);
        file("bom.txt", "a UTF-8 byte order mark before the header", null,
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ("title: BOM article\n---\n" + BODY).getBytes(StandardCharsets.UTF_8)));
        text("crlf.txt", "Windows line ends (CRLF) throughout", null, ("title: CRLF article\npublished: 2024-10-16\n---\n" + BODY + BODY).replace("\n", "\r\n"));
        text("old-mac-cr.txt", "old Mac line ends (CR only)", null, (HEADER + BODY).replace("\n", "\r"));
        big("huge-20mb.txt", "20 MB of article prose", "file too large", 20L * 1024 * 1024, BODY);
        big("one-1mb-line.txt", "one line of 1 MB", "file too large", 1024 * 1024, "Rutte said NATO will help Ukraine and ");
        text("one-100kb-line.txt", "one line of 100 KB (under the size limit)", "characters (limit 20000)", HEADER + "Rutte said NATO will help Ukraine and ".repeat(2700) + "\n");
        text("bad-date.txt", "header date 2024-02-30", "not a date", HEADER.replace("2024-10-16", "2024-02-30") + BODY);
        text("words-date.txt", "header date \"next Tuesday\"", "not a date", HEADER.replace("2024-10-16", "next Tuesday") + BODY);
        text("header-no-body.txt", "a header and no body", "header but no body text", HEADER);
        text("header-blank-body.txt", "a header and a body of blank lines", "header but no body text", HEADER + "\n\n   \n\t\n");
        text("duplicate-keys.txt", "the title header given twice", "given twice", "title: One\ntitle: Two\n---\n" + BODY);
        text("unknown-key.txt", "an unknown header key (x-priority)", "unknown header key 'x-priority'", "title: T\nx-priority: high\n---\n" + BODY);
        text("long-header-value.txt", "a title of 5,000 characters", "characters long (limit 1000)", "title: " + "Long ".repeat(1000) + "\n---\n" + BODY);
        text("bad-source-url.txt", "source-url with spaces and angle brackets", "not an absolute http(s) URL", "source-url: not a url <with> \"quotes\"\n---\n" + BODY);
        text("javascript-url.txt", "source-url javascript:alert(1)", "not an absolute http(s) URL", "source-url: javascript:alert(1)\n---\n" + BODY);
        text("whitespace-only.txt", "only spaces, tabs and newlines", "only white space", "   \n\t\n  \n");
        text("only-dashes.txt", "a \"---\" line and nothing before it", null, "---\n" + BODY);
        text("html-script.txt", "HTML markup and a <script> element", null, HEADER + "<p>Rutte <b>said</b></p><script>alert('x')</script>\n" + BODY);
        text("sparql-injection.txt", "text that looks like SPARQL/Turtle injection", null, HEADER + "Rutte said \"> } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #\n" + BODY);
        text("rtl-emoji.txt", "Arabic and Hebrew text, a right-to-left override, emoji", null,
                HEADER + "قال الأمين العام إن الناتو سيدعم أوكرانيا. הנאט\"ו יתמוך באוקראינה. \u202Eevil\u202C 🇺🇦🤝🇪🇺\n" + BODY);
        text("zero-width.txt", "zero-width joiners and no-break spaces inside names", null, HEADER + "Mark\u200B Rutte\u00A0said NATO\u2060 would help.\n" + BODY);
        text("unclosed-quote.txt", "a quotation that never closes", null, HEADER + "Rutte said: \"We will stand with Ukraine for as long as it takes.\n\n" + BODY + BODY);
        text("many-quotes.txt", "5,000 quotation marks", null, HEADER + "Rutte said \"" + " \"yes\" ".repeat(2500) + "\n" + BODY);
        text("amounts.txt", "amounts: EUR 1e309, €-5bn, 10^30 billion, $.5bn, 1,2,3 million", null, HEADER
                + "Germany pledged EUR 1e309 in military aid to Ukraine. France pledged €-5bn in military aid to Ukraine. "
                + "Italy pledged 1000000000000000000000000000000 billion euros to Ukraine. Spain gave $.5bn to Ukraine. "
                + "Poland gave 1,2,3 million zloty to Ukraine.\n" + BODY);
        text("no-header-prose.txt", "no header; date and publisher only in the text", null, "KYIV, Oct. 3, 2024 — an Ukrinform correspondent reports.\n" + BODY);
        text("future-date.txt", "published 9999-12-31", null, HEADER.replace("2024-10-16", "9999-12-31") + BODY);
        text("many-blank-lines.txt", "100,000 empty lines before the text", null, "\n".repeat(100_000) + BODY);
        text("file name with spaces.txt", "a file name with spaces", null, HEADER + BODY);
        // Both slugs fold to "x"; the folder is loaded in sorted order, so Київ comes first.
        text("Київ звіт.txt", "a Cyrillic file name", null, HEADER + BODY);
        text("Україна звіт.txt", "a second Cyrillic file name: the same URI slug", "is already taken by the stored article of file 'Київ звіт.txt'", HEADER + BODY + BODY);
        text("evil\u001b[2Jname.txt", "a file name with a terminal escape", null, HEADER + BODY);

        Path loopA = folder.resolve("loop-a.txt"), loopB = folder.resolve("loop-b.txt");
        Files.createSymbolicLink(loopA, loopB.getFileName());
        Files.createSymbolicLink(loopB, loopA.getFileName());
        inputs.add(new Input(loopA, "symbolic link loop (a → b)", "symbolic link that leads to no regular file"));
        inputs.add(new Input(loopB, "symbolic link loop (b → a)", "symbolic link that leads to no regular file"));
        inputs.add(new Input(Files.createSymbolicLink(folder.resolve("dangling.txt"), Path.of("no-such-file.txt")), "a dangling symbolic link", "symbolic link that leads to no regular file"));
        inputs.add(new Input(Files.createSymbolicLink(folder.resolve("dev-zero.txt"), Path.of("/dev/zero")), "a link to /dev/zero (endless)", "symbolic link that leads to no regular file"));
        Path fifo = folder.resolve("fifo.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        inputs.add(new Input(fifo, "a named pipe (reading would block)", "not a regular file"));
        Path dir = Files.createDirectories(folder.resolve("x.txt"));
        inputs.add(new Input(Files.writeString(dir.resolve("inside-x.txt"), HEADER + BODY), "an article inside a directory named x.txt", null));
        Path unreadable = text("unreadable.txt", null, null, HEADER + BODY);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        // Root reads a mode-000 file anyway; anyone else gets "permission denied".
        inputs.add(new Input(unreadable, "mode 000 (chmod 000)" + (ROOT_USER ? "; run as root, which reads it anyway" : ""),
                ROOT_USER ? null : "permission denied"));
    }

    Path file(String name, String what, String refusal, byte[] bytes) throws IOException {
        Path p = folder.resolve(name);
        Files.write(p, bytes);
        if (what != null)
            inputs.add(new Input(p, what, refusal));
        return p;
    }

    Path text(String name, String what, String refusal, String text) throws IOException {
        return file(name, what, refusal, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code size} bytes of {@code unit} repeated, without holding them all in memory. */
    void big(String name, String what, String refusal, long size, String unit) throws IOException {
        byte[] chunk = unit.repeat(Math.max(1, 65536 / unit.length())).getBytes(StandardCharsets.UTF_8);
        Path p = folder.resolve(name);
        try (var out = Files.newOutputStream(p)) {
            for (long written = 0; written < size; written += chunk.length)
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
        inputs.add(new Input(p, what, refusal));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Whatever the money annotator makes of the hostile amounts, no stored value is infinite, NaN or negative. */
    static void assertAmountsAreFiniteAndNotNegative(DatasetGraph dsg) {
        Node value = NodeFactory.createURI("http://schema.org/value");
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, value, Node.ANY).forEachRemaining(q -> {
            String lexical = q.getObject().getLiteralLexicalForm();
            var decimal = new java.math.BigDecimal(lexical);
            assertTrue(decimal.signum() >= 0, "negative amount " + lexical);
        }));
    }

    static void assertCrlfAndBomAreNormalised(DatasetGraph dsg) {
        Node text = NodeFactory.createURI("https://w3id.org/alliancegraph/ontology#text");
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        Txn.executeRead(dsg, () -> {
            for (String slug : List.of("crlf", "bom", "old-mac-cr")) {
                Node article = NodeFactory.createURI(TestSupport.URIS.article(slug));
                var texts = dsg.find(Node.ANY, article, text, Node.ANY);
                assertTrue(texts.hasNext(), slug);
                assertFalse(texts.next().getObject().getLiteralLexicalForm().contains("\r"), slug + ": no CR in ag:text");
                assertTrue(dsg.find(Node.ANY, article, title, Node.ANY).hasNext(), slug + ": header read, title stored");
            }
        });
    }

    void writeTable(Map<String, String> outcomes) throws IOException {
        StringBuilder md = new StringBuilder("| # | file | what | outcome |\n|---|---|---|---|\n");
        int n = 0;
        for (Input in : inputs)
            md.append("| ").append(++n).append(" | `").append(Printable.of(folder.relativize(in.path()).toString()).replace("|", "\\|")).append("` | ")
              .append(in.what().replace("|", "\\|")).append(" | ").append(outcomes.get(in.file()).replace("|", "\\|")).append(" |\n");
        Path out = TestSupport.ROOT.resolve("target/reliability/hostile-inputs.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }
}
