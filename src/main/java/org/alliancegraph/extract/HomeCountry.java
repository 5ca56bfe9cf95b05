package org.alliancegraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a national post is held in when no country stands next to its title ("President NAME
 * said …"): the state the passage presents as an actor. News English names the official's own state
 * as the subject of a clause ("Britain will keep …, Minister NAME said", "NAME said Ankara had always
 * …"), through its government ("a spokesman for the German government said Chancellor NAME …"), or as
 * the place it happens in ("In Ottawa, Minister NAME …"). The country a clause speaks <em>about</em>
 * is not the official's: an object ("invite Ukraine", "aid to Ukraine"), a candidate ("Ukraine would
 * not join", "Ukraine's place is in NATO"). When the sentence names no actor, the few sentences before
 * it do (a state named there as an actor, or the country of a person named there), then the dateline
 * ("WARSAW, December 16 —"). When none does, this class says nothing; {@link RoleAnnotator} then takes
 * the country the article mentions most, at its lowest confidence (held-out set 5 showed that dropping
 * such roles lost more right ones than wrong ones).
 */
final class HomeCountry {
    /** How many sentences before a title the passage's country may come from. */
    private static final int PASSAGE = 3;

    /** Words after which a noun phrase is a clause's subject: conjunctions and verbs of saying. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("that", "and", "but", "or", "while", "whereas", "because",
            "as", "if", "whether", "although", "though", "so", "when", "where", "since", "then", "also", "meanwhile");
    private static final Set<String> SPEECH_VERBS = Lexicon.words("speech-verbs.txt");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:(?<word>[\\p{L}’'-]+)\\s+)?(?:(?i:the)\\s+)?$");
    /** An opening mark, a dash or a comma before the noun phrase: it starts a clause. */
    private static final Pattern PUNCTUATION_BEFORE = Pattern.compile("(?:^|[,;:—–(“\"‘\\[])\\s*(?:(?i:the)\\s+)?$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:['’]s|(?<=s)['’])\\s+(?<noun>[\\p{Ll}-]+)");
    /** What a state's possessive names when the state is the candidate, not the actor: "Ukraine's path to NATO". */
    private static final Set<String> CANDIDATE_NOUNS = Set.of("membership", "accession", "path", "place", "bid", "future",
            "invitation", "entry", "integration", "application", "way", "road", "request", "aspirations", "hopes");
    /** A short aside between a subject and its verb: "Portugal, meanwhile, has". */
    private static final String ASIDE = "(?:\\s*,[^,]{1,40},)?";
    /** "Ukraine would not join", "Ukraine belongs in NATO", "Georgia should be invited": the subject is a candidate. */
    private static final Pattern CANDIDATE_VERB_AFTER = Pattern.compile("^" + ASIDE + "(?:\\s+(?:itself|too|also|still|"
            + "not|never|already|always|now|eventually|soon|ever|would|will|could|can|should|must|may|might|is|was|were|are|has|have|had"
            + "|does|did|do|be|been|being)|n['’]t)*\\s+(?:join|joins|joined|joining|belong|belongs|belonged|accede|accedes|acceded"
            + "|become\\s+a\\s+member|becomes\\s+a\\s+member|invited|admitted)\\b");
    /** A subject goes on with its verb: "Bucharest wants", "Portugal, meanwhile, has"; not "… to Moscow and Pyongyang." */
    private static final Pattern VERB_AFTER_SUBJECT = Pattern.compile("^" + ASIDE + "\\s+(?!(?:and|or|nor|but|of|to|for|in|on|at"
            + "|with|from|by|as|than|into)\\b)\\p{Ll}");
    private static final Pattern COORDINATED_AFTER = Pattern.compile("^\\s+(?:and|or)\\s+(?:the\\s+)?\\p{Lu}");
    private static final Pattern COORDINATED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.]*\\s+(?:and|or)\\s+(?:the\\s+)?$");
    /** "the German government", "the Latvian capital": a demonym on a state's body or seat names that state. */
    private final Pattern demonymBody;

    private final Titles titles = Titles.standard();

    HomeCountry() {
        demonymBody = Pattern.compile("(?<![\\p{L}])the\\s+(?<demonym>" + titles.demonymPattern().pattern()
                + ")\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:government|ministry|capital|parliament|cabinet|presidency|authorities"
                + "|chancellery|embassy|delegation|leadership)\\b");
    }

    /**
     * The home country of a national post named in {@code sentence}: the sentence's actor, else the
     * passage's (the sentences before; {@code countryOfPerson} gives the country of a person's
     * national post named elsewhere), else the dateline's.
     */
    Optional<String> of(Document document, Sentence sentence, Function<String, Optional<String>> countryOfPerson) {
        return actor(document, sentence.span()).or(() -> around(document, sentence, countryOfPerson));
    }

    /** For a sentence whose own actor is known to be missing: the passage's state, else the dateline's. */
    Optional<String> around(Document document, Sentence sentence, Function<String, Optional<String>> countryOfPerson) {
        return passage(document, sentence, countryOfPerson).or(() -> dateline(document));
    }

    /** The first state a sentence names as an actor (see the class comment). */
    Optional<String> actor(Document document, Span sentence) {
        String text = document.text();
        List<Mention> mentions = document.mentionsIn(sentence);
        List<Quotes.Quote> quotes = Quotes.find(document);
        int firstAt = Integer.MAX_VALUE;
        String first = null;
        Matcher body = demonymBody.matcher(text).region(sentence.begin(), sentence.end());
        while (body.find())
            if (Quotes.enclosing(quotes, body.start()) == null) {
                Optional<String> country = titles.countryOf(body.group("demonym"));
                if (country.isPresent()) {
                    firstAt = body.start();
                    first = country.get();
                    break;
                }
            }
        for (Mention m : mentions) {
            if (m.span().begin() >= firstAt)
                break;
            // In the speaker's own words only the subject they open with: "“Hungary will not support …”", not "“… than Russia”"
            if (Quotes.enclosing(quotes, m.span().begin()) != null && !opensQuotedClause(text, sentence, m))
                continue;
            String state = stateOf(document, m, sentence, mentions);
            if (state != null)
                return Optional.of(state);
        }
        return Optional.ofNullable(first);
    }

    /** The state a mention stands for as an actor of its clause, or null. */
    private String stateOf(Document document, Mention m, Span sentence, List<Mention> mentions) {
        Entity e = document.entity(m.entityKey()).orElseThrow();
        String state = e.kind() == Entity.Kind.COUNTRY ? e.key()
                : e.kind() == Entity.Kind.PLACE ? e.standsFor()
                : e.kind() == Entity.Kind.ORGANISATION ? e.partOf() : null;
        if (state == null || e.kind() == Entity.Kind.COUNTRY && titles.qualifiesPerson(document, m, mentions))
            return null;
        String text = document.text();
        String before = text.substring(sentence.begin(), m.span().begin());
        Matcher word = WORD_BEFORE.matcher(before);
        String previous = word.find() ? word.group("word") : null;
        // "In Ottawa, …", "… met in Vienna": the capital where the clause takes place
        if ("in".equalsIgnoreCase(previous))
            return e.kind() == Entity.Kind.PLACE || before.strip().equals("In") ? state : null;
        boolean opensClause = PUNCTUATION_BEFORE.matcher(before).find() || previous != null
                && (Character.isUpperCase(previous.charAt(0)) || SUBJECT_OPENERS.contains(previous) || SPEECH_VERBS.contains(previous));
        if (!opensClause || e.kind() == Entity.Kind.PLACE && e.standsFor() == null)
            return null; // an object or a preposition's complement: "invite Ukraine", "aid to Ukraine"
        String after = text.substring(m.span().end(), sentence.end());
        if (COORDINATED_AFTER.matcher(after).find() || COORDINATED_BEFORE.matcher(before).find())
            return null; // "Poland and Ukraine signed a deal": two states, neither the official's for sure
        Matcher possessive = POSSESSIVE_AFTER.matcher(after);
        if (possessive.find())
            return CANDIDATE_NOUNS.contains(possessive.group("noun")) ? null : state;
        return VERB_AFTER_SUBJECT.matcher(after).find() && !CANDIDATE_VERB_AFTER.matcher(after).find() ? state : null;
    }

    /** The nearest of the few sentences before that names an actor state or a person holding a national post. */
    private Optional<String> passage(Document document, Sentence sentence, Function<String, Optional<String>> countryOfPerson) {
        for (int i = sentence.index() - 1; i >= Math.max(0, sentence.index() - PASSAGE); i--) {
            Sentence before = document.sentences().get(i);
            if (before.zone() != Zone.Kind.BODY)
                continue;
            Optional<String> state = actor(document, before.span());
            if (state.isPresent())
                return state;
            for (Mention m : document.mentionsIn(before.span())) {
                Optional<String> country = Titles.isPerson(document, m) ? countryOfPerson.apply(m.entityKey()) : Optional.empty();
                if (country.isPresent())
                    return country;
            }
        }
        return Optional.empty();
    }

    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'’-]*\\p{Lu}\\s*(?:[,(—–]|-\\s)");

    /** "WARSAW, December 16, 2024 — …", "OTTAWA (GLD) — …": the state of the capital an article is filed from. */
    private static Optional<String> dateline(Document document) {
        Optional<Sentence> first = document.sentences().stream().filter(s -> s.zone() == Zone.Kind.BODY).findFirst();
        if (first.isEmpty() || !DATELINE.matcher(document.text(first.get().span())).find())
            return Optional.empty();
        return document.mentionsIn(first.get().span()).stream().findFirst()
                .filter(m -> document.text().substring(first.get().span().begin(), m.span().begin()).isBlank()
                        && m.surface().equals(m.surface().toUpperCase(java.util.Locale.ROOT)))
                .flatMap(m -> document.entity(m.entityKey())).map(Entity::standsFor);
    }

    private static final Pattern QUOTE_OPEN_BEFORE = Pattern.compile("[“\"‘]\\s*$");
    private static final Pattern VERB_AFTER = Pattern.compile("^\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+");

    /** A state that opens a quoted clause as its subject: "“Hungary will not support …”". */
    static boolean opensQuotedClause(String text, Span sentence, Mention m) {
        String before = text.substring(sentence.begin(), m.span().begin());
        return (before.isBlank() || QUOTE_OPEN_BEFORE.matcher(before).find())
                && VERB_AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 30))).find();
    }
}
