package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.alliancegraph.ingest.Article;

/**
 * The one model that every annotator adds to, in the spirit of a CoreNLP annotation or a spaCy Doc.
 * Annotators run in order; each reads what earlier ones wrote.
 */
public final class Document {
    private final Article article;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<MoneyAmount> amounts = new ArrayList<>();
    private final List<Facts.Role> roles = new ArrayList<>();
    private final List<Facts.Event> events = new ArrayList<>();
    private final List<Facts.Pledge> pledges = new ArrayList<>();
    private final List<Facts.Statement> statements = new ArrayList<>();
    private final List<Facts.Position> positions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<Span, String> eventMentions = new LinkedHashMap<>();
    private final ArticleMetadata metadata = new ArticleMetadata();

    public Document(Article article) { this.article = article; }

    public Article article() { return article; }

    public String text() { return article.text(); }

    public List<Zone> zones() { return zones; }

    public List<Sentence> sentences() { return sentences; }

    public List<Mention> mentions() { return mentions; }

    public ArticleMetadata metadata() { return metadata; }

    /** Date phrases of the content sentences, in text order. */
    public List<TimeExpression> times() { return times; }

    /** Money amounts of the content sentences, in text order. */
    public List<MoneyAmount> amounts() { return amounts; }

    public List<Facts.Role> roles() { return roles; }

    public List<Facts.Event> events() { return events; }

    public List<Facts.Pledge> pledges() { return pledges; }

    public List<Facts.Statement> statements() { return statements; }

    /** Records that the words at {@code trigger} ("the summit", "a press conference") mention the event with this key. */
    public void addEventMention(Span trigger, String eventKey) { eventMentions.put(trigger, eventKey); }

    /**
     * The one event a sentence places something at: outside {@code quoted} (a speaker's own words
     * say nothing of where they were spoken; may be null) the sentence mentions exactly one event
     * and says "at", "during", "on the margins of", "told", "in an address" or the like. Null otherwise.
     */
    public String eventPlacedIn(Sentence sentence, Span quoted) {
        List<String> keys = eventMentions.entrySet().stream()
                .filter(e -> sentence.span().contains(e.getKey()) && (quoted == null || !quoted.overlaps(e.getKey())))
                .map(Map.Entry::getValue).distinct().toList();
        if (keys.size() != 1)
            return null;
        String frame = text(sentence.span());
        if (quoted != null && sentence.span().overlaps(quoted)) {
            int b = Math.max(quoted.begin(), sentence.span().begin()) - sentence.span().begin();
            int e = Math.min(quoted.end(), sentence.span().end()) - sentence.span().begin();
            frame = frame.substring(0, b) + " ".repeat(e - b) + frame.substring(e);
        }
        return AT_EVENT.matcher(frame).find() ? keys.get(0) : null;
    }

    private static final java.util.regex.Pattern AT_EVENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:at|during|on\\s+the\\s+(?:margins|sidelines)\\s+of|told|addressed|in\\s+(?:an?|his|her)\\s+(?:address|speech))\\b");

    public List<Facts.Position> positions() { return positions; }

    /** Mentions whose span lies inside {@code span}, in text order. */
    public List<Mention> mentionsIn(Span span) {
        return mentions.stream().filter(m -> span.contains(m.span())).sorted((a, b) -> a.span().compareTo(b.span())).toList();
    }

    /**
     * Keys of the entities of the mentions passing {@code filter}, most mentioned first; ties keep
     * the order of first mention. "The article's main country" and the like.
     */
    public List<String> entitiesByMentions(Predicate<Mention> filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions)
            if (filter.test(m))
                counts.merge(m.entityKey(), 1, Integer::sum);
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** Date phrases inside {@code span}, in text order. */
    public List<TimeExpression> timesIn(Span span) {
        return times.stream().filter(t -> span.contains(t.span())).toList();
    }

    /** Money amounts inside {@code span}, in text order. */
    public List<MoneyAmount> amountsIn(Span span) {
        return amounts.stream().filter(a -> span.contains(a.span())).toList();
    }

    public Map<String, Entity> entities() { return Collections.unmodifiableMap(entities); }

    /** Adds the entity unless one with its key is there; returns the one in the document. */
    public Entity addEntity(Entity entity) { return entities.computeIfAbsent(entity.key(), k -> entity); }

    public Optional<Entity> entity(String key) { return Optional.ofNullable(entities.get(key)); }

    public void addMention(Mention mention) {
        Entity entity = entities.get(mention.entityKey());
        if (entity == null)
            throw new IllegalStateException("mention of an entity not in the document: " + mention.entityKey());
        mentions.add(mention);
        entity.surfaces().add(mention.surface());
    }

    /** Drops a mention that a longer name took in ("Kyiv" in "Kyiv Post"), and its entity when no mention of it is left. */
    public void removeMention(Mention mention) {
        mentions.remove(mention);
        if (mentions.stream().noneMatch(m -> m.entityKey().equals(mention.entityKey())))
            entities.remove(mention.entityKey());
    }

    public String text(Span span) { return span.of(text()); }

    /** The content sentence containing this character index, if any. */
    public Optional<Sentence> sentenceAt(int index) {
        for (Sentence s : sentences)
            if (s.span().begin() <= index && index < s.span().end())
                return Optional.of(s);
        return Optional.empty();
    }

    /** Converts a UTF-16 index of {@link #text()} into a Unicode code point offset (CONTRACT §3). */
    public int codePointOffset(int charIndex) { return text().codePointCount(0, charIndex); }
}
