package org.alliancegraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts that people hold, from titles next to their names (CONTRACT §3, {@code org:holds}):
 * <ul>
 * <li>"NATO Secretary General Mark Rutte", "NATO’s new Secretary General Mark Rutte", "Ukraine
 * President Volodymyr Zelenskyy": the organisation or country before the title;</li>
 * <li>"Ukrainian Foreign Minister Andrii Sybiha": a demonym names the country ({@code demonyms.tsv});</li>
 * <li>"President Volodymyr Zelenskyy of Ukraine", "Foreign Minister of Ukraine Andrii Sybiha";</li>
 * <li>"Mark Rutte, NATO’s Secretary General" (apposition) and "Rutte took over as NATO Secretary General";</li>
 * <li>"NATO chief Mark Rutte": an informal word is a post only for the organisations listed in
 * {@code post-synonyms.tsv} (NATO's chief is its Secretary General; "Pentagon chief" maps to nothing).</li>
 * </ul>
 * A title without an organisation ("President Zelenskyy", "former Secretary General Jens
 * Stoltenberg") takes the organisation of the same person's post elsewhere in the document, else,
 * for posts of international organisations (Secretary General, spokesperson), the organisation
 * the document is about; other posts stay unresolved and give no role. "former" and "outgoing"
 * holders still hold a role, but never get a start date. The start date ({@code since}) comes from
 * a dated take-over: "since taking over the helm of NATO Tuesday".
 */
public final class RoleAnnotator implements Annotator {
    /** The text names the organisation in the same phrase. */
    public static final double EXPLICIT_CONFIDENCE = 0.85;
    /** The organisation comes from the same person's post elsewhere in the document. */
    public static final double SAME_PERSON_CONFIDENCE = 0.75;
    /** The organisation is the one the document is about. */
    public static final double CONTEXT_CONFIDENCE = 0.65;
    /** A national post without a country next to it is in the first country its sentence names. */
    public static final double SENTENCE_COUNTRY_CONFIDENCE = 0.6;
    /** A national post with no state in its sentence is in the state of the passage or the dateline ({@link HomeCountry}). */
    public static final double PASSAGE_COUNTRY_CONFIDENCE = 0.45;
    /** A national post with no state in its passage or dateline is in the country the article mentions most. */
    public static final double MAIN_COUNTRY_CONFIDENCE = 0.4;
    /** "the Ukrainian president told the summit", resolved to the person in focus (see {@link Attribution}). */
    public static final double DESCRIPTION_CONFIDENCE = 0.5;

    private static final Pattern TENURE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])((?:" + Titles.TENURE + "\\s*)+)$");
    /** "Sweden’s", and "the Netherlands’" for a name ending in s. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:['’]s|(?<=s)['’])\\s*$");
    /** Nothing but an opening quotation mark or article before a sentence's subject. */
    private static final Pattern SUBJECT_OPENS = Pattern.compile("(?i)\\s*[“\"]?\\s*(?:the\\s+)?");
    private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*$");
    /** "its defence minister": the post is in the organisation or country the clause spoke of before. */
    private static final Pattern ITS_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:its|their)\\s+$");
    /**
     * "the country’s deputy defence minister": the state the sentence named before; "the Slovak
     * government’s spokesman", "the Dutch defence ministry's special envoy": the state of the
     * demonym; "the UK defence ministry's director": the state named. Group "demonym" is the demonym, "state" the name, if any.
     */
    private static final Pattern STATE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])the\\s+(?:(?-i:(?<demonym>"
            + Titles.standard().demonymPattern().pattern()
            + "))\\s+|(?-i:(?<state>\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?))\\s+(?=[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+)?ministry))?(?:(?:[\\p{Ll}-]+\\s+){0,2}?(?:ministry|embassy|presidency|mission|delegation)|country|government|nation|state)"
            + "['’]s\\s+$");
    /**
     * "spokesman for the Slovak government", "adviser to the Polish government", "a state secretary
     * in the German defence ministry": a national body names the state of its demonym.
     */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("\\s+(?:for|of|to|in|at)\\s+the\\s+(?<demonym>"
            + Titles.standard().demonymPattern().pattern() + ")\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
            + "(?:government|ministry|department|presidency|embassy|mission|delegation|cabinet|chancellery)\\b");
    /** "of South Korea’s National Intelligence Service": the rest of a body named after its state. */
    private static final Pattern BODY_OF_STATE = Pattern.compile("['’]s\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}?\\p{Lu}[\\p{L}-]*");
    /** "Canada's Associate Minister of National Defence, Paul Ferrand, said": the name set off by commas. */
    private static final Pattern COMMA_BEFORE_NAME = Pattern.compile(",\\s+(?:" + Titles.standard().addressPattern().pattern()
            + "\\s+)?"); // "Estonia's defence chief, General Martin Herem,": a rank may stand before the name
    private static final Pattern NAME_CLOSES = Pattern.compile("\\s*(?:[,.;)]|$)");
    /** The field of a title written out in lower case: "director for drone capability", "adviser on energy security". */
    private static final Pattern FIELD_AFTER = Pattern.compile("\\s+(?:for|of|on)\\s+(?!(?:the|a|an|his|her|its|their)\\b)"
            + "(?:[\\p{L}-]+\\s+){0,2}\\p{Ll}[\\p{Ll}-]*"); // "deputy prime minister for European integration"
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:the|an?)\\s+$");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.’'-]*)\\s*$");
    /** Group "the" starts an article that may belong to the organisation's mention ("of the alliance"). */
    private static final Pattern OF_AFTER = Pattern.compile("\\s*,?\\s+of\\s+(?<the>the\\s+)?");
    /** "who is also", "who as", "as": what introduces a further title of the name before. */
    private static final String RELATIVE_TITLE = "(?:who\\s+(?:is|was|has\\s+been)\\s+(?:also\\s+)?|(?:who\\s+)?as\\s+)";
    /** "Mark Rutte, the …", "Marles, who is also …", "Milanović, who as …": a title set off after the name. */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(",\\s+" + RELATIVE_TITLE + "?(?:(?i:the|a)\\s+)?$");
    /** A title after "who is also" or "(who) as" belongs to the name before, whatever follows it ("who as commander-in-chief must …"). */
    private static final Pattern RELATIVE_TITLE_BEFORE = Pattern.compile(",\\s+" + RELATIVE_TITLE + "$");
    /** An apposition ends at a comma or the end of the sentence; "took over as TITLE" may go on ("on Tuesday"). */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s+(?:who|which)\\b");
    private static final Pattern APPOSITION_END = Pattern.compile("\\s*(?:[,.;)”\"]|$)|\\s+(?:on|in|since|from|after|last|this)\\b");
    /** "took over as", "was appointed as": the person is the subject before the verb. */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\b(?:t(?:ook|akes?|aking)\\s+over|took\\s+office|(?:was|has\\s+been|been)\\s+"
            + "(?:appointed|named|elected|sworn\\s+in)|became|becomes|serves|served|serving)\\s+as\\s+(?:the\\s+|a\\s+)?$");
    /** The start of a tenure: "since taking over the helm of NATO Tuesday", "who took office on 1 October". */
    private static final Pattern START_CUE = Pattern.compile("(?i)\\b(?:t(?:ook|aken|akes?|aking)\\s+over|t(?:ook|aking|akes?)\\s+office"
            + "|assum(?:ed|ing)\\s+(?:office|the\\s+(?:post|role|helm|position))|(?:was\\s+)?sworn\\s+in"
            + "|(?<!was\\s|been\\s)succeed(?:ed|ing))\\b");
    /** "…, who take office": the relative pronoun and a plural verb of a take-over right before its cue ends. */
    private static final Pattern PLURAL_WHO_BEFORE = Pattern.compile("(?i),?\\s+who\\s+(?:take\\s+(?:office|over)|assume\\s+\\w+(?:\\s+\\w+)?)");
    /** Punctuation that ends the clause of a take-over: its date must come before it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–()“”\"]");

    private final ReferenceCatalog catalog;
    private final PlaceHierarchy places = PlaceHierarchy.load();
    private final HomeCountry home = new HomeCountry();
    private final Titles titles = Titles.standard();
    private final Set<String> stopwords = Lexicon.words("name-stopwords.txt");

    public RoleAnnotator(ReferenceCatalog catalog) { this.catalog = catalog; }

    /** A role phrase as found; {@code organisation} is null until resolved from context. */
    private record Found(String person, String post, String organisation, boolean defaultsToOrganisation,
                         boolean past, boolean unknownQualifier, Sentence sentence) {}

    /** What stands before a title: "NATO’s new", "Ukrainian", "former"; {@code indefinite} for "a"/"an". */
    private record Left(String organisation, boolean past, boolean unknownQualifier, int begin, boolean indefinite) {
        Left(String organisation, boolean past, boolean unknownQualifier, int begin) {
            this(organisation, past, unknownQualifier, begin, false);
        }
    }

    /** A dated take-over: who took over, in what (null when the clause names no organisation), when. */
    private record Start(String person, List<String> organisations, LocalDate date, Sentence sentence) {}

    private record Key(String person, String post, String organisation) {}

    @Override
    public void annotate(Document document) {
        List<Found> found = new ArrayList<>();
        List<Start> starts = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Mention> mentions = document.mentionsIn(sentence.span());
            found.addAll(titled(document, sentence, mentions));
            found.addAll(informal(document, sentence, mentions));
            found.addAll(counterparts(document, sentence, mentions, found));
            found.addAll(unitHeads(document, sentence, mentions));
            starts.addAll(starts(document, sentence, mentions));
        }
        Map<Key, List<Resolved>> byKey = new LinkedHashMap<>();
        for (Found f : found)
            resolve(document, f, found).ifPresent(r -> byKey.computeIfAbsent(
                    new Key(r.person(), r.post(), r.organisation()), k -> new ArrayList<>()).add(r));
        Map<String, Integer> currentRoles = new LinkedHashMap<>();
        byKey.forEach((key, list) -> {
            if (list.stream().anyMatch(r -> !r.found().past()))
                currentRoles.merge(key.person(), 1, Integer::sum);
        });
        byKey.forEach((key, list) -> document.roles().add(role(document, key, list, starts, currentRoles.getOrDefault(key.person(), 0))));
    }

    // ---- role phrases ----------------------------------------------------------------------

    /** Every title next to a person: before the name, in apposition after it, or after "took over as". */
    private List<Found> titled(Document document, Sentence sentence, List<Mention> mentions) {
        List<Found> out = new ArrayList<>();
        String text = document.text();
        Matcher t = titles.titlePattern().matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (t.find()) {
            Titles.Post post = titles.post(t);
            if (post == null || !post.isPost())
                continue;
            Left left = left(document, sentence, mentions, t.start());
            String organisation = left.organisation();
            // "Foreign Minister of Ukraine Andrii Sybiha"
            Mention ofOrganisation = organisationAfterOf(document, mentions, t.end());
            int afterTitle = ofOrganisation != null ? ofOrganisation.span().end() : t.end();
            // "a spokesman for the Slovak government": the state of the demonym
            Matcher government = GOVERNMENT_AFTER.matcher(text).region(t.end(), sentence.span().end());
            if (organisation == null && ofOrganisation == null && government.lookingAt()) {
                organisation = titles.countryOf(government.group("demonym")).orElse(null);
                afterTitle = government.end();
            }
            Matcher posting = Titles.POSTED_TO.matcher(text).region(afterTitle, sentence.span().end());
            String postLabel = post.post();
            if (Titles.ENVOY.matcher(t.group()).find() && posting.lookingAt()) {
                afterTitle = posting.end(); // "Sweden's ambassador to NATO, Axel Berg,": the posting is part of the post
                if (posting.group("in") == null) // "Ukraine's ambassador in Canberra, NAME,": it is not
                    postLabel += " " + posting.group().strip().replaceAll("\\s+", " ");
            }
            Mention person = personAfter(document, mentions, afterTitle);
            Matcher coordinated = TITLE_AFTER_AND.matcher(text).region(afterTitle, sentence.span().end());
            if (person == null && coordinated.lookingAt()) // "Deputy Prime Minister and Defence Minister NAME": both are NAME's
                person = personAfter(document, mentions, coordinated.end());
            if (person == null && (organisation != null || ofOrganisation != null))
                person = personSetOffByCommas(document, mentions, afterTitle, sentence); // "the President of Finland, Alexander Stubb,"
            Matcher field = FIELD_AFTER.matcher(text).region(afterTitle, sentence.span().end());
            if (person == null && field.lookingAt() && appositionEnds(text, field.end(), sentence)) {
                afterTitle = field.end(); // "NAME, the UK defence ministry's director for drone capability, who …"
                postLabel += " " + Titles.asPost(field.group().strip());
            }
            if (person != null) {
                if (organisation == null && ofOrganisation != null)
                    organisation = ofOrganisation.entityKey();
                Mention ofAfterPerson = organisationAfterOf(document, mentions, person.span().end());
                if (organisation == null && ofAfterPerson != null)
                    organisation = ofAfterPerson.entityKey(); // "President Volodymyr Zelenskyy of Ukraine"
            } else if (appositionEnds(text, afterTitle, sentence) || left.indefinite()
                    || RELATIVE_TITLE_BEFORE.matcher(text).region(sentence.span().begin(), left.begin()).find()) {
                // "Mark Rutte, the Secretary General of NATO, said"; not "Putin, the secretary general stressed";
                // "Nils Hartung, a state secretary in …": an indefinite title after a name is an apposition
                person = personBefore(document, mentions, left.begin());
                if (organisation == null && ofOrganisation != null)
                    organisation = ofOrganisation.entityKey();
            }
            if (person != null && organisation == null && post.defaultsToParliament())
                organisation = parliamentNamed(document, sentence).orElse(null); // "NAME, the MP who drafted the motion"
            else if (person != null && isCountryKey(organisation) && post.defaultsToParliament())
                organisation = parliamentOf(document, organisation).orElse(organisation); // "a Ukrainian MP": in the Verkhovna Rada
            if (person != null)
                out.add(new Found(person.entityKey(), postLabel, organisation, post.defaultsToOrganisation(), left.past(),
                        left.unknownQualifier(), sentence));
        }
        return out;
    }

    /**
     * "NATO chief Mark Rutte", "the EU's foreign policy chief, Kaja Kallas," and "the head of the
     * alliance, Mark Rutte,": an informal word next to an organisation listed for it, then the name
     * (set off by commas after a possessive or an "of" phrase).
     */
    private List<Found> informal(Document document, Sentence sentence, List<Mention> mentions) {
        List<Found> out = new ArrayList<>();
        Matcher w = titles.synonymPattern().matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
        while (w.find()) {
            Left left = left(document, sentence, mentions, w.start());
            String organisation = left.organisation();
            int afterWord = w.end();
            Mention of = organisation == null ? organisationAfterOf(document, mentions, w.end()) : null;
            if (of != null) {
                organisation = of.entityKey();
                afterWord = of.span().end();
            }
            Mention person = personAfter(document, mentions, afterWord);
            if (person == null && organisation != null)
                person = personSetOffByCommas(document, mentions, afterWord, sentence);
            if (organisation == null || person == null)
                continue;
            String holder = person.entityKey(), inOrganisation = organisation;
            titles.synonymPost(organisation, w.group()).ifPresent(post -> out.add(
                    new Found(holder, post, inOrganisation, false, left.past(), false, sentence)));
        }
        return out;
    }

    private static final Pattern COUNTERPART = Pattern.compile("\\bcounterpart\\b");
    private final Pattern TITLE_AFTER_COUNTERPART = Pattern.compile(",?\\s+(?:" + titles.titlePattern().pattern() + ")");
    private final Pattern TITLE_AFTER_AND = Pattern.compile("\\s+and\\s+(?:" + titles.titlePattern().pattern() + ")");

    /**
     * "NAME, the head of the Ukraine task force at Denmark's defence ministry," and "NAME, who chairs
     * the parliament's foreign affairs committee": the person at the head of a unit, and where the
     * unit is (group "owner", a possessive before it, or group "at", the body after it).
     */
    private static final Pattern UNIT_HEAD = Pattern.compile(",\\s+(?:(?:the\\s+|a\\s+)?(?<head>(?i:head|chief|chair|chairman|chairwoman"
            + "|director))\\s+of\\s+|who\\s+(?<verb>chairs|heads|leads|directs)\\s+)(?<the>the\\s+)?"
            + "(?:(?<owner>(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}?[\\p{L}.-]+)['’]s\\s+)?"
            + "(?<unit>(?:[\\p{L}-]+\\s+){0,4}?(?:task\\s+force|committee|commission|department|directorate|unit|office|delegation))\\b"
            + "(?:\\s+(?:at|in|of)\\s+(?:the\\s+)?(?<at>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?))?");

    /** People at the head of a unit of a state, an organisation or a parliament (see {@link #UNIT_HEAD}). */
    private List<Found> unitHeads(Document document, Sentence sentence, List<Mention> mentions) {
        List<Found> out = new ArrayList<>();
        String text = document.text();
        Matcher u = UNIT_HEAD.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (u.find()) {
            Mention person = mentionEndingAt(document, mentions, trimSpaceBefore(text, sentence, u.start()));
            if (person == null || !Titles.isPerson(document, person))
                continue;
            String organisation = u.group("owner") != null ? unitOwner(document, sentence, mentions, u.start("owner"), u.group("owner"))
                    : u.group("at") != null ? unitOwner(document, sentence, mentions, u.start("at"), u.group("at")) : null;
            if (organisation == null)
                continue;
            String head = u.group("verb") != null ? (u.group("verb").equals("chairs") ? "Chair" : "Head")
                    : Titles.asPost(u.group("head"));
            String post = head + " of " + (u.group("the") != null ? "the " : "") + Titles.asPost(u.group("unit"));
            out.add(new Found(person.entityKey(), post, organisation, false, false, false, sentence));
        }
        return out;
    }

    /** "Denmark's", "the Danish", "the parliament's": the country or parliament a unit belongs to, or null. */
    private String unitOwner(Document document, Sentence sentence, List<Mention> mentions, int at, String words) {
        if (words.equalsIgnoreCase("parliament"))
            return parliamentNamed(document, sentence).orElse(null);
        for (Mention m : mentions)
            if (m.span().begin() == at && isOrganisation(document, m))
                return m.entityKey();
        return titles.countryOf(words.split("\\s+")[0]).filter(k -> catalog.byKey(k).isPresent()).orElse(null);
    }


    /** The country a mention starting at {@code begin} names, or null. */
    private static String countryMentionAt(Document document, List<Mention> mentions, int begin) {
        return mentions.stream().filter(m -> m.span().begin() == begin && isCountryKey(m.entityKey()))
                .map(Mention::entityKey).findFirst().orElse(null);
    }

    private static boolean isCountryKey(String key) { return key != null && key.startsWith(Entity.Kind.COUNTRY.uriKind + "/"); }

    /**
     * "Orbán … His Slovak counterpart, Robert Fico,": the post of the last national office holder
     * named before, in the country of the demonym.
     */
    private List<Found> counterparts(Document document, Sentence sentence, List<Mention> mentions, List<Found> before) {
        List<Found> out = new ArrayList<>();
        Matcher c = COUNTERPART.matcher(document.text()).region(sentence.span().begin(), sentence.span().end());
        while (c.find()) {
            Left left = left(document, sentence, mentions, c.start());
            if (!isCountryKey(left.organisation()))
                continue;
            // "his Ukrainian counterpart, Defence Minister Rustem Umerov": the title says the post, the demonym the country
            Matcher title = TITLE_AFTER_COUNTERPART.matcher(document.text()).region(c.end(), sentence.span().end());
            Titles.Post titled = title.lookingAt() ? titles.post(title) : null;
            Mention person = personAfter(document, mentions, titled != null && titled.isPost() ? title.end() : c.end());
            if (person != null && titled != null && titled.isPost()) {
                out.add(new Found(person.entityKey(), titled.post(), left.organisation(), false, left.past(), false, sentence));
                continue;
            }
            if (person == null)
                person = personSetOffByCommas(document, mentions, c.end(), sentence);
            // "Schallenberg met his Ukrainian counterpart Andrii Sybiha": the post of the office holder named last,
            // in this sentence also before its country is resolved
            Found model = null;
            for (Found f : before)
                if ((isCountryKey(f.organisation()) || f.organisation() == null && f.sentence().equals(sentence)) && person != null
                        && !f.person().equals(person.entityKey()))
                    model = f;
            if (person != null && model != null)
                out.add(new Found(person.entityKey(), model.post(), left.organisation(), false, left.past(), false, sentence));
        }
        return out;
    }

    /**
     * Reads leftwards from a title: tenure words, then an organisation or country (a mention, with
     * or without "’s", or a demonym), then tenure words again ("former NATO Secretary General").
     * A capitalised word that is neither ("Kremlin spokesman") is an organisation we cannot name.
     */
    private Left left(Document document, Sentence sentence, List<Mention> mentions, int titleStart) {
        String text = document.text();
        int pos = titleStart;
        StringBuilder tenure = new StringBuilder();
        pos = skipTenure(text, sentence, pos, tenure);
        String organisation = null;
        boolean unknown = false;
        Matcher its = ITS_BEFORE.matcher(text).region(sentence.span().begin(), pos);
        if (its.find()) {
            Mention antecedent = null;
            for (Mention m : mentions)
                if (m.span().end() <= its.start() && isOrganisation(document, m))
                    antecedent = m;
            // "South Korea will give $5m to Ukraine, its foreign minister, NAME, said": an attribution after
            // the clause speaks for the clause's subject, not for the last country named in it
            Mention subject = mentions.isEmpty() ? null : mentions.get(0);
            if (subject != null && subject.span().end() <= its.start() && isOrganisation(document, subject)
                    && SUBJECT_OPENS.matcher(text).region(sentence.span().begin(), subject.span().begin()).matches()
                    && COMMA_BEFORE.matcher(text).region(sentence.span().begin(), its.start()).find())
                antecedent = subject;
            return new Left(antecedent == null ? null : antecedent.entityKey(), Titles.isPast(tenure.toString()),
                    antecedent == null, its.start());
        }
        Matcher state = STATE_BEFORE.matcher(text).region(sentence.span().begin(), pos);
        if (state.find()) { // "the Slovak government’s spokesman", "the country’s deputy defence minister"
            String country = state.group("demonym") != null ? titles.countryOf(state.group("demonym")).orElse(null)
                    : state.group("state") != null ? countryMentionAt(document, mentions, state.start("state"))
                    : countryReferredTo(document, sentence, state.start())
                            .or(() -> home.of(document, sentence, person -> Optional.empty())).orElse(null);
            return new Left(country, Titles.isPast(tenure.toString()), country == null, state.start());
        }
        Matcher possessive = POSSESSIVE_BEFORE.matcher(text).region(sentence.span().begin(), pos);
        int end = possessive.find() ? possessive.start() : trimSpaceBefore(text, sentence, pos);
        Mention m = mentionEndingAt(document, mentions, end);
        MatchResult demonym = lastMatchEndingAt(titles.demonymPattern().matcher(text).region(sentence.span().begin(), end), end);
        Optional<String> seat = m == null ? Optional.empty() : stateOfSeat(document, m);
        if (m != null && isOrganisation(document, m)) {
            organisation = m.entityKey();
            pos = m.span().begin();
        } else if (seat.isPresent()) { // "Kremlin spokesman", "Berlin's ambassador": the state governed from there
            organisation = seat.get();
            pos = m.span().begin();
        } else if (m == null && demonym != null) {
            organisation = titles.countryOf(demonym.group()).filter(k -> catalog.byKey(k).isPresent()).orElse(null);
            pos = demonym.start();
        } else if (m != null) {
            unknown = true; // "Zelenskyy’s spokesman", "Kyiv Mayor": not an organisation we can name
        } else {
            Matcher word = WORD_BEFORE.matcher(text).region(sentence.span().begin(), pos);
            unknown = word.find() && !stopwords.contains(word.group(1));
        }
        pos = skipTenure(text, sentence, pos, tenure);
        Matcher the = THE_BEFORE.matcher(text).region(sentence.span().begin(), pos);
        boolean indefinite = false;
        if (the.find()) {
            pos = the.start();
            indefinite = !the.group().strip().equalsIgnoreCase("the");
        }
        return new Left(organisation, Titles.isPast(tenure.toString()), unknown, pos, indefinite);
    }

    /** The state a capital, or a place in one ("Kremlin", "White House"), stands for; empty for other places. */
    private Optional<String> stateOfSeat(Document document, Mention m) {
        Optional<Entity> e = document.entity(m.entityKey());
        if (e.isEmpty() || e.get().kind() != Entity.Kind.PLACE)
            return Optional.empty();
        if (e.get().standsFor() != null)
            return Optional.of(e.get().standsFor());
        String city = places.city(m.entityKey());
        return city.equals(m.entityKey()) ? Optional.empty() : catalog.byKey(city).map(KnownActor::capitalOf);
    }

    /** The title phrase ends (comma, sentence end, "who …", an adjunct), after "of X’s Body" if there is one. */
    private static boolean appositionEnds(String text, int afterTitle, Sentence sentence) {
        int end = sentence.span().end();
        Matcher body = BODY_OF_STATE.matcher(text).region(afterTitle, end);
        int from = body.lookingAt() ? body.end() : afterTitle;
        return APPOSITION_END.matcher(text).region(from, end).lookingAt()
                || RELATIVE_AFTER.matcher(text).region(from, end).lookingAt();
    }

    private static int skipTenure(String text, Sentence sentence, int pos, StringBuilder tenure) {
        Matcher m = TENURE_BEFORE.matcher(text).region(sentence.span().begin(), trimSpaceBefore(text, sentence, pos));
        if (!m.find())
            return pos;
        tenure.append(m.group(1)).append(' ');
        return m.start();
    }

    private static int trimSpaceBefore(String text, Sentence sentence, int pos) {
        while (pos > sentence.span().begin() && Character.isWhitespace(text.charAt(pos - 1)))
            pos--;
        return pos;
    }

    /** The last match of {@code m} if it ends exactly at {@code end}. */
    private static MatchResult lastMatchEndingAt(Matcher m, int end) {
        MatchResult last = null;
        while (m.find())
            last = m.toMatchResult();
        return last != null && last.end() == end ? last : null;
    }

    private static Mention mentionEndingAt(Document document, List<Mention> mentions, int end) {
        for (Mention m : mentions)
            if (m.span().end() == end)
                return m;
        return null;
    }

    /** An organisation or a country; places ("Kyiv Mayor") hold no posts here. */
    private static boolean isOrganisation(Document document, Mention m) {
        return document.entity(m.entityKey())
                .map(e -> e.kind() == Entity.Kind.ORGANISATION || e.kind() == Entity.Kind.COUNTRY).orElse(false);
    }

    /** "… of [the] ORG" right after {@code index}. */
    private static Mention organisationAfterOf(Document document, List<Mention> mentions, int index) {
        Matcher of = OF_AFTER.matcher(document.text()).region(index, document.text().length());
        if (!of.lookingAt())
            return null;
        for (Mention m : mentions)
            if ((m.span().begin() == of.end() || m.span().begin() == of.start("the")) && isOrganisation(document, m))
                return m;
        return null;
    }

    /** A person whose name starts after white space at {@code index}. */
    private static Mention personAfter(Document document, List<Mention> mentions, int index) {
        String text = document.text();
        int i = index;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)))
            i++;
        if (i == index)
            return null;
        for (Mention m : mentions)
            if (m.span().begin() == i && Titles.isPerson(document, m))
                return m;
        return null;
    }

    /** "Sweden's defence minister, Pål Jonson, said": a name between commas (or before the sentence's end). */
    private static Mention personSetOffByCommas(Document document, List<Mention> mentions, int index, Sentence sentence) {
        String text = document.text();
        Matcher comma = COMMA_BEFORE_NAME.matcher(text).region(index, sentence.span().end());
        if (!comma.lookingAt())
            return null;
        for (Mention m : mentions)
            if (m.span().begin() == comma.end() && Titles.isPerson(document, m)
                    && NAME_CLOSES.matcher(text).region(m.span().end(), sentence.span().end()).lookingAt())
                return m;
        return null;
    }

    /** "Mark Rutte, [the] TITLE" or "Rutte took over as TITLE": the person before the title phrase. */
    private static Mention personBefore(Document document, List<Mention> mentions, int phraseBegin) {
        String text = document.text();
        Mention previous = null;
        for (Mention m : mentions)
            if (m.span().end() <= phraseBegin && Titles.isPerson(document, m))
                previous = m;
        if (previous == null)
            return null;
        String between = text.substring(previous.span().end(), phraseBegin);
        if (APPOSITION_BEFORE.matcher(between).matches())
            return previous;
        Matcher as = AS_BEFORE.matcher(text).region(previous.span().end(), phraseBegin);
        return as.find() && as.end() == phraseBegin ? previous : null;
    }

    /**
     * The role a definite description gives the person it was resolved to ("the Ukrainian
     * president" → President of Ukraine), unless that person already holds a post there or the
     * country is not an entity of the document. Called once speakers are resolved.
     */
    static void addDescribedRoles(Document document, List<Attribution.DescribedPost> described) {
        Titles titles = Titles.standard();
        for (Attribution.DescribedPost d : described) {
            Matcher t = titles.titlePattern().matcher(d.title());
            Titles.Post post = t.matches() ? titles.post(t) : null;
            if (post == null || !post.isPost() || document.entity(d.countryKey()).isEmpty()
                    || document.roles().stream().anyMatch(r -> r.personKey().equals(d.personKey())
                            && r.organisationKey().equals(d.countryKey())))
                continue;
            Span evidence = document.sentenceAt(d.phrase().begin()).map(Sentence::span).orElse(d.phrase());
            document.roles().add(new Facts.Role(d.personKey(), post.post(), d.countryKey(), null, evidence, DESCRIPTION_CONFIDENCE));
        }
    }

    // ---- organisation from context ---------------------------------------------------------

    /** Fills a missing organisation from the person's other roles or the document's main organisation. */
    private Optional<Resolved> resolve(Document document, Found f, List<Found> all) {
        if (f.organisation() != null)
            return Optional.of(new Resolved(f, f.organisation(), EXPLICIT_CONFIDENCE));
        List<String> same = all.stream()
                .filter(o -> o.person().equals(f.person()) && o.post().equals(f.post()) && o.organisation() != null)
                .map(Found::organisation).distinct().toList();
        if (same.size() == 1)
            return Optional.of(new Resolved(f, same.get(0), SAME_PERSON_CONFIDENCE));
        if (f.unknownQualifier())
            return Optional.empty();
        if (f.defaultsToOrganisation())
            return mainOrganisation(document).map(org -> new Resolved(f, org, CONTEXT_CONFIDENCE));
        // "Latvian President NAME, a former foreign minister": a person's national posts are in one state
        Optional<String> elsewhere = nationalPostOf(f.person(), all);
        if (elsewhere.isPresent())
            return elsewhere.map(c -> new Resolved(f, c, SAME_PERSON_CONFIDENCE));
        Optional<String> nationality = catalog.nationality(f.person()); // "President Zelenskyy said …": a listed person's state
        if (nationality.isPresent())
            return nationality.map(c -> new Resolved(f, c, SAME_PERSON_CONFIDENCE));
        // "Britain will keep …, Armed Forces Minister Daniel Hurst said": a minister speaks for the state the clause
        // presents as an actor (HomeCountry); the sentence before counts when this one names none (a quotation split in two)
        Optional<String> country = home.actor(document, f.sentence().span());
        if (country.isEmpty() && f.sentence().index() > 0 && continuesQuotation(document, f.sentence()))
            country = home.actor(document, document.sentences().get(f.sentence().index() - 1).span());
        if (country.isPresent())
            return country.map(c -> new Resolved(f, c, SENTENCE_COUNTRY_CONFIDENCE));
        // "President NAME said …" with no state in its sentence: the passage's, else the dateline's
        Optional<String> passage = home.around(document, f.sentence(), person -> nationalPostOf(person, all));
        if (passage.isPresent())
            return passage.map(c -> new Resolved(f, c, PASSAGE_COUNTRY_CONFIDENCE));
        // else the state the article is about, with the lowest confidence: in this kind of news an official named
        // with a bare title and no state anywhere near is most often one of that state's (held-out set 5)
        return mainCountry(document).map(c -> new Resolved(f, c, MAIN_COUNTRY_CONFIDENCE));
    }

    /** The country the content mentions most often, by name or by its capital ("Washington"); the first one on a tie. */
    private static Optional<String> mainCountry(Document document) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : document.mentions()) {
            Entity e = document.entity(m.entityKey()).orElseThrow();
            String country = e.kind() == Entity.Kind.COUNTRY ? e.key() : e.standsFor();
            if (country != null && document.sentenceAt(m.span().begin()).isPresent())
                counts.merge(country, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The country of a national post the text gives a person explicitly, if any. */
    private static Optional<String> nationalPostOf(String person, List<Found> all) {
        return all.stream().filter(o -> o.person().equals(person) && isCountryKey(o.organisation()))
                .map(Found::organisation).findFirst();
    }

    /** The sentence opens inside a quotation that began in the sentence before. */
    private static boolean continuesQuotation(Document document, Sentence sentence) {
        int begin = sentence.span().begin();
        return Quotes.find(document).stream().anyMatch(q -> q.outer().begin() < begin && begin < q.outer().end());
    }

    /**
     * The country "the country’s" refers to: named before it in the sentence, else the last one the
     * sentence before names, else the first one after it in the sentence ("The country’s foreign
     * minister, NAME, said Estonia …").
     */
    private Optional<String> countryReferredTo(Document document, Sentence sentence, int at) {
        Optional<String> before = firstCountry(document, new Span(sentence.span().begin(), at));
        if (before.isPresent() || sentence.index() == 0)
            return before.or(() -> firstCountry(document, new Span(at, sentence.span().end())));
        List<Mention> previous = document.mentionsIn(document.sentences().get(sentence.index() - 1).span()).stream()
                .filter(m -> isCountryKey(m.entityKey())).toList();
        return previous.isEmpty() ? firstCountry(document, new Span(at, sentence.span().end()))
                : Optional.of(previous.get(previous.size() - 1).entityKey());
    }

    private static Optional<String> firstCountry(Document document, Span sentence) {
        return document.mentionsIn(sentence).stream()
                .filter(m -> document.entity(m.entityKey()).map(e -> e.kind() == Entity.Kind.COUNTRY).orElse(false))
                .map(Mention::entityKey).findFirst();
    }

    private record Resolved(Found found, String organisation, double confidence) {
        String person() { return found.person(); }

        String post() { return found.post(); }
    }

    /** The parliament (a state body) the sentence names, else the one the document names most. */
    private static Optional<String> parliamentNamed(Document document, Sentence sentence) {
        java.util.function.Predicate<Mention> parliament = m -> document.entity(m.entityKey()).map(e -> e.partOf() != null).orElse(false);
        return document.mentionsIn(sentence.span()).stream().filter(parliament).map(Mention::entityKey).findFirst()
                .or(() -> document.entitiesByMentions(parliament).stream().findFirst());
    }

    /** The one state body of {@code country} the document names (its parliament, for a post held in one). */
    private static Optional<String> parliamentOf(Document document, String country) {
        List<String> bodies = document.entities().values().stream().filter(e -> country.equals(e.partOf())).map(Entity::key).toList();
        return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
    }

    /** The organisation mentioned most often (news outlets aside); the first one on a tie. */
    static Optional<String> mainOrganisation(Document document) {
        return document.entitiesByMentions(m -> {
            Entity e = document.entity(m.entityKey()).orElseThrow();
            return e.kind() == Entity.Kind.ORGANISATION && !e.types().contains("NewsOutlet")
                    && document.sentenceAt(m.span().begin()).isPresent();
        }).stream().findFirst();
    }

    // ---- start dates ------------------------------------------------------------------------

    /** "It was Rutte’s first trip since taking over the helm of NATO Tuesday": Rutte, NATO, Tuesday. */
    private static List<Start> starts(Document document, Sentence sentence, List<Mention> mentions) {
        List<Start> out = new ArrayList<>();
        String text = document.text();
        Matcher cue = START_CUE.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (cue.find()) {
            List<Mention> before = mentions.stream().filter(m -> m.span().end() <= cue.start() && Titles.isPerson(document, m)).toList();
            Mention subject = before.isEmpty() ? null : before.get(before.size() - 1);
            // "Costa and Kallas, who take office on Sunday": a plural verb after "who" dates every person named before it
            List<Mention> subjects = subject != null && PLURAL_WHO_BEFORE.matcher(text).region(subject.span().end(), cue.end()).matches()
                    ? before : subject == null ? List.of() : List.of(subject);
            TimeExpression time = null;
            for (TimeExpression t : document.timesIn(sentence.span()))
                if (t.span().begin() >= cue.end() && !CLAUSE_BREAK.matcher(text.substring(cue.end(), t.span().begin())).find()) {
                    time = t;
                    break;
                }
            if (subject == null || time == null)
                continue;
            int clauseEnd = time.span().end();
            List<String> organisations = mentions.stream()
                    .filter(m -> m.span().begin() >= cue.start() && m.span().end() <= clauseEnd && isOrganisation(document, m))
                    .map(Mention::entityKey).toList();
            for (Mention person : subjects)
                out.add(new Start(person.entityKey(), organisations, time.start(), sentence));
        }
        return out;
    }

    /**
     * One role per person, post and organisation. The evidence is the phrase's sentence nearest
     * to a dated take-over of that person (joined with it when next to it), else the first.
     */
    private Facts.Role role(Document document, Key key, List<Resolved> found, List<Start> starts, int currentRoles) {
        double confidence = found.stream().mapToDouble(Resolved::confidence).max().orElseThrow();
        boolean current = found.stream().anyMatch(r -> !r.found().past());
        Start start = current ? startOf(key, starts, currentRoles) : null;
        ensureEntity(document, key.organisation());
        if (start == null) // the first sentence that names the organisation as surely as any
            return new Facts.Role(key.person(), key.post(), key.organisation(), null, found.stream()
                    .filter(r -> r.confidence() == confidence).findFirst().orElseThrow().found().sentence().span(), confidence);
        Sentence nearest = found.stream().map(r -> r.found().sentence())
                .min(Comparator.comparingInt(s -> Math.abs(s.index() - start.sentence().index()))).orElseThrow();
        Span evidence = nearest.span();
        if (Math.abs(nearest.index() - start.sentence().index()) == 1)
            evidence = new Span(Math.min(nearest.span().begin(), start.sentence().span().begin()),
                    Math.max(nearest.span().end(), start.sentence().span().end()));
        return new Facts.Role(key.person(), key.post(), key.organisation(), start.date(), evidence, confidence);
    }

    /**
     * The take-over that dates this role: same person, and the clause names its organisation, or
     * names none while the person holds only this one current post.
     */
    private static Start startOf(Key key, List<Start> starts, int currentRoles) {
        for (Start s : starts)
            if (s.person().equals(key.person())
                    && (s.organisations().contains(key.organisation()) || s.organisations().isEmpty() && currentRoles == 1))
                return s;
        return null;
    }

    /** The organisation of a role named by a demonym only ("Dutch") still needs its entity in the document. */
    private void ensureEntity(Document document, String key) {
        if (document.entity(key).isEmpty())
            catalog.byKey(key).map(KnownActor::toEntity).ifPresent(document::addEntity);
    }
}
