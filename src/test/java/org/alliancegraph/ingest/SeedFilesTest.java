package org.alliancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;

/** The seeds' bodies are the shared originals, byte for byte, behind a header of known metadata. */
class SeedFilesTest {

    @Test
    void everySharedSeedIsInTheProjectWithItsBodyUnchanged() throws Exception {
        assertTrue(Files.isDirectory(TestSupport.SHARED_SEEDS), "../shared/seeds must sit beside the checkout");
        List<Path> originals;
        try (var s = Files.list(TestSupport.SHARED_SEEDS)) {
            originals = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, originals.size());
        for (Path original : originals) {
            Path seed = TestSupport.SEEDS.resolve(original.getFileName());
            byte[] bytes = Files.readAllBytes(seed);
            int body = bodyStart(bytes);
            assertTrue(body > 0, seed + " has a header");
            assertArrayEquals(Files.readAllBytes(original), Arrays.copyOfRange(bytes, body, bytes.length),
                    "body of " + seed.getFileName() + " differs from the original");
        }
    }

    @Test
    void theReaderGivesTheOriginalTextAndTheHeader() throws Exception {
        Article a = new ArticleReader().read(TestSupport.SEEDS.resolve("001_f6d04f62d38808dd.txt"));
        String original = Files.readString(TestSupport.SHARED_SEEDS.resolve("001_f6d04f62d38808dd.txt"), StandardCharsets.UTF_8);
        assertEquals(original, a.text());
        assertEquals("Diplomatic Times", a.header().get("publisher"));
        assertEquals("2024-10-03", a.header().get("published"));
        assertEquals("Gary Raynaldo", a.header().get("author"));
        assertEquals("001_f6d04f62d38808dd", a.slug());
    }

    private static int bodyStart(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int i = s.indexOf("\n---\n");
        return i < 0 ? -1 : i + 5;
    }
}
