package org.alliancegraph.server.linkeddata;

import java.util.List;

/** What the resource template shows; every string is escaped by the template. */
public record ResourcePage(String uri, String label, List<Link> types, List<Row> properties, List<Row> incoming,
        List<Quote> evidence, List<Link> formats, String sparqlHref, String jsonLd, ArticleView article) {

    public record Link(String text, String href) {}

    /** A value: a link when {@code href} is set, else a literal with its language or datatype as {@code note}. */
    public record Value(String text, String href, String note) {}

    /** One property and its values; {@code more} links to all values when they were capped. */
    public record Row(Link property, List<Value> values, Link more) {}

    /** An evidence sentence, the article it is from, and its marked place on the article's page. */
    public record Quote(String text, Link article, String href) {}

    /** An article's text with the evidence spans marked, and the facts extracted from it. */
    public record ArticleView(List<ArticleText.Segment> segments, List<Fact> facts) {}

    /** A fact extracted from the article, its kind, and where in the text it comes from. */
    public record Fact(Link fact, String kind, List<Link> passages) {}
}
