package org.alliancegraph.store;

import java.util.List;

import org.apache.jena.graph.NodeFactory;

import org.alliancegraph.ingest.ArticleRejectedException;
import org.alliancegraph.rdf.ArticleGraph;
import org.alliancegraph.rdf.UriScheme;

/**
 * Where a {@link Loader} puts extracted articles: the transactional {@link KnowledgeStore}, or a
 * new store that {@link BulkBuild} writes with TDB2's bulk loader.
 */
public interface ArticleSink {
    UriScheme uris();

    /** Whether the article is stored from a file with this hash by this loader version (then it is skipped). */
    boolean isCurrent(String slug, String contentHash);

    /** Refuses an article whose URI the stored article of another file already has. */
    void checkUriFree(ArticleGraph article) throws ArticleRejectedException;

    /** Stores the articles, all or (on a {@link StoreException}) none; their outcomes in order. */
    List<KnowledgeStore.Outcome> putAll(List<ArticleGraph> articles, boolean force);

    /** The refusal of {@code article} (from {@code file}) because the article of {@code otherFile} has its URI. */
    default ArticleRejectedException uriTaken(ArticleGraph article, String file, String otherFile) {
        return new ArticleRejectedException(file, "its article URI " + uris().article(article.slug())
                + " is already taken by the stored article of file '" + otherFile + "'; rename one of the two files");
    }

    /** The source file an extracted article graph names, or null. */
    default String sourceFile(ArticleGraph article) {
        return KnowledgeStore.sourceFile(article.graph(), NodeFactory.createURI(uris().article(article.slug())));
    }
}
