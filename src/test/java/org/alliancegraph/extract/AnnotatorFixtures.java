package org.alliancegraph.extract;

import java.util.List;
import java.util.Map;

import org.alliancegraph.ingest.Article;

/** Builds documents from inline text and runs a prefix of the standard annotators on them. */
final class AnnotatorFixtures {
    private AnnotatorFixtures() {}

    static Document document(String text) { return document(text, Map.of()); }

    static Document document(String text, Map<String, String> header) {
        return new Document(new Article("test.txt", header, text, "0".repeat(64)));
    }

    static Document run(Document d, Annotator... annotators) {
        for (Annotator a : annotators)
            a.annotate(d);
        return d;
    }

    static List<String> sentences(Document d) {
        return d.sentences().stream().map(s -> d.text(s.span())).toList();
    }
}
