package org.alliancegraph.extract;

/**
 * A surface form in the text resolved to an entity.
 *
 * @param entityKey  the {@link Entity#key()} it refers to
 * @param context    the evidence span around it: its sentence, or its line for a byline
 * @param confidence how sure the resolution is: reference-list matches score higher than cues
 */
public record Mention(Span span, String surface, String entityKey, Span context, double confidence) {}
