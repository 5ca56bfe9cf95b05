package org.alliancegraph.extract;

import static org.alliancegraph.extract.Facts.Stance.CallsForInvitation;
import static org.alliancegraph.extract.Facts.Stance.Cautious;
import static org.alliancegraph.extract.Facts.Stance.IrreversiblePath;
import static org.alliancegraph.extract.Facts.Stance.NoConsensus;
import static org.alliancegraph.extract.Facts.Stance.NoTimeline;
import static org.alliancegraph.extract.Facts.Stance.Opposes;
import static org.alliancegraph.extract.Facts.Stance.SupportsMembership;

import java.util.List;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Facts.Stance;

/**
 * The phrases that state a stance on membership ({@link PositionAnnotator}): each gives a stance,
 * the stance when negated ("does not rule out" supports), and how its holder may stand next to it.
 */
final class StanceCues {
    private StanceCues() {}

    /** How the holder of a cue may be written next to it. */
    enum Agency {
        /** Not next to the cue: "irreversible", "no consensus". */
        NONE,
        /** The subject right before a verb: "Hungary opposes". */
        VERB,
        /** Also a possessor before a noun: "Ukraine’s call for an invitation", "Hungary’s veto". */
        NOUN_OR_VERB
    }

    record Cue(Stance stance, Stance whenNegated, Agency agency, Pattern pattern) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String INVITATION = "(?:an?\\s+|the\\s+)?(?:immediate\\s+|swift\\s+|formal\\s+)?invitation\\b";

    /** In order; every match in a membership sentence is read. */
    static final List<Cue> ALL = List.of(
            cue(IrreversiblePath, null, Agency.NONE, "\\birreversibl[ey]\\b"),
            cue(SupportsMembership, Opposes, Agency.NONE, "\\b(?:will|would|shall|won[’']t|wouldn[’']t|cannot|can[’']t|could\\s+not)\\s+(?:\\p{L}+\\s+){0,2}?(?:be|become)\\s+(?:a\\s+)?"
                    + "(?:full(?:-fledged)?\\s+|\\d+\\p{L}*\\s+(?:or\\s+\\d+\\p{L}*\\s+)?)?member\\b"),
            cue(SupportsMembership, null, Agency.NONE, "\\bthe\\s+day\\s+will\\s+come\\b[^.;]*?\\b(?:member|join)"),
            cue(SupportsMembership, null, Agency.NONE, "\\bfuture\\s+(?:(?:lies|lay|is|was|remains)\\s+)?(?:still\\s+)?in\\s+(?:the\\s+)?"
                    + "(?:\\p{Lu}|alliance\\b|union\\b|bloc\\b)"),
            // "the country's place was still in NATO": a place in an alliance, not in a city ("the summit's place is in Riga").
            cue(SupportsMembership, null, Agency.NONE, "[’']s\\s+(?:\\p{Ll}+\\s+)?place\\s+(?:lies|lay|is|was|remains)\\s+(?:still\\s+)?in\\s+"
                    + "(?:the\\s+)?(?:(?-i:\\p{Lu}{2,})\\b|alliance\\b|union\\b|bloc\\b|European\\s+Union\\b|North\\s+Atlantic\\b)"),
            cue(SupportsMembership, Opposes, Agency.NONE, "\\beventually\\s+(?:allow|admit|join|become|welcome)\\b"),
            cue(SupportsMembership, null, Agency.NONE, "\\buntil\\s+\\p{L}+\\s+becomes?\\s+a\\s+(?:full\\s+)?member\\b"),
            cue(SupportsMembership, Opposes, Agency.VERB, "\\b(?:supports?|supported|backs?|backed|endorse[sd]?|champion(?:s|ed|ing)?)\\s+"
                    + "(?:\\p{L}+[’']s\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:membership|accession|bid)\\b"),
            cue(Opposes, SupportsMembership, Agency.VERB, "\\brul(?:e|es|ed|ing)\\s+out\\b"),
            cue(Opposes, SupportsMembership, Agency.VERB, "\\boppos(?:e|es|ed|ing)\\b"),
            cue(Opposes, null, Agency.VERB, "\\bagainst\\s+(?:\\p{L}+[’']s\\s+|\\p{L}+\\s+){0,3}?(?:joining|membership|accession|admitting|inviting|invitation)\\b"),
            cue(Opposes, null, Agency.NOUN_OR_VERB, "\\bveto(?:es|ed|ing)?\\b"),
            cue(Opposes, null, Agency.VERB, "\\b(?:block|reject)(?:s|ed|ing)?\\s+(?:any\\s+|an?\\s+|the\\s+)?(?:[\\p{L}’']+\\s+){0,3}?(?:membership|accession|bid|invitation)\\b"),
            cue(CallsForInvitation, null, Agency.NOUN_OR_VERB, "\\bcall(?:s|ed|ing)?\\s+for\\s+" + INVITATION),
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:secur|seek|demand|urg|request)\\p{L}*\\s+" + INVITATION),
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:push|press|ask|appeal|lobb(?:y|ie)|argu|hop|campaign|plead|fight)\\p{L}*\\s+for\\s+" + INVITATION
                    + "|\\b(?:press|ask|appeal\\p{L}*\\s+to)\\p{L}*\\s+(?:the\\s+)?(?:[\\p{L}’']+\\s+){1,2}?for\\s+" + INVITATION
                    + "|\\binsist\\p{L}*\\s+on\\s+" + INVITATION),
            cue(CallsForInvitation, null, Agency.NONE, "\\bimmediate[”\"’]?\\s+invitation\\b|\\binvitation\\s+now\\b"
                    + "|\\binvite\\s+\\p{L}+\\s+(?:now|immediately|without\\s+delay)\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\brefrain\\p{L}*\\s+from\\s+(?:specifying|setting|giving|naming|offering|providing)\\s+"
                    + "(?:a|any)\\s+(?:timeline|time\\s*frame|date)\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\b(?:vague|unclear|silent|non-?committal)\\s+(?:on|about|as\\s+to)\\s+when\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\b(?:yet\\s+to|not|declin\\p{L}*\\s+to|refus\\p{L}*\\s+to)\\s+(?:\\p{L}+\\s+){0,2}?"
                    + "(?:pinpoint|set|specify|give|name|offer|provide|fix)\\s+(?:an?\\s+)?(?:exact\\s+|specific\\s+|clear\\s+|firm\\s+)?"
                    + "(?:date|timeline|time\\s*frame|timetable)\\b"),
            cue(NoTimeline, null, Agency.NONE, "\\bno\\s+(?:clear\\s+|specific\\s+|firm\\s+)?(?:timeline|time\\s*frame)\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\bstop\\p{L}*\\s+short\\s+of\\b[^.;]*?\\b(?:short\\s+term|timeline|time\\s*frame|date|when)\\b"),
            cue(NoConsensus, null, Agency.NONE, "\\bno\\s+consensus\\b|\\black\\s+of\\s+consensus\\b|\\bnot\\s+(?:yet\\s+)?(?:reached\\s+)?"
                    + "(?:a\\s+)?consensus\\b|\\b(?:divided|split)\\s+(?:over|on)\\b"),
            cue(Cautious, null, Agency.VERB, "\\b(?:show\\p{L}*|urg\\p{L}*|express\\p{L}*)\\s+caution\\b|\\bcautious(?:ly)?\\b|\\bcareful\\b"
                    + "|\\bhesita\\p{L}*|\\breluctan\\p{L}*|\\bwary\\b|\\bin\\s+no\\s+hurry\\b|\\bs[ck]eptic\\p{L}*"),
            cue(Cautious, null, Agency.VERB, "\\b(?:does|do|did)\\s+not\\s+expect\\b[^.;]*?\\b(?:membership|accession|invitation|join\\p{L}*)"),
            // Aid first, membership later: "focus first on getting more weapons", "the priority … was weapons and money".
            cue(Cautious, null, Agency.NONE, "\\b(?:focus|priority|priorities|center|centre)\\p{L}*\\s+(?:[\\p{L}\\d]+\\s+){0,5}?"
                    + "(?:weapons|military|aid|assistance|arms|ammunition)\\b"),
            cue(Cautious, null, Agency.NONE, "\\b(?:could|can|must|should|(?:will|would)\\s+have\\s+to)\\s+wait\\b"
                    + "|\\bnot\\s+(?:been\\s+)?about\\s+(?:membership|accession|joining)\\b"),
            cue(SupportsMembership, Opposes, Agency.VERB, "\\b(?:supports?|supported|backs?|backed)\\s+\\p{Lu}\\p{L}+\\s+joining\\b"),
            cue(SupportsMembership, null, Agency.NONE, "\\b(?:goal|aim|aspiration|ambition)s?\\s+(?:of|to)\\s+(?:join|joining|become|becoming)\\b"),
            cue(SupportsMembership, null, Agency.NONE, "\\bmembership\\s+(?:\\p{L}+\\s+){0,4}?(?:guarantee|ensure)s?\\b"),
            // The subject of "should be invited" is the candidate, so the holder is found elsewhere (speaker, main subject).
            cue(CallsForInvitation, null, Agency.NONE, "\\b(?:should|must|ought\\s+to)\\s+(?:\\p{L}+\\s+)?be\\s+invited\\b"),
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:extend|issue|offer)\\p{L}*\\s+" + INVITATION + "|\\bneed\\p{L}*\\s+" + INVITATION),
            cue(CallsForInvitation, null, Agency.NONE, "\\b(?:an?\\s+)?invitation\\s+(?:[\\p{L}’']+\\s+){0,4}?(?:is|would\\s+be|will\\s+be|remains)\\s+(?:the\\s+)?"
                    + "(?:\\p{L}+est|best|only|most)\\b"),
            cue(NoConsensus, null, Agency.NONE, "\\bno\\s+unanimity\\b|\\bnot\\s+unanimous\\b"),
            // Round four: phrasings of the stances that the lists above missed.
            cue(Opposes, null, Agency.VERB, "\\b(?:will|would|could|can)\\s+not\\s+(?:agree|consent)\\s+to\\b|\\b(?:won[’']t|never)\\s+(?:agree|consent)\\s+to\\b"),
            cue(Opposes, null, Agency.VERB, "\\bblock\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?from\\s+joining\\b"),
            // GUIDELINES §7: "not now" is caution, not rejection.
            cue(Cautious, null, Agency.NONE, "\\bnot\\s+the\\s+(?:right\\s+)?(?:time|moment)\\b|\\bnot\\s+(?:yet\\s+)?ripe\\b"),
            cue(SupportsMembership, Opposes, Agency.NONE, "\\bbelong(?:s|ed)?\\s+in\\s+(?:the\\s+)?\\p{Lu}"), // "does not belong in NATO" opposes
            cue(SupportsMembership, Opposes, Agency.VERB, "\\bin\\s+favou?r\\s+of\\s+(?:\\p{L}+[’']s\\s+)?(?:\\p{L}+\\s+)?(?:membership|accession|joining)\\b"),
            cue(SupportsMembership, null, Agency.NONE, "\\bdoor\\s+(?:remains|remained|is|was|stays|stayed|(?:will|would)\\s+(?:stay|remain))\\s+(?:wide\\s+)?open\\b"),
            cue(CallsForInvitation, null, Agency.VERB, "\\bcall\\p{L}*\\s+on\\s+(?:\\p{L}+\\s+){1,3}?to\\s+(?:extend|issue|offer|send)\\s+" + INVITATION),
            cue(CallsForInvitation, null, Agency.NONE, "\\b" + INVITATION + "\\s+(?:at|before|during)\\s+(?:the|this|next)\\s+(?:\\p{L}+\\s+){0,2}?summit\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\b(?:not|never|yet\\s+to|unlikely\\s+to|declin\\p{L}*\\s+to|refus\\p{L}*\\s+to)\\s+(?:\\p{L}+\\s+){0,2}?"
                    + "(?:put|mention|commit\\s+to|attach)\\s+(?:an?\\s+|any\\s+)?(?:exact\\s+|specific\\s+|clear\\s+|firm\\s+)?"
                    + "(?:date|timeline|time\\s*frame|timetable)\\b|\\bno\\s+(?:date|timetable)\\b|\\bnot\\s+(?:\\p{L}+\\s+)?set\\s+a\\s+timetable\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\bdeclin\\p{L}*,?\\s+(?:however,\\s+)?to\\s+say\\s+when\\b|\\bwhen\\s+(?:the\\s+)?conditions\\s+(?:are|allow|permit)\\b"),
            cue(NoConsensus, null, Agency.NONE, "\\b(?:allies|members|capitals)\\s+(?:are|remain)\\s+(?:deeply\\s+)?(?:divided|split)\\b"
                    + "|\\bno\\s+agreement\\s+(?:among|between)\\b"),
            cue(Cautious, null, Agency.NONE, "\\bnot\\s+(?:while|during)\\s+(?:the\\s+)?(?:war|hostilities|fighting)\\b|\\bfirst\\s+end\\s+the\\s+war\\b"
                    + "|\\bpremature\\b"),
            // Round five: phrasings of unseen articles (201–206), each a general class.
            cue(Opposes, null, Agency.VERB, "\\bno\\s+place\\s+for\\s+(?:\\p{L}+\\s+){1,2}?in\\b"),
            cue(SupportsMembership, Opposes, Agency.VERB, "\\b(?:back|support)(?:s|ed|ing)?\\s+(?-i:\\p{Lu})\\p{L}+\\s+(?:[\\p{L}’']+\\s+){0,5}?"
                    + "(?:its|their)\\s+(?:(?-i:\\p{Lu}+)\\s+)?(?:accession|membership|bid)\\b"),
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:prepar|want)\\p{L}*\\s+" + INVITATION
                    + "|\\bwant\\p{L}*\\s+(?:\\p{L}+\\s+){1,3}?to\\s+(?:extend|issue|offer|send|receive|get|give)\\s+" + INVITATION
                    + "|\\b(?:should|must|ought\\s+to)\\s+(?:\\p{L}+\\s+)?invite\\b"),
            cue(NoTimeline, null, Agency.VERB, "\\b(?:not|never|yet\\s+to|unlikely\\s+to|declin\\p{L}*\\s+to|refus\\p{L}*\\s+to)\\s+(?:\\p{L}+\\s+){0,2}?"
                    + "(?:set|give|guess\\s+at)\\s+(?:an?\\s+|any\\s+|the\\s+)?(?:exact\\s+|specific\\s+|clear\\s+|firm\\s+)?(?:date|timeline|time\\s*frame|timetable|year)\\b"
                    + "|\\btiming\\s+(?:is|was|would\\s+be)\\s+(?:for|up\\s+to)\\b"),
            cue(CallsForInvitation, null, Agency.NOUN_OR_VERB, "\\bcall(?:s|ed|ing)?\\s+for\\s+(?:\\p{L}+\\s+)?membership\\b"),
            cue(SupportsMembership, null, Agency.NONE, "\\bif\\s+(?:it|this|that)\\s+means\\s+\\p{L}+\\s+(?:can|could|will|would)\\s+(?:join|become)\\b"
                    + "|\\bgrant\\p{L}*\\s+(?-i:\\p{Lu})\\p{L}+\\s+(?:(?-i:\\p{Lu}+)\\s+)?membership\\b"
                    + "|\\b(?:accession|membership)\\s+(?:talks|negotiations|process)\\b[^.;]*?\\bon\\s+track\\b"),
            cue(Cautious, null, Agency.VERB, "\\b(?:made|makes|make|gave|offered)\\s+no\\s+comment\\s+on\\b[^.;]*?\\binvitation\\b"
                    + "|\\bnot\\s+(?:yet\\s+)?(?:issued|extended|offered)\\s+(?:an?\\s+|any\\s+)?(?:\\p{L}+\\s+)?invitation\\b"
                    + "|\\b(?:unlikely|not\\s+expected|reluctant)\\s+to\\s+(?:respond|answer|accede|agree)\\s+to\\b[^.;]*?\\bcall\\b"),
            cue(Cautious, null, Agency.NONE, "\\bpriorit\\p{L}*\\b[^.;]*?,\\s+not\\s+(?:[\\p{L}’']+\\s+){0,4}?(?:invitations?|membership|accession)\\b"
                    + "|\\bnot\\s+on\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:agenda|table)\\b"),
            // Round six: general phrasings of news style (unit tests on invented sentences, PositionAnnotatorTest$RoundSix).
            // The candidate as subject, reported or not: "Ukraine will join NATO", "X would be in the alliance one day".
            cue(SupportsMembership, Opposes, Agency.NONE, "\\b(?:will|would|shall|should|must|can|could|may|might|won[’']t|wouldn[’']t|cannot|can[’']t)\\s+(?:\\p{L}+\\s+){0,2}?"
                    + "(?:join|enter|be\\s+in)\\s+(?:the\\s+)?(?:(?-i:NATO|EU)\\b|alliance\\b|European\\s+Union\\b|bloc\\b)"),
            // Taking the candidate in: "will never accept Ukraine in NATO", "wants to see Georgia in the alliance"; not a past
            // accession ("welcomed Sweden into NATO last year").
            cue(SupportsMembership, Opposes, Agency.VERB, "\\b(?:accept|admit|welcome|see|take|let|bring)(?:s|ing)?\\s+(?-i:\\p{Lu})\\p{L}+\\s+"
                    + "(?:in|into)\\s+(?:the\\s+)?(?:(?-i:NATO|EU)\\b|alliance\\b|European\\s+Union\\b|bloc\\b)"),
            // An invitation with the candidate as indirect object: "should give Ukraine an invitation".
            cue(CallsForInvitation, null, Agency.NONE, "\\binvitation\\s+(?:[\\p{L}’']+\\s+){0,3}?(?:is|was|were|remains)\\s+(?:\\p{L}+\\s+)?(?:needed|necessary|required|essential|urgent|vital)\\b"),
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:give|grant|send|extend|issue|offer|hand)\\p{L}*\\s+(?-i:\\p{Lu})\\p{L}+\\s+" + INVITATION),
            // Urging others to invite: "urged allies to invite Kyiv", "pressed the summit to admit Ukraine".
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:urg|press|push|ask|want|call\\p{L}*\\s+on|appeal\\p{L}*\\s+to)\\p{L}*\\s+(?:[\\p{L}’']+\\s+){1,4}?"
                    + "to\\s+(?:invite|admit)\\b"),
            // A request named as such: "Kyiv's request for an invitation", "the first demand is an invitation",
            // "an invitation, which it continues to seek".
            cue(CallsForInvitation, null, Agency.NOUN_OR_VERB, "\\b(?:request|plea|appeal|demand|push|bid|quest|hopes?)\\s+for\\s+" + INVITATION),
            cue(CallsForInvitation, null, Agency.NONE, "\\b(?:first|main|key|only|top|central|chief|principal|biggest)\\s+(?:decision|demand|request"
                    + "|priority|ask|goal|expectation|wish)\\b[^.;]{0,20}?\\b(?:is|was|remains|would\\s+be|will\\s+be)\\s+(?:the\\s+|an\\s+)?invitation\\b"
                    + "|\\binvitation\\b[^.;]{0,60}?,\\s+which\\s+(?:it|they|(?-i:\\p{Lu})\\p{L}+)\\s+(?:\\p{L}+\\s+){0,2}?"
                    + "(?:seeks?|sought|wants?|wanted|demands?|demanded|requests?|requested)\\b"),
            // Not saying when: "would not say when", "would not be drawn on when", "too early to say when".
            cue(NoTimeline, null, Agency.VERB, "\\b(?:not|never|n[’']t|declin\\p{L}*\\s+to|refus\\p{L}*\\s+to|unable\\s+to|cannot)\\s+"
                    + "(?:\\p{L}+\\s+)?(?:say|predict|specify|tell|guess|speculate(?:\\s+on)?|be\\s+drawn,?\\s+(?:however,\\s+)?(?:on|into))\\s+(?:exactly\\s+)?when\\b"
                    + "|\\bnot\\s+be\\s+drawn\\s+(?:on|into)\\s+(?:an?\\s+|any\\s+|the\\s+)?(?:date|timeline|time\\s*frame|timetable)\\b"
                    + "|\\btoo\\s+early\\s+to\\s+(?:say|tell|predict)\\s+when\\b"),
            // Deferring: "membership was a matter for the leaders", "not ready to invite", "no invitation", "only after the war".
            cue(Cautious, null, Agency.NONE, "\\b(?:membership|accession|invitation|joining)\\b[^.;]{0,30}?\\b(?:is|was|remains|would\\s+be)\\s+"
                    + "(?:a\\s+|the\\s+)?(?:matter|question|decision|issue)\\s+for\\b"),
            cue(Cautious, null, Agency.VERB, "\\bnot\\s+(?:yet\\s+)?(?:ready|prepared|willing)\\s+to\\s+(?:invite|admit|extend|offer|issue|accept|discuss)\\b"
                    + "|\\btoo\\s+early\\s+to\\s+(?:talk|speak|discuss|consider|debate)\\b"
                    + "|\\b(?:unlikely|not\\s+expected)\\s+to\\s+(?:\\p{L}+\\s+){0,3}?(?:invit\\p{L}*|membership|accession)\\b"
                    + "|\\bno\\s+(?:formal\\s+)?invitation\\b(?!\\s+(?:is|was|has\\s+been)\\s+(?:expected|likely|foreseen))"),
            cue(Cautious, null, Agency.NONE, "\\bonly\\s+(?:after|once|when)\\s+(?:the\\s+)?(?:war|fighting|hostilities|conflict)\\b"
                    + "|\\b(?:not|n[’']t|cannot)\\s+(?!mean\\b|imply\\b|require\\b)[^.;,]{0,50}?\\b(?:while|until|as\\s+long\\s+as)\\s+"
                    + "(?:the\\s+)?(?:war|fighting|hostilities|conflict)\\b"),
            // Aid first, said of a task: "the immediate task was to ensure that Ukraine could prevail".
            cue(Cautious, null, Agency.NONE, "\\b(?:priority|priorities|focus|(?:immediate|first|main|urgent|pressing)\\s+task)\\b"
                    + "(?:\\s+(?:for|of)\\s+(?:[\\p{L}’']+\\s+){1,3}?)?\\s*(?:is|was|remains|remained|would\\s+be|will\\s+be|had\\s+to\\s+be|must\\s+be)\\b"
                    + "[^.;]{0,80}?\\b(?:weapons|military|aid|assistance|arms|ammunition|air\\s+defen[cs]e|prevail|position\\s+of\\s+strength"
                    + "|equipment|win\\s+the\\s+war)\\b"),
            cue(NoConsensus, null, Agency.NONE, "\\bnot\\s+all\\s+(?:\\d+\\s+)?(?:allies|members|member\\s+states|capitals)\\s+(?:agree|support|back|are\\s+ready)\\b"
                    + "|\\black\\p{L}*\\s+(?:the\\s+)?unanim\\p{L}*"),
            cue(Opposes, null, Agency.VERB, "\\b(?:unacceptable|a\\s+red\\s+line)\\b"),
            // Membership as an aim: "its NATO ambitions", "membership remains Ukraine's strategic goal", "has long sought membership".
            cue(SupportsMembership, null, Agency.NONE, "\\b(?:(?-i:NATO|EU)|membership|accession)\\s+(?:ambitions?|aspirations?|hopes?|goals?)\\b"
                    + "|\\b(?:membership|accession)\\b[^.;]{0,30}?\\b(?:is|remains|was)\\s+(?:\\p{L}+[’']s\\s+)?(?:\\p{L}+\\s+)?(?:goal|aim|objective|aspiration)\\b"),
            cue(SupportsMembership, null, Agency.VERB, "\\b(?:seek|sought|appl(?:y|ies|ied))\\p{L}*\\s+(?:for\\s+)?(?:full\\s+)?(?:(?-i:NATO|EU)\\s+)?membership\\b"),
            // The candidate should receive an invitation: a call by whoever says so.
            cue(CallsForInvitation, null, Agency.NONE, "\\b(?:should|must|ought\\s+to)\\s+(?:\\p{L}+\\s+)?(?:receive|get|be\\s+given|be\\s+offered|be\\s+extended)\\s+"
                    + INVITATION),
            // No shortcut, or something else instead of membership: caution.
            cue(Cautious, null, Agency.NONE, "\\bno\\s+shortcuts?\\b|\\brather\\s+than\\s+(?:on\\s+)?(?:membership|accession|an?\\s+invitation|joining)\\b"),
            cue(Cautious, null, Agency.NONE, "\\binvitation\\s+(?:[\\p{L}’']+\\s+){0,3}?(?:would|will|could|is|was)\\s+(?:be\\s+)?(?:a\\s+)?(?:\\p{L}+\\s+)?"
                    + "(?:mistake|premature|dangerous|risky|wrong|error)\\b"),
            // Arguing for an invitation: "an invitation would show Moscow …", "no reason to delay an invitation",
            // "pushing for Ukraine to be invited"; deserving a path or a place is support.
            cue(CallsForInvitation, null, Agency.NONE, "\\binvitation\\s+(?:[\\p{L}’']+\\s+){0,3}?(?:would|will|could)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:show|send|signal|demonstrate|tell|prove|deter|strengthen|help|be\\s+a\\s+(?:strong|clear|powerful))\\b"
                    + "|\\bno\\s+reason\\s+(?:for\\s+(?:[\\p{L}’']+\\s+){1,2}?)?to\\s+(?:delay|wait|postpone|hold\\s+back)\\b"),
            cue(CallsForInvitation, null, Agency.VERB, "\\b(?:push|press|call|ask|lobb|argu|campaign|hop)\\p{L}*\\s+for\\s+(?-i:\\p{Lu})\\p{L}+\\s+"
                    + "to\\s+(?:be\\s+invited|receive\\s+an\\s+invitation)\\b"),
            // The candidate deserves it: the holder is whoever says so, not the candidate.
            cue(CallsForInvitation, null, Agency.NONE, "\\bdeserve\\p{L}*\\s+" + INVITATION),
            cue(SupportsMembership, null, Agency.NONE, "\\bdeserve\\p{L}*\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:\\p{L}+\\s+){0,2}?(?:membership|path|place|seat)\\b"),
            // Holding back: "wanted aid to come first", "does not want to rush", "noncommittal", "resisted calls to invite".
            cue(Cautious, null, Agency.VERB, "\\b(?:aid|weapons|arms|support|assistance|military\\s+\\p{L}+)\\s+(?:to\\s+|must\\s+|should\\s+|would\\s+)?"
                    + "(?:come|comes|came)\\s+first\\b|\\b(?:not|n[’']t)\\s+(?:\\p{L}+\\s+){0,2}?rush\\p{L}*|\\bno\\s+rush\\b|\\bnon-?committal\\b"
                    + "|\\bresist\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:calls|pressure|demands|appeals)\\b"),
            // Letting the candidate in: "would never allow Ukraine to join", "is open to inviting Georgia".
            cue(SupportsMembership, Opposes, Agency.VERB, "\\b(?:allow|let|permit)\\p{L}*\\s+(?:(?-i:\\p{Lu})\\p{L}+\\s+|it\\s+|them\\s+)?(?:to\\s+)?join\\b"
                    + "|\\bopen\\s+to\\s+(?:inviting|admitting|(?:extending|issuing|offering|sending)\\s+(?:an?\\s+)?invitation|\\p{L}+[’']s\\s+(?:membership|accession)|(?:its|their)\\s+(?:membership|accession))\\b"),
            // A refusal to invite: "the alliance will not invite Ukraine this year".
            cue(Cautious, null, Agency.VERB, "\\b(?:not|n[’']t)\\s+(?:\\p{L}+\\s+)?(?:invite|be\\s+invited)\\b"),
            // The fear of being drawn into the war ("many fear the alliance could be dragged into a war", GUIDELINES §7).
            cue(Cautious, null, Agency.VERB, "\\b(?:fear|worr(?:y|ies|ied)|concern\\p{L}*)\\b[^.;]{0,80}?\\b(?:drag|draw|pull)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?into\\b"),
            // Round seven: vocabulary of unseen articles (215–222), each a general phrasing (PositionAnnotatorTest$RoundSeven).
            // No use for a date, or the timing left to others: "sees no point in setting a date", "left the timing to the allies".
            cue(NoTimeline, null, Agency.VERB, "\\bno\\s+(?:point|sense|need|use)\\s+in\\s+(?:setting|fixing|naming|giving|putting)\\s+"
                    + "(?:a|any)\\s+(?:\\p{L}+\\s+)?(?:date|timeline|time\\s*frame|timetable|deadline)\\b|\\bleav\\p{L}*\\s+(?:the\\s+)?timing\\b"),
            // Deferred to an unnamed moment: "would be for allies to discuss at the right time", "in due course".
            cue(NoTimeline, null, Agency.NONE, "\\bat\\s+the\\s+(?:right|appropriate|proper)\\s+(?:time|moment)\\b|\\bin\\s+due\\s+course\\b"
                    + "|\\bwhen\\s+the\\s+time\\s+(?:is|was|comes|came)\\b"),
            // Members without a shared view: "no common line among the allies", "no common position on".
            cue(NoConsensus, null, Agency.NONE, "\\bno\\s+(?:common|shared|joint|single|united)\\s+(?:line|position|view|stance|approach)\\b"),
            // Declining to comment on membership itself (GUIDELINES §7: no comment on the invitation is caution).
            cue(Cautious, null, Agency.VERB, "\\b(?:declin\\p{L}*|refus\\p{L}*)\\s+to\\s+comment\\s+on\\b[^.;]*?\\b(?:membership|accession|invitation|joining)\\b"
                    + "|\\b(?:would|will|did)\\s+not\\s+comment\\s+on\\b[^.;]*?\\b(?:membership|accession|invitation|joining)\\b"));

    private static Cue cue(Stance stance, Stance whenNegated, Agency agency, String regex) {
        return new Cue(stance, whenNegated, agency, Pattern.compile(regex, CI));
    }
}
