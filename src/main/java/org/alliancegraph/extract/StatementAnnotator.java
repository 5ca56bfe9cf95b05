package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.extract.Attribution.Agent;
import org.alliancegraph.extract.Attribution.How;
import org.alliancegraph.extract.Attribution.Speech;
import org.alliancegraph.extract.Quotes.Quote;

/**
 * Finds statements: words attributed to a speaker, quoted ({@code direct}) or reported.
 *
 * <p><b>Direct quotations</b> are the words between quotation marks (“…”, "…", ‘…’), possibly over
 * several sentences of one paragraph, attributed by a speech cue right before them ({@code Rutte
 * said “…”}, {@code Rutte added that “…}, {@code told Zelenskyy: “…”}) or right after them
 * ({@code “…,” he added.}, {@code “…,” said Rutte.}). A quotation that fills whole sentences with no
 * cue continues the statement of the sentence before ({@code Rutte noted … . “…”}). Quotations of
 * one to three words are scare quotes ("victory plan", “irreversible”) and never statements on their
 * own; longer ones embedded in a sentence without a cue next to them are fragments of the sentence
 * and belong to its reported speech, if any. {@code words} excludes the marks and a trailing comma.
 *
 * <p><b>Reported speech</b> is the clause governed by a speech verb ({@link Attribution#SPEECH_VERB}):
 * after the verb and an optional "that" ({@code Rutte noted that …}, {@code told at a press
 * conference on Wednesday, … that …}), before a trailing cue ({@code …, Rutte said.}), after a
 * parenthetical cue ({@code Until …, Rutte assured, Zelensky can …}), after "According to X,".
 * The clause ends at the end of the sentence, before a participial cue that starts another
 * statement of the same speaker ({@code …, adding that …}), before {@code , while …}, {@code , but
 * was …} (the speaker's own next verb), {@code , reports Politico}, or at the first comma when the
 * cue sits in a leading subordinate clause ({@code Although NATO has long said …, it has …}).
 * Trailing sentence punctuation is dropped; at least {@value #MIN_WORDS} words are needed.
 *
 * <p><b>Speakers</b> come from {@link Attribution}: a named person or organisation, a pronoun or
 * definite title resolved to an earlier person, or an anonymous source (speaker null). News outlets
 * ("Reuters reported", "reports Politico") are cited sources, not speakers: they yield no statement.
 *
 * <p><b>Date</b>: a day named in the attribution (the sentence outside the words) that is not
 * after publication; else null when the attribution points elsewhere in time ("At that time",
 * "has long said", "The day before", another date phrase); else the publication date.
 *
 * <p><b>Confidence</b>: {@value #DIRECT_NAMED} a direct quotation of a speaker named in its
 * sentence(s); {@value #REPORTED_NAMED} reported speech of a named speaker; {@value #RESOLVED} a
 * speaker found through a pronoun, a title or a group of an organisation ("NATO’s 32 member
 * nations"); {@value #CONTINUED} a quotation continuing an earlier sentence's statement;
 * {@value #ANONYMOUS} an anonymous source; {@value #UNRESOLVED} a pronoun with no person before it.
 */
public final class StatementAnnotator implements Annotator {
    public static final double DIRECT_NAMED = 0.9;
    public static final double REPORTED_NAMED = 0.85;
    public static final double RESOLVED = 0.75;
    public static final double CONTINUED = 0.7;
    /** A quotation without a cue after a sentence about one person ("She was blunt about it. “…”"). */
    public static final double SUBJECT_BEFORE = 0.6;
    public static final double ANONYMOUS = 0.6;
    public static final double UNRESOLVED = 0.5;
    /** Fewer words are a scare quote or a fragment, not a statement. */
    public static final int MIN_WORDS = 4;

    /** Zones whose sentences state facts; headlines and headings only echo the body. */
    static final Set<Zone.Kind> FACT_ZONES = EnumSet.of(Zone.Kind.BODY, Zone.Kind.CAPTION);

    /**
     * Between a cue and the quotation it introduces: an addressee, a short adjunct, "that", a colon
     * ("told Zelenskyy: “…”", "said on Tuesday that “…”"). Not a clause: in "said the plan was
     * “legally sound and fair”" the quotation is a fragment of reported speech.
     */
    private static final Pattern GAP_BEFORE_QUOTE = Pattern.compile("\\s*(?:" + Attribution.ADDRESSEE + "\\s*)?"
            + "(?:(?:on|in|at|during|after|before|to|from|with|via|in\\s+a|in\\s+an)\\b[^,;.“”\"‘’]{0,40}?)?,?\\s*"
            + "(?:\\b(?:that|this|it)\\s*)?[:,]?\\s*");
    /** What may stand before a quotation that a trailing cue attributes: nothing, or a lead-in ending in a colon. */
    private static final Pattern QUOTE_OPENS = Pattern.compile("\\s*(?:[^“”\"]*:\\s*)?");
    private static final Pattern GAP_AFTER_QUOTE = Pattern.compile("[\\s,.]*");
    /** An object and/or an adjunct before "that": "told reporters that", "told at a press conference on …, that". */
    private static final Pattern THAT_COMPLEMENT = Pattern.compile("(?:\\s+" + Attribution.ADDRESSEE + ")?"
            + "(?:\\s+(?:afterwards|later|earlier|again|also|repeatedly|publicly|privately|separately|today|yesterday|only))?"
            + "(?:\\s+(?:at|on|in|during|after|before|to|from|with|via|over)\\b[^.;:“”\"]{0,80}?)?,?\\s+that\\b");
    /** A day right after the verb, before a clause without "that": "said on Monday Estonia would …". */
    private static final Pattern DAY_ADJUNCT = Pattern.compile("\\s+(?:on\\s+(?:" + Dates.WEEKDAY + ")|(?:last|this)\\s+(?:week|month|weekend)|yesterday|today)(?=\\s+\\p{Lu})");
    /** An addressee (group 1 ends it), then words that read as a clause: "told reporters the talks were over". */
    private static final Pattern ADDRESSEE_THEN_CLAUSE = Pattern.compile("(\\s+" + Attribution.ADDRESSEE + ")(?=" + "\\s+(?:the|a|an|it|he|she|they|we"
            + "|\\p{Lu}[\\p{L}’'.-]*)\\s+(?:[\\p{L}\\p{N}’'.-]+\\s+){0,4}?(?:is|are|was|were|will|would|could|should|can|cannot|must|has|have"
            + "|had|may|might)\\b)");
    /** Verbs with an addressee, whose content needs "that" or a quotation: "told Zelenskyy." alone reports nothing. */
    private static final Pattern ADDRESSEE_VERB = Pattern.compile("told|tells|reminded|assured|assuring");
    /**
     * Verbs that also take a plain object: "announced a new package", "pledged €40 billion",
     * "stressed the importance of air defence" name an act or a topic, not a claim. Their content
     * is a "that" clause or words that read as a clause ({@link #CLAUSE_LIKE}).
     */
    private static final Pattern OBJECT_VERB = Pattern.compile("announced|promised|pledged|vowed"
            + "|reiterated|reaffirmed|mentioned|recalled|maintained|predicted|repeated|admitted|conceded|cautioned"
            + "|wrote|writes|stressed|emphasi[sz]ed|underlined|underscored|confirmed|acknowledged|welcomed|declared|warned|argued|insisted"
            + "|noted|explained|claimed"
            + "|reiterating|reaffirming|stressing|emphasi[sz]ing|underlining|confirming|acknowledging|declaring|warning|arguing"
            + "|insisting|noting|explaining|claiming");
    /** A subject, then within a few words a finite verb or auxiliary: "Ukraine was ready", "the allies would wait". */
    private static final Pattern CLAUSE_LIKE = Pattern.compile("\\s+(?:[\\p{L}\\p{N}’'.,-]+\\s+){0,6}?(?:is|are|was|were|will|would|could"
            + "|should|can|cannot|must|has|have|had|did|does|do|may|might|remains|remained|needs|needed|wants|wanted)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",[”\"’]?\\s+(?:" + Attribution.PARTICIPLES + ")\\b"
            + "|,\\s+(?:while|whereas)\\b"
            + "|,\\s+but\\s+(?:was|were|is|are|has|had|did|does|made|refrained|declined|stopped|would|could)\\b"
            + "|,\\s+but\\s+(?:he|she|they)\\s+(?:declined|refused|refrained|stopped|avoided|did\\s+not|gave|made|added|noted|stressed"
            + "|cautioned|warned|said)\\b"
            + "|,\\s+(?:reports?|according\\s+to|citing|writes|wrote)\\b|;");
    private static final Pattern PARTICIPLE_NEXT = Pattern.compile("\\s*(?:" + Attribution.PARTICIPLES + ")\\b");
    private static final Pattern SUBORDINATE_START = Pattern.compile("(?:Although|Though|Even\\s+though|While|Whereas|As|If|When"
            + "|Because|Since)\\b");
    /** What may follow a trailing cue: "…, Rutte said." or "…, Rutte said in Brussels." */
    private static final Pattern TRAILING_REST = Pattern.compile("(?:\\s+(?:on|in|at|during|after|before|to|from|with|via|by)\\b"
            + "[^,;“”\"]{0,40}?)?[\\s.!?]*");
    /**
     * After a trailing cue, words that are no reported clause: an addressee ("told reporters", "told
     * a press conference") and adjuncts that open with a preposition or a time word ("on Tuesday
     * after meeting …", "in an address to …", "when asked whether …").
     */
    private static final Pattern ADJUNCT_TAIL = Pattern.compile("(?:\\s+" + Attribution.ADDRESSEE + ")?(?:,?\\s+(?:of|on|in|at|during|after|by"
            + "|before|to|from|with|via|when|while|as|following|ahead|afterwards|later|earlier|today|yesterday|last|this|late)\\b"
            + "[^“”\"]*)?[\\s.!?]*");
    /** "…, Hartung told the meeting on Monday, adding that …": an addressee or adjunct, then a participle of the same speaker. */
    private static final Pattern TAIL_THEN_PARTICIPLE = Pattern.compile("(?:\\s+" + Attribution.ADDRESSEE + ")?(?:\\s+(?:of|on|in|at"
            + "|during|after|before|to|from|with|via)\\b[^,“”\"]*)?,\\s+(?:" + Attribution.PARTICIPLES + ")\\b");
    /** What may open a sentence before a comma without being a clause of its own: "Asked about …,", "In Warsaw,". */
    private static final Pattern NOT_A_CLAUSE = Pattern.compile("(?:Asked|Speaking|Responding|Pressed|Questioned|Commenting|Referring"
            + "|In|At|On|During|After|Before|From|For|With|Without|Despite|Under|Over|Unlike|Like|Following|Ahead|Earlier|Later"
            + "|Although|Though|While|Whereas|If|When|Because|Since|As)\\b");
    private static final Pattern COMMA_NEXT = Pattern.compile("\\s*,");
    private static final Pattern TEMPORAL_ANAPHOR = Pattern.compile("\\b(?:at\\s+that\\s+time|then|earlier|previously|before|long"
            + "|in\\s+the\\s+past|ago|once|had|would|will)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_THAT = Pattern.compile("that\\s+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?";

    /** A statement before dating, with the cue that attributes it (null for a continued quotation). */
    private record Found(Facts.Statement statement, Span cue) {
        Span words() { return statement.words(); }
    }

    @Override
    public void annotate(Document document) {
        List<Quote> quotes = Quotes.find(document);
        Attribution attribution = Attribution.of(document, quotes);
        Set<Span> usedCues = new HashSet<>();
        List<Found> found = new ArrayList<>();
        List<Quote> unattributed = new ArrayList<>();
        for (Quote quote : quotes) {
            if (!inFactZone(document, quote) || quote.words(document.text()) < MIN_WORDS)
                continue;
            Optional<Speech> cue = quoteCue(document, attribution, quote);
            if (cue.isPresent()) {
                usedCues.add(cue.get().cue());
                direct(document, quote, cue.get()).ifPresent(found::add);
            } else if (fillsSentences(document, quote)) {
                unattributed.add(quote);
            }
        }
        for (Sentence sentence : document.sentences()) {
            if (!FACT_ZONES.contains(sentence.zone()))
                continue;
            for (Speech speech : attribution.speeches(sentence))
                if (!usedCues.contains(speech.cue()))
                    reported(document, quotes, sentence, speech, attribution.speeches(sentence), found)
                            .ifPresent(f -> addOrJoin(found, f, speech));
        }
        for (Quote quote : unattributed)
            continuation(document, attribution, quote, found).ifPresent(found::add);
        found.sort(Comparator.comparing(Found::words));
        for (Found f : found)
            document.statements().add(dated(document, f, found));
        RoleAnnotator.addDescribedRoles(document, attribution.describedPosts());
    }

    private static boolean inFactZone(Document document, Quote quote) {
        return document.sentenceAt(quote.outer().begin()).map(s -> FACT_ZONES.contains(s.zone())).orElse(false);
    }

    // ---- direct quotations ------------------------------------------------------------------------

    /** The cue right before the quotation in its first sentence, else right after it in its last. */
    private static Optional<Speech> quoteCue(Document document, Attribution attribution, Quote quote) {
        String text = document.text();
        Sentence first = document.sentenceAt(quote.outer().begin()).orElseThrow();
        Sentence last = document.sentenceAt(quote.outer().end() - 1).orElse(first);
        Speech before = null;
        for (Speech sp : attribution.speeches(first))
            if (attributionEnd(sp) <= quote.outer().begin()
                    && GAP_BEFORE_QUOTE.matcher(text).region(attributionEnd(sp), quote.outer().begin()).matches())
                before = sp; // the nearest wins
        if (before != null)
            return Optional.of(before);
        // "“…,” Rutte said." but not "Aid will flow “for as long as it takes”, Rutte said.": there the quotation is a fragment.
        if (!QUOTE_OPENS.matcher(text).region(first.span().begin(), quote.outer().begin()).matches())
            return Optional.empty();
        for (Speech sp : attribution.speeches(last))
            if (attributionBegin(sp) >= quote.outer().end()
                    && GAP_AFTER_QUOTE.matcher(text).region(quote.outer().end(), attributionBegin(sp)).matches())
                return Optional.of(sp);
        return Optional.empty();
    }

    private static int attributionBegin(Speech sp) {
        return sp.subject() == null ? sp.cue().begin() : Math.min(sp.cue().begin(), sp.subject().begin());
    }

    private static int attributionEnd(Speech sp) {
        return sp.subject() == null ? sp.cue().end() : Math.max(sp.cue().end(), sp.subject().end());
    }

    private static Optional<Found> direct(Document document, Quote quote, Speech cue) {
        if (!speaks(document, cue.speaker()))
            return Optional.empty();
        Span words = trim(document.text(), quote.inner().begin(), quote.inner().end());
        return Optional.of(new Found(new Facts.Statement(cue.speaker().key(), words, true, null, null,
                evidence(document, quote), confidence(cue.speaker(), true)), cue.cue()));
    }

    /** From the first sentence of the quotation to the last (which holds a trailing cue). */
    private static Span evidence(Document document, Quote quote) {
        Sentence first = document.sentenceAt(quote.outer().begin()).orElseThrow();
        Sentence last = document.sentenceAt(quote.outer().end() - 1).orElse(first);
        return new Span(first.span().begin(), Math.max(first.span().end(), last.span().end()));
    }

    /** The quotation is its sentences: it opens the first and nothing but punctuation follows it in the last. */
    private static boolean fillsSentences(Document document, Quote quote) {
        Span evidence = evidence(document, quote);
        String after = document.text().substring(quote.outer().end(), evidence.end());
        return quote.outer().begin() == evidence.begin() && after.chars().allMatch(c -> TRAILING_PUNCTUATION.indexOf(c) >= 0
                || Character.isWhitespace(c));
    }

    /**
     * An unattributed quotation continues the statement of the sentence right before it, or is the
     * words of the person that sentence is about ("She was blunt about it. “…”").
     */
    private static Optional<Found> continuation(Document document, Attribution attribution, Quote quote, List<Found> found) {
        Sentence first = document.sentenceAt(quote.outer().begin()).orElseThrow();
        Span words = trim(document.text(), quote.inner().begin(), quote.inner().end());
        Facts.Statement previous = null;
        for (Found f : found) {
            Optional<Sentence> ends = document.sentenceAt(f.statement().evidence().end() - 1);
            if (ends.isPresent() && ends.get().index() == first.index() - 1)
                previous = f.statement();
        }
        if (previous != null)
            return Optional.of(new Found(new Facts.Statement(previous.speakerKey(), words, true, null, null,
                    evidence(document, quote), Math.min(previous.confidence(), CONTINUED)), null));
        if (first.index() == 0)
            return Optional.empty();
        Sentence before = document.sentences().get(first.index() - 1);
        Optional<Agent> subject = FACT_ZONES.contains(before.zone()) ? attribution.subject(before) : Optional.empty();
        if (subject.isEmpty() || subject.get().key() == null || !speaks(document, subject.get()))
            return Optional.empty();
        return Optional.of(new Found(new Facts.Statement(subject.get().key(), words, true, null, null,
                evidence(document, quote), SUBJECT_BEFORE), null));
    }

    /**
     * One statement per sentence and speaker (GUIDELINES §8): "…, arguing that …" after the same
     * speaker's reported clause extends that clause's words to its own end.
     */
    private static void addOrJoin(List<Found> found, Found f, Speech speech) {
        if (speech.form() == Attribution.Form.PARTICIPLE)
            for (int i = found.size() - 1; i >= 0; i--) {
                Found g = found.get(i);
                Facts.Statement st = g.statement();
                if (!st.direct() && st.evidence().equals(f.statement().evidence()) && st.speakerKey() != null
                        && st.speakerKey().equals(f.statement().speakerKey()) && st.words().end() <= f.words().begin()) {
                    found.set(i, new Found(new Facts.Statement(st.speakerKey(), new Span(st.words().begin(), f.words().end()), false,
                            null, null, st.evidence(), st.confidence()), g.cue()));
                    return;
                }
            }
        found.add(f);
    }

    // ---- reported speech --------------------------------------------------------------------------

    private static Optional<Found> reported(Document document, List<Quote> quotes, Sentence sentence, Speech speech,
                                            List<Speech> others, List<Found> found) {
        if (!speaks(document, speech.speaker()))
            return Optional.empty();
        Span words = new Clauses(document, quotes, sentence, others).words(speech);
        if (words == null || Quotes.wordCount(document.text(), words) < MIN_WORDS)
            return Optional.empty();
        if (found.stream().anyMatch(f -> f.words().overlaps(words)))
            return Optional.empty(); // nested in another statement's words, or the frame of a quotation
        return Optional.of(new Found(new Facts.Statement(speech.speaker().key(), words, false, null, null,
                sentence.span(), confidence(speech.speaker(), false)), speech.cue()));
    }

    /** "…, X said by phone, and …": where the second of two reported clauses of one sentence begins. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+and\\s+|;\\s*");

    /** Finds the words a cue reports within one sentence ({@code speeches}: all cues of the sentence). */
    private record Clauses(Document document, List<Quote> quotes, Sentence sentence, List<Speech> speeches) {
        Span words(Speech speech) {
            return switch (speech.form()) {
                case INVERTED -> leading(speech);
                case ACCORDING_TO -> speech.cue().begin() == sentence.span().begin()
                        ? clause(afterTitleAside(afterComma(speech.subject().end())), speech) : leading(speech);
                case PARTICIPLE, COORDINATED -> clause(complementStart(speech.cue()), speech);
                case PREVERBAL -> preverbal(speech);
            };
        }

        /**
         * "Rutte said that …", or with the cue after a comma: "…, Rutte said." / "…, Rutte said on
         * Tuesday after meeting …" / "…, Rutte told reporters." / "…, Rutte assured, …".
         */
        private Span preverbal(Speech speech) {
            String text = document.text();
            int comma = commaBefore(speech.subject().begin());
            if (comma < 0)
                return clause(complementStart(speech.cue()), speech);
            if (TRAILING_REST.matcher(text).region(speech.cue().end(), sentence.span().end()).matches()
                    || TAIL_THEN_PARTICIPLE.matcher(text).region(speech.cue().end(), sentence.span().end()).lookingAt())
                return leading(speech);
            if (!THAT_COMPLEMENT.matcher(text).region(speech.cue().end(), sentence.span().end()).lookingAt()
                    && ADJUNCT_TAIL.matcher(text).region(speech.cue().end(), sentence.span().end()).matches()
                    && !NOT_A_CLAUSE.matcher(text).region(sentence.span().begin(), comma).lookingAt())
                return leading(speech); // the words after the cue say where, when or to whom, not what
            Matcher next = COMMA_NEXT.matcher(text).region(speech.cue().end(), sentence.span().end());
            if (!next.lookingAt())
                return clause(complementStart(speech.cue()), speech);
            if (PARTICIPLE_NEXT.matcher(text).region(next.end(), sentence.span().end()).lookingAt())
                return leading(speech); // "This is …, the secretary general stressed, adding that …"
            // "Until …, Rutte assured, Zelensky can count …", "The package, he said, would …": the words around the cue
            Span after = clause(next.end(), speech);
            return after == null ? null : trim(text, sentence.span().begin(), after.end());
        }

        /**
         * The words before the comma that precedes the cue and its speaker; after an earlier cue of the sentence, only
         * those after the ", and" that ends its frame ("A will pay €5m, X said by phone, and B has set aside €2m,
         * according to Y": B's words are Y's).
         */
        private Span leading(Speech speech) {
            int comma = commaBefore(attributionBegin(speech));
            if (comma < 0)
                return null;
            int begin = sentence.span().begin();
            for (Speech earlier : speeches)
                if (earlier != speech && earlier.cue().end() < comma && attributionBegin(earlier) > begin) {
                    Matcher next = NEXT_CLAUSE.matcher(document.text()).region(earlier.cue().end(), comma);
                    if (next.find())
                        begin = next.end();
                }
            return trim(document.text(), begin, comma);
        }

        /** The comma (outside quotations) directly before {@code index}, with only space between; -1 if none. */
        private int commaBefore(int index) {
            String text = document.text();
            int i = index;
            while (i > sentence.span().begin() && Character.isWhitespace(text.charAt(i - 1)))
                i--;
            return i > sentence.span().begin() && text.charAt(i - 1) == ',' && Quotes.enclosing(quotes, i - 1) == null ? i - 1 : -1;
        }

        /** "According to Claire Dufresne, Canada's deputy minister of defence, Ottawa has …": past the speaker's title. */
        private int afterTitleAside(int index) {
            if (index < 0)
                return index;
            int comma = afterComma(index);
            if (comma < 0)
                return index;
            String aside = document.text().substring(index, comma - 1).strip();
            boolean title = aside.split("\\s+").length <= 10 && Character.isLowerCase(aside.charAt(0)) || aside.matches("\\S+['’]s\\s.*");
            return title && Titles.standard().titlePattern().matcher(aside).find() ? comma : index;
        }

        private int afterComma(int index) {
            int comma = document.text().indexOf(',', index);
            return comma >= 0 && comma < sentence.span().end() ? comma + 1 : -1;
        }

        /** Where the reported clause starts: after "that" (with an object or adjunct before it), else right after the verb. */
        private int complementStart(Span cue) {
            String text = document.text();
            Matcher that = THAT_COMPLEMENT.matcher(text).region(cue.end(), sentence.span().end());
            if (that.lookingAt())
                return that.end();
            if (ADDRESSEE_VERB.matcher(cue.of(text)).matches()) {
                // "told reporters the brigade would be ready": an addressee, then a clause without "that"
                Matcher addressee = ADDRESSEE_THEN_CLAUSE.matcher(text).region(cue.end(), sentence.span().end());
                return addressee.lookingAt() ? addressee.end(1) : -1;
            }
            if (OBJECT_VERB.matcher(cue.of(text)).matches()
                    && !CLAUSE_LIKE.matcher(text).region(cue.end(), sentence.span().end()).lookingAt())
                return -1;
            Matcher day = DAY_ADJUNCT.matcher(text).region(cue.end(), sentence.span().end());
            return day.lookingAt() ? day.end() : cue.end(); // "said on Monday Estonia would …": the claim starts after the day
        }

        /** The clause from {@code start} to the first clause break, or to the sentence's end. */
        private Span clause(int start, Speech speech) {
            if (start < 0)
                return null;
            String text = document.text();
            int end = sentence.span().end();
            Matcher b = CLAUSE_BREAK.matcher(text).region(start, end);
            while (b.find()) {
                int cut = Quotes.clauseBreak(quotes, b.start());
                if (cut >= 0) {
                    end = cut;
                    break;
                }
            }
            if (SUBORDINATE_START.matcher(text).region(sentence.span().begin(), end).lookingAt()) {
                int comma = firstBreakingComma(sentence.span().begin(), end);
                if (comma > speech.cue().end())
                    end = comma;
            }
            return trim(text, start, end);
        }

        private int firstBreakingComma(int from, int to) {
            String text = document.text();
            for (int i = from; i < to; i++)
                if (text.charAt(i) == ',' && Quotes.clauseBreak(quotes, i) >= 0)
                    return Quotes.clauseBreak(quotes, i);
            return -1;
        }
    }

    // ---- shared helpers ---------------------------------------------------------------------------

    /** The span without surrounding space, a leading "that" and trailing punctuation; null when empty. */
    private static Span trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin)))
            begin++;
        Matcher that = LEADING_THAT.matcher(text).region(begin, end);
        if (that.lookingAt())
            begin = that.end();
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0))
            end--;
        return end > begin ? new Span(begin, end) : null;
    }

    /**
     * Only people make statements (GUIDELINES §8): outlets are cited sources, and what a government
     * or an organisation "said" without a person ("Estonia said", "NATO has long said") feeds
     * positions and pledges only. Anonymous sources and unresolved pronouns (no key) are people.
     */
    private static boolean speaks(Document document, Agent agent) {
        return agent.key() == null || document.entity(agent.key()).map(e -> e.kind() == Entity.Kind.PERSON).orElse(false);
    }

    private static double confidence(Agent speaker, boolean direct) {
        if (speaker.key() == null)
            return speaker.how() == How.ANAPHOR ? UNRESOLVED : ANONYMOUS;
        return speaker.how() == How.NAMED ? (direct ? DIRECT_NAMED : REPORTED_NAMED) : RESOLVED;
    }

    /** The statement with its date (see the class comment). */
    private static Facts.Statement dated(Document document, Found f, List<Found> all) {
        Facts.Statement st = f.statement();
        String event = st.eventKey() != null ? st.eventKey() : placedAt(document, st);
        return new Facts.Statement(st.speakerKey(), st.words(), st.direct(), date(document, f, all), event,
                st.evidence(), st.confidence());
    }

    /** "…, she said at a briefing with journalists on Monday", "…, the president told the summit": the event of the frame. */
    private static String placedAt(Document document, Facts.Statement st) {
        for (Sentence sentence : document.sentences())
            if (st.evidence().contains(sentence.span()) && !st.words().contains(sentence.span())) {
                String event = document.eventPlacedIn(sentence, st.words());
                if (event != null)
                    return event;
            }
        return null;
    }

    /**
     * A day named in the attribution (the cue's side of the words, without the words of other
     * statements) and not after publication; else null when the attribution points elsewhere in
     * time; else the publication date.
     */
    private static LocalDate date(Document document, Found f, List<Found> all) {
        Span evidence = f.statement().evidence();
        Span words = f.words();
        Span side = f.cue() == null ? evidence
                : f.cue().end() <= words.begin() ? new Span(evidence.begin(), words.begin()) : new Span(words.end(), evidence.end());
        List<Span> quoted = all.stream().map(Found::words).filter(w -> w.overlaps(evidence)).toList();
        LocalDate published = document.metadata().published();
        List<TimeExpression> times = document.timesIn(side).stream()
                .filter(t -> quoted.stream().noneMatch(t.span()::overlaps)).toList();
        for (TimeExpression t : times)
            if (t.isDay() && (published == null || !t.start().isAfter(published)))
                return t.start();
        if (!times.isEmpty() || TEMPORAL_ANAPHOR.matcher(blanked(document.text(), side, quoted)).find())
            return null;
        return published;
    }

    /** The text of {@code side} with the words of statements blanked out. */
    private static String blanked(String text, Span side, List<Span> quoted) {
        char[] chars = side.of(text).toCharArray();
        for (Span q : quoted)
            for (int i = Math.max(q.begin(), side.begin()); i < Math.min(q.end(), side.end()); i++)
                chars[i - side.begin()] = ' ';
        return new String(chars);
    }
}
