package org.alliancegraph.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alliancegraph.TestSupport;

/** The user guide shows the example files that ClientsTest runs, unchanged: they cannot drift. */
class DocsExamplesTest {
    static final List<String> EXAMPLES = List.of("docs/examples/pledges_dataframe.py", "docs/examples/pledge_totals_csv.py",
            "docs/examples/curl.sh", "docs/examples/local-data.ttl", "docs/examples/jena-service.rq",
            "docs/examples/donor-regions.rq", "clients/comunica/federate.mjs");

    @Test
    void guideShowsEveryExampleVerbatim() throws IOException {
        String guide = Files.readString(TestSupport.ROOT.resolve("docs/using-alliancegraph.md"));
        for (String example : EXAMPLES) {
            String text = Files.readString(TestSupport.ROOT.resolve(example)).stripTrailing();
            assertTrue(guide.contains(text + "\n```"), example + " appears verbatim in docs/using-alliancegraph.md");
        }
    }
}
