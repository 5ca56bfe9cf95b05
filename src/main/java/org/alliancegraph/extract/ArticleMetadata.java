package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Title, date, publisher, author and cited sources of an article: from the header when given,
 * inferred from the text otherwise. Inferred fields are listed in {@link #inferred()}.
 */
public final class ArticleMetadata {
    public enum Field { TITLE, PUBLISHED, PUBLISHER, AUTHOR }

    private String title;
    private LocalDate published;
    private String publisherKey;
    private String authorKey;
    private String sourceUrl;
    private final Set<String> citedSourceKeys = new LinkedHashSet<>();
    private final Set<Field> inferred = new LinkedHashSet<>();

    public String title() { return title; }

    public LocalDate published() { return published; }

    /** Entity key of the publisher, or null when unknown. */
    public String publisherKey() { return publisherKey; }

    public String authorKey() { return authorKey; }

    public String sourceUrl() { return sourceUrl; }

    public Set<String> citedSourceKeys() { return citedSourceKeys; }

    public Set<Field> inferred() { return inferred; }

    public void setTitle(String title, boolean wasInferred) { this.title = title; mark(Field.TITLE, wasInferred); }

    public void setPublished(LocalDate date, boolean wasInferred) { this.published = date; mark(Field.PUBLISHED, wasInferred); }

    public void setPublisherKey(String key, boolean wasInferred) { this.publisherKey = key; mark(Field.PUBLISHER, wasInferred); }

    public void setAuthorKey(String key, boolean wasInferred) { this.authorKey = key; mark(Field.AUTHOR, wasInferred); }

    public void setSourceUrl(String url) { this.sourceUrl = url; }

    private void mark(Field field, boolean wasInferred) {
        if (wasInferred)
            inferred.add(field);
        else
            inferred.remove(field);
    }
}
