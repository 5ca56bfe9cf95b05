package org.alliancegraph.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.rdf.UriScheme;

/**
 * People (and organisations) missing from the reference list, found from cues in the content
 * sentences:
 * <ul>
 * <li>a title before a capitalised name: "Deputy Foreign Minister Lena Hartmann", "Chancellor Olaf
 * Scholz", "spokesperson Farah Dakhlallah";</li>
 * <li>a full name before a verb of saying: "Lena Hartmann said", or after it behind a quotation:
 * "“…,” said Lena Hartmann";</li>
 * <li>the surname alone elsewhere in the document ("Hartmann added") resolves to that person, as
 * does a title before the surname alone ("Chancellor Scholz");</li>
 * <li>a capitalised phrase ending in an organisation word ("European Commission") is an
 * organisation, unless it is generic ("Foreign Ministry": every country has one).</li>
 * </ul>
 * A name never includes a title, a demonym, a month or weekday, a sentence opener ("However"), or
 * a name of the reference list: those are the usual false people. Names already resolved by
 * {@link MentionAnnotator} are left alone.
 */
public final class CueEntityAnnotator implements Annotator {
    /** A full name after a title: the title makes a person likely. */
    public static final double TITLE_CONFIDENCE = 0.7;
    /** A full name before a verb of saying: a person or, rarely, a misread organisation. */
    public static final double SPEECH_CONFIDENCE = 0.65;
    /** A surname alone, resolved to a full name of the same document or standing alone after a title. */
    public static final double SURNAME_CONFIDENCE = 0.6;
    public static final double ORGANISATION_CONFIDENCE = 0.6;

    /**
     * "Hartmann", "O’Brien", "Jean-Pierre": a capital, then letters with at least one lower-case one.
     * Written so that a word matches in one way only (the first lower-case letter is pinned, the rest
     * is possessive): the name patterns chain up to five words, and an ambiguous word made them
     * backtrack through every split of every word on long runs of capitalised words.
     */
    private static final String WORD_BODY = "\\p{Lu}[\\p{L}&&[^\\p{Ll}]]*+\\p{Ll}\\p{L}*+";
    /** "Ji-won", "Jae-in": a short lower-case syllable after a hyphen, as in Korean given names; not "-based", "-led". */
    private static final String SYLLABLE = "-(?!(?:based|led|run|made|born|held|owned|style|era|day|wide|area)\\b)\\p{Ll}{2,4}+(?![\\p{L}-])";
    private static final String TOKEN = WORD_BODY + "(?:-" + WORD_BODY + "|['’]\\p{Lu}\\p{L}++|" + SYLLABLE + ")*+";
    /** Lower-case particles inside names ("Ursula von der Leyen"). */
    private static final String PARTICLE = "(?:von|van|der|den|de|da|di|du|del|la|le|ter|bin|al)";
    private static final String INITIAL = "\\p{Lu}\\.";
    /** Up to five name words; initials and particles only between two words. */
    private static final String NAME = TOKEN + "(?:\\s+(?:" + PARTICLE + "\\s+)*(?:" + INITIAL + "\\s+)?" + TOKEN + "){0,4}";
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+(" + NAME + ")");
    /** "its defence minister, Kalle Tamm, said": a full name set off by commas after a title. */
    private static final Pattern NAME_AFTER_COMMA = Pattern.compile(",\\s+(" + NAME + ")(?=\\s*[,.;)]|\\s*$)");
    private static final Pattern WORD = Pattern.compile(TOKEN + "|" + INITIAL + "|" + PARTICLE);
    /** "the President of Finland, Alexander Stubb": the title's country or organisation, then the name. */
    private static final Pattern OF_BEFORE_ACTOR = Pattern.compile("\\s+of\\s+(?<the>the\\s+)?");
    /**
     * "Anna Berg, who chairs the committee, said": "who" refers to a person (an organisation takes "which"). Only a name
     * that opens its clause: after a title ("… for Policy Gregory Whitlam, who") the title cues decide where it starts.
     */
    private static final Pattern NAME_BEFORE_WHO = Pattern.compile("(?<![\\p{L}’'.-]\\s{1,3})(" + NAME + "),\\s+who\\b");
    /** Wire-service credits: "(Reporting by Anna Berg; editing by Jan Novak)", "additional reporting by Tom Hale in Kyiv". */
    private static final Pattern CREDIT = Pattern.compile("(?i:reporting|writing|editing|edited|compiled)\\s+by\\s+(" + NAME + ")");

    private final ReferenceCatalog catalog;
    private final Titles titles = Titles.standard();
    private final GenericNames genericNames = new GenericNames(titles);
    private final Set<String> stopwords = new HashSet<>(Lexicon.words("name-stopwords.txt"));
    private final Set<String> organisationHeads = Lexicon.words("organisation-heads.txt");
    private final Set<String> speechVerbs = Lexicon.words("speech-verbs.txt");
    private final Pattern nameBeforeSpeech;
    private final Pattern nameAfterSpeech;
    private final Pattern organisationName;
    /**
     * "Henrik Aalto, the European Commission's deputy director-general", "Ana Lopes, a former
     * Portuguese deputy minister", "Lloyd Austin, the U.S. defense secretary": a name, then its title in apposition.
     */
    private final Pattern nameBeforeApposition;

    public CueEntityAnnotator(ReferenceCatalog catalog) {
        this.catalog = catalog;
        for (Month m : Month.values())
            stopwords.add(capitalised(m.name()));
        for (DayOfWeek d : DayOfWeek.values())
            stopwords.add(capitalised(d.name()));
        String verbs = String.join("|", speechVerbs);
        // "Jan Novak said", or set off by commas: "the government's spokesman, Jan Novak, said"
        // … or before an apposition that describes a person: "Jan Novak, the chairman of …, told"
        this.nameBeforeSpeech = Pattern.compile("(?:(" + NAME + ")|,\\s+(" + NAME + "),|(" + NAME + "),\\s+(?=(?:the|a|an)\\s)([^,;.“”\"]{4,80}),)"
                + "\\s+(?:" + verbs + ")\\b");
        this.nameAfterSpeech = Pattern.compile("[,”\"]\\s*(?:" + verbs + ")\\s+(" + NAME + ")(?=\\s*[,.;]|\\s*$)");
        this.nameBeforeApposition = Pattern.compile("(" + NAME + "),\\s+(?:(?:the|its|their|a|an|one)\\s+)?"
                + "(?:(?:\\p{Lu}[\\p{L}.]*+\\s+){0,3}\\p{Lu}[\\p{L}.]*+(?:['’]s|(?<=s)['’])\\s+|(?<acronym>\\p{Lu}[\\p{Lu}.]++)\\s+)?"
                + "(?:(?i:" + Titles.TENURE + ")\\s*)*(?:(?:" + titles.demonymPattern().pattern() + ")\\s+)?");
        String heads = String.join("|", organisationHeads);
        // "… of National Defence", "… on Foreign Affairs and International Development"; not "… on Monday"
        String notADate = "(?!(?:" + String.join("|", calendarWords()) + ")\\b)";
        String complement = "\\s+(?:of|on|for)\\s+(?:the\\s+)?" + notADate + TOKEN + "(?:\\s+(?:and\\s+)?" + TOKEN + "){0,4}";
        this.organisationName = Pattern.compile("(?:" + TOKEN + "\\s+){1,4}(?:" + heads + ")\\b(?:" + complement + ")?|(?:" + heads + ")"
                + "\\s+of\\s+(?:the\\s+)?" + TOKEN + "(?:\\s+" + TOKEN + "){0,3}");
    }

    private static String capitalised(String s) { return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT); }

    /** "Monday" … "Sunday", "January" … "December". */
    private static List<String> calendarWords() {
        List<String> words = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values())
            words.add(capitalised(d.name()));
        for (Month m : Month.values())
            words.add(capitalised(m.name()));
        return words;
    }

    /** A name candidate and how it was found. */
    private record Candidate(Span span, String name, double confidence) {}

    @Override
    public void annotate(Document document) {
        List<Candidate> full = new ArrayList<>();
        List<Candidate> single = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            for (Candidate c : afterTitles(document, sentence))
                (c.name().contains(" ") ? full : single).add(c);
            full.addAll(credits(document, sentence));
            // The speech patterns need a verb of saying: most sentences have none, and looking costs little.
            if (WordRuns.anyWordIn(document.text(), sentence.span(), speechVerbs))
                full.addAll(aroundSpeechVerbs(document, sentence));
        }
        Map<String, String> bySurname = addPeople(document, full);
        for (Candidate c : single)
            addPerson(document, c, bySurname.getOrDefault(c.name(), personKey(c.name())));
        addFullNameMentions(document, full);
        addSurnameMentions(document, bySurname);
        for (Sentence sentence : document.sentences())
            if (WordRuns.anyWordEndingIn(document.text(), sentence.span(), organisationHeads)
                    && !NameChunkAnnotator.inHeadlineCase(document.text(), sentence))
                addOrganisations(document, sentence);
    }

    // ---- cues ----------------------------------------------------------------------------

    /**
     * "Chancellor Olaf Scholz": the longest run of name words right after a title; after an informal
     * word ("the EU's foreign policy chief, Kaja Kallas,") a full name only.
     */
    private List<Candidate> afterTitles(Document document, Sentence sentence) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(afterTitleWords(document, sentence, titles.titlePattern(), false));
        out.addAll(afterTitleWords(document, sentence, titles.synonymPattern(), true));
        String text = document.text();
        Matcher apposition = nameBeforeApposition.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (apposition.find()) {
            Matcher t = titles.titlePattern().matcher(text).region(apposition.end(), sentence.span().end());
            if (!t.lookingAt() && apposition.group("acronym") != null) // "NAME, the MP who …": the capitals were the title
                t = titles.titlePattern().matcher(text).region(apposition.start("acronym"), sentence.span().end());
            if (!t.lookingAt() || titles.post(t) == null || !titles.post(t).isPost())
                continue;
            Span span = trim(document, new Span(apposition.start(1), apposition.end(1)), true);
            if (span != null && span.of(text).contains(" ") && isNew(document, span))
                out.add(new Candidate(span, span.of(text), TITLE_CONFIDENCE));
        }
        return out;
    }

    private List<Candidate> afterTitleWords(Document document, Sentence sentence, Pattern titleWords, boolean fullNameOnly) {
        List<Candidate> out = new ArrayList<>();
        String text = document.text();
        Matcher title = titleWords.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (title.find()) {
            int after = title.end();
            Matcher posting = Titles.POSTED_TO.matcher(text).region(after, sentence.span().end());
            if (Titles.ENVOY.matcher(title.group()).find() && posting.lookingAt())
                after = posting.end(); // "Ukraine's ambassador to NATO, Olena Koval,"
            else
                after = afterActor(document, after, sentence, organisationName);
            Matcher name = NAME_AFTER.matcher(text).region(after, sentence.span().end());
            boolean setOff = false;
            if (!name.lookingAt()) {
                name = NAME_AFTER_COMMA.matcher(text).region(after, sentence.span().end());
                if (!name.lookingAt())
                    continue;
                setOff = true;
            }
            Span span = trim(document, new Span(name.start(1), name.end(1)), false);
            // Behind a comma only a full name, and all of it: "the minister, Germany" is no person.
            boolean fullName = span != null && span.of(text).contains(" ");
            if (span != null && isNew(document, span) && (fullName || !fullNameOnly)
                    && (!setOff || span.end() == name.end(1) && fullName))
                out.add(new Candidate(span, span.of(text), fullName ? TITLE_CONFIDENCE : SURNAME_CONFIDENCE));
        }
        return out;
    }

    /**
     * "of Finland", "of the European Council" after a title: the end of the listed country or
     * organisation, or of a phrase named like an organisation, else {@code index}.
     */
    private static int afterActor(Document document, int index, Sentence sentence, Pattern organisationName) {
        Matcher of = OF_BEFORE_ACTOR.matcher(document.text()).region(index, sentence.span().end());
        if (!of.lookingAt())
            return index;
        Matcher named = organisationName.matcher(document.text()).region(of.end(), sentence.span().end());
        if (named.lookingAt())
            return named.end();
        // the mention may take in the article: "of the alliance"
        return document.mentions().stream().filter(m -> m.span().begin() == of.end() || m.span().begin() == of.start("the"))
                .filter(m -> document.entity(m.entityKey()).map(e -> e.kind() == Entity.Kind.COUNTRY
                        || e.kind() == Entity.Kind.ORGANISATION).orElse(false))
                .map(m -> m.span().end()).findFirst().orElse(index);
    }

    /** "Reporting by Anna Berg": a full name credited for the report. */
    private List<Candidate> credits(Document document, Sentence sentence) {
        List<Candidate> out = new ArrayList<>();
        String text = document.text();
        Matcher m = CREDIT.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (m.find()) {
            Span span = trim(document, new Span(m.start(1), m.end(1)), false);
            if (span != null && span.of(text).contains(" ") && isNew(document, span))
                out.add(new Candidate(span, span.of(text), TITLE_CONFIDENCE));
        }
        return out;
    }

    /** An apposition that describes a person: a title or an office word ("the chairman of the Rada", "a Ukrainian MP"). */
    private static final Pattern PERSON_ASIDE = Pattern.compile("\\b(?:chair(?:man|woman|person)?|speaker|head|leader|member|MP"
            + "|lawmaker|deputy|senator|spokes(?:man|woman|person))\\b");

    private static boolean describesAPerson(String aside) {
        return PERSON_ASIDE.matcher(aside).find() || Titles.standard().titlePattern().matcher(aside).find();
    }

    /**
     * "Lena Hartmann said", "“…,” said Lena Hartmann", "Lena Hartmann, the chairwoman of the Sejm, told …", and in a
     * sentence with a verb of saying "Lena Hartmann, who led the talks, …": a full name (two words or more) only.
     */
    private List<Candidate> aroundSpeechVerbs(Document document, Sentence sentence) {
        List<Candidate> out = new ArrayList<>();
        String text = document.text();
        for (Pattern p : List.of(nameBeforeSpeech, nameAfterSpeech, NAME_BEFORE_WHO)) {
            Matcher m = p.matcher(text).region(sentence.span().begin(), sentence.span().end());
            while (m.find()) {
                int group = m.groupCount() == 1 || m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                if (group == 3 && !describesAPerson(m.group(4)))
                    continue;
                // Before the verb the name is the words nearest to it: "Defence Minister Lena Hartmann said".
                Span span = trim(document, new Span(m.start(group), m.end(group)), p != nameAfterSpeech);
                if (span != null && span.of(text).contains(" ") && isNew(document, span))
                    out.add(new Candidate(span, span.of(text), SPEECH_CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * The longest run of name words at one end of a candidate: from the start (after a title)
     * or from the end (before a verb). Null when nothing name-like is left.
     */
    private Span trim(Document document, Span candidate, boolean keepEnd) {
        String text = document.text();
        List<Span> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(candidate.begin(), candidate.end());
        while (w.find())
            words.add(new Span(w.start(), w.end()));
        if (keepEnd)
            Collections.reverse(words);
        List<Span> kept = new ArrayList<>();
        for (Span word : words) {
            if (!isNameWord(word.of(text)) && !isSurnameLikePlace(document, word))
                break;
            kept.add(word);
        }
        // A name starts and ends with a proper word, not with a particle or an initial.
        kept.sort(Comparator.naturalOrder());
        while (!kept.isEmpty() && !isProperWord(kept.get(0).of(text)))
            kept.remove(0);
        while (!kept.isEmpty() && !isProperWord(kept.get(kept.size() - 1).of(text)))
            kept.remove(kept.size() - 1);
        return kept.isEmpty() ? null : new Span(kept.get(0).begin(), kept.get(kept.size() - 1).end());
    }

    private static boolean isProperWord(String word) { return Character.isUpperCase(word.charAt(0)) && !word.endsWith("."); }

    /** Not a sentence opener, month, weekday, title, demonym, organisation word or known name. */
    private boolean isNameWord(String word) {
        if (!Character.isUpperCase(word.charAt(0)))
            return true; // a particle: checked by its neighbours
        return !stopwords.contains(word) && !titles.isTitleWord(word) && !titles.isDemonymWord(word)
                && !organisationHeads.contains(word) && catalog.byName(word).isEmpty();
    }

    /** "Luis Montenegro": a listed country or place name that {@link MentionAnnotator} left unmentioned here is a surname. */
    private boolean isSurnameLikePlace(Document document, Span word) {
        return catalog.byName(word.of(document.text())).filter(a -> a.kind() == Entity.Kind.COUNTRY || a.kind() == Entity.Kind.PLACE)
                .isPresent() && free(document, word);
    }

    /** Not overlapping a mention of the reference list, and not itself a listed name. */
    private boolean isNew(Document document, Span span) {
        return document.mentions().stream().noneMatch(m -> m.span().overlaps(span))
                && catalog.byName(span.of(document.text())).isEmpty();
    }

    // ---- entities and mentions -----------------------------------------------------------

    private static String personKey(String name) { return "person/" + UriScheme.slug(name); }

    /** Full names become people; returns surname → person key for the surnames that name one person only. */
    private Map<String, String> addPeople(Document document, List<Candidate> full) {
        full.sort(Comparator.comparing(Candidate::span));
        Map<String, Set<String>> keysBySurname = new LinkedHashMap<>();
        for (Candidate c : full) {
            String key = personKey(longestNameEndingIn(c.name(), full));
            addPerson(document, c, key);
            keysBySurname.computeIfAbsent(surname(c.name()), k -> new HashSet<>()).add(key);
        }
        Map<String, String> bySurname = new HashMap<>();
        keysBySurname.forEach((surname, keys) -> {
            if (keys.size() == 1 && catalog.byName(surname).isEmpty())
                bySurname.put(surname, keys.iterator().next());
        });
        return bySurname;
    }

    /** "De Wever" after "Bart De Wever": the one longer full name of the document that ends in this one, else itself. */
    private static String longestNameEndingIn(String name, List<Candidate> full) {
        List<String> longer = full.stream().map(c -> c.name().replaceAll("\\s+", " ")).distinct()
                .filter(n -> n.endsWith(" " + name.replaceAll("\\s+", " "))).toList();
        return longer.size() == 1 ? longer.get(0) : name;
    }

    private static String surname(String name) { return name.substring(name.lastIndexOf(' ') + 1); }

    /** Adds the person and its mention unless a mention is already there (a name found by two cues). */
    private static void addPerson(Document document, Candidate c, String key) {
        if (!free(document, c.span()))
            return;
        // For a surname resolved to a full name the entity is there already and keeps its label.
        document.addEntity(new Entity(key, Entity.Kind.PERSON, c.name().replaceAll("\\s+", " "), List.of("Person"), false));
        document.addMention(new Mention(c.span(), c.span().of(document.text()), key, sentenceSpan(document, c.span()),
                c.confidence()));
    }

    private static boolean free(Document document, Span span) {
        return document.mentions().stream().noneMatch(m -> m.span().overlaps(span));
    }

    private static Span sentenceSpan(Document document, Span span) {
        return document.sentenceAt(span.begin()).map(Sentence::span).orElse(span);
    }

    /**
     * "Hartmann added": a surname alone, anywhere in the document (a headline may use it before
     * the body gives the full name), unless it is part of another full name ("Anna Hartmann").
     */
    private void addSurnameMentions(Document document, Map<String, String> bySurname) {
        if (bySurname.isEmpty())
            return;
        String text = document.text();
        // Compiled per document: the surnames are this document's.
        Pattern surnames = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", bySurname.keySet().stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}])");
        for (Sentence sentence : document.sentences()) {
            Matcher m = surnames.matcher(text).region(sentence.span().begin(), sentence.span().end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (free(document, span) && !partOfLongerName(document, span))
                    addPerson(document, new Candidate(span, m.group(), SURNAME_CONFIDENCE), bySurname.get(m.group()));
            }
        }
    }

    /** "Edgars Rinkevics was quoted as saying": a full name found by a cue elsewhere names the same person wherever it stands. */
    private static void addFullNameMentions(Document document, List<Candidate> full) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Candidate c : full)
            keys.putIfAbsent(c.name(), personKey(c.name()));
        if (keys.isEmpty())
            return;
        String text = document.text();
        List<String> names = new ArrayList<>(keys.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        Pattern pattern = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", names.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                .toList()) + ")(?![\\p{L}])");
        for (Sentence sentence : document.sentences()) {
            Matcher m = pattern.matcher(text).region(sentence.span().begin(), sentence.span().end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                String name = m.group().replaceAll("\\s+", " ");
                if (free(document, span) && keys.containsKey(name))
                    addPerson(document, new Candidate(span, name, SURNAME_CONFIDENCE), keys.get(name));
            }
        }
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}*)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{Lu}\\p{L}*)");

    /** "Anna Hartmann" is not Lena Hartmann; "Hartmann Group" is not a person. */
    private boolean partOfLongerName(Document document, Span span) {
        Span sentence = sentenceSpan(document, span);
        String text = document.text();
        Matcher before = WORD_BEFORE.matcher(text.substring(sentence.begin(), span.begin()));
        Matcher after = WORD_AFTER.matcher(text.substring(span.end(), sentence.end()));
        return before.find() && isNameWord(before.group(1))
                || after.find() && (isNameWord(after.group(1)) || organisationHeads.contains(after.group(1)));
    }

    /** "European Commission", "Ukraine Defense Contact Group"; not "Foreign Ministry" (generic). */
    private void addOrganisations(Document document, Sentence sentence) {
        String text = document.text();
        Matcher m = organisationName.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (m.find()) {
            Span span = trimOrganisation(text, new Span(m.start(), m.end()));
            // A reference-list name inside ("Ukraine Defense Contact Group") is fine; any other overlap is not.
            if (span == null || document.mentions().stream().anyMatch(x -> x.span().overlaps(span)
                    && (!span.contains(x.span()) || span.equals(x.span()) || !document.entity(x.entityKey()).orElseThrow().known())))
                continue;
            String name = span.of(text).replaceAll("\\s+", " ");
            if (catalog.byName(name).isPresent() || isGeneric(name))
                continue;
            String key = "organisation/" + UriScheme.slug(name);
            document.addEntity(new Entity(key, Entity.Kind.ORGANISATION, name, List.of("Organisation"), false));
            document.addMention(new Mention(span, span.of(text), key, sentence.span(), ORGANISATION_CONFIDENCE));
        }
    }

    /** Drops leading sentence openers ("The European Commission" → "European Commission"), keeping two words at least. */
    private Span trimOrganisation(String text, Span span) {
        List<Span> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(span.begin(), span.end());
        while (w.find())
            words.add(new Span(w.start(), w.end()));
        int first = 0;
        while (words.size() - first > 2 && stopwords.contains(words.get(first).of(text)))
            first++;
        return words.size() - first < 2 ? null : new Span(words.get(first).begin(), span.end());
    }

    private boolean isGeneric(String name) { return genericNames.isGeneric(name); }
}
