package org.alliancegraph.extract;

/** A line-level region of the article and what it is; boilerplate zones yield no facts. */
public record Zone(Span span, Kind kind) {
    public enum Kind {
        /** The headline. */
        TITLE(true),
        /** A standfirst under the headline. */
        SUBTITLE(true),
        /** A photo caption: often gives a date and place. */
        CAPTION(true),
        /** "By Gary Raynaldo – DIPLOMATIC TIMES": gives author and publisher, states no facts. */
        BYLINE(false),
        /** A section heading inside the body. */
        HEADING(true),
        BODY(true),
        /** "Read also: …" teasers for other articles. */
        READ_ALSO(false),
        /** A "Related" heading and its list of links. */
        RELATED(false),
        /** Trailing labels and tags such as "- News". */
        LABEL(false);

        private final boolean content;

        Kind(boolean content) { this.content = content; }

        /** Whether sentences in this zone are the article's own content (mentions and facts). */
        public boolean isContent() { return content; }
    }
}
