package org.alliancegraph.extract;

import static org.alliancegraph.extract.Facts.Stance.CallsForInvitation;
import static org.alliancegraph.extract.Facts.Stance.Cautious;
import static org.alliancegraph.extract.Facts.Stance.NoConsensus;
import static org.alliancegraph.extract.Facts.Stance.NoTimeline;
import static org.alliancegraph.extract.Facts.Stance.Opposes;
import static org.alliancegraph.extract.Facts.Stance.SupportsMembership;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Facts.Stance;

/**
 * The back-off of {@link PositionAnnotator}: when a sentence clearly speaks of a candidate joining an organisation but
 * none of the phrases of {@link StanceCues} fired, a stance read from general signals of the clause around the
 * membership words, in this order: allies disagreeing (NoConsensus); a refusal, strong (Opposes: "never", "reject")
 * or limited in time or by conditions (Cautious: "not yet", "premature", "conditions"); no date ("no timeline",
 * "how soon"); a demand for an invitation ("should", "urge" with "invite"); else a positive word (support, hope,
 * "one day"). No signal, no stance: a sentence that only mentions membership ("the summit will discuss Georgia's bid")
 * states nothing.
 */
final class StanceBackoff {
    private StanceBackoff() {}

    /** Where the membership words stand, and the stance read around them. */
    record Reading(Span topic, Stance stance) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ORG = "(?:(?-i:NATO|EU)\\b|(?:the\\s+)?(?:alliance|bloc|union)\\b|(?:the\\s+)?European\\s+Union\\b)";
    /**
     * A candidate joining an organisation, strictly: membership, accession, a bid or path to an organisation, joining
     * one, an invitation to join. Not an invitation to a meeting, not joining talks, not a past accession ("joined NATO
     * in 2023" is history, not a stance).
     */
    private static final Pattern TOPIC = Pattern.compile("\\b(?:membership|accession|accede|enlargement)\\b"
            + "|\\b(?:join|joins|joining)\\s+(?:the\\s+)?" + ORG
            + "|\\bmember\\s+(?:state\\s+)?of\\s+(?:the\\s+)?" + ORG
            + "|\\b(?:bid|application|path|road|way|future|place|integration)\\s+(?:(?:to|towards?|into|in|for|with)\\s+)(?:the\\s+)?" + ORG
            + "|" + ORG + "\\s+(?:bid|application|aspirations?|ambitions?|integration|path|future|invitation)\\b"
            + "|\\binvitation\\b(?!\\s+to\\s+(?!join\\b)\\p{L})|\\binvit(?:e|es|ed|ing)\\s+(?:\\p{Lu}\\p{L}+|it|them)\\s+(?:to\\s+join|into)\\b", CI);

    /** Clauses: a semicolon or colon, or a comma before a contrasting conjunction. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:but|while|whereas|although|though|yet)\\b|\\s+but\\s+", CI);

    private static final Pattern DISAGREEMENT = Pattern.compile("\\b(?:allies|members|member\\s+states|capitals|governments|partners)\\b"
            + "[^.;]{0,60}?\\b(?:disagree\\p{L}*|divided|divisions?|split|at\\s+odds|differ(?:s|ed)?)\\b"
            + "|\\b(?:split\\p{L}*|divid\\p{L}*)\\s+(?:the\\s+)?(?:\\d+\\s+)?(?:allies|members|capitals)\\b|\\bnot\\s+of\\s+one\\s+mind\\b"
            + "|\\b(?:disagreement|divisions?|rift|differences)\\s+(?:among|between|within)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?"
            + "(?:allies|members|capitals|alliance|governments)\\b", CI);
    private static final Pattern STRONG_REFUSAL = Pattern.compile("\\b(?:never|reject\\p{L}*|refus\\p{L}*|oppos\\p{L}*|veto\\p{L}*"
            + "|block\\p{L}*|out\\s+of\\s+the\\s+question|impossible|under\\s+no\\s+circumstances|categorically|red\\s+line"
            + "|no\\s+(?:future|place)\\s+(?:for|in))\\b", CI);
    private static final Pattern LIMITED_REFUSAL = Pattern.compile("\\b(?:not\\s+(?:\\p{L}+\\s+)?(?:now|yet|soon)|no\\s+longer\\s+soon|premature\\p{L}*"
            + "|too\\s+(?:early|soon)|not\\s+(?:\\p{L}+\\s+)?ready|not\\s+(?:\\p{L}+\\s+)?(?:a|the)\\s+priority|conditions?|conditional"
            + "|reforms?\\s+(?:first|must|would\\s+have)|long\\s+way\\s+(?:off|to\\s+go)|far\\s+off|distant|remote|long[-\\s]term"
            + "|(?:after|once|until|before|while)\\s+the\\s+(?:war|fighting|hostilities|conflict)|postpon\\p{L}*|delay\\p{L}*|wait\\p{L}*)\\b", CI);
    private static final Pattern CONSEQUENCE_DENIED = Pattern.compile("\\b(?:not|n[’']t)\\s+(?:necessarily\\s+)?(?:mean|imply|require|involve|entail|change|affect)\\b", CI);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no)\\b|n[’']t\\b", CI);
    private static final Pattern NO_DATE = Pattern.compile("\\b(?:no|without\\s+(?:a|any)|any)\\s+(?:\\p{L}+\\s+)?(?:timeline|timetable|time\\s*frame"
            + "|date|deadline)\\b|\\bhow\\s+(?:soon|long|quickly)\\b|\\b(?:asked|question\\s+of|unclear|uncertain|unknown)\\s+when\\b", CI);
    private static final Pattern DEMAND = Pattern.compile("\\b(?:should|must|ought\\s+to|need(?:s|ed)?\\s+to|urg\\p{L}*|call\\p{L}*\\s+(?:for|on)"
            + "|demand\\p{L}*|appeal\\p{L}*|press\\p{L}*|insist\\p{L}*)\\b", CI);
    private static final Pattern INVITE = Pattern.compile("\\binvit\\p{L}*", CI);
    private static final Pattern POSITIVE = Pattern.compile("\\b(?:welcom\\p{L}*|support\\p{L}*|back(?:s|ed|ing)?|endors\\p{L}*|favou?r\\p{L}*"
            + "|champion\\p{L}*|deserv\\p{L}*|right\\s+to|hope\\p{L}*|wish\\p{L}*|aspir\\p{L}*|strive\\p{L}*|determined|committed|commitment"
            + "|confident|optimistic|look\\p{L}*\\s+forward|closer|inevitable|matter\\s+of\\s+time|one\\s+day|sooner\\s+or\\s+later|eventual\\p{L}*"
            + "|(?:is|was|remains|would\\s+be)\\s+(?:\\p{L}+\\s+)?(?:crucial|essential|vital|important|key)|on\\s+track|progress)\\b", CI);

    /** The stance the sentence's general signals give, and where its membership words are; empty without both. */
    static Optional<Reading> read(String text, Span sentence) {
        Matcher topic = TOPIC.matcher(text).region(sentence.begin(), sentence.end());
        if (!topic.find())
            return Optional.empty();
        Span at = new Span(topic.start(), topic.end());
        Span clause = clauseAround(text, sentence, at);
        return stance(text, clause).map(s -> new Reading(at, s));
    }

    private static Optional<Stance> stance(String text, Span clause) {
        if (find(CONSEQUENCE_DENIED, text, clause))
            return Optional.empty(); // "talks would not mean Georgia joining …": what something implies, no one's stance
        if (find(DISAGREEMENT, text, clause))
            return Optional.of(NoConsensus);
        boolean limited = find(LIMITED_REFUSAL, text, clause);
        if (find(STRONG_REFUSAL, text, clause))
            return Optional.of(limited ? Cautious : Opposes);
        if (limited && (find(NEGATION, text, clause) || !find(POSITIVE, text, clause)))
            return Optional.of(Cautious);
        if (find(NO_DATE, text, clause))
            return Optional.of(NoTimeline);
        if (find(NEGATION, text, clause))
            return Optional.empty(); // a negation without a strength: nothing general to read
        if (find(DEMAND, text, clause) && find(INVITE, text, clause))
            return Optional.of(CallsForInvitation);
        if (find(POSITIVE, text, clause))
            return Optional.of(SupportsMembership);
        return Optional.empty();
    }

    /** The clause of the sentence holding the membership words. */
    private static Span clauseAround(String text, Span sentence, Span at) {
        int begin = sentence.begin(), end = sentence.end();
        Matcher m = CLAUSE_BREAK.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find()) {
            if (m.end() <= at.begin())
                begin = m.end();
            else if (m.start() >= at.end()) {
                end = m.start();
                break;
            }
        }
        return new Span(begin, end);
    }

    private static boolean find(Pattern p, String text, Span clause) {
        return p.matcher(text).region(clause.begin(), clause.end()).find();
    }
}
