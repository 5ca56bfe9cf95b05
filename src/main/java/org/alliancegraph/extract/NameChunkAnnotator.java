package org.alliancegraph.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.rdf.UriScheme;

/**
 * Names outside the reference list that no title, verb of saying or organisation pattern found:
 * maximal runs of capitalised words ("Lublin Triangle", "Joint Expeditionary Force", "Puskás
 * Aréna", "Security Assistance and Training for Ukraine"), kept only when general evidence says
 * what they name:
 * <ul>
 * <li>an organisation: the last word is an organisation head ("Facility", "Format", "Coalition")
 * or ends a news outlet's name ("Wire", "Post"); or the run is defined by an acronym of its
 * initials ("… Training for Ukraine (NSATU)"), which then names it wherever it stands;</li>
 * <li>a place: the last word names a kind of place ("Sea", "Square", "Arena"); a lower-case
 * "region" or "building" follows ("the Kursk region"); or a locative preposition comes before
 * it ("near Izium", "at the Puskás Aréna").</li>
 * </ul>
 * Runs without such evidence are dropped: a capitalised word alone says nothing (sentence openers,
 * headline case). A known place inside a longer name ("Kyiv" in "Kyiv Post", "Kharkiv region") is
 * part of that name, not a mention of its own. Runs in a headline written in title case are skipped.
 */
public final class NameChunkAnnotator implements Annotator {
    /** Below the cue annotators': the kind comes from context, not from a title or a verb. */
    public static final double CHUNK_CONFIDENCE = 0.55;

    /** A word: letters and digits, joined by hyphens ("Euro-Atlantic"); an apostrophe ends it ("Ukraine's"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*+(?:-\\p{L}[\\p{L}\\p{N}]*+)*+");
    /** Lower-case words allowed inside a name, between two capitalised ones. */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "des", "du");
    /** "in", "at the", "near": what comes before a place. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside");
    /** Lower-case words after a name that make it a place: "the Kursk region", "the Europa building". */
    private static final Set<String> PLACE_SUFFIXES = Set.of("region", "oblast", "province", "district", "building");
    /** Words that open names of places: "Lake Ladoga", "Gulf of Finland", "Sea of Azov", "Palace of Culture". */
    private static final Set<String> PLACE_PREFIXES = Set.of("Lake", "Mount", "Gulf", "Sea", "Bay", "Cape", "Fort", "Palace", "Strait", "Isle");
    /** Nouns that say a name is a place: after the name in apposition, or before it with "of" ("the town of …"). */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "port", "region", "province", "district", "island",
            "capital", "oblast", "county", "settlement", "municipality", "venue", "airport", "airbase", "base", "palace", "square");
    /** Nouns that say a name is an organisation when they head its appositive. */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("parliament", "legislature", "chamber", "company", "firm", "manufacturer",
            "maker", "producer", "contractor", "bank", "lender", "depository", "fund", "agency", "broadcaster", "newspaper", "daily",
            "magazine", "website", "outlet", "organisation", "organization", "body", "bloc", "coalition", "alliance", "institute",
            "initiative", "programme", "program", "mechanism", "facility", "platform", "union", "party", "movement", "network",
            "charity", "foundation", "watchdog", "regulator", "operator", "institution", "association", "university", "consortium",
            "group", "format", "forum", "grouping", "think-tank", "tank");
    /**
     * ", the Brussels-based depository": up to four words (a determiner, possessives, modifiers), then the head noun,
     * which ends the phrase or comes before a preposition, a relative pronoun or punctuation.
     */
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:(?:the|a|an|its|their)\\s+)?(?:[\\p{L}-]+(?:['’]s)?\\s+){0,3}?"
            + "(\\p{Ll}[\\p{Ll}-]*+)(?=\\s*[,.;:)]|\\s*$|\\s+(?:in|of|on|at|for|from|with|that|which|who|whose|based|set|run|led)\\b)");
    /** Words that may follow a place at the end of its phrase: prepositions, conjunctions, auxiliaries, time words. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "on", "in", "at", "to", "for", "with", "from", "by", "of",
            "the", "a", "an", "last", "this", "next", "earlier", "later", "after", "before", "during", "since", "until", "over",
            "was", "were", "is", "are", "has", "have", "had", "will", "would", "where", "when", "which", "that", "who", "while", "as");
    /** A sentence-initial adverb is no name, even before an appositive-like comma: "Separately, the fund said". */
    private static final Pattern ADVERB = Pattern.compile("\\p{Lu}\\p{Ll}+ly|Overall|Together|Elsewhere|Indeed|Instead|Otherwise|Again|Still|Yet");
    /** Capitalised words that may start a name although they are on the list of sentence words. */
    private static final Set<String> NAME_STARTS = Set.of("European", "Eastern", "Western", "Northern", "Southern", "Allied");
    /** "Name (ACR)": an acronym in brackets right after a run. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}{2,6})\\)");
    /** "in Article 5", "in Hartmann's interest": what follows a name that is no place. */
    private static final Pattern NUMBER_OR_POSSESSIVE = Pattern.compile("\\s*\\p{N}|['’]s\\b");
    /** "ACR (Name)": an acronym, then its name in brackets. */
    private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}{2,6})\\s*\\($");
    /** A function word in capitals inside a line: the line is in headline case ("Allies Press On With Plan"). */
    private static final Set<String> HEADLINE_FUNCTION_WORDS = Set.of("On", "To", "For", "With", "In", "Of", "At", "As", "And", "Over",
            "From", "By", "Into", "After", "Amid");

    private final ReferenceCatalog catalog;
    private final Titles titles = Titles.standard();
    private final GenericNames genericNames = new GenericNames(titles);
    private final Set<String> stopwords = new HashSet<>(Lexicon.words("name-stopwords.txt"));
    private final Set<String> organisationHeads = Lexicon.words("organisation-heads.txt");
    private final Set<String> outletHeads = Lexicon.words("outlet-heads.txt");
    private final Set<String> portfolioWords = Lexicon.words("portfolio-words.txt");
    private final Set<String> placeHeads = Lexicon.words("place-heads.txt");
    private final Set<String> notPlaces = Lexicon.words("not-places.txt");
    private final Set<String> speechVerbs = Lexicon.words("speech-verbs.txt");
    /** "Hartmann said", "Hartmann told": a capitalised word right before a verb of saying. */
    private final Pattern beforeSpeechVerb;

    public NameChunkAnnotator(ReferenceCatalog catalog) {
        this.catalog = catalog;
        stopwords.removeAll(NAME_STARTS);
        this.beforeSpeechVerb = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(?:" + String.join("|", speechVerbs) + ")\\b");
        for (Month m : Month.values())
            stopwords.add(capitalised(m.name()));
        for (DayOfWeek d : DayOfWeek.values())
            stopwords.add(capitalised(d.name()));
    }

    private static String capitalised(String s) { return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT); }

    /** A word of a sentence, its place in the text and its position among the sentence's words. */
    private record Word(Span span, String text, int index) {
        boolean capitalised() { return Character.isUpperCase(text.charAt(0)); }
    }

    /** What a run names, with the entity kind and types it gets. */
    private enum Kind {
        ORGANISATION(Entity.Kind.ORGANISATION, List.of("Organisation")),
        OUTLET(Entity.Kind.ORGANISATION, List.of("Organisation", "NewsOutlet")),
        PLACE(Entity.Kind.PLACE, List.of("Place")),
        PERSON(Entity.Kind.PERSON, List.of("Person"));

        final Entity.Kind entityKind;
        final List<String> types;

        Kind(Entity.Kind entityKind, List<String> types) {
            this.entityKind = entityKind;
            this.types = types;
        }
    }

    /** What the document says about its names beyond a sentence: surnames that speak, and the people found from them. */
    private record Cues(Set<String> speakers, Map<String, String> people) {}

    @Override
    public void annotate(Document document) {
        Cues cues = new Cues(wordsBeforeSpeechVerbs(document), new LinkedHashMap<>());
        for (Sentence sentence : document.sentences()) {
            if (inHeadlineCase(document.text(), sentence))
                continue;
            List<Word> words = words(document.text(), sentence.span());
            List<Mention> local = document.mentionsIn(sentence.span());
            for (List<Word> run : runs(document.text(), words)) {
                // "the Ministry of Defence and the Norwegian Army": "and the" joins two names, never one
                boolean settled = !joinsTwoDefiniteNames(run) && chunk(document, sentence, words, run, local, cues);
                if (!settled)
                    for (List<Word> part : splitAtAnd(run)) // "Marta Kowalczyk and Tomasz Lis": two names, not one
                        settled |= chunk(document, sentence, words, part, local, cues);
                if (settled) // this sentence's mentions changed (few sentences): look them up again
                    local = document.mentionsIn(sentence.span());
            }
        }
        addSurnameMentions(document, cues.people());
    }

    /** "Hartmann said": capitalised words right before a verb of saying, in one pass over the content. */
    private Set<String> wordsBeforeSpeechVerbs(Document document) {
        Set<String> found = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            if (!WordRuns.anyWordIn(document.text(), sentence.span(), speechVerbs))
                continue;
            Matcher m = beforeSpeechVerb.matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
            while (m.find())
                found.add(m.group(1));
        }
        return found;
    }

    /** "Hartmann" alone, wherever it stands free, names the one person of the document with that surname. */
    private static void addSurnameMentions(Document document, Map<String, String> people) {
        for (Map.Entry<String, String> person : people.entrySet()) {
            // Compiled per person found this way: they are few, and the surname is this document's.
            Pattern surname = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(person.getKey()) + "(?![\\p{L}])");
            for (Sentence sentence : document.sentences()) {
                Matcher m = surname.matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
                while (m.find()) {
                    Span span = new Span(m.start(), m.end());
                    if (document.mentions().stream().noneMatch(x -> x.span().overlaps(span)))
                        document.addMention(new Mention(span, m.group(), person.getValue(), sentence.span(), CHUNK_CONFIDENCE));
                }
            }
        }
    }

    private static List<Word> words(String text, Span sentence) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find())
            words.add(new Word(new Span(m.start(), m.end()), m.group(), words.size()));
        return words;
    }

    /** "Ministers Press NATO On Ukraine Invitation": a capitalised function word after the first word. */
    private static boolean inHeadlineCase(List<Word> words) {
        return words.stream().skip(1).anyMatch(w -> HEADLINE_FUNCTION_WORDS.contains(w.text()));
    }

    /** A headline, standfirst or caption written in title case: its capitals say nothing about names. */
    static boolean inHeadlineCase(String text, Sentence sentence) {
        return sentence.zone() != Zone.Kind.BODY && inHeadlineCase(words(text, sentence.span()));
    }

    /** Maximal runs of capitalised words separated by spaces only, with connectors inside. */
    private static List<List<Word>> runs(String text, List<Word> words) {
        List<List<Word>> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean joined = !run.isEmpty() && spacesBetween(text, run.get(run.size() - 1), w);
            boolean fits = w.capitalised() || joined && CONNECTORS.contains(w.text()) && nextIsCapitalised(text, words, i);
            if (fits && (joined || run.isEmpty())) {
                run.add(w);
                continue;
            }
            if (!run.isEmpty())
                runs.add(run);
            run = new ArrayList<>();
            if (w.capitalised())
                run.add(w);
        }
        if (!run.isEmpty())
            runs.add(run);
        return runs;
    }

    private static boolean joinsTwoDefiniteNames(List<Word> run) {
        for (int i = 0; i + 1 < run.size(); i++)
            if (run.get(i).text().equals("and") && run.get(i + 1).text().equals("the"))
                return true;
        return false;
    }

    /** Every part between the "and"s of the name (after a leading "the") is exactly a mention found before. */
    private static boolean coordinatesKnownNames(List<Word> name, List<Mention> inside) {
        List<List<Word>> parts = splitAtAnd(name);
        for (List<Word> part : parts) {
            int from = 0;
            while (from < part.size() && CONNECTORS.contains(part.get(from).text()))
                from++;
            if (from == part.size())
                return false;
            Span span = new Span(part.get(from).span().begin(), part.get(part.size() - 1).span().end());
            if (inside.stream().noneMatch(m -> m.span().equals(span)))
                return false;
        }
        return !parts.isEmpty();
    }

    /** The parts of a run between its "and"s; none when it has no "and". */
    private static List<List<Word>> splitAtAnd(List<Word> run) {
        List<List<Word>> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < run.size(); i++)
            if (run.get(i).text().equals("and")) {
                parts.add(run.subList(from, i));
                from = i + 1;
            }
        if (from > 0)
            parts.add(run.subList(from, run.size()));
        return parts;
    }

    /** Only spaces or tabs between two words of a line: no punctuation, no line break. */
    private static boolean spacesBetween(String text, Word a, Word b) {
        for (int i = a.span().end(); i < b.span().begin(); i++)
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t')
                return false;
        return a.span().end() < b.span().begin();
    }

    /** A connector continues a run only before a capitalised word, possibly behind more connectors. */
    private static boolean nextIsCapitalised(String text, List<Word> words, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            if (!spacesBetween(text, words.get(j - 1), words.get(j)))
                return false;
            if (words.get(j).capitalised())
                return true;
            if (!CONNECTORS.contains(words.get(j).text()))
                return false;
        }
        return false;
    }

    /** A run trimmed to its name, with where it stands and the mentions already inside it. */
    private record Candidate(Sentence sentence, List<Word> words, List<Word> run, int first, List<Word> name, Span span, String surface,
            List<Mention> inside) {
        String lastWord() { return name.get(name.size() - 1).text(); }
    }

    /** Types a run and adds what it names; true when the run was settled (typed, or known to be generic). */
    private boolean chunk(Document document, Sentence sentence, List<Word> words, List<Word> run, List<Mention> local, Cues cues) {
        String text = document.text();
        int first = 0;
        // "However", "The", "In", titles and months open a run but are not part of a name.
        // "the Foreign Office": a portfolio word opens the name of a body that ends the run
        boolean body = organisationHeads.contains(run.get(run.size() - 1).text());
        while (first < run.size() && isLeadingNonName(run.get(first).text()) && !(body && portfolioWords.contains(run.get(first).text())))
            first++;
        int last = run.size() - 1;
        while (last >= first && !run.get(last).capitalised())
            last--;
        if (first > last)
            return false;
        List<Word> name = run.subList(first, last + 1);
        Span span = new Span(name.get(0).span().begin(), name.get(name.size() - 1).span().end());
        List<Mention> inside = local.stream().filter(m -> m.span().overlaps(span)).toList();
        if (inside.stream().anyMatch(m -> !span.contains(m.span()) || isPerson(document, m)))
            return false;
        if (coordinatesKnownNames(name, inside))
            return false; // "NATO and the European Union": two names already known, not one
        Candidate c = new Candidate(sentence, words, run, first, name, span, span.of(text).replaceAll("\\s+", " "), inside);
        if (region(document, c))
            return true;
        Optional<String> acronym = definedAcronym(text, span, sentence.span(), name);
        Optional<Mention> same = inside.stream().filter(m -> m.span().equals(span)).findFirst();
        if (same.isPresent()) {
            // "the Ukraine Defense Contact Group (UDCG)": an organisation found before may still define its acronym.
            if (acronym.isPresent() && document.entity(same.get().entityKey()).map(e -> e.kind() == Entity.Kind.ORGANISATION).orElse(false))
                addAcronym(document, acronym.get(), same.get().entityKey());
            return false;
        }
        if (catalog.byName(c.surface()).isPresent())
            return false;
        return organisationOrPerson(document, c, acronym, cues) || place(document, c, cues);
    }

    /** "the Kursk region", "the Kharkiv region": a lower-case region word after a name (a known city may name its region). */
    private boolean region(Document document, Candidate c) {
        Word suffix = wordAfter(document.text(), c.words(), c.name().get(c.name().size() - 1));
        if (suffix == null || !PLACE_SUFFIXES.contains(suffix.text()) || c.name().size() > 2 || !insideAreCities(document, c.inside())
                || c.name().stream().anyMatch(w -> titles.isDemonymWord(w.text()) || notPlaces.contains(w.text())))
            return false;
        Span region = new Span(c.span().begin(), suffix.span().end());
        add(document, c.sentence(), region, Kind.PLACE, c.inside());
        return true;
    }

    private boolean organisationOrPerson(Document document, Candidate c, Optional<String> acronym, Cues cues) {
        List<Word> name = c.name();
        // "Office of the President of Ukraine": a head, "of", then what the body serves; a title inside is part of the name.
        if (name.size() >= 3 && organisationHeads.contains(name.get(0).text()) && name.get(1).text().equals("of")) {
            if (!genericNames.isGeneric(c.surface()) || standsAsName(document.text(), c))
                add(document, c.sentence(), c.span(), Kind.ORGANISATION, c.inside());
            return true;
        }
        if (hasTitleWord(name) && !bodyNamedAfterPortfolio(document.text(), c))
            return false; // a person or a post: the cue annotator's
        if (acronym.isPresent()) {
            addAcronym(document, acronym.get(), add(document, c.sentence(), c.span(), Kind.ORGANISATION, c.inside()));
            return true;
        }
        if (name.size() >= 2 && (organisationHeads.contains(c.lastWord()) || outletHeads.contains(c.lastWord()))) {
            if (!genericNames.isGeneric(c.surface()) || standsAsName(document.text(), c))
                add(document, c.sentence(), c.span(), outletHeads.contains(c.lastWord()) ? Kind.OUTLET : Kind.ORGANISATION, c.inside());
            return true;
        }
        // "Lena Hartmann … Hartmann said": a full name whose surname speaks elsewhere is a person.
        if (c.inside().isEmpty() && name.size() >= 2 && name.size() <= 3 && cues.speakers().contains(c.lastWord())
                && name.stream().allMatch(w -> isPersonNameWord(w.text()))) {
            cues.people().putIfAbsent(c.lastWord(), add(document, c.sentence(), c.span(), Kind.PERSON, c.inside()));
            return true;
        }
        boolean adverb = name.size() == 1 && ADVERB.matcher(c.surface()).matches();
        Kind apposed = c.inside().isEmpty() && !adverb ? appositiveKind(document.text(), c.span(), c.sentence().span()) : null;
        if (apposed != null && name.stream().noneMatch(w -> stopwords.contains(w.text()))) {
            add(document, c.sentence(), c.span(), apposed, c.inside());
            return true;
        }
        return false;
    }

    /** "the Foreign Office": portfolio words and a head after "the" name a body, not a post. */
    private boolean bodyNamedAfterPortfolio(String text, Candidate c) {
        List<Word> name = c.name();
        return organisationHeads.contains(c.lastWord()) && standsAsName(text, c)
                && name.subList(0, name.size() - 1).stream().allMatch(w -> portfolioWords.contains(w.text()));
    }

    /** "the" before a name, not "of the" (a post's complement: "Parliamentary Secretary of the Foreign Ministry"). */
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?<!\\bof\\s)(?i:the)\\s+$");

    /**
     * "the Department of Defence", "the Foreign Office", "the Australian Army": a body every government has
     * is still named, in capitals after "the" with nothing before it to make it a description ("Ukraine's
     * Foreign Ministry", "Parliamentary Secretary of the Foreign Ministry" are descriptions or part of a post).
     */
    private static boolean standsAsName(String text, Candidate c) {
        int begin = c.span().begin();
        return THE_BEFORE.matcher(text.substring(Math.max(0, begin - 8), begin)).find()
                || c.first() > 0 && c.run().get(c.first() - 1).text().equals("The") && c.first() == 1;
    }

    private boolean place(Document document, Candidate c, Cues cues) {
        List<Word> name = c.name();
        String text = document.text();
        if (hasTitleWord(name) || name.stream().anyMatch(w -> titles.isDemonymWord(w.text()) || notPlaces.contains(w.text()))
                || notPlaces.contains(c.surface()))
            return false;
        if (name.size() >= 2 && PLACE_PREFIXES.contains(name.get(0).text()) && !placeHeads.contains(UriScheme.slug(c.lastWord()))) {
            // "the Gulf of Riga for Lake Ladoga": the name ends before a "for" or "and" of the run
            int end = 1;
            while (end < name.size() && !name.get(end).text().equals("for") && !name.get(end).text().equals("and"))
                end++;
            Span prefixed = new Span(c.span().begin(), name.get(end - 1).span().end());
            add(document, c.sentence(), prefixed, Kind.PLACE, c.inside().stream().filter(m -> prefixed.contains(m.span())).toList());
            if (end < name.size())
                chunk(document, c.sentence(), c.words(), name.subList(end + 1, name.size()), document.mentionsIn(c.sentence().span()), cues);
            return true;
        }
        if (name.size() >= 2 && placeHeads.contains(UriScheme.slug(c.lastWord()))) {
            add(document, c.sentence(), c.span(), Kind.PLACE, c.inside());
            return true;
        }
        boolean place = c.inside().isEmpty() && name.size() <= 3
                && (afterLocative(c.words(), c.run(), c.first()) || afterPlaceNounOf(c.words(), c.run(), c.first()))
                && !followedByNumberOrPossessive(text, c.span()) && endsClause(text, c.words(), name)
                && name.stream().noneMatch(w -> stopwords.contains(w.text()) || organisationHeads.contains(w.text()) || isAcronym(w.text()));
        if (place)
            add(document, c.sentence(), c.span(), Kind.PLACE, c.inside());
        return place;
    }

    private boolean hasTitleWord(List<Word> name) { return name.stream().anyMatch(w -> w.capitalised() && titles.isTitleWord(w.text())); }

    /** A capitalised word that is no sentence word, title, demonym, head of an organisation or place name, or known name. */
    private boolean isPersonNameWord(String word) {
        return Character.isUpperCase(word.charAt(0)) && !stopwords.contains(word) && !titles.isTitleWord(word)
                && !titles.isDemonymWord(word) && !organisationHeads.contains(word) && !outletHeads.contains(word)
                && !placeHeads.contains(UriScheme.slug(word)) && catalog.byName(word).isEmpty();
    }

    private boolean isLeadingNonName(String word) {
        return !Character.isUpperCase(word.charAt(0)) || stopwords.contains(word) || titles.isTitleWord(word);
    }

    private static boolean isPerson(Document document, Mention m) {
        return document.entity(m.entityKey()).map(e -> e.kind() == Entity.Kind.PERSON).orElse(true);
    }

    /** "Kharkiv region": a known city may name its region; a country or an organisation may not. */
    private static boolean insideAreCities(Document document, List<Mention> inside) {
        return inside.stream().allMatch(m -> document.entity(m.entityKey()).map(e -> e.types().contains("City")).orElse(false));
    }

    /** "NATO", "CDRC": acronyms name organisations far more often than places ("at the CDRC"). */
    private static boolean isAcronym(String word) { return word.length() >= 2 && word.chars().noneMatch(Character::isLowerCase); }

    /** "Name (ACR)" or "ACR (Name)" where the acronym spells the initials of the name's capitalised words. */
    private static Optional<String> definedAcronym(String text, Span name, Span sentence, List<Word> words) {
        String initials = initials(words);
        Matcher after = ACRONYM_AFTER.matcher(text).region(name.end(), sentence.end());
        if (after.lookingAt() && initials.equals(after.group(1)))
            return Optional.of(initials);
        Matcher before = ACRONYM_BEFORE.matcher(text).region(sentence.begin(), name.begin());
        return before.find() && initials.equals(before.group(1)) && text.startsWith(")", name.end()) ? Optional.of(initials) : Optional.empty();
    }

    /** "NSATU" from "NATO Security Assistance and Training for Ukraine": first letters of the capitalised words. */
    private static String initials(List<Word> name) {
        StringBuilder sb = new StringBuilder();
        for (Word w : name)
            if (w.capitalised())
                sb.append(w.text().charAt(0));
        return sb.toString();
    }

    private static Word wordAfter(String text, List<Word> words, Word word) {
        int i = word.index();
        if (i + 1 >= words.size())
            return null;
        Word next = words.get(i + 1);
        return spacesBetween(text, word, next) ? next : null;
    }

    /** "near Izium", "at the Puskás Aréna", "In Apulia,": a locative word before the name (or opening its run). */
    private static boolean afterLocative(List<Word> words, List<Word> run, int first) {
        if (first > 0)
            return first == 1 && LOCATIVES.contains(run.get(0).text().toLowerCase(Locale.ROOT));
        int i = run.get(0).index();
        if (i > 0 && words.get(i - 1).text().equals("the"))
            i--;
        return i > 0 && LOCATIVES.contains(words.get(i - 1).text());
    }

    /** "the town of Izium", "the port of Constanta": a kind of place, "of", then the name. */
    private static boolean afterPlaceNounOf(List<Word> words, List<Word> run, int first) {
        int i = run.get(first).index();
        return first == 0 && i >= 2 && words.get(i - 1).text().equals("of") && PLACE_NOUNS.contains(words.get(i - 2).text());
    }

    /**
     * "Euroclear, the Brussels-based depository,", "Izium, a small town in eastern Ukraine": the head noun of an
     * appositive right after the name (its last word before a preposition or a clause) says what the name is.
     */
    private static Kind appositiveKind(String text, Span name, Span sentence) {
        Matcher m = APPOSITIVE.matcher(text).region(name.end(), sentence.end());
        if (!m.lookingAt())
            return null;
        String head = m.group(1);
        return ORGANISATION_NOUNS.contains(head) ? Kind.ORGANISATION : PLACE_NOUNS.contains(head) ? Kind.PLACE : null;
    }

    /**
     * "talks in Geneva on Monday", "in Geneva.": the name ends its phrase. "in Soviet times", "at Davos forums": a
     * capitalised word before a noun modifies it and is no place of its own.
     */
    private static boolean endsClause(String text, List<Word> words, List<Word> name) {
        Word next = wordAfter(text, words, name.get(name.size() - 1));
        return next == null || next.capitalised() || CLAUSE_WORDS.contains(next.text());
    }

    /** "in Article 5", "in Hartmann's view": a number or a possessive follows, so no place. */
    private static boolean followedByNumberOrPossessive(String text, Span span) {
        return NUMBER_OR_POSSESSIVE.matcher(text).region(span.end(), text.length()).lookingAt();
    }

    /** Adds the entity and its mention; returns its key. */
    private static String add(Document document, Sentence sentence, Span span, Kind kind, List<Mention> inside) {
        String name = span.of(document.text()).replaceAll("\\s+", " ");
        String key = kind.entityKind.uriKind + "/" + UriScheme.slug(name);
        // A city inside a longer name is part of it ("Kyiv Post"); a country keeps its mention ("Ukraine Facility").
        for (Mention m : inside)
            if (document.entity(m.entityKey()).map(e -> e.kind() == Entity.Kind.PLACE).orElse(false))
                document.removeMention(m);
        document.addEntity(new Entity(key, kind.entityKind, name, kind.types, false));
        document.addMention(new Mention(span, span.of(document.text()), key, sentence.span(), CHUNK_CONFIDENCE));
        return key;
    }

    /** The acronym names the same organisation wherever it stands free. */
    private static void addAcronym(Document document, String acronym, String key) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + acronym + "(?![\\p{L}\\p{N}])");
        for (Sentence sentence : document.sentences()) {
            Matcher m = p.matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (document.mentions().stream().noneMatch(x -> x.span().overlaps(span)))
                    document.addMention(new Mention(span, m.group(), key, sentence.span(), CHUNK_CONFIDENCE));
            }
        }
    }
}
