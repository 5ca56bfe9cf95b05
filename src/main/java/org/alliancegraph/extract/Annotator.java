package org.alliancegraph.extract;

/** One step of the extraction pipeline: reads what earlier steps added to the document and adds its own layer. */
public interface Annotator {
    void annotate(Document document);

    /** A short name for logs and timing. */
    default String name() { return getClass().getSimpleName(); }
}
