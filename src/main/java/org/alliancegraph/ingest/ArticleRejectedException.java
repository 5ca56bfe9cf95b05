package org.alliancegraph.ingest;

/** An input file that cannot be loaded as an article; the message names the file and the reason. */
public class ArticleRejectedException extends Exception {
    private final String file;
    private final String reason;

    public ArticleRejectedException(String file, String reason) {
        super(Printable.of(file) + ": " + Printable.of(reason));
        this.file = file;
        this.reason = reason;
    }

    public String file() { return file; }

    public String reason() { return reason; }
}
