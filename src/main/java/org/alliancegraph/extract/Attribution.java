package org.alliancegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Quotes.Quote;

/**
 * Who speaks or acts in each sentence, read from the mentions of the document: the speech cues
 * ("said", "noted that", ", adding that", "According to X,") with their speakers, and the subject
 * of the sentence's main clause. Shared by {@link StatementAnnotator} (speakers) and
 * {@link PositionAnnotator} (holders).
 *
 * <p>A subject is a noun phrase ending where its verb begins; it is classified as
 * <ul>
 * <li>a person mention, possibly after title words ("NATO Secretary General Mark Rutte"): NAMED;</li>
 * <li>an organisation or country mention ("NATO has long said"): NAMED;</li>
 * <li>a pronoun (he/she: the focus person; they: the focus group) or a definite title
 *     ("the secretary general", "The Secretary General of NATO", "the NATO chief"), resolved to a
 *     person met earlier with that title or organisation: ANAPHOR;</li>
 * <li>a group of members ("NATO’s 32 member nations", "Western allies"): GROUP, keyed by the
 *     organisation named in it, if any;</li>
 * <li>an anonymous source ("diplomats", "a senior U.S. official", "the official"): ANONYMOUS, with
 *     the organisation or country named in it as affiliation.</li>
 * </ul>
 * The focus person is the person last seen speaking or as main subject in an earlier sentence
 * (speakers first, since "Putin is escalating …, Rutte said." is about Rutte); the focus group
 * likewise for organisations. Text inside quotation marks is the quoted speaker's, so it is never
 * searched for cues or subjects.
 */
final class Attribution {
    enum How { NAMED, ANAPHOR, GROUP, ANONYMOUS }

    /**
     * An agent as the text gives it. {@code key} is null for anonymous sources and unresolved
     * pronouns; {@code affiliationKey} is the organisation or country named in an anonymous or group
     * description ("a senior U.S. official" → country/united-states).
     */
    record Agent(String key, How how, String affiliationKey) {}

    /** Where the speaker stands relative to the cue. */
    enum Form {
        /** "Rutte said …", "…, Rutte said." */
        PREVERBAL,
        /** "…, said Rutte." */
        INVERTED,
        /** "…, adding that …": the speaker is the sentence's subject. */
        PARTICIPLE,
        /** "Rutte met Zelenskyy and declared …": the speaker is the sentence's subject. */
        COORDINATED,
        /** "According to Rutte, …" */
        ACCORDING_TO
    }

    /**
     * A speech cue and its speaker.
     *
     * @param subject where the speaker is written, or null when taken from the sentence's subject
     */
    record Speech(Span cue, Span subject, Agent speaker, Form form) {}

    private record Np(Span span, Agent agent) {}

    private record TitleUse(int at, String personKey, String title, String orgKey) {}

    private record Analysis(Np subject, List<Speech> speeches) {}

    static final String PARTICIPLES = "adding|noting|saying|emphasi[sz]ing|stressing|asserting|assuring|reaffirming|insisting"
            + "|arguing|warning|explaining|claiming|underlining|reiterating|stating|declaring|indicating|acknowledging|confirming";
    /** Speech verbs, finite or (group 1) participles. Lower case only: a capitalised "Said" is not this verb. */
    static final Pattern SPEECH_VERB = Pattern.compile("\\b(?:said|says|say|told|tells|noted|stressed|emphasi[sz]ed|added"
            + "|assured|argued|stated|remarked|reiterated|confirmed|acknowledged|warned|mentioned|indicated|expressed|declared"
            + "|announced|accused|reminded|insisted|explained|claimed|reaffirmed|asserted|underlined|underscored|pointed\\s+out"
            + "|repeated|replied|responded|conceded|admitted|cautioned|predicted|recalled|maintained|contended|wrote|writes|tweeted"
            + "|promised|pledged|vowed|quoted\\s+as\\s+saying"
            // "has described the command as a bridge to membership": the description is the claim
            + "|described(?=\\s+(?!as\\b)[^.;,]{1,60}?\\bas\\b)"
            // a request reported: "asked allied parliaments to push …", "urged allies to send …"
            + "|(?:asked|urged)(?=\\s+(?!not\\b|to\\b|about\\b|whether\\b|if\\b|when\\b|why\\b|how\\b|for\\b)[^.;,]{1,60}?\\bto\\s+\\p{Ll})"
            + "|(" + PARTICIPLES + "))\\b");

    /**
     * Whom words are told to: "reporters", "MPs", "Zelenskyy", "the ministers", "a press conference",
     * "the summit". Only the people listed or a short phrase after an article, so a reported clause
     * ("said Ukraine should …") is not taken for one.
     */
    static final String ADDRESSEE = "(?:me|us|him|her|them|reporters|journalists|lawmakers|legislators|parliament|the\\s+press"
            + "|participants|delegates|colleagues|counterparts|ministers|officials|diplomats|senators|MPs|viewers|listeners|students"
            + "|(?:a|an|the|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:conference|briefing|summit|meeting|ministers|parliament"
            + "|lawmakers|legislators|audience|delegates|press|reporters|journalists|broadcaster|newspaper|agency|committee|chamber"
            + "|assembly|forum|gathering|crowd|interview|counterpart|counterparts)"
            // "state radio", "national television"
            + "|(?:(?:state|national|public|local)\\s+)?(?:radio|television|TV|media)"
            // "Ukraine's foreign minister, Andrii Sybiha,": a possessive title, the name in commas
            + "|\\p{Lu}[\\p{L}.-]*[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:minister|counterpart|president|leader|envoy|ambassador|secretary"
            + "|chancellor|chief)(?:,\\s+\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3},?)?"
            + "|(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HEAD_OF_STATE_OR_GOVERNMENT = Pattern.compile("president|prime minister|chancellor|premier");
    /**
     * "used an address to repeat that …", "took the floor to say that …": the subject speaks (group
     * 1 is the verb). Not what is only planned or refused ("is expected to say", "declined to say").
     */
    private static final Pattern INFINITIVE_CUE = Pattern.compile("(?<!\\b(?:expected|likely|due|set|plans?|planned|going|wants?|wanted"
            + "|declined|refused|hopes?|hoped|is|was|are|were)\\s)\\bto\\s+(say|repeat|stress|warn|argue|insist|reiterate|emphasi[sz]e"
            + "|underline|announce|make\\s+clear)\\s+that\\b");
    /**
     * "used a speech to the session on Monday to announce …", "used the session to point out that …": an occasion
     * taken to speak (group 1 is the verb); an announced object is the content, as "that" clauses are.
     */
    private static final Pattern OCCASION_CUE = Pattern.compile("\\bused\\s+(?:a|an|his|her|their|its|the)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:speech|address|session|appearance|visit|meeting|interview|briefing|statement|press\\s+conference|platform|occasion"
            + "|opportunity|summit|debate)\\b[^.;]{0,60}?\\bto\\s+(announce|unveil|point\\s+out|say|stress|warn|argue|insist|reiterate"
            + "|repeat|confirm|make\\s+clear|pledge|promise|vow)\\b");
    /** "He would not say when …, only that …": the one thing said after a refusal to say more (group 1 is the cue). */
    private static final Pattern ONLY_THAT = Pattern.compile("(?:\\bnot\\s+(?:say|tell|comment|specify)|\\b(?:declined|refused)\\s+to"
            + "\\s+(?:say|comment|specify)|\\bnever\\s+said)\\b[^.;]*?,\\s+(only)\\s+that\\b");
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}.’'-]*";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.’'-]*";
    /** A capitalised word even inside a case-insensitive pattern (where \\p{Lu} alone matches any letter). */
    private static final String CAPITALISED = "(?-i:\\p{Lu})[\\p{L}.’'-]*";
    private static final String TITLE = "secretary[- ]general|prime\\s+minister|(?:foreign|defen[cs]e|finance)\\s+minister|minister"
            + "|president|chancellor|chief|head|leader|spokes(?:person|man|woman)|ambassador|commander|secretary|envoy|commissioner"
            + "|director";
    /** Ranks in a description that the title of the person it names must have too: "the deputy minister" is not the minister. */
    private static final Pattern RANK_WORD = Pattern.compile("\\b(?:deputy|vice|assistant|associate|junior|state|parliamentary|under)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording\\s+to\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?<p>he|she|they)\\b", CI);
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("he|she", CI);
    /** Group 1 for "he", "him", "his"; none for "she", "her". */
    private static final Pattern GENDERED_PRONOUN = Pattern.compile("\\b(?:(he|him|his)|she|her)\\b", CI);
    /** Where an anonymous source is or what it knows: "in Brussels", "at the alliance’s headquarters", "involved in the talks". */
    private static final String SOURCE_MODIFIER = "(?:\\s+(?:in|at|from|for|(?:involved|engaged)\\s+in|familiar\\s+with|close\\s+to|briefed\\s+on)"
            + "\\s+(?:the\\s+)?(?:\\p{L}+[’']s\\s+)?(?:" + CAPITALISED
            // "a spokesman for the German government", "a spokesperson for the Department of Defence"
            + "|(?:" + CAPITALISED + "\\s+)?(?:(?-i:\\p{Ll}+)\\s+)?(?:talks|preparations|discussions|negotiations|matter|process"
            + "|headquarters|ministry|government|delegation|embassy|meeting)"
            // "one senior diplomat from a Nordic country", "an official from an allied government"
            + "|(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:country|state|capital|government|member|ally|delegation))"
            + "(?:\\s+(?:(?:of|and|for)\\s+(?:the\\s+)?)?" + CAPITALISED + ")*){0,2}";
    private static final Pattern ANONYMOUS_NP = Pattern.compile("(?:" + WORD + "\\s+){0,4}?(?:officials?|diplomats?|sources?"
            + "|spokes(?:person|man|woman)|insiders?|analysts?|observers?"
            // "his office said", "Luxembourg's delegation used the session to point out that …": the people of an office
            + "|(?-i:office|delegation|aides))\\b" + SOURCE_MODIFIER
            // "people familiar with the talks", "a person close to the negotiations"
            + "|(?:a\\s+|one\\s+|two\\s+|three\\s+|several\\s+)?(?:people|persons?)\\s+(?:familiar\\s+with|close\\s+to|involved\\s+in"
            + "|briefed\\s+on)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:talks|preparations|discussions|negotiations|matter|process"
            + "|plans?|decision|deliberations)\\b", CI);
    private static final Pattern GROUP_NP = Pattern.compile("(?:" + WORD + "\\s+){0,4}?(?:allies|members|member\\s+(?:states|nations|countries)"
            + "|partners|leaders|governments|capitals)\\b", CI);
    /** A definite title: "the secretary general", "The Secretary General of NATO", "the NATO chief". */
    private static final Pattern TITLE_NP = Pattern.compile("the\\s+(?:" + WORD + "\\s+){0,3}?(?<title>" + TITLE + ")\\b"
            + "(?:\\s+of\\s+(?:the\\s+)?" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})?", CI);
    /** Words that may stand before a name in its noun phrase: titles, capitalised words, possessives. */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}\\p{N}.’'-]*|\\p{N}+|the|of|new|former|outgoing"
            + "|incoming|acting|top|senior|deputy|chief|foreign|defen[cs]e|prime|minister|president|secretary|general|head|for|of"
            + "|spokes(?:person|man|woman)|ambassador|envoy|director|advis[eo]r|commissioner|chancellor|leader|state|under|assistant"
            + "|associate|principal|vice|a|an|his|her|their|its"
            + "|\\p{L}+[’']s)\\s+){0,7}");
    /** What follows a subject at the start of a clause: a comma or a verb-like lower-case word. */
    private static final Pattern COMMA = Pattern.compile("\\s*,");
    private static final Pattern FOLLOWED_BY_VERB = Pattern.compile("\\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|as|the|a|an"
            + "|that|which|who|but)\\b)\\p{Ll}");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");
    /** Where a subject noun phrase begins: punctuation, quotes or a clause-opening word. */
    private static final Pattern BOUNDARY = Pattern.compile("[,;:()—–“”\"‘]|’(?!\\p{L})|\\b(?:that|and|but|while|although|though|after"
            + "|when|because|since|if|as|whereas|so|where|who|which|than)\\b"
            // "In his address he also asked …": a phrase of the occasion before a pronoun subject, without a comma
            + "|\\b(?:in|at|during|after)\\s+(?:his|her|their|its|the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+(?=\\s+(?:he|she|they)\\b)", CI);
    /** Adverbs and auxiliaries between a subject and its verb ("Rutte also noted", "NATO has long said"). */
    private static final Pattern TRAILING_ADVERBS = Pattern.compile("(?:\\s+(?:also|has|have|had|will|would|did|does|do|was|were|is|are|long|later|again"
            + "|there" // "Diplomats there said"
            + "|repeatedly|collectively|jointly|then|once|previously|earlier|recently|publicly|reportedly|officially|separately"
            + "|further|too|firmly|clearly|explicitly|strongly|already|often|subsequently))+\\s*$");
    /** An aside between commas before a verb: "diplomats, speaking anonymously, said". */
    private static final Pattern APPOSITION = Pattern.compile(",\\s*(?:\\p{Ll}+ing|who|which|both|all|each"
            // "Jonson, asked about the remarks, said only that …"; "X, the chairman of …, told": a description
            + "|asked|pressed|questioned|quizzed|the(?=\\s+\\p{Ll})"
            // "Scholz, in a speech to the Bundestag on Wednesday, had said": a prepositional aside
            + "|in|at|during|after|before|on|from|via"
            // "Poulsen, for his part, said"
            + "|for\\s+(?:his|her|their|its)\\s+part)\\b[^,]*,\\s*$");
    /** "…, was chaired by Gregory Whitlam, who told participants that …": the person before a relative "who". */
    private static final Pattern RELATIVE_WHO = Pattern.compile(",\\s*who(?:\\s+(?:also|later|then|has|had|have))*\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:been|be|being|is|was|were|are)\\s+$");
    private static final Pattern COORDINATION = Pattern.compile("\\b(?:and|but)\\s*$");
    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile(",[”\"’]?\\s+$");
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile("\\b(?<title>" + TITLE + ")\\s+$", CI);
    private static final Pattern NOT_CURRENT = Pattern.compile("\\b(?:former|outgoing|ex|late)[\\s-]+$", CI);
    private static final Pattern TITLE_AFTER_NAME = Pattern.compile("\\G,\\s+(?:\\p{L}+[’']s\\s+|the\\s+)(?:\\p{L}+\\s+){0,2}?(?<title>"
            + TITLE + ")\\b", CI);
    /** Between an organisation and a title: "NATO Secretary General", "NATO’s new Secretary General". */
    private static final Pattern ORGANISATION_TITLE_GAP = Pattern.compile("(?:[’']s)?\\s+(?:\\p{Ll}+\\s+)?");
    private static final Pattern TITLE_SPACING = Pattern.compile("[-\\s]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[\\s.!?”\"’]*$");
    private static final List<Pattern> DESCRIPTIONS = List.of(ANONYMOUS_NP, GROUP_NP, TITLE_NP);
    private static final int MAX_CHUNKS = 3;
    private static final int MAX_DESCRIPTION_WORDS = 10;

    private final Document document;
    private final List<Quote> quotes;
    private final List<TitleUse> titles;
    private final Map<Integer, Analysis> bySentence = new HashMap<>();
    /** The discourse focus while sentences are analysed in order. */
    private String focusPerson;
    private String focusGroup;
    /** People in the order they were last in focus, most recent last: where a pronoun looks when the focus does not fit. */
    private final List<String> recentPeople = new ArrayList<>();
    /** "he" or "she" for the people a pronoun of their own sentence has shown (see {@link #learnPronoun}). */
    private final Map<String, String> pronouns = new HashMap<>();
    private final List<DescribedPost> describedPosts = new ArrayList<>();

    private Attribution(Document document, List<Quote> quotes) {
        this.document = document;
        this.quotes = quotes;
        this.titles = titleUses();
    }

    /** Analyses every sentence of the document in order. */
    static Attribution of(Document document, List<Quote> quotes) {
        Attribution a = new Attribution(document, quotes);
        for (Sentence s : document.sentences())
            a.analyse(s);
        return a;
    }

    /** The speech cues of a sentence with their speakers, in text order. */
    List<Speech> speeches(Sentence sentence) { return bySentence.get(sentence.index()).speeches(); }

    /** The subject of the sentence's main clause, if it is an agent. */
    Optional<Agent> subject(Sentence sentence) {
        Np np = bySentence.get(sentence.index()).subject();
        return np == null ? Optional.empty() : Optional.of(np.agent());
    }

    /** The kind of an entity key, or null for none. */
    Entity.Kind kindOf(String key) { return key == null ? null : document.entity(key).map(Entity::kind).orElse(null); }

    // ---- sentence analysis ------------------------------------------------------------------------

    private void analyse(Sentence s) {
        Np subject = mainSubject(s);
        List<Speech> speeches = speeches(s, subject);
        Np bound = boundToEarlierSpeaker(subject, speeches);
        if (bound != subject) {
            subject = bound;
            speeches = speeches(s, subject); // participles inherit the corrected subject
        }
        bySentence.put(s.index(), new Analysis(subject, speeches));
        updateFocus(subject, speeches);
        learnPronoun(s, subject, speeches);
    }

    /**
     * "Sybiha said Ukraine should be invited, and that he saw no reason to wait": a he/she in a
     * sentence whose one named person is its speaker or subject shows which pronoun that person
     * takes, so a later "she said" skips him. The first such sentence decides.
     */
    private void learnPronoun(Sentence s, Np subject, List<Speech> speeches) {
        String text = document.text();
        Matcher p = GENDERED_PRONOUN.matcher(text).region(s.span().begin(), s.span().end());
        while (p.find()) {
            if (Quotes.enclosing(quotes, p.start()) != null)
                continue;
            List<String> before = document.mentionsIn(new Span(s.span().begin(), p.start())).stream().map(Mention::entityKey)
                    .filter(k -> kindOf(k) == Entity.Kind.PERSON).distinct().toList();
            if (before.size() != 1)
                return;
            String person = before.get(0);
            boolean acts = subject != null && subject.agent().how() == How.NAMED && person.equals(subject.agent().key())
                    || speeches.stream().anyMatch(sp -> sp.speaker().how() == How.NAMED && person.equals(sp.speaker().key()));
            if (acts)
                pronouns.putIfAbsent(person, p.group(1) != null ? "he" : "she");
            return;
        }
    }

    private List<Speech> speeches(Sentence s, Np subject) {
        List<Speech> speeches = new ArrayList<>();
        Matcher m = SPEECH_VERB.matcher(document.text()).region(s.span().begin(), s.span().end());
        while (m.find())
            if (Quotes.enclosing(quotes, m.start()) == null)
                speech(s, new Span(m.start(), m.end()), m.group(1) != null, subject).ifPresent(speeches::add);
        for (Pattern infinitive : List.of(INFINITIVE_CUE, OCCASION_CUE, ONLY_THAT)) {
            Matcher inf = infinitive.matcher(document.text()).region(s.span().begin(), s.span().end());
            while (inf.find())
                if (Quotes.enclosing(quotes, inf.start()) == null)
                    inherited(new Span(inf.start(1), inf.end(1)), subject, Form.COORDINATED).ifPresent(speeches::add);
        }
        Matcher a = ACCORDING_TO.matcher(document.text()).region(s.span().begin(), s.span().end());
        while (a.find())
            accordingTo(s, new Span(a.start(), a.end())).ifPresent(speeches::add);
        speeches.sort(Comparator.comparing(Speech::cue));
        return participlesOfTheLastSpeaker(speeches);
    }

    /**
     * "Germany will deliver …, Nils Hartung told the meeting, adding that …": a participle continues
     * the speech of the person who spoke last in the sentence, not of the sentence's subject.
     */
    private List<Speech> participlesOfTheLastSpeaker(List<Speech> speeches) {
        List<Speech> out = new ArrayList<>();
        Agent last = null;
        for (Speech sp : speeches) {
            if (sp.form() == Form.PARTICIPLE && last != null)
                sp = new Speech(sp.cue(), sp.subject(), last, sp.form());
            else if (sp.form() != Form.PARTICIPLE && kindOf(sp.speaker().key()) == Entity.Kind.PERSON)
                last = sp.speaker();
            out.add(sp);
        }
        return List.copyOf(out);
    }

    /**
     * "While the NATO chief acknowledged the plan, he was careful": a he/she subject after a
     * named or resolved speaker in the same sentence is that speaker, not the earlier focus.
     */
    private Np boundToEarlierSpeaker(Np subject, List<Speech> speeches) {
        if (subject == null || subject.agent().how() != How.ANAPHOR
                || !PERSONAL_PRONOUN.matcher(subject.span().of(document.text())).matches())
            return subject;
        Np bound = subject;
        for (Speech sp : speeches)
            if (sp.subject() != null && sp.subject().end() <= subject.span().begin() && kindOf(sp.speaker().key()) == Entity.Kind.PERSON)
                bound = new Np(subject.span(), new Agent(sp.speaker().key(), How.ANAPHOR, null));
        return bound;
    }

    private void updateFocus(Np subject, List<Speech> speeches) {
        List<Agent> agents = new ArrayList<>();
        speeches.forEach(sp -> agents.add(sp.speaker()));
        if (subject != null)
            agents.add(subject.agent());
        agents.stream().map(Agent::key).filter(k -> kindOf(k) == Entity.Kind.PERSON).findFirst().ifPresent(k -> {
            focusPerson = k;
            recentPeople.remove(k);
            recentPeople.add(k);
        });
        if (subject != null && isActor(subject.agent().key()))
            focusGroup = subject.agent().key(); // "they" are the group of the main clause first
        else
            agents.stream().map(Agent::key).filter(this::isActor).findFirst().ifPresent(k -> focusGroup = k);
    }

    /** An organisation or country that can act; news outlets report, they are not parties. */
    boolean isActor(String key) {
        Entity e = key == null ? null : document.entity(key).orElse(null);
        if (e == null)
            return false;
        return e.kind() == Entity.Kind.COUNTRY || e.kind() == Entity.Kind.ORGANISATION && !e.types().contains("NewsOutlet");
    }

    /**
     * The subject of the main clause: tried at the start of the sentence, then after each of the
     * first few commas ("However, he …", "In a post on X, Zelenskyy …"), skipping quotations.
     */
    private Np mainSubject(Sentence s) {
        int pos = s.span().begin();
        for (int chunk = 0; chunk <= MAX_CHUNKS; chunk++) {
            pos = skipQuotesAndSpace(pos, s.span().end());
            if (pos >= s.span().end())
                return null; // the rest of the sentence is quoted
            Np np = npAt(pos, s.span().end());
            if (np != null)
                return np;
            int comma = nextClauseComma(pos, s.span().end());
            if (comma < 0)
                return null;
            pos = comma + 1;
        }
        return null;
    }

    private int skipQuotesAndSpace(int pos, int end) {
        String text = document.text();
        while (pos < end) {
            Quote q = Quotes.enclosing(quotes, pos);
            if (q != null)
                pos = q.outer().end();
            else if (Character.isWhitespace(text.charAt(pos)) || ",”’\"".indexOf(text.charAt(pos)) >= 0)
                pos++;
            else
                break;
        }
        return pos;
    }

    /** The next comma that ends a clause (not one inside quoted words), or -1. */
    private int nextClauseComma(int from, int end) {
        for (int i = from; i < end; i++)
            if (document.text().charAt(i) == ',' && Quotes.clauseBreak(quotes, i) >= 0)
                return i;
        return -1;
    }

    /** The speaker of the cue, looked for before it, then (after a comma) behind it. */
    private Optional<Speech> speech(Sentence s, Span cue, boolean participle, Np subject) {
        String text = document.text();
        String before = text.substring(s.span().begin(), cue.begin());
        if (PASSIVE.matcher(before).find() && !cue.of(text).startsWith("quoted"))
            return Optional.empty(); // "has not yet been confirmed", but "was quoted as saying"
        if (participle)
            return PARTICIPLE_BEFORE.matcher(before).find() ? inherited(cue, subject, Form.PARTICIPLE) : Optional.empty();
        int end = trimAdverbs(s.span().begin(), cue.begin());
        int start = windowStart(s.span().begin(), end);
        Np appositive = appositiveBefore(s.span().begin(), end);
        if (appositive != null)
            return Optional.of(new Speech(cue, appositive.span(), appositive.agent(), Form.PREVERBAL));
        if (start >= end) {
            Matcher apposition = APPOSITION.matcher(text).region(s.span().begin(), end);
            if (apposition.find()) {
                end = apposition.start();
                start = windowStart(s.span().begin(), end);
            }
        }
        if (start < end) {
            Np np = npIn(start, end);
            if (np == null)
                np = anonymousAcrossAnd(s.span().begin(), start, end);
            return np == null ? Optional.empty() : Optional.of(new Speech(cue, np.span(), np.agent(), Form.PREVERBAL));
        }
        if (COORDINATION.matcher(before).find())
            return inherited(cue, subject, Form.COORDINATED);
        Matcher who = RELATIVE_WHO.matcher(text).region(s.span().begin(), cue.begin());
        if (who.find()) {
            Mention person = personEndingAt(s.span().begin(), trimSpace(s.span().begin(), who.start()));
            if (person != null)
                return Optional.of(new Speech(cue, person.span(), new Agent(person.entityKey(), How.NAMED, null), Form.PREVERBAL));
        }
        return inverted(s, cue);
    }

    private static final Pattern AND_BEFORE = Pattern.compile("\\band\\s+$");

    /**
     * "a spokesperson for the Ministry of Defence and Sport said": an anonymous source whose affiliation has an
     * "and" in its name, which {@link #windowStart} takes for the start of a subject.
     */
    private Np anonymousAcrossAnd(int from, int start, int end) {
        Matcher and = AND_BEFORE.matcher(document.text()).region(from, start);
        if (!and.find())
            return null;
        Np np = npIn(windowStart(from, and.start()), end);
        return np != null && np.agent().how() == How.ANONYMOUS ? np : null;
    }

    /**
     * A person and a title set off by commas right before {@code end} (just after the closing
     * comma): "the country’s deputy defence minister, Lena Hartmann," or "Hartmann, the country’s
     * deputy defence minister,". The phrase spans both parts.
     */
    private Np appositiveBefore(int from, int end) {
        String text = document.text();
        int close = trimSpace(from, end) - 1;
        if (close < from || text.charAt(close) != ',')
            return null;
        int inner = trimSpace(from, close);
        Mention person = personEndingAt(from, inner);
        if (person != null) { // "TITLE, NAME,", "TITLE, General NAME,"
            Matcher rank = RANK_BEFORE_NAME.matcher(text).region(from, person.span().begin());
            int comma = trimSpace(from, rank.find() ? rank.start() : person.span().begin()) - 1;
            if (comma < from || text.charAt(comma) != ',')
                return null;
            int begin = windowStart(from, comma);
            return isTitleDescription(begin, comma) ? new Np(new Span(begin, inner), new Agent(person.entityKey(), How.NAMED, null)) : null;
        }
        int begin = afterComma(from, inner); // "NAME, TITLE,"
        int comma = trimSpace(from, begin) - 1;
        if (comma < from || text.charAt(comma) != ',' || !isTitleDescription(begin, inner))
            return null;
        person = personEndingAt(from, trimSpace(from, comma));
        if (person == null || !TITLE_WORDS.matcher(text).region(windowStart(from, person.span().begin()), person.span().begin()).matches())
            return null;
        return new Np(new Span(person.span().begin(), inner), new Agent(person.entityKey(), How.NAMED, null));
    }

    /** A form of address or military rank between a comma and a name: "…, General Eirik Lund,". */
    private static final Pattern RANK_BEFORE_NAME = Pattern.compile("(?:General|Admiral|Colonel|Lieutenant(?:\\s+General)?|Major(?:\\s+General)?"
            + "|Brigadier(?:\\s+General)?|Air\\s+Marshal|Mr|Mrs|Ms|Dr|Professor)\\.?\\s+$");

    /** Just after the last comma before {@code end} (or {@code from}), white space skipped: a description may hold "since" or "and". */
    private int afterComma(int from, int end) {
        String text = document.text();
        int i = end;
        while (i > from && text.charAt(i - 1) != ',')
            i--;
        while (i < end && Character.isWhitespace(text.charAt(i)))
            i++;
        return i;
    }

    private Mention personEndingAt(int from, int end) {
        for (Mention m : document.mentionsIn(new Span(from, end)))
            if (m.span().end() == end && kindOf(m.entityKey()) == Entity.Kind.PERSON)
                return m;
        return null;
    }

    /** Who presides over a body: "the chairman of the Rada", "the speaker of the Seimas". */
    private static final Pattern PRESIDING = Pattern.compile("\\b(?:chair(?:man|woman|person)?|speaker)\\s+of\\b", CI);

    /** A short noun phrase with a title in it: "Poland’s deputy defence minister", "the government’s spokesman". */
    private boolean isTitleDescription(int begin, int end) {
        if (begin >= end)
            return false;
        String phrase = document.text().substring(begin, end).split("\\s+(?:who|which)\\s+")[0]; // "…, who led the delegation"
        return phrase.split("\\s+").length <= MAX_DESCRIPTION_WORDS && Quotes.enclosing(quotes, begin) == null
                && !SPEECH_VERB.matcher(phrase).find() && (Titles.standard().titlePattern().matcher(phrase).find()
                        || Titles.standard().synonymPattern().matcher(phrase).find() // "the EU's foreign policy chief"
                        || PRESIDING.matcher(phrase).find()); // "the chairman of the Rada"
    }

    /** A participle or second verb whose speaker is the sentence's subject, written before it. */
    private static Optional<Speech> inherited(Span cue, Np subject, Form form) {
        if (subject == null || subject.span().end() > cue.begin())
            return Optional.empty();
        return Optional.of(new Speech(cue, null, subject.agent(), form));
    }

    /** "…, said Rutte." */
    private Optional<Speech> inverted(Sentence s, Span cue) {
        String text = document.text();
        Matcher end = SENTENCE_END.matcher(text).region(cue.end(), s.span().end());
        if (!end.find())
            return Optional.empty();
        int start = cue.end();
        while (start < end.start() && Character.isWhitespace(text.charAt(start)))
            start++;
        if (start >= end.start())
            return Optional.empty();
        Np np = npIn(start, end.start());
        if (np == null)
            np = personBeforeApposition(start, end.start());
        if (np == null)
            np = personAfterDescription(start, end.start());
        return np == null ? Optional.empty() : Optional.of(new Speech(cue, np.span(), np.agent(), Form.INVERTED));
    }

    /** "…, said Jan Novak, a spokesman for the government." / "said NAME, TITLE, on Tuesday": the person, then an aside. */
    private Np personBeforeApposition(int start, int end) {
        String text = document.text();
        for (Mention m : document.mentionsIn(new Span(start, end)))
            if (kindOf(m.entityKey()) == Entity.Kind.PERSON) {
                boolean titled = TITLE_WORDS.matcher(text).region(start, m.span().begin()).matches();
                return titled && COMMA.matcher(text).region(m.span().end(), end).lookingAt()
                        ? new Np(new Span(start, m.span().end()), new Agent(m.entityKey(), How.NAMED, null)) : null;
            }
        return null;
    }

    /** "…, said NATO’s deputy spokesperson, Lena Vossberg.": a title description, a comma, then the name ending the sentence. */
    private Np personAfterDescription(int start, int end) {
        Mention person = personEndingAt(start, trimSpace(start, end));
        if (person == null)
            return null;
        int comma = trimSpace(start, person.span().begin()) - 1;
        return comma > start && document.text().charAt(comma) == ',' && isTitleDescription(start, comma)
                ? new Np(new Span(start, person.span().end()), new Agent(person.entityKey(), How.NAMED, null)) : null;
    }

    /** "According to Rutte, …" or "…, according to the official." */
    private Optional<Speech> accordingTo(Sentence s, Span cue) {
        int comma = nextClauseComma(cue.end(), s.span().end());
        int end = comma >= 0 ? comma : sentenceEndBeforePunctuation(s);
        Np np = npIn(cue.end(), end);
        if (np == null && comma >= 0) // "…, according to Norway's defence minister, Tore Sandvik."
            np = personAfterDescription(cue.end(), sentenceEndBeforePunctuation(s));
        return np == null ? Optional.empty() : Optional.of(new Speech(cue, np.span(), np.agent(), Form.ACCORDING_TO));
    }

    private int sentenceEndBeforePunctuation(Sentence s) {
        Matcher end = SENTENCE_END.matcher(document.text()).region(s.span().begin(), s.span().end());
        return end.find() ? end.start() : s.span().end();
    }

    private int trimAdverbs(int from, int end) {
        Matcher m = TRAILING_ADVERBS.matcher(document.text()).region(from, end);
        return m.find() ? m.start() : trimSpace(from, end);
    }

    private int trimSpace(int from, int end) {
        while (end > from && Character.isWhitespace(document.text().charAt(end - 1)))
            end--;
        return end;
    }

    /** Start of the noun phrase that ends at {@code end}: just after the last boundary before it. */
    private int windowStart(int from, int end) {
        Matcher m = BOUNDARY.matcher(document.text()).region(from, end);
        int start = from;
        while (m.find())
            start = m.end();
        while (start < end && Character.isWhitespace(document.text().charAt(start)))
            start++;
        return start;
    }

    // ---- noun phrases -----------------------------------------------------------------------------

    /** Classifies the whole of [start, end) as an agent's noun phrase, or null. */
    private Np npIn(int start, int end) {
        String text = document.text();
        if (start >= end)
            return null;
        Span span = new Span(start, end);
        Mention person = lastMention(span, Entity.Kind.PERSON);
        if (person != null && person.span().end() == end && TITLE_WORDS.matcher(text).region(start, person.span().begin()).matches())
            return new Np(span, new Agent(person.entityKey(), How.NAMED, null));
        if (PRONOUN.matcher(text).region(start, end).matches())
            return new Np(span, pronoun(text.substring(start, end)));
        return describedAgent(span);
    }

    /** The agent's noun phrase starting exactly at {@code pos} and followed by its verb, or null. */
    private Np npAt(int pos, int limit) {
        String text = document.text();
        for (Mention m : document.mentionsIn(new Span(pos, limit))) {
            if (kindOf(m.entityKey()) != Entity.Kind.PERSON)
                continue;
            if (TITLE_WORDS.matcher(text).region(pos, m.span().begin()).matches() && followedByVerb(m.span().end(), limit, true))
                return new Np(new Span(pos, m.span().end()), new Agent(m.entityKey(), How.NAMED, null));
            // "Latvia’s deputy state secretary for defence policy, NAME, went further"
            int comma = trimSpace(pos, m.span().begin()) - 1;
            if (comma > pos && text.charAt(comma) == ',' && isTitleDescription(pos, comma)
                    && COMMA.matcher(text).region(m.span().end(), limit).lookingAt())
                return new Np(new Span(pos, m.span().end()), new Agent(m.entityKey(), How.NAMED, null));
            break; // a later person is not the subject of this clause
        }
        Matcher p = PRONOUN.matcher(text).region(pos, limit);
        if (p.lookingAt() && followedByVerb(p.end(), limit, false))
            return new Np(new Span(pos, p.end()), pronoun(p.group("p")));
        for (Pattern description : DESCRIPTIONS) {
            Matcher d = description.matcher(text).region(pos, limit);
            if (d.lookingAt() && followedByVerb(d.end(), limit, true))
                return describedAgent(new Span(pos, d.end()));
        }
        List<Mention> from = document.mentionsIn(new Span(pos, limit));
        if (!from.isEmpty() && from.get(0).span().begin() == pos && isActor(from.get(0).entityKey())
                && followedByVerb(from.get(0).span().end(), limit, false))
            return new Np(from.get(0).span(), new Agent(from.get(0).entityKey(), How.NAMED, null));
        return null;
    }

    /** After a subject comes its verb (a lower-case word that is no preposition), or for a description an aside in commas. */
    private boolean followedByVerb(int end, int limit, boolean commaAllowed) {
        String text = document.text();
        if (POSSESSIVE.matcher(text).region(end, limit).lookingAt())
            return false;
        if (commaAllowed && COMMA.matcher(text).region(end, limit).lookingAt())
            return true;
        return FOLLOWED_BY_VERB.matcher(text).region(end, limit).lookingAt();
    }

    /**
     * An anonymous source, a group, a definite title or an organisation/country mention spanning
     * exactly {@code span}. Organisations and countries must be the whole phrase ("NATO",
     * "the Alliance"), so "NATO’s 32 member nations" is a group and "the NATO chief" a title.
     */
    private Np describedAgent(Span span) {
        String text = document.text();
        if (fullMatch(ANONYMOUS_NP, span))
            return new Np(span, new Agent(null, How.ANONYMOUS, Optional.ofNullable(firstAgentMention(span, false))
                    .orElseGet(() -> countryIn(span)))); // "a spokesman for the German government": Germany
        if (fullMatch(GROUP_NP, span))
            return new Np(span, new Agent(firstAgentMention(span, true), How.GROUP, null));
        Matcher t = TITLE_NP.matcher(text).region(span.begin(), span.end());
        if (t.matches()) {
            String organisation = firstAgentMention(span, true);
            return new Np(span, resolveTitle(t.group("title"), organisation, organisation == null ? countryIn(span) : null, span));
        }
        List<Mention> inside = document.mentionsIn(span);
        if (inside.size() == 1 && inside.get(0).span().equals(span) && isActor(inside.get(0).entityKey()))
            return new Np(span, new Agent(inside.get(0).entityKey(), How.NAMED, null));
        return null;
    }

    private boolean fullMatch(Pattern p, Span span) { return p.matcher(document.text()).region(span.begin(), span.end()).matches(); }

    private Mention lastMention(Span span, Entity.Kind kind) {
        Mention last = null;
        for (Mention m : document.mentionsIn(span))
            if (kindOf(m.entityKey()) == kind)
                last = m;
        return last;
    }

    /** The first organisation (or, unless {@code organisationOnly}, country) named in the span; news outlets excluded. */
    private String firstAgentMention(Span span, boolean organisationOnly) {
        for (Mention m : document.mentionsIn(span))
            if (isActor(m.entityKey()) && (!organisationOnly || kindOf(m.entityKey()) == Entity.Kind.ORGANISATION))
                return m.entityKey();
        return null;
    }

    /** they: the focus group; he/she: the focus person, or the latest person before whose known pronoun does not clash. */
    private Agent pronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("they"))
            return new Agent(focusGroup, How.ANAPHOR, null);
        for (int i = recentPeople.size() - 1; i >= 0; i--) {
            String known = pronouns.get(recentPeople.get(i));
            if (known == null || known.equals(w))
                return new Agent(recentPeople.get(i), How.ANAPHOR, null);
        }
        return new Agent(focusPerson, How.ANAPHOR, null);
    }

    // ---- titles -----------------------------------------------------------------------------------

    /** Every "Title Name" and "Name, X’s title" of the document, current holders only ("former" is not). */
    private List<TitleUse> titleUses() {
        String text = document.text();
        List<TitleUse> uses = new ArrayList<>();
        for (Mention m : document.mentions()) {
            if (kindOf(m.entityKey()) != Entity.Kind.PERSON)
                continue;
            int from = Math.max(m.context().begin(), m.span().begin() - 40);
            Matcher before = TITLE_BEFORE_NAME.matcher(text).region(from, m.span().begin());
            if (before.find() && !NOT_CURRENT.matcher(text).region(from, before.start()).find()) {
                String org = organisationBefore(from, before.start());
                uses.add(new TitleUse(m.span().begin(), m.entityKey(), normaliseTitle(before.group("title")),
                        org != null ? org : roleOrganisation(m.entityKey()))); // "Acting Prime Minister NAME" of the country found for the role
            }
            Matcher after = TITLE_AFTER_NAME.matcher(text).region(m.span().end(), m.context().end());
            if (after.lookingAt())
                uses.add(new TitleUse(m.span().begin(), m.entityKey(), normaliseTitle(after.group("title")),
                        firstAgentMention(new Span(m.span().end(), after.end()), false)));
        }
        // The posts the role annotator found, for titles the list above does not know ("State Secretary for Defence").
        for (Facts.Role role : document.roles())
            if (uses.stream().noneMatch(u -> u.personKey().equals(role.personKey())))
                uses.add(new TitleUse(role.evidence().begin(), role.personKey(), normaliseTitle(role.post()), role.organisationKey()));
        return uses;
    }

    /** Where the person's one post is, from the roles found: null for none or several. */
    private String roleOrganisation(String person) {
        List<String> orgs = document.roles().stream().filter(r -> r.personKey().equals(person)).map(Facts.Role::organisationKey).distinct().toList();
        return orgs.size() == 1 ? orgs.get(0) : null;
    }

    /** The organisation or country named just before a title: "NATO Secretary General", "NATO’s new Secretary General". */
    private String organisationBefore(int from, int titleStart) {
        Mention last = null;
        for (Mention m : document.mentionsIn(new Span(from, titleStart)))
            last = m;
        if (last == null || !isActor(last.entityKey()))
            return null;
        return ORGANISATION_TITLE_GAP.matcher(document.text()).region(last.span().end(), titleStart).matches() ? last.entityKey() : null;
    }

    private static String normaliseTitle(String title) {
        return TITLE_SPACING.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The country a description names: "the Ukrainian president", "the president of Ukraine". */
    private String countryIn(Span span) {
        for (Mention m : document.mentionsIn(span))
            if (kindOf(m.entityKey()) == Entity.Kind.COUNTRY)
                return m.entityKey();
        Matcher d = Titles.standard().demonymPattern().matcher(document.text()).region(span.begin(), span.end());
        return d.find() ? Titles.standard().countryOf(d.group()).orElse(null) : null;
    }

    /**
     * A definite title resolves to a person met earlier with the same title (and organisation or
     * country, if the phrase names one), else with the same organisation; the focus person wins
     * ties. A title of a country ("the Ukrainian president") with no such person is the focus
     * person when nothing the document says of that person contradicts it: no other post, no other
     * country. Unresolved titles are treated as anonymous officials of the organisation named.
     */
    private Agent resolveTitle(String title, String orgKey, String countryKey, Span phrase) {
        String wanted = normaliseTitle(title);
        List<String> ranks = new ArrayList<>();
        Matcher rank = RANK_WORD.matcher(document.text()).region(phrase.begin(), phrase.end());
        while (rank.find())
            ranks.add(rank.group().toLowerCase(Locale.ROOT));
        String best = null;
        String byOrg = null;
        for (TitleUse use : titles) {
            if (use.at() >= phrase.begin())
                continue;
            boolean sameOrg = orgKey == null && (countryKey == null || use.orgKey() == null || countryKey.equals(use.orgKey()))
                    || orgKey != null && orgKey.equals(use.orgKey());
            boolean sameTitle = ((" " + use.title() + " ").contains(" " + wanted + " ") || wanted.endsWith(" " + use.title())
                    // "the Dutch leader" after "Dutch Prime Minister Dick Schoof": a leader heads a state or government
                    || wanted.equals("leader") && countryKey != null && HEAD_OF_STATE_OR_GOVERNMENT.matcher(use.title()).matches())
                    && ranks.stream().allMatch(r -> use.title().contains(r));
            if (sameTitle && sameOrg && (best == null || !best.equals(focusPerson)))
                best = use.personKey();
            if (orgKey != null && orgKey.equals(use.orgKey()) && (byOrg == null || !byOrg.equals(focusPerson)))
                byOrg = use.personKey();
        }
        String key = best != null ? best : byOrg;
        if (key == null && countryKey != null && focusPerson != null && fitsPost(focusPerson, wanted, countryKey, phrase.begin())) {
            key = focusPerson;
            describedPosts.add(new DescribedPost(focusPerson, title, countryKey, phrase));
        }
        // An unresolved "the German chancellor" speaks for the country its demonym names, as an anonymous official would.
        return key != null ? new Agent(key, How.ANAPHOR, null) : new Agent(null, How.ANONYMOUS, orgKey != null ? orgKey : countryKey);
    }

    /** No title of the person before {@code at} and no role names another post or another country. */
    private boolean fitsPost(String person, String wanted, String countryKey, int at) {
        if (titles.stream().anyMatch(u -> u.personKey().equals(person) && u.at() < at))
            return false;
        return document.roles().stream().filter(r -> r.personKey().equals(person))
                .allMatch(r -> countryKey.equals(r.organisationKey()) && normaliseTitle(r.post()).endsWith(wanted));
    }

    /** "the Ukrainian president" resolved to a person: the post the description gives that person. */
    record DescribedPost(String personKey, String title, String countryKey, Span phrase) {}

    /** The posts that descriptions resolved to a person gave, in text order. */
    List<DescribedPost> describedPosts() { return List.copyOf(describedPosts); }
}
