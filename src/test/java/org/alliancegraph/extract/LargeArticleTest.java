package org.alliancegraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;
import org.alliancegraph.ingest.Article;

/**
 * A 1 MB article must not hang the pipeline (no regular expression may backtrack without bound on
 * long lines, long quotations or long runs of names and numbers). The limit is a hang guard, far
 * above the normal run time, not a speed measurement (those live under bench/).
 */
class LargeArticleTest {
    private static final int SIZE = 1_000_000;
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    private static String body() {
        String[] paragraphs = {
                "Denmark will send Ukraine €1.5bn in military aid for 2025, State Secretary Mette Holm said in Riga on Tuesday.",
                "\"We will not stop. We will keep going until the job is done,\" Holm told reporters after a meeting of Baltic defence ministers.",
                "Read also: Ministers meet again in Oslo",
                "The ministers will meet again in Oslo in March, and Latvia said it would hand over more armoured vehicles to Kyiv.",
                "Hungary remains opposed to Ukraine joining NATO; there is no unanimity among the allies.",
                // Long runs without sentence ends, quotation marks that never close, and long lists.
                "Norway Sweden Finland Estonia Latvia Lithuania Poland Germany France Italy Spain ".repeat(40),
                "\"an opening quote that never closes and goes on " + "and on ".repeat(300),
                "1,000,000 2,000,000 3.5 4.5 € $ £ bn m ".repeat(200),
                "Published 20.12.2024, 08:15 " + "a ".repeat(500),
        };
        StringBuilder sb = new StringBuilder("Ministers pledge aid\n\n");
        for (int i = 0; sb.length() < SIZE; i++)
            sb.append(paragraphs[i % paragraphs.length]).append("\n\n");
        return sb.toString();
    }

    @Test
    void aOneMegabyteArticleFinishes() {
        String body = body();
        assertTrue(body.length() >= SIZE);
        Document d = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.standard(TestSupport.catalog())
                .run(new Article("large.txt", Map.of("published", "2024-11-20"), body, "0".repeat(64))));
        assertFalse(d.pledges().isEmpty(), "the repeated pledge sentence is still read");
        assertFalse(d.statements().isEmpty());
    }
}
