package org.alliancegraph.extract;

import static org.alliancegraph.extract.Facts.Stance.CallsForInvitation;
import static org.alliancegraph.extract.Facts.Stance.Cautious;
import static org.alliancegraph.extract.Facts.Stance.Opposes;
import static org.alliancegraph.extract.Facts.Stance.SupportsMembership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Attribution.Agent;
import org.alliancegraph.extract.Facts.Stance;
import org.alliancegraph.extract.Quotes.Quote;
import org.alliancegraph.extract.StanceCues.Agency;
import org.alliancegraph.extract.StanceCues.Cue;

/**
 * Finds membership positions: someone's stance on a candidate (usually Ukraine) joining an
 * organisation (usually NATO, sometimes the EU).
 *
 * <p><b>Where.</b> Body and caption sentences that speak of membership ("member of", "a full
 * member", "membership", "join", "accession", "invitation", "entry into", "admitting", "future in"),
 * or that refer back to it ("such a step") right after one that does. Headlines only echo the body.
 *
 * <p><b>Stance</b> comes from cue phrases ({@link StanceCues}); one sentence may hold several ("does
 * not rule out … joining" and "stopping short of a clear response … short term"). Cues that can be
 * negated flip: "does not rule out" supports, "will never be a member" opposes.
 *
 * <p><b>Holder</b>, first rule that applies:
 * <ol>
 * <li>a possessor right before a nominal cue: "Ukraine’s call for an invitation" → Ukraine;</li>
 * <li>a mention right before a verbal cue: "Hungary will veto …", "Rutte does not expect …"; or the first
 *     organisation or country of the sentence for "it"/"they" there ("Although NATO has said …, it has not …");</li>
 * <li>a country speaking through its government, ministry or spokesman at the head of the sentence
 *     ("Poland’s foreign ministry has said it wants …"), or the owner of a stated line ("NATO’s pledge that …");</li>
 * <li>the speaker of the statement whose words hold the cue ({@code statement} is then its index);
 *     for an anonymous speaker the organisation or country in its description ("a senior U.S.
 *     official" → the United States), else the organisation of the position: diplomats reporting "no
 *     consensus among the 32 NATO members" describe NATO's (absent) collective position; members acting as one at
 *     the head of the reported words ("partners have agreed …") stand for the organisation;</li>
 * <li>the speaker of a parenthetical speech cue after the cue ("Ukraine belongs in NATO, he said, but …");</li>
 * <li>the subject of a subordinate clause holding the cue: "after Zelenskyy unveiled his plan …
 *     aimed at securing an invitation" → Zelenskyy;</li>
 * <li>an anonymous source before the cue ("…, but officials at NATO headquarters say …"): its country or
 *     organisation, else the organisation of the position;</li>
 * <li>the main subject of the sentence ({@link Attribution}); a group without a named organisation
 *     ("Western allies have shown caution") stands for the organisation of the position, since the
 *     allies are its members.</li>
 * </ol>
 *
 * <p><b>Candidate</b>: a country in a candidate slot ("Ukraine’s accession", "Ukraine joining",
 * "invitation for Ukraine", "Asked about Georgia, …"), else the document's most-mentioned country seen in a
 * candidate slot (then any other), named in the sentence or implied ("the war-torn country", "you"); who wants an
 * invitation wants it for itself. <b>Organisation</b>: an organisation in an organisation slot ("join the
 * Alliance", "NATO membership", "accession to the EU"), else the document's most-mentioned organisation seen in such
 * a slot, else NATO (GUIDELINES §7), else any other (named in the sentence or implied, as in "our alliance").
 * News outlets are never holders, candidates or organisations.
 *
 * <p>A position stated twice in an article is kept once; a holder who opposes is not also cautious.
 *
 * <p><b>Date</b>: the statement's date, else a day named in the sentence (not after publication),
 * else the publication date. <b>Evidence</b>: the sentence.
 *
 * <p><b>Confidence</b>: {@value #NAMED} for a holder named in the sentence (or the statement's
 * confidence when lower); {@value #RESOLVED} for a holder found through a pronoun, a title or a
 * group named after its organisation; {@value #STAND_IN} when the organisation stands in for
 * anonymous diplomats or unnamed allies; {@value #IMPLIED_PENALTY} less when the candidate or the
 * organisation is implied rather than named in the sentence.
 *
 * <p><b>Back-off</b>: a sentence that clearly speaks of a candidate joining an organisation but holds none of the
 * phrases of {@link StanceCues} gets the stance of its general signals ({@link StanceBackoff}) for a holder found as
 * above (not an implied stand-in, not the candidate holding back on itself), at most {@value #BACK_OFF} sure.
 */
public final class PositionAnnotator implements Annotator {
    public static final double NAMED = 0.85;
    public static final double RESOLVED = 0.75;
    public static final double STAND_IN = 0.6;
    public static final double IMPLIED_PENALTY = 0.1;
    /** The most a position of the back-off may be sure of: less than any phrase-based one. */
    public static final double BACK_OFF = 0.45;
    /** The organisation of a position that names none (GUIDELINES §7: "NATO unless stated"). */
    static final String DEFAULT_ORGANISATION = "organisation/nato";

    private record Holder(String key, int statement, double confidence) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ALLIANCE = "(?:(?-i:NATO|EU|Union)\\b|alliance\\b|European\\s+Union\\b|bloc\\b)";
    private static final Pattern MEMBERSHIP = Pattern.compile("\\b(?:membership|member\\s+of|a\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?member\\b"
            + "|join(?:s|ed|ing)?\\b|belong(?:s|ed)?\\s+in\\b|accession|accede|invit\\p{L}*|entry\\s+into|admit\\p{L}*|enlargement"
            + "|(?:future|place)\\s+(?:(?:lies|lay|is|was|remains)\\s+)?(?:still\\s+)?in\\b"
            // "its path into the alliance", "would be in NATO", "Kyiv's bid": membership without the word.
            + "|(?:path|road|way)\\s+(?:in)?to(?:wards?)?\\s+(?:the\\s+)?" + ALLIANCE + "|\\b(?:be|become|being)\\s+in\\s+(?:the\\s+)?" + ALLIANCE
            + "|\\b(?-i:\\p{Lu})\\p{L}+\\s+(?:in|into)\\s+(?:the\\s+)?" + ALLIANCE
            + "|[’']s\\s+(?:(?-i:NATO|EU)\\s+|membership\\s+)?bid\\b(?!\\s+(?:for|to)\\b)|\\b(?-i:NATO|EU)\\s+(?:ambitions?|aspirations?|bid))", CI);
    private static final int SHORT_STANCE_WORDS = 10;
    private static final Pattern SHORT_STANCE = Pattern.compile("\\b(?:careful|cautious|reluctan\\p{L}*|wary|hesitan\\p{L}*|s[ck]eptic\\p{L}*|oppose[sd]?|in\\s+no\\s+hurry)\\b", CI);
    /** "such a step" takes its membership topic from the sentence before. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:such\\s+a\\s+(?:step|move)|this\\s+(?:step|move)"
            + "|the\\s+(?:request|bid))\\b", CI);
    private static final Pattern NEGATION_BEFORE = Pattern.compile("(?:\\b(?:not|never|no\\s+longer)|n[’']t)\\s+(?:\\p{L}+\\s+)?$", CI);
    /** Right before a call for an invitation, words that turn it into its refusal. */
    private static final Pattern THWARTING_BEFORE = Pattern.compile("\\b(?:block|reject|veto|oppos|refus|reluctan|unwilling|against|unlikely"
            + "|(?:not|never)\\s+(?:yet\\s+)?(?:expected|ready|prepared|willing|going))\\p{L}*"
            + "\\s+(?:to\\s+)?(?:\\p{L}+\\s+)?(?:any|an?|the)?\\s*$|\\bopen\\s+to\\s+$", CI); // being "open to extending" one is support
    /** Right after a call for an invitation, words that judge it harmful: "an invitation now would be a mistake", "would mean war". */
    private static final Pattern THWARTING_AFTER = Pattern.compile("[^.;,]{0,20}?\\b(?:would|will|could|is|was)\\s+(?:be\\s+)?(?:a\\s+)?"
            + "(?:\\p{L}+\\s+)?(?:mistake|premature|dangerous|risky|wrong|provocation|escalation|error)\\b"
            + "|[^.;,]{0,20}?\\b(?:would|will|could)\\s+(?:mean|bring|provoke|trigger|risk)\\s+(?:a\\s+)?(?:direct\\s+)?war\\b", CI);
    /** A membership named as the topic of talk, not asserted: "the debate over Georgia's future in NATO". */
    private static final Pattern TOPIC_BEFORE = Pattern.compile("\\b(?:debates?|discussions?|questions?|talks?|issues?|arguments?|disputes?)\\s+"
            + "(?:over|about|on|of)\\s+(?:the\\s+)?(?:[\\p{L}’']+\\s+){0,3}$", CI);
    /** An embedded question asserts nothing: "vague on when Ukraine might join", "on when, or whether, Georgia should be invited". */
    private static final Pattern QUESTION_BEFORE = Pattern.compile("\\b(?:when|whether|if|who|how\\s+soon|how\\s+quickly)(?:,?\\s+or\\s+(?:when|whether|if),)?\\s+(?:[\\p{L}’']+\\s+){0,2}$", CI);
    /** Stances a country may hold on itself: the article's candidate wanting in. */
    private static final Set<Stance> SELF_STANCES = Set.of(SupportsMembership, Stance.IrreversiblePath, CallsForInvitation);
    /** Who wants, seeks or requests an invitation wants it for itself ("Kyiv wants the summit to issue an invitation", "…, which it seeks"). */
    private static final Pattern FOR_ITSELF = Pattern.compile("\\b(?:want|seek|sought|request|demand|need)\\p{L}*\\b", CI);
    /** Between a cue and a speech cue's subject: the comma that opens a parenthesis ("…, he said, …"), no clause in between. */
    private static final Pattern PARENTHESIS_OPENS = Pattern.compile("^[^,;]*,\\s*$");
    /** An anonymous source with its verb of saying: "officials at the alliance’s headquarters say". */
    private static final Pattern ANONYMOUS_SOURCE = Pattern.compile("\\b(?:officials|diplomats|sources)\\b[^,;.]{0,60}?\\s+"
            + "(?:say|says|said|believe|believed|expect|expected|told\\s+\\p{L}+)\\b", CI);
    /** A limit in time on a refusal: "not … while the war continues", "not yet", "not this year". */
    private static final Pattern NOT_NOW = Pattern.compile("\\b(?:(?:while|as\\s+long\\s+as|until|before|during)\\s+(?:the\\s+)?"
            + "(?:war|fighting|hostilities|conflict)|(?:country|nation|state)\\s+at\\s+war|yet|now|soon|any\\s+time\\s+soon|this\\s+year|in\\s+the\\s+near\\s+future|for\\s+now"
            + "|at\\s+(?:this|the\\s+next|next)\\s+(?:\\p{L}+\\s+)?summit"
            // a condition: "would not join the EU until its courts were reformed", "unless the dispute is settled"
            + "|until|unless|before|as\\s+long\\s+as)\\b", CI);
    /** An opposition noun that is denied: "has no veto over the alliance", "without any objection". */
    private static final Pattern DENIED_BEFORE = Pattern.compile("\\b(?:no|without(?:\\s+an?|\\s+any)?)\\s+$", CI);
    private static final Pattern NEGATION_INSIDE = Pattern.compile("\\b(?:not|never|cannot)\\b|n[’']t\\b", CI);
    private static final Pattern POSSESSOR_GAP = Pattern.compile("[’']s\\s+(?:\\p{Ll}+\\s+)?");
    /** Between a subject and its verb: auxiliaries and adverbs only ("Hungary will veto", "Germany has again called for"). */
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?:,\\s*(?:by\\s+contrast|however|meanwhile|too|also|for\\s+(?:its|their)\\s+part|in\\s+turn),"
            + "|,\\s*(?:which|who)|,\\s*(?:[\\p{L}’']+\\s+){1,3}?(?:said|say|says|believe|believed),)?\\s+(?:(?:has|have|had|will|would|could|can|may|might|shall|should"
            + "|must|is|are|was|were|does|do|did|remains?|remained|seems?|seemed|appears?|appeared|the\\s+most|most|more|very|not|also|again|still|now|firmly|strongly"
            + "|openly|repeatedly|already|long|never|been|being)\\s+){0,3}");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:of|in|into|to|for|with|from|by|about|on)\\s+(?:the\\s+)?$", CI);
    private static final Pattern SUBORDINATE_BEFORE = Pattern.compile("\\b(?:after|while|although|though|when|as|since|because|if|once"
            + "|whereas)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,3}$", CI);
    /** "his country", "the government", "its government": the speaker's own state as the subject of reported words. */
    /** "his country", "the government": the speaker's own; not "the country" ("Asked about Georgia, she said the country's place …"). */
    private static final Pattern OWN_GOVERNMENT = Pattern.compile("(?:that\\s+)?(?:(?:his|her|their|its|our)\\s+(?:country|government)"
            + "|the\\s+government)\\b", CI);
    /** Between a subject and a pronoun that takes it up: "Hungary has said openly that they …". */
    private static final Pattern SAID_THAT = Pattern.compile(SUBJECT_GAP.pattern() + "(?:said|say|says|stated|insisted|argued|declared"
            + "|warned|repeated|confirmed|made\\s+clear|made\\s+it\\s+clear)\\s+(?:\\p{Ll}+ly\\s+)?(?:that\\s+)?", CI);
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:it|they)" + SUBJECT_GAP.pattern() + "$", CI);
    /** A line of an organisation or government stated as such: "’s pledge that", "’s position that". */
    private static final Pattern STATED_LINE = Pattern.compile("[’']s\\s+(?:\\p{Ll}+\\s+)?(?:pledge|promise|commitment|position|decision"
            + "|declaration|line|view|stance)(?:,[^,;]{1,60},)?\\s+(?:(?:is|was|remains)\\s+)?that\\b", CI); // "Britain's position, set out in May, is that"
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:but|while|and)\\b");
    /** A later reported clause about the country named before: "…, and that the country would …". */
    private static final Pattern SAME_COUNTRY = Pattern.compile("\\s*(?:that\\s+)?(?:the|his|her|its|their)\\s+(?:country|government)\\b", CI);
    /** Members acting as one at the head of reported words ("partners have agreed …"), not those called upon ("allies should …"). */
    private static final Pattern COLLECTIVE_SUBJECT = Pattern.compile("(?:that\\s+)?(?:all\\s+)?(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\s+)?(?:allies|partners"
            + "|member\\s+(?:states|nations|countries))\\s+(?:have|has|had|are|were|agreed|agree|remain|remained)\\b");
    /** A country's voice: "’s government", "’s foreign ministry", "’s spokesman". */
    private static final Pattern INSTITUTION = Pattern.compile("[’']s\\s+(?:\\p{Ll}+\\s+){0,2}?(?:government|ministry|cabinet|presidency"
            + "|spokes(?:man|woman|person))\\b(?!\\s*,)", CI);
    /** Before a sentence's subject: nothing, or an opening phrase set off by a comma ("On Monday, "). */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:[^,;]{0,40},\\s*)?(?:the\\s+)?", CI);
    /** A government named by its demonym at the head of reported words: "(that) the Dutch government regarded …". */
    private static final Pattern DEMONYM_GOVERNMENT = Pattern.compile("(?:that\\s+)?the\\s+(\\p{Lu}\\p{L}+)\\s+(?:government|authorities|cabinet)\\b");
    /** A text that speaks for its author: "a resolution calling on allies to …", "a joint statement reaffirming that …". */
    private static final Pattern ISSUED_TEXT = Pattern.compile("\\b(?:an?|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:resolution|statement|declaration"
            + "|motion|communiqu[eé])\\s+(?:that\\s+)?(?:calling|urging|reaffirming|affirming|declaring|stating|saying|demanding|asking|backing"
            + "|supporting|calls|urges|reaffirms|says|states|declares)\\b", CI);
    /** Before an actor that heads a group: "Leaders of the …", "members of the …" (the group's actor, not a preposition's object). */
    private static final Pattern GROUP_OF_BEFORE = Pattern.compile("\\b(?:leaders|heads|members|ministers|governments|representatives|delegates)"
            + "\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?$", CI);
    private static final Titles TITLES = Titles.standard();
    /** Officials described by post before their countries: "The foreign ministers of …" (group 1 the post). */
    private static final Pattern DESCRIBED_OFFICIALS = Pattern.compile("(?:[^,;]{0,40},\\s*)?(?:the\\s+)?((?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:minister|president|chancellor|leader|premier)s)\\s+of\\s+(?:the\\s+)?$", CI);
    /** Before the subject of reported words: "(only) that (the)", and a title before a person ("said Prime Minister X believed"). */
    private static final Pattern REPORTED_SUBJECT_START = Pattern.compile("(?:(?:only|also|again|merely|simply|just)\\s+)?(?:that\\s+)?(?:the\\s+)?", CI);
    private static final Pattern SAID = Pattern.compile("\\b(?:said|says|told\\s+\\p{L}+|added|stated|insisted)\\s+");
    /** A government speaking through its spokesperson: "A spokesman for the German government said …" (group 1 the demonym). */
    private static final Pattern GOVERNMENT_VOICE = Pattern.compile("(?:an?|the)\\s+(?:\\p{Ll}+\\s+)?spokes(?:man|woman|person)\\s+for\\s+the\\s+"
            + "(\\p{Lu}\\p{L}+)\\s+(?:government|chancellery|cabinet|foreign\\s+ministry)\\b", CI);
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}");
    /** A person's own view reported by someone else: "said Chancellor X still believed …", "… regarded …". */
    private static final Pattern VIEW_VERB = Pattern.compile("\\s+(?:(?:still|also|now|firmly|privately)\\s+)?(?:believe[sd]?|thinks?|thought|regard(?:s|ed)?"
            + "|consider(?:s|ed)?|feels?|felt|wants?|wanted|supports?|supported|backs?|backed|oppose[sd]?|favou?r(?:s|ed)?|sees?|saw)\\b");
    /** A relative clause set off by commas after a subject: "Finland, which is not an EU member, does not …". */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s*(?:which|who)\\b[^,;]{1,80},");
    /** After the reported subject: its verb, not a possessive or a prepositional phrase ("Berlin supported", not "Berlin's"). */
    private static final Pattern FOLLOWED_BY_VERB_PHRASE = Pattern.compile("(?:,\\s*(?:too|also|however|for\\s+(?:its|their)\\s+part),"
            + "|" + RELATIVE_ASIDE.pattern() + ")?\\s+\\p{Ll}"); // "Spain, which holds no veto, has stayed out …"
    private static final Pattern SPOKE = Pattern.compile("\\s+(?:(?:also|both|jointly|have|has|had)\\s+)*(?:said|say|told|stated|agreed"
            + "|argued|insisted|stressed|reiterated|repeated|declared|wrote)\\b");
    private static final Pattern ORGANISATIONS_JOINED = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
    private static final Pattern COORDINATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;]");
    private static final Pattern VERB_NEXT = Pattern.compile("\\s+\\p{Ll}");
    private static final Pattern CANDIDATE_AFTER = Pattern.compile("(?:[’']s\\s+(?:\\p{Ll}+\\s+){0,2}?(?:membership|accession|entry|path|road"
            + "|future|bid|call|application|integration|hopes?)|\\s+(?:\\p{Ll}+\\s+){0,2}?(?:join\\p{L}*|becom\\p{L}*|deserve\\p{L}*"
            + "|be\\s+a\\s+(?:full\\s+)?member|is\\s+(?:a\\s+full\\s+member|closer)|be\\s+invited"
            + "|(?:is|was|remains)\\s+on\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}“”\"]+\\s+)?(?:path|road)))\\b");
    /** Before a candidate: "invite Ukraine", "back Moldova"; "Asked about Georgia, …" makes Georgia the topic. */
    private static final Pattern CANDIDATE_BEFORE = Pattern.compile("\\b(?:invitation\\s+to|invit\\p{L}*|admit\\p{L}*|for|welcom\\p{L}*|allow\\p{L}*"
            + "|accept\\p{L}*|back(?:s|ed|ing)?|support(?:s|ed|ing)?|asked\\s+about)\\s+$", CI);
    /** Before an organisation to join: "join (the)", "into (the)", "member of (the)"; a bare "to", "in", "of" ("of the Bundestag" is no slot). */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("\\b(?:(?:join\\p{L}*|into|member\\s+of|toward\\p{L}*)\\s+(?:the\\s+)?"
            + "|(?:to|in|of)\\s+)$", CI);
    private static final String EUROPEAN_UNION = "organisation/european-union";
    /** The European Union by its common nouns, in an organisation slot: "join the bloc", "Ukraine in the Union". */
    private static final Pattern UNION_IN_SLOT = Pattern.compile("\\b(?:join\\p{L}*|into|member\\s+of|in|toward\\p{L}*)\\s+the\\s+"
            + "(?:(?-i:Union)|bloc)\\b", CI);
    private static final Pattern ORGANISATION_AFTER = Pattern.compile("\\s+(?:membership|accession)\\b", CI);

    @Override
    public void annotate(Document document) {
        List<Quote> quotes = Quotes.find(document);
        Context context = new Context(document, Attribution.of(document, quotes));
        Map<List<Object>, Facts.Position> found = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            if (!StatementAnnotator.FACT_ZONES.contains(sentence.zone()) || !aboutMembership(document, sentence))
                continue;
            List<Span> cued = new ArrayList<>();
            Span question = StanceBackoff.questionOpener(document.text(), sentence.span());
            for (Cue cue : StanceCues.ALL) {
                Matcher m = cue.pattern().matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
                while (m.find()) {
                    if (question != null && m.start() < question.end())
                        continue; // "Asked whether Norway backed the bid, …": the question asserts nothing
                    List<Facts.Position> positions = context.positions(sentence, context.position(sentence, cue, new Span(m.start(), m.end())));
                    if (!positions.isEmpty()) // a phrase that gave nothing ("on who should join") leaves its clause to the back-off
                        cued.add(new Span(m.start(), m.end()));
                    positions.forEach(p -> keep(found, p));
                }
            }
            // Clauses no phrase of ours fired in: their general signals, less sure.
            for (StanceBackoff.Reading r : StanceBackoff.read(document.text(), sentence.span(), cued))
                    context.positions(sentence, context.backoff(sentence, r)).forEach(p -> keep(found, p));
        }
        found.values().stream().filter(p -> !outweighed(p, found.values())).sorted(Comparator.comparing(Facts.Position::evidence))
                .forEach(document.positions()::add);
    }

    /** GUIDELINES §2.5: a position stated twice in an article is one position (the first, unless a later one is surer). */
    private static void keep(Map<List<Object>, Facts.Position> found, Facts.Position p) {
        found.merge(List.of(p.stance(), p.holderKeys(), p.candidateKey(), p.organisationKey()), p, PositionAnnotator::moreConfident);
    }

    /**
     * GUIDELINES §7: caution is holding back "without opposing", so a holder who opposes elsewhere in the article is not
     * also cautious; support of an irreversible path is that path only.
     */
    private static boolean outweighed(Facts.Position p, java.util.Collection<Facts.Position> all) {
        if (p.stance() == SupportsMembership) // GUIDELINES §7: the irreversible path is not doubled with support in its sentence
            return all.stream().anyMatch(o -> o.stance() == Stance.IrreversiblePath && sameParties(o, p) && o.evidence().equals(p.evidence()));
        return p.stance() == Cautious && all.stream().anyMatch(o -> o.stance() == Opposes && sameParties(o, p));
    }

    private static boolean sameParties(Facts.Position a, Facts.Position b) {
        return a.holderKeys().equals(b.holderKeys()) && a.candidateKey().equals(b.candidateKey()) && a.organisationKey().equals(b.organisationKey());
    }

    private static Facts.Position moreConfident(Facts.Position a, Facts.Position b) {
        return b.confidence() > a.confidence() ? b : a;
    }

    /**
     * The sentence speaks of membership, or refers back ("such a step") to the sentence before that does; a short
     * stance ("Berlin is more careful.") also takes its topic from the sentence before the one before (a quotation's
     * second sentence may stand between) or from the next one.
     */
    private static boolean aboutMembership(Document document, Sentence sentence) {
        if (speaksOfMembership(document, sentence.index()))
            return true;
        String text = document.text();
        int i = sentence.index();
        if (BACK_REFERENCE.matcher(text).region(sentence.span().begin(), sentence.span().end()).find())
            return speaksOfMembership(document, i - 1);
        return shortStance(document, sentence)
                && (speaksOfMembership(document, i - 1) || speaksOfMembership(document, i - 2) || speaksOfMembership(document, i + 1));
    }

    private static boolean speaksOfMembership(Document document, int sentence) {
        if (sentence < 0 || sentence >= document.sentences().size())
            return false;
        Span span = document.sentences().get(sentence).span();
        return MEMBERSHIP.matcher(document.text()).region(span.begin(), span.end()).find();
    }

    /** "Berlin is more careful.", "Hungary remains firmly opposed.": a short stance right after a sentence about membership. */
    private static boolean shortStance(Document document, Sentence sentence) {
        String s = document.text(sentence.span());
        return Quotes.wordCount(s, new Span(0, s.length())) <= SHORT_STANCE_WORDS && SHORT_STANCE.matcher(s).find();
    }

    /** The document, its attribution and its most-mentioned candidate and organisation. */
    private static final class Context {
        private final Document document;
        private final Attribution attribution;
        private final List<String> countriesByMentions;
        private final List<String> organisationsByMentions;

        Context(Document document, Attribution attribution) {
            this.document = document;
            this.attribution = attribution;
            this.countriesByMentions = slotFirst(document.entitiesByMentions(m -> attribution.kindOf(m.entityKey()) == Entity.Kind.COUNTRY),
                    CANDIDATE_BEFORE, CANDIDATE_AFTER, null);
            this.organisationsByMentions = slotFirst(document.entitiesByMentions(m -> attribution.kindOf(m.entityKey()) == Entity.Kind.ORGANISATION
                    && attribution.isActor(m.entityKey())), ORGANISATION_BEFORE, ORGANISATION_AFTER, DEFAULT_ORGANISATION);
        }

        /**
         * The fallback order of candidates or organisations: first those the document names in their slot of a
         * membership sentence ("invite Ukraine", "join the EU"), then {@code preferred}, then the rest by mentions.
         * A donor mentioned more often than the candidate, or a parliament more often than NATO, is not taken for the
         * candidate or organisation of "a path to membership".
         */
        private List<String> slotFirst(List<String> byMentions, Pattern before, Pattern after, String preferred) {
            Set<String> inSlot = new LinkedHashSet<>();
            for (Sentence s : document.sentences())
                if (aboutMembership(document, s))
                    for (Mention m : document.mentionsIn(s.span()))
                        if (byMentions.contains(m.entityKey()) && inSlot(s, m, before, after))
                            inSlot.add(m.entityKey());
            List<String> ordered = new ArrayList<>(byMentions.stream().filter(inSlot::contains).toList());
            if (preferred != null && byMentions.contains(preferred) && !ordered.contains(preferred))
                ordered.add(preferred);
            byMentions.stream().filter(k -> !ordered.contains(k)).forEach(ordered::add);
            return ordered;
        }

        /** The position of a cue, one per holder when holders are coordinated ("Lithuania and Estonia call for …"). */
        List<Facts.Position> positions(Sentence sentence, Optional<Facts.Position> found) {
            if (found.isEmpty())
                return List.of();
            Facts.Position p = found.get();
            List<String> officials = describedOfficials(sentence);
            List<String> holders = new ArrayList<>(!officials.isEmpty() && officials.get(0).equals(p.holderKeys().get(0))
                    ? officials : coordinated(sentence, p.holderKeys().get(0)));
            String voice = governmentVoice(sentence);
            if (voice != null && !holders.contains(voice) && attribution.kindOf(holders.get(0)) == Entity.Kind.PERSON)
                holders.add(voice); // GUIDELINES §7: the government whose spokesman reports its leader's view holds it too
            List<Facts.Position> all = new ArrayList<>();
            for (String organisation : coordinatedOrganisations(sentence, p.organisationKey()))
                for (String k : holders)
                    all.add(new Facts.Position(List.of(k), p.candidateKey(), organisation, p.stance(), p.date(), p.statement(), p.evidence(),
                            p.confidence()));
            return all;
        }

        /** "Kyiv's path towards NATO and the European Union": the organisation with those joined to it by "and", in text order. */
        private List<String> coordinatedOrganisations(Sentence sentence, String organisation) {
            List<Mention> mentions = document.mentionsIn(sentence.span()).stream()
                    .filter(m -> organisationsByMentions.contains(m.entityKey())).toList();
            for (int i = 0; i + 1 < mentions.size(); i++) {
                Mention a = mentions.get(i), b = mentions.get(i + 1);
                if ((a.entityKey().equals(organisation) || b.entityKey().equals(organisation)) && !a.entityKey().equals(b.entityKey())
                        && ORGANISATIONS_JOINED.matcher(document.text()).region(a.span().end(), b.span().begin()).matches()
                        && ORGANISATION_BEFORE.matcher(document.text()).region(sentence.span().begin(), a.span().begin()).find())
                    return List.of(a.entityKey(), b.entityKey());
            }
            return List.of(organisation);
        }

        /** The holder with the actors of its kind joined to it by "and" or commas in the sentence, in text order. */
        private List<String> coordinated(Sentence sentence, String holder) {
            List<Mention> mentions = document.mentionsIn(sentence.span());
            int at = -1;
            for (int i = 0; i < mentions.size() && at < 0; i++)
                if (mentions.get(i).entityKey().equals(holder))
                    at = i;
            Entity.Kind kind = attribution.kindOf(holder);
            if (at < 0 || kind != Entity.Kind.COUNTRY && kind != Entity.Kind.PERSON)
                return List.of(holder);
            int first = at, last = at;
            while (first > 0 && joined(mentions.get(first - 1), mentions.get(first), kind))
                first--;
            while (last + 1 < mentions.size() && joined(mentions.get(last), mentions.get(last + 1), kind))
                last++;
            // People only as the subject of their words: "Rutte and Blinken said …", not "Rutte met Blinken and Sybiha".
            if (kind == Entity.Kind.PERSON && !SPOKE.matcher(document.text()).region(mentions.get(last).span().end(), sentence.span().end()).lookingAt())
                return List.of(holder);
            return mentions.subList(first, last + 1).stream().map(Mention::entityKey).distinct().toList();
        }

        private boolean joined(Mention a, Mention b, Entity.Kind kind) {
            return attribution.kindOf(a.entityKey()) == kind && attribution.kindOf(b.entityKey()) == kind
                    && COORDINATOR.matcher(document.text()).region(a.span().end(), b.span().begin()).matches();
        }

        Optional<Facts.Position> position(Sentence sentence, Cue cue, Span at) {
            Stance stance = negated(cue, at, sentence) ? notNow(cue, at, sentence) : cue.stance();
            if (stance == Opposes && DENIED_BEFORE.matcher(document.text()).region(Math.max(sentence.span().begin(), at.begin() - 15), at.begin()).find())
                return Optional.empty();
            if (stance == null || thwarted(cue, stance, at, sentence))
                return Optional.empty();
            return build(sentence, cue, stance, at, Optional.empty());
        }

        /**
         * The back-off's position ({@link StanceBackoff}): a holder attributed in or around the sentence (a speaker, a
         * clause's subject), never the candidate doubting itself, and at most {@value #BACK_OFF} sure.
         */
        Optional<Facts.Position> backoff(Sentence sentence, StanceBackoff.Reading reading) {
            Cue cue = new Cue(reading.stance(), null, Agency.NONE, null);
            // "…, but London has avoided naming a date": a later clause headed by an actor is that actor's
            String clauseSubject = reading.clause().begin() > sentence.span().begin() ? openingActor(sentence, reading.clause().begin()) : null;
            Optional<Holder> forced = Optional.ofNullable(clauseSubject).map(k -> new Holder(k, -1, NAMED));
            return build(sentence, cue, reading.stance(), reading.topic(), forced)
                    .filter(p -> p.confidence() > STAND_IN - IMPLIED_PENALTY)
                    .filter(p -> SELF_STANCES.contains(p.stance()) || !p.holderKeys().get(0).equals(p.candidateKey()))
                    .map(p -> new Facts.Position(p.holderKeys(), p.candidateKey(), p.organisationKey(), p.stance(), p.date(),
                            p.statement(), p.evidence(), Math.min(p.confidence(), BACK_OFF)));
        }

        private Optional<Facts.Position> build(Sentence sentence, Cue cue, Stance stance, Span at, Optional<Holder> forced) {
            Choice organisation = organisation(sentence, at);
            if (organisation == null)
                return Optional.empty();
            Optional<Holder> holder = forced.isPresent() ? forced : holder(sentence, cue, at, organisation.key());
            if (holder.isEmpty())
                return Optional.empty();
            Choice candidate = candidate(sentence, at, holder.get().key());
            if ((candidate == null || candidate.implied()) && FOR_ITSELF.matcher(document.text()).region(at.begin(), at.end()).find()
                    && countryOf(holder.get().key()) != null)
                candidate = new Choice(countryOf(holder.get().key()), !namedIn(sentence, holder.get().key()), true);
            if ((candidate == null || !candidate.inSlot()) && SELF_STANCES.contains(stance) && countryOf(holder.get().key()) != null
                    && countriesByMentions.indexOf(countryOf(holder.get().key())) == 0) // "Kyiv insists membership is …": the article's candidate
                candidate = new Choice(countryOf(holder.get().key()), !namedIn(sentence, holder.get().key()), true);
            if (candidate == null)
                return Optional.empty();
            double confidence = holder.get().confidence() - (candidate.implied() || organisation.implied() ? IMPLIED_PENALTY : 0);
            return Optional.of(new Facts.Position(List.of(holder.get().key()), candidate.key(), organisation.key(), stance,
                    date(sentence, holder.get().statement()), holder.get().statement(), sentence.span(), confidence));
        }

        /**
         * "would block any invitation at the summit", "reluctant to extend an invitation", "has not issued an invitation":
         * no call for an invitation (cues that flip when negated are handled by {@link #negated}).
         */
        private boolean thwarted(Cue cue, Stance stance, Span at, Sentence sentence) {
            if (stance != CallsForInvitation && stance != SupportsMembership)
                return false;
            String text = document.text();
            int from = Math.max(sentence.span().begin(), at.begin() - 40);
            int to = Math.min(sentence.span().end(), at.end() + 40);
            return THWARTING_BEFORE.matcher(text).region(from, at.begin()).find()
                    || cue.whenNegated() == null && NEGATION_BEFORE.matcher(text).region(from, at.begin()).find()
                    || THWARTING_AFTER.matcher(text).region(at.end(), to).lookingAt()
                    || cue.agency() == Agency.NONE && QUESTION_BEFORE.matcher(text).region(from, at.begin()).find()
                    || TOPIC_BEFORE.matcher(text).region(from, at.begin()).find();
        }

        /**
         * The stance of a negated cue. A candidate that "will not join while the war continues" or "won't be a member this
         * year" is held back, not rejected (GUIDELINES §7: caution is "not now"); a holder who will not support it opposes.
         */
        private Stance notNow(Cue cue, Span at, Sentence sentence) {
            if (cue.agency() != Agency.NONE || cue.stance() != SupportsMembership)
                return cue.whenNegated();
            String text = document.text();
            Matcher end = CLAUSE_BREAK.matcher(text).region(at.end(), sentence.span().end());
            int from = Math.max(sentence.span().begin(), at.begin() - 20);
            boolean bound = NOT_NOW.matcher(text).region(from, end.find() ? end.start() : sentence.span().end()).find();
            return bound ? Cautious : cue.whenNegated();
        }

        private boolean negated(Cue cue, Span at, Sentence sentence) {
            if (cue.whenNegated() == null)
                return false;
            String text = document.text();
            int from = Math.max(sentence.span().begin(), at.begin() - 30);
            return NEGATION_BEFORE.matcher(text).region(from, at.begin()).find()
                    || NEGATION_INSIDE.matcher(text).region(at.begin(), at.end()).find();
        }

        // ---- holder ---------------------------------------------------------------------------------

        /**
         * The rules of the class comment, in order. Whoever holds it, a position whose cue lies in a
         * statement's words is expressed in that statement ("…, Szijjártó said Hungary opposes …").
         */
        private Optional<Holder> holder(Sentence sentence, Cue cue, Span at, String organisation) {
            int statement = statementHolding(at);
            double named = statement < 0 ? NAMED : Math.min(NAMED, document.statements().get(statement).confidence());
            if (cue.agency() == Agency.NOUN_OR_VERB) {
                Mention possessor = agentRightBefore(sentence, at, POSSESSOR_GAP);
                if (possessor != null)
                    return Optional.of(new Holder(actorKey(possessor.entityKey()), statement, named));
            }
            if (cue.agency() != Agency.NONE) {
                Mention subject = agentRightBefore(sentence, at, SUBJECT_GAP);
                if (subject != null && candidateSpokenFor(subject, statement, sentence, at))
                    return Optional.of(speakerOf(statement, organisation));
                String reporter = subject == null || statement >= 0 ? null : namedSpeakerBefore(sentence, subject);
                if (reporter != null && candidateSpokenFor(subject, sentence, at)) // the statements layer did not hold the words
                    return Optional.of(new Holder(reporter, -1, RESOLVED));
                if (subject != null)
                    return Optional.of(new Holder(actorKey(subject.entityKey()), statement, named));
                String antecedent = pronounSubject(sentence, at);
                if (antecedent != null)
                    return Optional.of(new Holder(antecedent, statement, RESOLVED));
            }
            String institution = institutionSubject(sentence, at);
            if (institution != null)
                return Optional.of(new Holder(institution, statement, RESOLVED));
            String owner = lineOwner(sentence, at);
            if (owner != null)
                return Optional.of(new Holder(owner, statement, RESOLVED));
            String issuer = issuer(sentence, at);
            if (issuer != null)
                return Optional.of(new Holder(issuer, statement, RESOLVED));
            if (statement >= 0) {
                Facts.Statement st = document.statements().get(statement);
                // a line named in the words is as sure as its name, whoever reports it ("Spain …, a diplomat said")
                return Optional.of(governmentLine(sentence, at, st.words(), st.speakerKey(), organisation)
                        .map(k -> new Holder(k, statement, Math.max(named, RESOLVED)))
                        .orElseGet(() -> speakerOf(statement, organisation)));
            }
            Optional<String> reportedLine = reportedGovernmentLine(sentence, at, organisation);
            if (reportedLine.isPresent())
                return Optional.of(new Holder(reportedLine.get(), -1, RESOLVED));
            Mention viewHolder = reportedView(sentence, at);
            if (viewHolder != null)
                return Optional.of(new Holder(viewHolder.entityKey(), -1, RESOLVED));
            Optional<Holder> parenthetical = parentheticalSpeaker(sentence, at);
            if (parenthetical.isPresent())
                return parenthetical;
            Mention subordinate = subordinateSubject(sentence, at);
            if (subordinate != null)
                return Optional.of(new Holder(subordinate.entityKey(), -1, NAMED));
            String source = anonymousSourceBefore(sentence, at);
            if (source != null)
                return Optional.of(new Holder(source.isEmpty() ? organisation : source, -1, STAND_IN));
            String capital = capitalSubject(sentence);
            if (capital != null)
                return Optional.of(new Holder(capital, -1, RESOLVED));
            List<String> officials = describedOfficials(sentence);
            if (!officials.isEmpty())
                return Optional.of(new Holder(officials.get(0), -1, RESOLVED));
            Optional<Agent> subject = attribution.subject(sentence);
            String opening = openingActor(sentence, sentence.span().begin());
            // "Finland does not take a position on …, a spokesperson said": the named actor, not the anonymous voice
            if (opening != null && subject.map(a -> a.how() == Attribution.How.ANONYMOUS || a.key() == null).orElse(true))
                return Optional.of(new Holder(opening, -1, NAMED));
            return subject.map(a -> fromAgent(a, organisation)).filter(h -> h.key() != null);
        }

        /**
         * "Norway and Denmark raised their grants, while making clear that …": a country or organisation (or several joined
         * by "and") opening the sentence before its verb is the subject its clauses speak for.
         */
        private String openingActor(Sentence sentence, int from) {
            while (from < sentence.span().end() && Character.isWhitespace(document.text().charAt(from)))
                from++;
            Span rest = new Span(from, sentence.span().end());
            List<Mention> mentions = document.mentionsIn(rest);
            if (mentions.isEmpty())
                return null;
            String text = document.text();
            Mention first = mentions.get(0), last = first;
            String key = actorKey(first.entityKey());
            if (countryOf(key) == null && !(attribution.kindOf(key) == Entity.Kind.ORGANISATION && attribution.isActor(key)))
                return null;
            for (int i = 1; i < mentions.size() && joined(last, mentions.get(i), attribution.kindOf(first.entityKey())); i++)
                last = mentions.get(i);
            if (!SENTENCE_OPENING.matcher(text).region(from, first.span().begin()).matches())
                return null;
            Matcher aside = RELATIVE_ASIDE.matcher(text).region(last.span().end(), rest.end());
            int verb = aside.lookingAt() ? aside.end() : last.span().end();
            Matcher gap = SUBJECT_GAP.matcher(text).region(verb, rest.end());
            return gap.lookingAt() && VERB_NEXT.matcher(text).region(gap.end() > verb ? gap.end() - 1 : verb, rest.end()).lookingAt() ? key : null;
        }

        /**
         * "Ukraine belongs in NATO, he said, but …": words before a speech cue set off by commas are the speaker's,
         * though the statement holds only the words after it.
         */
        private Optional<Holder> parentheticalSpeaker(Sentence sentence, Span at) {
            String text = document.text();
            for (Attribution.Speech sp : attribution.speeches(sentence)) {
                if (sp.speaker().key() == null || sp.subject() == null || sp.subject().begin() < at.end()
                        || !PARENTHESIS_OPENS.matcher(text).region(at.end(), sp.subject().begin()).find())
                    continue;
                int statement = -1;
                for (int i = 0; i < document.statements().size(); i++) {
                    Facts.Statement st = document.statements().get(i);
                    if (sp.speaker().key().equals(st.speakerKey()) && st.evidence().contains(sentence.span()))
                        statement = i;
                }
                return Optional.of(new Holder(sp.speaker().key(), statement, RESOLVED));
            }
            return Optional.empty();
        }

        /**
         * "…, but officials at the alliance’s headquarters say the declaration is unlikely to mention a timeline": the
         * nearest anonymous source before the cue. Its country or organisation, else "" for the position's organisation.
         */
        private String anonymousSourceBefore(Sentence sentence, Span at) {
            Matcher m = ANONYMOUS_SOURCE.matcher(document.text()).region(sentence.span().begin(), at.begin());
            Span last = null;
            while (m.find())
                last = new Span(m.start(), m.end());
            if (last == null)
                return null;
            for (Mention mention : document.mentionsIn(last)) {
                String country = countryOf(mention.entityKey());
                if (country != null)
                    return country;
                if (attribution.kindOf(mention.entityKey()) == Entity.Kind.ORGANISATION && attribution.isActor(mention.entityKey()))
                    return mention.entityKey();
            }
            return "";
        }

        /**
         * GUIDELINES §7: a speaker stating a government's line ("Vollmer said that Berlin supported …", "said that his
         * country would never support …", "the government's position …") gives that country's position. The country
         * is the subject of the reported words, other than the candidate ("Rutte said Ukraine will be a member").
         */
        private Optional<String> governmentLine(Sentence sentence, Span at, Span words, String speakerKey, String organisation) {
            if (words.begin() >= at.begin())
                return Optional.empty();
            Matcher clause = CLAUSE_BREAK.matcher(document.text()).region(words.begin(), at.begin());
            if (clause.find()) {
                int breakStart, breakEnd;
                do {
                    breakStart = clause.start();
                    breakEnd = clause.end();
                } while (clause.find());
                // "… said Romania could not stand aside, and that the country would keep backing …": the country reported before
                if (SAME_COUNTRY.matcher(document.text()).region(breakEnd, at.begin()).lookingAt())
                    return governmentLine(sentence, new Span(breakStart, breakStart), words, speakerKey, organisation)
                            .or(() -> speakerCountry(speakerKey));
                return Optional.empty(); // "all allies agreed that …, but he would not say when": the second clause is the speaker's
            }
            if (COLLECTIVE_SUBJECT.matcher(document.text()).region(words.begin(), at.begin()).lookingAt())
                return Optional.of(organisation);
            Matcher own = OWN_GOVERNMENT.matcher(document.text()).region(words.begin(), at.begin());
            if (own.lookingAt())
                return speakerCountry(speakerKey);
            Matcher demonym = DEMONYM_GOVERNMENT.matcher(document.text()).region(words.begin(), at.begin());
            if (demonym.lookingAt())
                return TITLES.countryOf(demonym.group(1));
            List<Mention> inside = document.mentionsIn(new Span(words.begin(), at.begin()));
            if (inside.isEmpty())
                return Optional.empty();
            String person = reportedPerson(inside.get(0), words, speakerKey);
            if (person != null)
                return Optional.of(person);
            if (!REPORTED_SUBJECT_START.matcher(document.text()).region(words.begin(), inside.get(0).span().begin()).matches())
                return Optional.empty();
            String country = countryOf(inside.get(0).entityKey());
            if (country == null || !FOLLOWED_BY_VERB_PHRASE.matcher(document.text()).region(inside.get(0).span().end(), Math.max(at.end(), words.end())).lookingAt())
                return Optional.empty();
            Choice candidate = candidate(sentence, at, null);
            return candidate != null && candidate.key().equals(country) ? Optional.empty() : Optional.of(country);
        }

        /** "A spokesman … said Chancellor X still believed membership …": the person whose view words after a speech verb report. */
        private Mention reportedView(Sentence sentence, Span at) {
            String text = document.text();
            Matcher said = SAID.matcher(text).region(sentence.span().begin(), at.begin());
            while (said.find())
                for (Mention m : document.mentionsIn(new Span(said.end(), at.begin())))
                    if (!CLAUSE_BREAK.matcher(text).region(m.span().end(), at.begin()).find()
                            && reportedPerson(m, new Span(said.end(), at.begin()), null) != null)
                        return m;
            return null;
        }

        /** "A spokesman for the German government said …": the country whose government speaks, or null. */
        private String governmentVoice(Sentence sentence) {
            Matcher voice = GOVERNMENT_VOICE.matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
            return voice.lookingAt() ? TITLES.countryOf(voice.group(1)).orElse(null) : null;
        }

        /** "A spokesman said Chancellor X still believed …": another person whose view the reported words give, or null. */
        private String reportedPerson(Mention subject, Span words, String speakerKey) {
            String text = document.text();
            if (attribution.kindOf(subject.entityKey()) != Entity.Kind.PERSON || subject.entityKey().equals(speakerKey))
                return null;
            Matcher start = REPORTED_SUBJECT_START.matcher(text).region(words.begin(), subject.span().begin());
            if (!start.lookingAt() || !TITLE_WORDS.matcher(text).region(start.end(), subject.span().begin()).matches())
                return null;
            return VIEW_VERB.matcher(text).region(subject.span().end(), words.end()).lookingAt() ? subject.entityKey() : null;
        }

        /**
         * The government line of a speech cue the statements do not hold ("Poulsen, for his part, said Denmark wanted …"):
         * the words after the last named speaker's cue before the position's cue.
         */
        private Optional<String> reportedGovernmentLine(Sentence sentence, Span at, String organisation) {
            Attribution.Speech last = null;
            for (Attribution.Speech sp : attribution.speeches(sentence))
                if ((sp.speaker().key() != null || sp.speaker().how() == Attribution.How.ANONYMOUS)
                        && sp.cue().end() <= at.begin() && (last == null || sp.cue().end() > last.cue().end()))
                    last = sp;
            if (last == null)
                return Optional.empty();
            int from = last.cue().end();
            while (from < at.begin() && Character.isWhitespace(document.text().charAt(from)))
                from++;
            return governmentLine(sentence, at, new Span(from, sentence.span().end()), last.speaker().key(), organisation);
        }

        /**
         * GUIDELINES §7: a government speaking through an institution holds the position itself. The sentence's subject
         * is a country's government, ministry or spokesman ("Poland’s foreign ministry has said it wants …", "Hungary’s
         * government says …"), and the cue follows it: the holder is the country.
         */
        private String institutionSubject(Sentence sentence, Span at) {
            List<Mention> before = document.mentionsIn(new Span(sentence.span().begin(), at.begin()));
            if (before.isEmpty())
                return null;
            Mention first = before.get(0);
            String text = document.text();
            if (!SENTENCE_OPENING.matcher(text).region(sentence.span().begin(), first.span().begin()).matches()
                    || !INSTITUTION.matcher(text).region(first.span().end(), at.begin()).lookingAt()
                    || CLAUSE_BREAK.matcher(text).region(first.span().end(), at.begin()).find())
                return null; // "Estonia's government wants …, while Norway's minister said …": the minister's clause is his

            return countryOf(first.entityKey());
        }

        /**
         * "Although NATO has long said …, it has not issued an invitation": "it" or "they" right before a verbal cue
         * stands for the first organisation or country of the sentence.
         */
        private String pronounSubject(Sentence sentence, Span at) {
            Matcher p = PRONOUN_SUBJECT.matcher(document.text()).region(sentence.span().begin(), at.begin());
            if (!p.find())
                return null;
            Mention speaker = agentRightBefore(sentence, new Span(p.start(), p.start()), SAID_THAT);
            if (speaker != null && (countryOf(actorKey(speaker.entityKey())) != null || attribution.isActor(speaker.entityKey())))
                return actorKey(speaker.entityKey()); // "…, while Hungary and Slovakia have said that they oppose …"
            return document.mentionsIn(new Span(sentence.span().begin(), p.start())).stream().map(m -> actorKey(m.entityKey()))
                    .filter(k -> attribution.kindOf(k) == Entity.Kind.ORGANISATION && attribution.isActor(k) || countryOf(k) != null)
                    .findFirst().orElse(null);
        }

        /** "Kyiv insists that membership …": a capital opening the sentence before its verb stands for its state. */
        private String capitalSubject(Sentence sentence) {
            List<Mention> mentions = document.mentionsIn(sentence.span());
            if (mentions.isEmpty() || standsFor(mentions.get(0).entityKey()) == null)
                return null;
            Mention first = mentions.get(0);
            String text = document.text();
            return SENTENCE_OPENING.matcher(text).region(sentence.span().begin(), first.span().begin()).matches()
                    && SUBJECT_GAP.matcher(text).region(first.span().end(), sentence.span().end()).lookingAt()
                    && VERB_NEXT.matcher(text).region(first.span().end(), sentence.span().end()).lookingAt()
                    ? standsFor(first.entityKey()) : null;
        }

        /**
         * "In Vilnius, the Seimas adopted a resolution calling on allies to invite …": a resolution or statement speaks
         * for whoever issued it, the subject of its clause (an actor not after a preposition, but "Leaders of the …" counts).
         */
        private String issuer(Sentence sentence, Span at) {
            String text = document.text();
            Matcher issued = ISSUED_TEXT.matcher(text).region(sentence.span().begin(), Math.min(sentence.span().end(), at.end()));
            if (!issued.find() || issued.start() >= at.begin())
                return null;
            for (Mention m : document.mentionsIn(new Span(sentence.span().begin(), issued.start()))) {
                String key = actorKey(m.entityKey());
                boolean afterPreposition = PREPOSITION_BEFORE.matcher(text).region(sentence.span().begin(), m.span().begin()).find()
                        && !GROUP_OF_BEFORE.matcher(text).region(sentence.span().begin(), m.span().begin()).find();
                if (!afterPreposition && (countryOf(key) != null || attribution.kindOf(key) == Entity.Kind.ORGANISATION && attribution.isActor(key)
                        || attribution.kindOf(key) == Entity.Kind.PERSON))
                    return key;
            }
            return null;
        }

        /**
         * "Zelenskyy said Ukraine needs an invitation now": the candidate's need, as a named person states it, is that
         * person's position (a government's line, "said Warsaw backed …", stays the government's).
         */
        private boolean candidateSpokenFor(Mention subject, int statement, Sentence sentence, Span at) {
            if (statement < 0 || document.statements().get(statement).speakerKey() == null)
                return false;
            return candidateSpokenFor(subject, sentence, at);
        }

        private boolean candidateSpokenFor(Mention subject, Sentence sentence, Span at) {
            Choice candidate = candidate(sentence, at, null);
            return candidate != null && candidate.key().equals(actorKey(subject.entityKey()));
        }

        /** The named speaker of the last speech cue before the mention ("X told the assembly that Ukraine needed …"), or null. */
        private String namedSpeakerBefore(Sentence sentence, Mention mention) {
            String speaker = null;
            for (Attribution.Speech sp : attribution.speeches(sentence))
                if (sp.speaker().key() != null && sp.cue().end() <= mention.span().begin())
                    speaker = sp.speaker().key();
            return speaker;
        }

        /**
         * "The foreign ministers of Lithuania and Ukraine called on …": a plural post before coordinated countries at the
         * head of the sentence names the people who hold that post there ({@link Document#roles()}), else the countries.
         */
        private List<String> describedOfficials(Sentence sentence) {
            List<Mention> mentions = document.mentionsIn(sentence.span());
            String text = document.text();
            if (mentions.isEmpty() || countryOf(mentions.get(0).entityKey()) == null)
                return List.of();
            Matcher described = DESCRIBED_OFFICIALS.matcher(text).region(sentence.span().begin(), mentions.get(0).span().begin());
            if (!described.matches())
                return List.of();
            String post = described.group(1).replaceAll("\\s+", " ").replaceFirst("s$", "");
            List<String> holders = new ArrayList<>();
            for (int i = 0; i < mentions.size(); i++) {
                if (i > 0 && !joined(mentions.get(i - 1), mentions.get(i), Entity.Kind.COUNTRY))
                    break;
                String country = countryOf(mentions.get(i).entityKey());
                holders.add(document.roles().stream().filter(r -> country.equals(r.organisationKey()) && post.equalsIgnoreCase(r.post()))
                        .map(Facts.Role::personKey).findFirst().orElse(country));
            }
            return holders;
        }

        /** "repeating NATO’s pledge that Ukraine’s path … is irreversible": the owner of the stated line holds it. */
        private String lineOwner(Sentence sentence, Span at) {
            String text = document.text();
            String owner = null;
            for (Mention m : document.mentionsIn(new Span(sentence.span().begin(), at.begin()))) {
                Matcher line = STATED_LINE.matcher(text).region(m.span().end(), at.begin());
                if (line.lookingAt() && !CLAUSE_BREAK.matcher(text).region(line.end(), at.begin()).find()) {
                    String key = actorKey(m.entityKey());
                    if (countryOf(key) != null || attribution.kindOf(key) == Entity.Kind.ORGANISATION && attribution.isActor(key))
                        owner = key;
                }
            }
            return owner;
        }

        /** A country, or the country a capital stands for ("Berlin"), else null. */
        private String countryOf(String key) {
            Entity e = document.entity(key).orElse(null);
            if (e == null)
                return null;
            if (e.kind() == Entity.Kind.COUNTRY)
                return key;
            return e.standsFor();
        }

        /** The country in which the speaker holds a post, from the roles found. */
        private Optional<String> speakerCountry(String speaker) {
            if (speaker == null)
                return Optional.empty();
            return document.roles().stream().filter(r -> speaker.equals(r.personKey()))
                    .map(Facts.Role::organisationKey).filter(k -> attribution.kindOf(k) == Entity.Kind.COUNTRY).findFirst();
        }

        /** The last person or actor mention before the cue with only {@code gap} between them. */
        private Mention agentRightBefore(Sentence sentence, Span at, Pattern gap) {
            Mention last = null;
            for (Mention m : document.mentionsIn(new Span(sentence.span().begin(), at.begin())))
                last = m;
            if (last == null || !isAgent(last.entityKey()))
                return null;
            // "Ukraine's membership of NATO is unacceptable": a preposition's object is no subject.
            if (gap == SUBJECT_GAP && PREPOSITION_BEFORE.matcher(document.text()).region(sentence.span().begin(), last.span().begin()).find())
                return null;
            return gap.matcher(document.text()).region(last.span().end(), at.begin()).matches() ? last : null;
        }

        private boolean isAgent(String key) {
            return attribution.kindOf(key) == Entity.Kind.PERSON || attribution.isActor(key) || standsFor(key) != null;
        }

        /** A capital acting as a holder stands for its state ("Budapest will veto …" → Hungary). */
        private String actorKey(String key) {
            return Objects.requireNonNullElse(standsFor(key), key);
        }

        private String standsFor(String key) {
            return document.entity(key).filter(e -> e.kind() == Entity.Kind.PLACE).map(Entity::standsFor).orElse(null);
        }

        /** The index of the innermost statement whose words hold the cue, or -1. */
        private int statementHolding(Span at) {
            List<Facts.Statement> statements = document.statements();
            int best = -1;
            for (int i = 0; i < statements.size(); i++)
                if (statements.get(i).words().contains(at)
                        && (best < 0 || statements.get(i).words().length() < statements.get(best).words().length()))
                    best = i;
            return best;
        }

        /** The statement's speaker; for an anonymous one its affiliation, else the organisation. */
        private Holder speakerOf(int statement, String organisation) {
            Facts.Statement st = document.statements().get(statement);
            if (st.speakerKey() != null)
                return new Holder(st.speakerKey(), statement, Math.min(st.confidence(), NAMED));
            String affiliation = anonymousAffiliation(st);
            return new Holder(affiliation != null ? affiliation : organisation, statement, STAND_IN);
        }

        /** The organisation or country in the description of a statement's anonymous speaker. */
        private String anonymousAffiliation(Facts.Statement st) {
            for (Sentence s : document.sentences())
                if (st.evidence().contains(s.span()))
                    for (Attribution.Speech sp : attribution.speeches(s))
                        if (sp.speaker().key() == null && sp.speaker().affiliationKey() != null)
                            return sp.speaker().affiliationKey();
            return null;
        }

        /** "after Zelenskyy unveiled his plan … aimed at securing an invitation": the subject of the clause holding the cue. */
        private Mention subordinateSubject(Sentence sentence, Span at) {
            String text = document.text();
            List<Mention> before = document.mentionsIn(new Span(sentence.span().begin(), at.begin()));
            for (int i = before.size() - 1; i >= 0; i--) {
                Mention m = before.get(i);
                if (CLAUSE_PUNCTUATION.matcher(text).region(m.span().end(), at.begin()).find())
                    return null; // another clause
                if (isAgent(m.entityKey())
                        && SUBORDINATE_BEFORE.matcher(text).region(sentence.span().begin(), m.span().begin()).find()
                        && VERB_NEXT.matcher(text).region(m.span().end(), at.begin()).lookingAt())
                    return m;
            }
            return null;
        }

        /** A holder from an agent; groups and anonymous sources without a named affiliation stand for the organisation. */
        private static Holder fromAgent(Agent agent, String organisation) {
            return switch (agent.how()) {
                case NAMED -> new Holder(agent.key(), -1, NAMED);
                case ANAPHOR -> new Holder(agent.key(), -1, RESOLVED);
                case GROUP -> agent.key() != null ? new Holder(agent.key(), -1, RESOLVED) : new Holder(organisation, -1, STAND_IN);
                case ANONYMOUS -> new Holder(Objects.requireNonNullElse(agent.affiliationKey(), organisation), -1, STAND_IN);
            };
        }

        // ---- candidate and organisation -------------------------------------------------------------

        /** An entity key and whether it is implied rather than named in the sentence. */
        private record Choice(String key, boolean implied, boolean inSlot) {}

        /** A country in a candidate slot nearest the cue, else the most-mentioned country other than the holder. */
        private Choice candidate(Sentence sentence, Span at, String holderKey) {
            // The holder may be its own candidate: "Ukraine’s call for an invitation".
            Mention best = nearestInSlot(sentence, at, m -> attribution.kindOf(m.entityKey()) == Entity.Kind.COUNTRY,
                    CANDIDATE_BEFORE, CANDIDATE_AFTER);
            return best != null ? new Choice(best.entityKey(), false, true) : fallback(sentence, countriesByMentions, holderKey);
        }

        private Choice organisation(Sentence sentence, Span at) {
            Mention best = nearestInSlot(sentence, at, m -> organisationsByMentions.contains(m.entityKey()),
                    ORGANISATION_BEFORE, ORGANISATION_AFTER);
            if (best != null)
                return new Choice(best.entityKey(), false, true);
            // "who should join the bloc", "We want Ukraine in the Union": the union the article names
            Matcher generic = UNION_IN_SLOT.matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
            if (generic.find() && organisationsByMentions.contains(EUROPEAN_UNION))
                return new Choice(EUROPEAN_UNION, false, true);
            return fallback(sentence, organisationsByMentions, null);
        }

        /** The mention nearest the cue that is of the right kind and stands in a slot: after {@code before}, or followed by {@code after}. */
        private Mention nearestInSlot(Sentence sentence, Span at, java.util.function.Predicate<Mention> kind,
                                      Pattern before, Pattern after) {
            String text = document.text();
            Mention best = null;
            for (Mention m : document.mentionsIn(sentence.span()))
                if (kind.test(m) && inSlot(sentence, m, before, after) && (best == null || distance(m, at) < distance(best, at)))
                    best = m;
            return best;
        }

        private boolean inSlot(Sentence sentence, Mention m, Pattern before, Pattern after) {
            String text = document.text();
            return before.matcher(text).region(sentence.span().begin(), m.span().begin()).find()
                    || after.matcher(text).region(m.span().end(), sentence.span().end()).lookingAt();
        }

        /** The document's most-mentioned entity of the list (other than {@code exclude}): named in the sentence or implied. */
        private Choice fallback(Sentence sentence, List<String> byMentions, String exclude) {
            Optional<String> top = byMentions.stream().filter(k -> !k.equals(exclude)).findFirst();
            if (top.isEmpty())
                return null;
            boolean named = namedIn(sentence, top.get());
            return new Choice(top.get(), !named, false);
        }

        private boolean namedIn(Sentence sentence, String key) {
            return document.mentionsIn(sentence.span()).stream().anyMatch(m -> m.entityKey().equals(key) || key.equals(standsFor(m.entityKey())));
        }

        private static int distance(Mention m, Span at) {
            return m.span().end() <= at.begin() ? at.begin() - m.span().end() : Math.max(0, m.span().begin() - at.end());
        }

        private LocalDate date(Sentence sentence, int statement) {
            if (statement >= 0 && document.statements().get(statement).date() != null)
                return document.statements().get(statement).date();
            LocalDate published = document.metadata().published();
            return document.timesIn(sentence.span()).stream()
                    .filter(t -> t.isDay() && (published == null || !t.start().isAfter(published)))
                    .map(TimeExpression::start).findFirst().orElse(published);
        }
    }
}
