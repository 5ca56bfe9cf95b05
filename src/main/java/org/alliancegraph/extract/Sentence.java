package org.alliancegraph.extract;

/** A sentence of a content zone; {@code index} is its position in the document. */
public record Sentence(int index, Span span, Zone.Kind zone) {}
