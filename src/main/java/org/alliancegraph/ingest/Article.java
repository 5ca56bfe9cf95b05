package org.alliancegraph.ingest;

import java.util.Map;

/**
 * One news article as read from its file: the header block (CONTRACT §4) and the body text.
 * Offsets everywhere in the pipeline count into {@link #text()}.
 *
 * @param sourceFile  the input file's name, e.g. "001_f6d04f62d38808dd.txt"
 * @param header      header keys as given (title, published, publisher, author, source-url)
 * @param text        the body: everything after the "---" line, or the whole file without a header
 * @param contentHash SHA-256 (hex) of the file's bytes; a changed file gets a new hash
 */
public record Article(String sourceFile, Map<String, String> header, String text, String contentHash) {

    public Article {
        header = Map.copyOf(header);
    }

    /** The slug of the article's URI and graph: the file name without its extension. */
    public String slug() {
        int dot = sourceFile.lastIndexOf('.');
        return org.alliancegraph.rdf.UriScheme.slug(dot > 0 ? sourceFile.substring(0, dot) : sourceFile);
    }
}
