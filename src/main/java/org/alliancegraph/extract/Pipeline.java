package org.alliancegraph.extract;

import java.util.List;

import org.alliancegraph.ingest.Article;

/** Runs the annotators in order over one {@link Document}. Stateless between articles, so thread-safe. */
public final class Pipeline {
    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) { this.annotators = List.copyOf(annotators); }

    /** The standard pipeline over the given reference list of known actors. */
    public static Pipeline standard(ReferenceCatalog catalog) {
        return new Pipeline(List.of(
                new ZoneAnnotator(),
                new SentenceAnnotator(),
                new MentionAnnotator(catalog),
                new CueEntityAnnotator(catalog),
                new MetadataAnnotator(catalog),
                new NameChunkAnnotator(catalog),
                new DateAnnotator(),
                new MoneyAnnotator(),
                new RoleAnnotator(catalog),
                new EventAnnotator(catalog),
                new StatementAnnotator(),
                new PositionAnnotator(),
                new PledgeAnnotator()));
    }

    public List<Annotator> annotators() { return annotators; }

    public Document run(Article article) {
        Document document = new Document(article);
        for (Annotator annotator : annotators)
            annotator.annotate(document);
        return document;
    }
}
