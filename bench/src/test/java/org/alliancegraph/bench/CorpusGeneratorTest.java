package org.alliancegraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alliancegraph.ingest.Article;
import org.alliancegraph.ingest.ArticleReader;

class CorpusGeneratorTest {
    private static final int N = 200;

    @Test
    void sameSeedWritesTheSameBytes(@TempDir Path tmp) throws Exception {
        new CorpusGenerator(7).writeCorpus(tmp.resolve("a"), N);
        new CorpusGenerator(7).writeCorpus(tmp.resolve("b"), N);
        List<Path> a = list(tmp.resolve("a")), b = list(tmp.resolve("b"));
        assertEquals(N, a.size());
        assertEquals(a.stream().map(Path::getFileName).toList(), b.stream().map(Path::getFileName).toList());
        for (int i = 0; i < N; i++)
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        CorpusGenerator one = new CorpusGenerator(7), two = new CorpusGenerator(8);
        long same = IntStream.range(0, N).filter(i -> new String(one.article(i), StandardCharsets.UTF_8)
                .equals(new String(two.article(i), StandardCharsets.UTF_8))).count();
        assertEquals(0, same);
    }

    @Test
    void articlesAreValidInputWithAndWithoutHeaders() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        ArticleReader reader = new ArticleReader();
        int withHeader = 0, withoutHeader = 0;
        for (int i = 0; i < N; i++) {
            Article article = reader.parse(generator.fileName(i), generator.article(i));
            if (article.header().isEmpty()) withoutHeader++; else withHeader++;
        }
        assertTrue(withHeader > N / 2, "most articles have a header: " + withHeader);
        assertTrue(withoutHeader > N / 20, "some articles have none: " + withoutHeader);
    }

    @Test
    void corpusVariesCurrenciesAndBoilerplate() {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        String all = String.join("\n", IntStream.range(0, N)
                .mapToObj(i -> new String(generator.article(i), StandardCharsets.UTF_8)).toList());
        for (String expected : List.of("EUR ", "bn ", "nearly $", "£", "Read also: ", "By ", "“", "said that",
                "Related\n", "source-url: "))
            assertTrue(all.contains(expected), "corpus contains " + expected);
        assertFalse(all.contains("null"), "no template slot left empty");
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
