package org.alliancegraph.rdf;

import java.nio.file.Path;

import org.alliancegraph.extract.Document;
import org.alliancegraph.extract.Pipeline;
import org.alliancegraph.extract.ReferenceCatalog;
import org.alliancegraph.ingest.Article;
import org.alliancegraph.ingest.ArticleReader;
import org.alliancegraph.ingest.ArticleRejectedException;

/** File to triples, all in memory: read, annotate, map. Nothing here touches the store. */
public final class ArticleExtractor {
    private final ArticleReader reader = new ArticleReader();
    private final Pipeline pipeline;
    private final DocumentMapper mapper;

    public ArticleExtractor(UriScheme uris, ReferenceCatalog catalog) {
        this.pipeline = Pipeline.standard(catalog);
        this.mapper = new DocumentMapper(uris, catalog);
    }

    public ArticleGraph extract(Path file) throws ArticleRejectedException {
        return extract(reader.read(file));
    }

    public ArticleGraph extract(Article article) {
        return mapper.map(annotate(article));
    }

    public Document annotate(Article article) { return pipeline.run(article); }
}
