package org.alliancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private ArticleRejectedException refused(String name, byte[] bytes) {
        return assertThrows(ArticleRejectedException.class, () -> reader.parse(name, bytes));
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void emptyBinaryAndInvalidUtf8AreRefusedNamingFileAndReason() {
        ArticleRejectedException empty = refused("empty.txt", new byte[0]);
        assertEquals("empty.txt: empty file", empty.getMessage());

        ArticleRejectedException binary = refused("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(binary.getMessage().startsWith("image.txt: binary content"), binary.getMessage());

        ArticleRejectedException latin1 = refused("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        assertEquals("latin1.txt: invalid UTF-8 near byte 3", latin1.getMessage());

        assertEquals("blank.txt: no text (only white space)", refused("blank.txt", utf8(" \n\t\n")).getMessage());
        assertTrue(refused("ctl.txt", utf8("text\u0007bell")).getMessage().contains("control characters"));
    }

    @Test
    void headerIsParsedAndOffsetsCountFromTheBody() throws Exception {
        Article a = reader.parse("a.txt", utf8("title: T\npublished: 2024-10-03\n---\nBody text."));
        assertEquals(Map.of("title", "T", "published", "2024-10-03"), a.header());
        assertEquals("Body text.", a.text());
    }

    @Test
    void withoutHeaderTheWholeFileIsBody() throws Exception {
        String text = "Kyiv: a city of many bridges.\nSecond line.";
        assertEquals(text, reader.parse("b.txt", utf8(text)).text());
        // A "---" with prose before it is not a header.
        String withRule = "Some prose here.\n---\nMore prose.";
        assertEquals(withRule, reader.parse("c.txt", utf8(withRule)).text());
    }

    @Test
    void badHeadersAreRefused() {
        assertTrue(refused("d.txt", utf8("published: 3 Oct 2024\n---\nBody.")).getMessage()
                .contains("'published' is not a date"));
        assertTrue(refused("e.txt", utf8("title: A\ntitle: B\n---\nBody.")).getMessage().contains("given twice"));
        assertEquals("f.txt: header but no body text", refused("f.txt", utf8("title: A\n---\n\n")).getMessage());
        assertTrue(refused("g.txt", utf8("colour: red\n---\nBody.")).getMessage().contains("unknown header key 'colour'"));
    }

    @Test
    void bomAndCrlfAreNormalised() throws Exception {
        Article a = reader.parse("h.txt", utf8("\uFEFFtitle: T\r\n---\r\nLine one.\r\nLine two."));
        assertEquals("Line one.\nLine two.", a.text());
        assertEquals("T", a.header().get("title"));
    }

    @Test
    void oversizedFilesAreRefused() {
        ArticleReader small = new ArticleReader(10);
        java.nio.file.Path tmp;
        try {
            tmp = java.nio.file.Files.createTempFile("big", ".txt");
            java.nio.file.Files.writeString(tmp, "x".repeat(11));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> small.read(tmp));
        assertTrue(e.getMessage().contains("file too large (over 10 bytes)"), e.getMessage());
    }

    @Test
    void messagesEscapeControlCharactersFromTheFile() {
        ArticleRejectedException e = refused("evil\nname.txt", new byte[0]);
        assertEquals("evil\\u000Aname.txt: empty file", e.getMessage());
    }
}
