package org.alliancegraph.extract;

import static org.alliancegraph.extract.Facts.Stance.CallsForInvitation;
import static org.alliancegraph.extract.Facts.Stance.Cautious;
import static org.alliancegraph.extract.Facts.Stance.IrreversiblePath;
import static org.alliancegraph.extract.Facts.Stance.NoConsensus;
import static org.alliancegraph.extract.Facts.Stance.NoTimeline;
import static org.alliancegraph.extract.Facts.Stance.Opposes;
import static org.alliancegraph.extract.Facts.Stance.SupportsMembership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Facts.Stance;

/**
 * The back-off of {@link PositionAnnotator}: when a sentence clearly speaks of a candidate joining an organisation, a
 * clause that none of the phrases of {@link StanceCues} fired in gets a stance read from general signals, first that
 * applies: a denied consequence ("would not mean Georgia joining") gives nothing; allies at odds → NoConsensus;
 * "irreversible" → IrreversiblePath; a demand with an invitation after it ("should", "urge" … "invite", no negation
 * between) → CallsForInvitation; a denied refusal ("could not be blocked") gives nothing; a strong refusal ("never",
 * "reject", "out of the question") or denied support ("will not accept") → Opposes; a refusal limited in time or by
 * conditions ("not yet", "premature", "conditions", "until the war ends") → Cautious; no date ("no deadline", "how
 * soon", "would not say when") → NoTimeline; any other negation gives nothing; a positive word ("optimistic", "hope",
 * "one day", "support") → SupportsMembership. No signal, no stance: a sentence that only mentions membership ("the
 * summit will discuss Georgia's bid") states nothing.
 */
final class StanceBackoff {
    private StanceBackoff() {}

    /** Where the membership words stand (the clause when it has none), the clause, and the stance read around them. */
    record Reading(Span topic, Span clause, Stance stance) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ORG = "(?:(?-i:NATO|EU)\\b|(?:the\\s+)?(?:alliance|bloc|union)\\b|(?:the\\s+)?European\\s+Union\\b)";
    /**
     * A candidate joining an organisation, strictly: membership, accession, a bid or path to an organisation, joining
     * one, an invitation to join. Not an invitation to a meeting, not joining talks, not a past accession ("joined NATO
     * in 2023" is history, not a stance).
     */
    private static final Pattern TOPIC = Pattern.compile("\\b(?:membership|accession|accede|enlargement)\\b"
            + "|\\b(?:join|joins|joining)\\s+(?:the\\s+)?" + ORG
            + "|\\bmember\\s+(?:state\\s+)?of\\s+(?:the\\s+|our\\s+|this\\s+)?" + ORG
            + "|\\b(?:be|become|being)\\s+in\\s+(?:the\\s+)?" + ORG + "|\\b(?-i:\\p{Lu})\\p{L}+\\s+(?:in|into)\\s+(?:the\\s+)?" + ORG
            + "|\\b(?:bid|application|path|road|way|future|place|integration)\\s+(?:(?:to|towards?|into|in|for|with)\\s+)(?:the\\s+)?" + ORG
            + "|\\b(?:future|place)\\s+(?:lies|lay|is|was|remains)\\s+(?:still\\s+)?in\\s+(?:the\\s+)?" + ORG
            + "|" + ORG + "\\s+(?:bid|application|aspirations?|ambitions?|integration|path|future|invitation)\\b"
            + "|\\binvitation\\b(?!\\s+to\\s+(?!join\\b|(?:the\\s+)?(?-i:NATO|EU)\\b|the\\s+(?:alliance|bloc|union)\\b)\\p{L})|\\binvit(?:e|es|ed|ing)\\s+(?:\\p{Lu}\\p{L}+|it|them)\\s+(?:to\\s+join|into)\\b", CI);

    /** Clauses: a semicolon or colon, a comma before a contrasting conjunction, or a second "that" clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:but|while|whereas|although|though|yet)\\b|\\s+but\\s+"
            + "|,\\s+and\\s+that\\b", CI); // a second reported clause: "said X could not …, and that the country would …"

    private static final Pattern DISAGREEMENT = Pattern.compile("\\b(?:allies|members|member\\s+states|capitals|governments|partners)\\b"
            + "[^.;]{0,60}?\\b(?:disagree\\p{L}*|divided|divisions?|split|at\\s+odds|differ(?:s|ed)?)\\b"
            + "|\\b(?:split\\p{L}*|divid\\p{L}*)\\s+(?:the\\s+)?(?:\\d+\\s+)?(?:allies|members|capitals)\\b|\\bnot\\s+of\\s+one\\s+mind\\b|\\b(?:no|lack\\s+of)\\s+(?:consensus|unanimity)\\b"
            + "|\\b(?:disagreement|divisions?|rift|differences)\\s+(?:among|between|within)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?"
            + "(?:allies|members|capitals|alliance|governments)\\b", CI);
    private static final Pattern STRONG_REFUSAL = Pattern.compile("\\b(?:never|reject\\p{L}*|refus\\p{L}*|oppos\\p{L}*|veto\\p{L}*"
            + "|block\\p{L}*|out\\s+of\\s+the\\s+question|impossible|under\\s+no\\s+circumstances|categorically|red\\s+line"
            + "|no\\s+(?:future|place)\\s+(?:for|in))\\b", CI);
    private static final Pattern LIMITED_REFUSAL = Pattern.compile("\\b(?:not\\s+(?:\\p{L}+\\s+)?(?:now|yet|soon)|no\\s+longer\\s+soon|premature\\p{L}*"
            + "|too\\s+(?:early|soon)|not\\s+(?:\\p{L}+\\s+)?ready|not\\s+(?:\\p{L}+\\s+)?(?:a|the)\\s+priority|conditions?|conditional"
            + "|reforms?\\s+(?:first|must|would\\s+have)|long\\s+way\\s+(?:off|to\\s+go)|far\\s+off|distant|remote|long[-\\s]term"
            + "|(?:after|once|until|before|while)\\s+the\\s+(?:war|fighting|hostilities|conflict)|postpon\\p{L}*|delay\\p{L}*|wait\\p{L}*"
            + "|hesita\\p{L}*|reluctan\\p{L}*|cautio\\p{L}*|wary|s[ck]eptic\\p{L}*"
            // aid first (GUIDELINES §7): "the priority was weapons and money"
            + "|(?:priority|priorities|focus|first)\\b[^.;]{0,60}?\\b(?:weapons|aid|air\\s+defen[cs]e|ammunition|money|arms"
            // or the means to go on fighting: "the first task was to make sure it could keep fighting"
            + "|(?:keep|go\\s+on|continue)\\s+(?:fighting|defending)|defend\\s+itself|hold\\s+the\\s+line|prevail))\\b", CI);
    /** Waiting denied: "no reason for allies to wait", "no need to delay". */
    private static final Pattern WAIT_DENIED = Pattern.compile("\\bno\\s+(?:reason|need|point|excuse)\\b[^.;]{0,30}?\\b(?:wait|delay|postpone|hold\\s+back)\\p{L}*", CI);
    private static final Pattern CONSEQUENCE_DENIED = Pattern.compile("\\b(?:not|n[’']t)\\s+(?:necessarily\\s+)?(?:mean|imply|require|involve|entail|change|affect)\\b", CI);
    /** A negation, or a verb of holding back from saying: "declined to", "refrained from", "has yet to". */
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|declin\\p{L}*|refrain\\p{L}*|avoid\\p{L}*|yet\\s+to|stop\\p{L}*\\s+short)\\b|n[’']t\\b", CI);
    /**
     * Staying out of the question (GUIDELINES §7, no comment is caution): "does not take a position on", "keeps them out of the
     * debate", "it was not for a neutral state to comment", "declined to go further", "would follow the consensus of the allies".
     */
    private static final Pattern ABSTENTION = Pattern.compile("(?:\\b(?:not|no|never)|n[’']t)\\s+(?:\\p{L}+\\s+){0,2}?(?:take|taking|took)\\s+"
            + "(?:a\\s+|any\\s+)?(?:position|side|stance|view)\\b"
            + "|\\b(?:stay|keep|kept|remain)\\p{L}*\\s+(?:\\p{L}+\\s+)?out\\s+of\\s+(?:the\\s+)?(?:debate|discussion|argument|question|dispute)\\b"
            + "|\\bnot\\s+(?:\\p{L}+\\s+)?for\\s+(?:[\\p{L}’']+\\s+){1,4}?to\\s+(?:comment|decide|judge|say|weigh\\s+in)\\b"
            + "|\\b(?:declin|refus)\\p{L}*\\s+to\\s+(?:comment|elaborate|go\\s+further|say\\s+more|weigh\\s+in)\\b|\\bno\\s+comment\\b"
            + "|\\bfollow\\p{L}*\\s+(?:the\\s+)?(?:consensus|lead|decision|line)\\s+of\\b", CI);
    private static final Pattern DATE_WORD = Pattern.compile("\\b(?:timeline|timetable|time\\s*frame|date|deadline|year)\\b", CI);
    private static final Pattern NO_DATE = Pattern.compile("\\b(?:no|without\\s+(?:a|any)|any)\\s+(?:\\p{L}+\\s+)?(?:timeline|timetable|time\\s*frame"
            + "|date|deadline)\\b|\\bhow\\s+(?:soon|long|quickly)\\b|\\b(?:asked|question\\s+of|unclear|uncertain|unknown|vague|silent|non-?committal)\\s+(?:(?:on|about|as\\s+to)\\s+)?when\\b", CI);
    /** A demand with an invitation after it and no negation between: "should be invited", "urged allies to agree on an invitation". */
    private static final Pattern DEMAND_INVITATION = Pattern.compile("\\b(?:should|must|ought\\s+to|need(?:s|ed)?\\s+to|urg\\p{L}*"
            + "|call\\p{L}*\\s+(?:for|on)|demand\\p{L}*|appeal\\p{L}*|press\\p{L}*|insist\\p{L}*|wants?|wanted|seek\\p{L}*|expect\\p{L}*"
            + "|count\\p{L}*\\s+on|ask\\p{L}*(?!\\s+(?:\\p{L}+\\s+)?(?:whether|if|about|when|how|why|what|who)\\b))\\b"
            + "(?:(?!\\bnot\\b|\\bnever\\b|n[’']t\\b)[^.;]){0,60}?\\binvit\\p{L}*", CI);
    /** An invitation praised: "an invitation would be the strongest answer", "… would be decisive". */
    private static final Pattern INVITATION_PRAISED = Pattern.compile("\\binvitation\\b[^.;]{0,40}?\\b(?:would|will|is|was)\\s+(?:be\\s+)?(?:the\\s+)?"
            + "(?:\\p{L}+est|best|(?<=the\\s)only|most\\s+\\p{L}+|decisive|crucial|essential|vital|necessary|needed)\\b", CI);
    /**
     * An invitation as what is wanted, named by the predicate: "the only guarantee that lasts is an invitation", "what would end
     * the war is an invitation", "an invitation … remained Kyiv's first priority".
     */
    private static final Pattern INVITATION_WANTED = Pattern.compile("\\b(?:is|was|remains|remained|would\\s+be|will\\s+be)\\s+"
            + "(?!not\\b|never\\b|no\\b)(?:an?\\s+|the\\s+)?(?:\\p{L}+\\s+)?invitation\\b"
            + "|\\binvitation\\b[^.;]{0,60}?\\b(?:is|was|remains|remained)\\s+(?:\\p{L}+[’']s\\s+|the\\s+|its\\s+|their\\s+)?"
            + "(?:first|top|main|only|key|chief|overriding|central)\\s+(?:priority|demand|goal|aim|request|wish)\\b", CI);
    /** A past accession is history, not a stance: "welcomed Sweden into NATO last year", "joined in 2023". */
    private static final Pattern HISTORY = Pattern.compile("\\b(?:joined|welcomed|admitted|became|acceded)\\b[^.;]{0,60}?\\b(?:last\\s+(?:year|month|spring|summer|autumn|winter)"
            + "|in\\s+(?:\\p{L}+\\s+)?\\d{4}|years?\\s+ago|since)\\b", CI);
    private static final Pattern IRREVERSIBLE = Pattern.compile("\\birreversib\\p{L}*", CI);
    /** A refusal denied: "could not be blocked", "does not oppose", "has no veto over the alliance". */
    private static final Pattern REFUSAL_DENIED = Pattern.compile("(?:\\b(?:not|no|no\\s+longer)|n[’']t)\\s+(?:\\p{L}+\\s+){0,2}?(?:reject|oppos|block|veto|refus)\\p{L}*", CI);
    /** Support denied: "will not support", "would never accept". */
    private static final Pattern SUPPORT_DENIED = Pattern.compile("(?:\\b(?:not|never)|n[’']t)\\s+(?:\\p{L}+\\s+){0,2}?(?:support|back|accept|allow|endorse|welcome|want|agree\\s+to)\\b", CI);
    /** An embedded question of time: "would not say when an invitation might come" (not "when the war ends"). */
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b(?!\\s+(?:the\\s+)?(?:war|fighting|hostilities|conflict|conditions))", CI);
    private static final Pattern POSITIVE = Pattern.compile("\\b(?:welcom\\p{L}*|support\\p{L}*|back(?:s|ed|ing)?|endors\\p{L}*|favou?r\\p{L}*"
            + "|champion\\p{L}*|deserv\\p{L}*|wants?|wanted|right\\s+to|hope\\p{L}*|wish\\p{L}*|aspir\\p{L}*|strive\\p{L}*|determined|committed|commitment"
            + "|confident|optimistic|look\\p{L}*\\s+forward|closer|inevitable|matter\\s+of\\s+time|one\\s+day|sooner\\s+or\\s+later|eventual\\p{L}*"
            + "|(?:is|was|remains|would\\s+be)\\s+(?:\\p{L}+\\s+)?(?:crucial|essential|vital|important|key)|on\\s+track|progress"
            + "|goals?|aims?|objectives?|ambitions?|guarantee\\p{L}*"
            // membership as the predicate of what is wanted: "the one thing that would change its security is membership"
            + "|(?:is|was|remains|would\\s+be)\\s+(?:full\\s+)?membership\\b|(?:future|place)\\s+(?:(?:lies|lay|is|was|remains)\\s+)?(?:still\\s+)?in\\s+(?:the\\s+)?" + ORG
            // the future asserted: "would become a member", "will join the bloc"
            + "|(?:will|would|shall)\\s+(?:\\p{L}+\\s+){0,2}?(?:become\\s+a|be\\s+a|join)\\b)\\b", CI);

    /**
     * The stances the sentence's general signals give, one per clause, each with where it was read: the clause of the
     * membership words is read in full; another clause of the sentence ("…, but he would not say when") only for
     * holding back on the same topic (no date, not now), since praise or refusal there may be about anything else.
     */
    static List<Reading> read(String text, Span sentence, List<Span> cued) {
        if (!TOPIC.matcher(text).region(sentence.begin(), sentence.end()).find())
            return List.of();
        List<Reading> readings = new ArrayList<>();
        for (Span clause : clauses(text, sentence)) {
            if (cued.stream().anyMatch(c -> c.begin() < clause.end() && clause.begin() < c.end()))
                continue; // a phrase of ours fired here and said what there is to say, or deliberately nothing
            Matcher topic = TOPIC.matcher(text).region(clause.begin(), clause.end());
            boolean ofTopic = topic.find();
            Span at = ofTopic ? new Span(topic.start(), topic.end()) : clause;
            stance(text, clause).filter(s -> ofTopic || s == NoTimeline || s == Cautious)
                    .filter(s -> readings.stream().noneMatch(r -> r.stance() == s))
                    .ifPresent(s -> readings.add(new Reading(at, clause, s)));
        }
        return readings;
    }

    private static Optional<Stance> stance(String text, Span clause) {
        if (find(HISTORY, text, clause))
            return Optional.empty();
        if (find(CONSEQUENCE_DENIED, text, clause))
            return Optional.empty(); // "talks would not mean Georgia joining …": what something implies, no one's stance
        if (find(DISAGREEMENT, text, clause))
            return Optional.of(NoConsensus);
        if (find(IRREVERSIBLE, text, clause))
            return Optional.of(IrreversiblePath);
        boolean negated = find(NEGATION, text, clause);
        if (find(DEMAND_INVITATION, text, clause) || find(INVITATION_PRAISED, text, clause) || find(INVITATION_WANTED, text, clause))
            return Optional.of(CallsForInvitation); // "should invite … now, not after the war": the demand, not the waiting
        if (find(ABSTENTION, text, clause))
            return Optional.of(Cautious); // before refusals: "Spain, which holds no veto …, has stayed out of the argument"
        if (find(REFUSAL_DENIED, text, clause))
            return Optional.empty(); // "could not be blocked by one government": no refusal
        if (find(STRONG_REFUSAL, text, clause) || find(SUPPORT_DENIED, text, clause))
            return Optional.of(Opposes); // a holder's refusal, for now or for ever (GUIDELINES §7: "will not support")
        if (find(WAIT_DENIED, text, clause))
            return Optional.empty(); // "saw no reason for allies to wait": the opposite of holding back
        boolean limited = find(LIMITED_REFUSAL, text, clause);
        if (limited && (negated || !find(POSITIVE, text, clause)))
            return Optional.of(Cautious);
        if (find(NO_DATE, text, clause) || negated && (find(WHEN, text, clause) || find(DATE_WORD, text, clause)))
            return Optional.of(NoTimeline);
        if (negated)
            return Optional.empty(); // a negation without a strength: nothing general to read
        if (find(POSITIVE, text, clause))
            return Optional.of(SupportsMembership);
        return Optional.empty();
    }

    /** A yes-no question put to the speaker opens the sentence: "Asked whether Norway backed the bid, she replied …". */
    private static final Pattern QUESTION_OPENER = Pattern.compile("(?:when\\s+)?asked\\s+(?:\\p{L}+\\s+){0,2}?(?:whether|if)\\b[^;,]*,", CI);

    /** The question that opens the sentence, or null: it asserts nothing, so no stance is read in it. */
    static Span questionOpener(String text, Span sentence) {
        Matcher m = QUESTION_OPENER.matcher(text).region(sentence.begin(), sentence.end());
        return m.lookingAt() ? new Span(m.start(), m.end()) : null;
    }

    /** The clauses of the sentence, after a question that opens it. */
    private static List<Span> clauses(String text, Span sentence) {
        List<Span> clauses = new ArrayList<>();
        Span question = questionOpener(text, sentence);
        int begin = question == null ? sentence.begin() : question.end();
        Matcher m = CLAUSE_BREAK.matcher(text).region(begin, sentence.end());
        while (m.find()) {
            clauses.add(new Span(begin, m.start()));
            begin = m.end();
        }
        clauses.add(new Span(begin, sentence.end()));
        return clauses;
    }

    private static boolean find(Pattern p, String text, Span clause) {
        return p.matcher(text).region(clause.begin(), clause.end()).find();
    }
}
