package org.alliancegraph.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.alliancegraph.extract.Facts.EventType;
import org.alliancegraph.extract.TimeExpression.Granularity;
import org.alliancegraph.rdf.UriScheme;

/**
 * Meetings, summits, ministerial meetings, visits, press conferences, briefings and addresses
 * (CONTRACT §3, {@code ag:Event}).
 *
 * <p><b>Triggers.</b> "meeting of NATO defense ministers", "Defence Ministers’ Meeting",
 * "ministerial" → MinisterialMeeting; "summit" → Summit; "press conference" → PressConference;
 * "briefing" → Briefing; "visited", "visit", "trip" → Visit; "met with", "meeting" → Meeting;
 * "addressed", "address", "speech" → Address. Words that are also common verbs ("meet", "visit",
 * "address") count only as a noun ("the meeting", "Rutte’s first trip") or with an actor or place
 * after them ("met with Zelenskyy", "addressed the alliance’s headquarters"): "NATO will meet its
 * pledge" is no meeting. Also calls and video conferences, sessions and gatherings of a named body,
 * conferences, "discussed X with NAME", "presented X to an audience" (address), "met the press"
 * (press conference), "arrived in" a city (visit).
 *
 * <p><b>Clauses.</b> A sentence is cut at clause punctuation, long quotations and subordinating
 * words ("since", "that", "which"…); each trigger owns its clause up to the neighbouring triggers.
 * Its date is the date phrase of that stretch ("visited Ukraine Thursday", "on Thursday and Friday"
 * → a range), else a date fronted to the sentence ("On Thursday, …", "At that time, …" = the last
 * date of the sentence before). The date of "since taking over … Tuesday" is not the trip's.
 * Its place is the most specific place of the stretch ("at the NATO Headquarters" over "Brussels").
 * Its participants are the people, organisations and countries that act in it: the subject of a
 * verb trigger, or of the clause when the trigger follows "at", "during", "attend" and the like;
 * a possessor ("Rutte’s briefing"); an organisation in the name ("NATO Summit"); and the actors
 * right after it ("met with Ukraine President Volodymyr Zelenskyy"). An organisation or country that
 * only qualifies a person's title ("Ukraine" in "Ukraine President Volodymyr Zelenskyy") is not one,
 * nor is a news outlet.
 *
 * <p><b>One event per real event.</b> Within a document, "the meeting" or "his address" is the
 * latest compatible event before it; mentions of the same type with compatible dates and places
 * merge. An event still undated takes the date of a dated event of the same document in the same
 * city with a participant in common ("Rutte was in Brussels to chair a meeting …" in an article
 * whose Rutte addressed NATO Headquarters on Thursday); a briefing, press conference or address
 * not in the future takes the publication date; otherwise it is dropped (ag:startDate is
 * required). An event without a place takes the city of the other events of its day when they
 * agree. The key is type, date and city: "ministerialmeeting-2024-10-17-brussels", so the same
 * meeting in several articles is one resource; press conferences, briefings and addresses are keyed
 * by the people who give them instead ("pressconference-2024-10-16-mark-rutte"), since one report
 * names the place and another does not. The date part is the day, or the month or year
 * when the text gives no day ("last week" as {@code 2025-w11}; then {@code start} is the first day of that period and {@code end}
 * is null); summits are keyed by year and city, the way they are named ("the 2024 Washington
 * summit"), because articles date them loosely ("this summer", "in July").
 */
public final class EventAnnotator implements Annotator {
    /** Dated by a phrase of its own clause. */
    public static final double DATED_CONFIDENCE = 0.8;
    /** Dated by a phrase fronted to the sentence or by "at that time". */
    public static final double SENTENCE_DATED_CONFIDENCE = 0.75;
    /** Dated by another event of the document in the same city with a common participant. */
    public static final double ANCHORED_CONFIDENCE = 0.6;
    /** Dated by the day of the clause or sentence next to it. */
    public static final double NEARBY_CONFIDENCE = 0.55;
    /** Dated by the publication date. */
    public static final double PUBLICATION_DATED_CONFIDENCE = 0.5;

    /** Parliaments by name; an MP speaking in a debate ("told the chamber") gives no address. */
    private static final String PARLIAMENTS = "Bundestag|Sejm|Storting|Riksdag|Folketing|Eduskunta|Saeima|Seimas|Riigikogu|Sabor|Althing"
            + "|(?:Verkhovna\\s+)?Rada|House\\s+of\\s+Commons|Senate|Congress|National\\s+Assembly|Knesset|Assemblée\\s+nationale";
    private static final String PORTFOLIO = "defen[cs]e|foreign|finance|economy|energy|interior|justice|health|trade";
    private static final Set<EventType> MULTILATERAL = EnumSet.of(EventType.Summit, EventType.MinisterialMeeting);
    private static final Set<EventType> REPORTING = EnumSet.of(EventType.Briefing, EventType.PressConference, EventType.Address);

    /** {@code verbOnly}: a verb that is never a noun ("the hosted event"), so it always needs its argument. */
    /**
     * {@code topicInside}: the match runs from the verb over its topic to the preposition before the other party
     * ("discussed air defence with", "presented his plan to"); actors named in the topic take no part.
     */
    private record Trigger(EventType type, Pattern pattern, boolean needsArgument, boolean verbOnly, boolean topicInside) {
        Trigger(EventType type, Pattern pattern, boolean needsArgument) { this(type, pattern, needsArgument, false, false); }

        Trigger(EventType type, Pattern pattern, boolean needsArgument, boolean verbOnly) { this(type, pattern, needsArgument, verbOnly, false); }
    }

    /** In priority order: a span taken by an earlier trigger is not read again by a later one. */
    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger(EventType.MinisterialMeeting, Pattern.compile("(?i)\\bmeeting\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}?(?<portfolio>"
                    + PORTFOLIO + ")\\s+ministers\\b"), false),
            new Trigger(EventType.MinisterialMeeting, Pattern.compile("(?i)\\b(?<portfolio>" + PORTFOLIO + ")\\s+ministers['’]?\\s+meeting\\b"), false),
            new Trigger(EventType.MinisterialMeeting, Pattern.compile("(?i)\\b(?:(?<portfolio>" + PORTFOLIO + ")\\s+)?ministerial(?:\\s+meeting)?\\b"), false),
            new Trigger(EventType.Summit, Pattern.compile("(?i)\\bsummit\\b"), false),
            new Trigger(EventType.PressConference, Pattern.compile("(?i)\\b(?:joint\\s+)?(?:press|news)\\s+conference\\b"), false),
            // A briefing for the press is a press conference; one for officials or MPs stays a briefing.
            new Trigger(EventType.PressConference, Pattern.compile("(?i)\\b(?:(?:press|news|media)\\s+briefing|briefing\\s+(?:with|for|to)"
                    + "\\s+(?:the\\s+)?(?:journalists|reporters|press|media))\\b"), false),
            new Trigger(EventType.Briefing, Pattern.compile("(?i)\\bbriefing\\b"), false),
            // Round seven. Speaking to an audience is an address ("told a conference in Amsterdam"); to a committee of
            // officials or MPs, a briefing ("told a parliamentary defence committee", GUIDELINES §5).
            new Trigger(EventType.Address, Pattern.compile("(?i)\\b(?:told|tells|addressed|spoke\\s+(?:to|at|before))\\s+(?:an?|the)\\s+"
                    + "(?:[\\p{L}’'-]+\\s+){0,2}?(?:conference|forum|audience|rally|congress|convention)\\b"), false),
            // Speaking to a parliament in session is an address ("told parliament on Thursday", "addressed lawmakers").
            new Trigger(EventType.Address, Pattern.compile("(?i)\\b(?:told|tells|addressed|spoke\\s+(?:to|before|in))\\s+(?:the\\s+)?"
                    + "(?:(?:national|federal|upper|lower)\\s+)?(?:parliament|lawmakers|legislators|MPs|" + PARLIAMENTS + ")\\b"), false),
            new Trigger(EventType.Briefing, Pattern.compile("(?i)\\b(?:told|tells|testified\\s+(?:to|before)|appeared\\s+before)\\s+(?:an?|the)\\s+"
                    + "(?:[\\p{L}’'-]+\\s+){0,3}?committee\\b"), false),
            // A ceremony where two parties sign or hand over something is a meeting between them.
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:signing|handover|hand-over)\\s+ceremony\\b"), false),
            // "a donors' conference in Paris", "the Ukraine Recovery Conference": a meeting (press conferences come first).
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\bconference(?:\\s+call)?\\b(?!\\s+(?:room|hall|centre|center)\\b)"), true),
            // "met the press", "faced reporters": an on-record appearance (unlike "told reporters", GUIDELINES §5).
            new Trigger(EventType.PressConference, Pattern.compile("(?i)\\b(?:met|meets?|fac(?:e|es|ed|ing))\\s+(?:the\\s+press|reporters|journalists)\\b"),
                    false),
            // Conversations at a distance: "a phone call with", "spoke by phone with", "a video conference".
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:(?:tele)?phone|video)[\\s-]*(?:call|conversation|conference)\\b"
                    + "|\\bvideoconference\\b|\\b(?:call|conversation)(?=\\s+with\\b)"), false),
            // "a session of the NATO-Ukraine Council", "the last gathering of the Contact Group": a sitting of a named body.
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:session|gathering)(?=\\s+of\\s+(?:the\\s+)?\\p{Lu})"), false),
            // "The council met by video link on Tuesday": a body meeting among its own members.
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:met|meet(?:s|ing)?)(?=\\s+(?:by\\s+video|by\\s+(?:tele)?phone|virtually|online|remotely)\\b)"),
                    false),
            // "The council met from Friday to Monday at …", "the leaders met on Tuesday in …": a sitting on stated days.
            new Trigger(EventType.Meeting, Pattern.compile("\\b(?:met|meets?)(?=\\s+(?:again\\s+)?(?:on|from)\\s+(?:" + Dates.WEEKDAY + ")\\b)"), false),
            new Trigger(EventType.Visit, Pattern.compile("(?i)\\b(?:visit(?:s|ed|ing)?|trip)\\b"), true),
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:met|meet(?:s|ing)?)\\b"), true),
            // "sat down with the Canadian minister": a meeting with whoever comes after.
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:sat|sit(?:s|ting)?)\\s+down(?=\\s+with\\b)"), true, true),
            // "talks" only as a noun: "for talks on air defence", "two days of talks", "held talks"
            new Trigger(EventType.Meeting, Pattern.compile("(?i)(?<=\\b(?:for|of|in|hold|holds|held|after|during|the|with|bilateral|their|his|her|its|our|these|those)\\s)talks\\b"
                    + "|\\btalks(?=\\s+between\\b)|(?<=['’]s\\s)talks\\b"), false),
            new Trigger(EventType.Address, Pattern.compile("(?i)\\b(?:address(?:es|ed)?|speech)\\b"), true),
            // Round five: verbs of the same events, each accepted only with an actor or place after it.
            // "arrived in Kyiv", "landed in Ottawa": a trip to the place named.
            new Trigger(EventType.Visit, Pattern.compile("(?i)\\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing))(?=\\s+in\\s+(?:the\\s+)?\\p{Lu})"), true, true),
            new Trigger(EventType.Visit, Pattern.compile("(?i)(?:\\b(?:travel(?:s|led|ed|ling|ing)|fl(?:ies|ew|ying))"
                    + "|(?<=\\b(?:will|would|to|could|shall|must|may|might|not|did|do|does)\\s)(?:travel|fly))(?=\\s+to\\b)"), true, true),
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:speak(?:s|ing)?|spoke|talk(?:s|ed|ing)?)"
                    + "(?:\\s+(?:by\\s+(?:tele)?phone|by\\s+video(?:\\s+link)?|on\\s+the\\s+(?:tele)?phone))?(?=\\s+with\\b)"
                    // "spoke to Blair by phone": the other party before the means
                    + "|\\b(?:speak(?:s|ing)?|spoke|talk(?:s|ed|ing)?)(?=\\s+to\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}(?:by\\s+(?:tele)?phone|by\\s+video)\\b)"
                    + "|\\bhost(?:s|ed|ing)\\b"), true, true),
            new Trigger(EventType.Briefing, Pattern.compile("(?i)\\bbrief(?:s|ed)\\b"), true, true),
            // "chaired the NATO-Ukraine Council", "will attend the North Atlantic Council": a sitting of the council named.
            new Trigger(EventType.Meeting, Pattern.compile("\\b(?i:chair(?:s|ed|ing)?|attend(?:s|ed|ing)?)(?=\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}Council\\b)"),
                    true, true),
            // "discussed air defence with NAME", "presented his plan to the parliament": the other party after the topic.
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\bdiscuss(?:es|ed|ing)?\\s+(?:[\\p{L}’'-]+\\s+){0,6}?with(?=\\s)"), true, true, true),
            new Trigger(EventType.Address, Pattern.compile("(?i)\\bpresent(?:s|ed|ing)?\\s+(?:[\\p{L}’'-]+\\s+){1,5}?to(?=\\s)"), true, true, true),
            // "…, hours later, to NATO defence ministers at the alliance's headquarters": ministers gathered in a named place.
            new Trigger(EventType.MinisterialMeeting, Pattern.compile("(?i)\\b(?<portfolio>" + PORTFOLIO + ")\\s+ministers(?=\\s+(?:at|in)\\s)"),
                    true, true),
            // "Finance ministers … agreed in Washington on Friday": a gathering in a named place (its subject may make it
            // a ministerial meeting or a summit).
            new Trigger(EventType.Meeting, Pattern.compile("(?i)\\b(?:gather(?:s|ed)?|convene[sd]?|agreed)(?=\\s+(?:again\\s+)?in\\s+\\p{Lu})"
                    + "|\\b(?:gather(?:s|ed)?|convene[sd]?)(?=\\s+(?:again\\s+)?at\\s+(?:the\\s+)?\\p{Lu})"),
                    true, true));

    /** Unambiguous verb forms: no noun phrase to read before them. */
    private static final Pattern VERB_FORM = Pattern.compile("(?i)met|meets|visited|addressed");
    private static final Pattern MODIFIER_BEFORE = Pattern.compile("(?i)(?<![\\p{L}-])(?:joint|first|second|annual|extraordinary|informal"
            + "|formal|significant|high-level|two-day|one-day|upcoming|recent|official|historic|landmark|special|emergency"
            + "|bilateral|trilateral|multilateral|working|surprise|unannounced|state|last|next|previous|latest|planned|key|major"
            + "|nightly|daily|weekly|evening|morning|video|televised|keynote|virtual|online|farewell|inaugural|opening|closing"
            + "|regular|traditional|brief|short|lengthy|long|private|public|closed-door|face-to-face|in-person|separate|further"
            + "|\\p{L}+(?:-\\p{L}+)+|" + PORTFOLIO + ")\\s+$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(the|this|that|his|her|its|their|our|a|an)\\s+$");
    private static final Pattern DEFINITE = Pattern.compile("(?i)the|this|that|his|her|its|their|our");
    /** Before the trigger's noun phrase, these make the clause's subject a participant. */
    private static final Pattern ATTENDANCE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:at|during|in|to|for|attend(?:s|ed|ing)?"
            + "|chair(?:s|ed|ing)?|host(?:s|ed|ing)?|hold(?:s|ing)?|held|ha[ds]|have|having|join(?:s|ed|ing)?|participat(?:e|es|ed|ing)\\s+in"
            + "|t(?:ell|ells|old)|g(?:ive|ives|ave)|beg(?:in|ins|an|un)|start(?:s|ed)?|end(?:s|ed)?|conclud(?:e|es|ed)"
            + "|wrap(?:s|ped)?\\s+up|ma(?:ke|kes|de)|pa(?:y|ys|id)"
            + "|t(?:ake|akes|ook|aking)\\s+part\\s+in)\\s+$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
    /** Words between a trigger and its actors: "met with with President …", "meet EU leaders and NATO defence ministers". */
    private static final Pattern GLUE = Pattern.compile("(?i)with|to|and|between|the|a|an|of|his|her|their|its|both|leaders?|ministers?"
            + "|officials?|counterparts?|representatives?|delegations?|heads?|government|state|states|countries|nations|" + PORTFOLIO);
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at|near|outside|inside|addresse[sd]|address(?:ing)?)\\s+(?:the\\s+)?$");
    private static final Pattern LOCATIVE_OR_DESTINATION = Pattern.compile("(?i)\\b(?:in|at|near|outside|inside|to|visit(?:s|ed|ing)?)\\s+(?:the\\s+)?$");
    /** Words between a verb trigger and the place that accepts it: "meet again in Oslo". */
    private static final Pattern PLACE_GLUE = Pattern.compile("(?i)again|in|at|on|later|soon|next");
    /** The subject of a meeting of heads of state or government: "NATO leaders meet in The Hague" is a summit. */
    private static final Pattern LEADERS_SUBJECT = Pattern.compile("(?i)\\b(?:heads\\s+of\\s+(?:state|government)|leaders)\\b");
    /** The subject of a meeting among ministers themselves: "NATO foreign ministers meet in Brussels". */
    private static final Pattern MINISTERS_SUBJECT = Pattern.compile("(?i)\\b(?:(?<portfolio>" + PORTFOLIO + ")\\s+)?ministers\\b");
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("(?i)(?:who|which|that)\\b");
    /** The noun phrase a relative clause hangs on: up to four words before its comma. */
    private static final Pattern ANTECEDENT = Pattern.compile("(?:[\\p{L}’'-]+\\s+){0,3}[\\p{L}’'-]+,?\\s*$");
    /** Text before a fronted date: "On Thursday, …", "Later on Thursday, …", "The evening before, …". */
    private static final Pattern FRONTED_LEAD = Pattern.compile("\\W*(?:\\p{L}+\\s+){0,2}");
    /** A participle clause before the main one: its event's participant is the main clause's subject. */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("\\s*(?:Speaking|Talking|Addressing|Answering|Appearing|Writing|Standing"
            + "|(?:In|At|During|After)\\s+(?:his|her|their|a|an|the))\\b");
    private static final Pattern NEXT_TOKEN = Pattern.compile("\\s*(,|[\\p{L}.’'-]+)");
    private static final Pattern BOUNDARY = Pattern.compile("[;:()]|\\s[–—-]\\s|,|(?i)\\b(?:since|after|before|until|while|whereas"
            + "|because|although|though|which|who|whom|whose|where|when|that)\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]*)(?:[”\"]|$)");
    private static final Pattern ANAPHORIC_TIME = Pattern.compile("(?i)\\b(?:at\\s+(?:that|the)\\s+time|at\\s+that\\s+point|on\\s+that\\s+day)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|shall|would|is\\s+to|are\\s+to|scheduled|plans?\\s+to|planned"
            + "|set\\s+to|going\\s+to|expected\\s+to|upcoming|due\\s+to)\\b");
    private static final Pattern HOST = Pattern.compile("(?i)host(?:s|ed|ing)");
    /** Between a person and a place: "was in", "is currently in". */
    private static final Pattern PRESENT_IN = Pattern.compile("(?i)\\s+(is|was|are|were)\\s+(?:currently\\s+|now\\s+|already\\s+|also\\s+|still\\s+)?in\\s+(?:the\\s+)?");
    /** A sentence opening with the person's whereabouts: "Currently in Brussels, President Zelenskyy …". */
    private static final Pattern PRESENT_IN_OPENING = Pattern.compile("\\W*(?:Currently|Now|Already|Still)\\s+in\\s+(?:the\\s+)?");
    private static final Pattern PERSON_AFTER_OPENING = Pattern.compile(",\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\bthat\\b|[“\"]");
    /** The place where a group of officials is met: "the leaders of the Baltic states in Vilnius". */
    private List<Mention> groupInAPlace(Document document, List<Mention> mentions, int from, int limit) {
        String text = document.text();
        Matcher group = GROUP_AFTER.matcher(text).region(from, limit);
        if (!group.lookingAt())
            return List.of();
        return mentions.stream().filter(m -> m.span().begin() >= group.end() && m.span().end() <= limit
                        && kind(document, m) == Entity.Kind.PLACE
                        && GROUP_TO_PLACE.matcher(text.substring(group.end(), m.span().begin())).matches())
                .limit(1).toList();
    }

    /** The place named right before {@code index} ("Vilnius" in "to Vilnius on Monday, where"), across a date and a comma. */
    private String placeBefore(Document document, List<Mention> mentions, int index) {
        String text = document.text();
        return mentions.stream().filter(m -> m.span().end() <= index && kind(document, m) == Entity.Kind.PLACE)
                .reduce((a, b) -> b)
                .filter(m -> PLACE_TO_WHERE.matcher(text.substring(m.span().end(), index)).matches()
                        || document.timesIn(new Span(m.span().end(), index)).size() == 1
                        && PLACE_TO_WHERE.matcher(text.substring(m.span().end(), index)
                                .replace(document.timesIn(new Span(m.span().end(), index)).get(0).phrase(), "")).matches())
                .map(Mention::entityKey).orElse(null);
    }

    /** A clause opening with its verb of saying, its subject before the comma: ", NAME, said during a visit …". */
    private static final Pattern SPEECH_VERB_OPENING = Pattern.compile("[,\\s]*(?:said|says|told|announced|added|noted|stressed|spoke)\\b");
    /** Bodies whose meetings are meetings of ministers. */
    private static final Pattern MINISTERIAL_BODY = Pattern.compile("(?i)\\bContact\\s+Group\\b|\\bCouncil\\s+of\\s+Ministers\\b");
    private static final Pattern GROUP_TO_PLACE = Pattern.compile("[^,;.“”\"]*\\b(?:in|at)\\s+(?:the\\s+)?");
    private static final Pattern PLACE_TO_WHERE = Pattern.compile("(?:\\s+on|\\s+in)?\\s*,?\\s*");
    private static final Pattern SHORT_ASIDE = Pattern.compile("\\((?:[^()\\s]+\\s?){1,4}\\)");
    /** A group of officials as the other party: "with the leaders of the Baltic states in Vilnius". */
    private static final Pattern GROUP_AFTER = Pattern.compile("(?i)\\s+(?:with\\s+)?(?:the\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:leaders|ministers|counterparts?|officials|partners|delegations?|heads\\s+of\\s+(?:state|government))\\b(?!['’])");
    private static final Pattern DAYS_APART = Pattern.compile("(?i)\\b(a|one|two|three|\\d)\\s+days?\\s+(before|after)\\b");
    private static final Pattern MEET = Pattern.compile("(?i)met|meets?|(?:sat|sit(?:s|ting)?)\\s+down");
    /** A clause about the place just named: "…to Vilnius on Monday, where he met …". */
    private static final Pattern WHERE_OPENING = Pattern.compile("(?i)\\s*where\\b");
    /** Between a destination and its day: "Finland on Monday", "Kyiv Thursday". */
    private static final Pattern LEG_GAP = Pattern.compile("\\s+(?:on\\s+)?");
    /** The opening of a relative clause not closed before the end of the text: ", who succeeded X on 1 October". */
    private static final Pattern RELATIVE_OPENING = Pattern.compile(",\\s*(?:who|which|whose)\\b[^,]*$");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\bend\\s+of\\b");
    private static final Pattern N_DAY = Pattern.compile("(?i)\\b(two|three|four|2|3|4)-day\\b");
    private static final Pattern DAYS_OF = Pattern.compile("(?i)\\b(two|three|four|2|3|4)\\s+days\\s+of\\s+$");
    private static final Pattern ENDING = Pattern.compile("(?i)\\b(?:wrap(?:s|ped)?\\s+up|conclud\\p{L}*|end(?:s|ed)?|clos(?:e|es|ed)|finish\\p{L}*)"
            + "\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?$");
    /** "as a two-day meeting of defence ministers ended in Brussels": the ending told after the trigger. */
    private static final Pattern ENDED_AFTER = Pattern.compile("(?i)^[^,;.]{0,60}?\\b(?:ended|wrapped\\s+up|concluded|closed|finished"
            + "|drew\\s+to\\s+a\\s+close|came\\s+to\\s+an\\s+end)\\b");
    /** "the next summit", "next year's summit": an event still to come, whatever past day its sentence names. */
    private static final Pattern NEXT_BEFORE = Pattern.compile("(?i)\\bnext(?:\\s+(?:year|month|week)[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final ReferenceCatalog catalog;
    private final PlaceHierarchy places;
    private final Titles titles = Titles.standard();

    public EventAnnotator(ReferenceCatalog catalog) { this(catalog, PlaceHierarchy.load()); }

    EventAnnotator(ReferenceCatalog catalog, PlaceHierarchy places) {
        this.catalog = catalog;
        this.places = places;
    }

    /** A date as the text gives it. */
    private record Dated(LocalDate start, LocalDate end, Granularity granularity, String text, double confidence) {
        boolean overlaps(Dated o) { return !start.isAfter(o.end) && !o.start.isAfter(end); }

        /** Days and ranges of days are equally precise, then months, seasons, halves, years. */
        int precision() { return granularity == Granularity.DAYS ? Granularity.DAY.ordinal() : granularity.ordinal(); }

        /** Better than {@code o}: more precise, or as precise and a range where {@code o} is one of its days. */
        boolean betterThan(Dated o) {
            return o == null || precision() < o.precision()
                    || precision() == o.precision() && granularity == Granularity.DAYS && o.granularity == Granularity.DAY && overlaps(o);
        }
    }

    /** One trigger in one sentence. */
    private record Found(EventType type, String portfolio, boolean anaphoric, boolean future, Sentence sentence,
                         Dated date, String location, List<String> participants, String organiser, Nearby nearby, Span trigger) {}

    /** The day (and its place) of the clause next to an undated trigger: a last resort for its date. */
    private record Nearby(Dated date, String location) {}

    /** The mentions of one event in one document. */
    private final class Cluster {
        EventType type;
        String portfolio;
        Dated date;
        Span evidence;
        String location;
        String organiser;
        boolean future = true;
        Nearby nearby;
        /** Made only of "the meeting"-like mentions so far: may still join a fuller event later in the text. */
        boolean anaphoricOnly = true;
        final Set<String> participants = new LinkedHashSet<>();
        /** The trigger words that mention the event. */
        final List<Span> triggers = new ArrayList<>();

        Cluster(Found f) { add(f); }

        void add(Found f) {
            triggers.add(f.trigger());
            if (nearby == null)
                nearby = f.nearby();
            merge(f.type(), f.portfolio(), f.date(), f.sentence().span(), f.location(), f.organiser(), f.future(), f.participants());
            anaphoricOnly &= f.anaphoric();
        }

        void absorb(Cluster o) {
            triggers.addAll(o.triggers);
            if (nearby == null)
                nearby = o.nearby;
            merge(o.type, o.portfolio, o.date, o.evidence, o.location, o.organiser, o.future, o.participants);
            anaphoricOnly &= o.anaphoricOnly;
        }

        /** The most specific type and place, the best date (its sentence is the evidence), all participants. */
        private void merge(EventType t, String p, Dated d, Span sentence, String place, String org, boolean fut,
                           Collection<String> people) {
            if (type == null || subsumes(type, t))
                type = t;
            if (portfolio == null)
                portfolio = p;
            if (d != null && d.betterThan(date)) {
                date = d;
                evidence = sentence;
            }
            if (evidence == null)
                evidence = sentence;
            if (location == null || place != null && places.within(place, location))
                location = place;
            if (organiser == null)
                organiser = org;
            future &= fut;
            participants.addAll(people);
        }
    }

    @Override
    public void annotate(Document document) {
        List<Cluster> clusters = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            for (Found f : eventMentions(document, sentence))
                cluster(clusters, f, document.metadata().published());
            if (sentence.zone() == Zone.Kind.BODY)
                for (Found f : presenceVisits(document, sentence))
                    cluster(clusters, f, document.metadata().published());
        }
        mergeAnaphoricOnly(clusters);
        for (Cluster c : clusters)
            if (c.location == null)
                c.location = sentenceLocation(document, c);
        for (Cluster c : clusters)
            if (c.date == null)
                inferDate(document, c, clusters);
        clusters.removeIf(c -> c.date == null);
        for (Cluster c : clusters)
            if (c.location == null)
                inheritLocation(c, clusters);
        clusters.forEach(c -> ministerialGroup(document, c));
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (Cluster c : clusters)
            byKey.merge(key(c), c, (a, b) -> { a.absorb(b); return a; });
        byKey.forEach((key, c) -> {
            document.events().add(event(document, key, c));
            c.triggers.forEach(t -> document.addEventMention(t, key));
        });
    }

    // ---- triggers ------------------------------------------------------------------------

    /** A trigger occurrence with the noun phrase around it. */
    private record Hit(Trigger trigger, Span word, Span phrase, String portfolio, List<Mention> modifiers,
                       boolean noun, boolean definite) {}

    /** One {@link Found} per accepted trigger of the sentence, each with its own stretch of it. */
    private List<Found> eventMentions(Document document, Sentence sentence) {
        List<Mention> mentions = document.mentionsIn(sentence.span());
        List<Hit> hits = hits(document, sentence, mentions);
        List<Span> segments = segments(document, sentence, mentions, hits);
        Dated fronted = frontedDate(document, sentence, segments, hits);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            Span segment = segments.stream().filter(s -> s.contains(hit.word())).findFirst().orElse(sentence.span());
            int begin = Math.max(segment.begin(), i > 0 ? hits.get(i - 1).phrase().end() : segment.begin());
            int end = Math.min(segment.end(), i + 1 < hits.size() ? hits.get(i + 1).phrase().begin() : segment.end());
            Span zone = new Span(begin, Math.max(begin, end));
            Span legs = new Span(hit.word().end(), i + 1 < hits.size() ? hits.get(i + 1).phrase().begin() : sentence.span().end());
            // "Rutte arrived in Kyiv for talks with …": the subject of the verb trigger before, in the same clause, shares the event.
            Hit previous = i > 0 ? hits.get(i - 1) : null;
            Span sharedSubject = previous != null && !previous.noun() && segment.contains(previous.word())
                    ? new Span(segment.begin(), previous.phrase().begin()) : null;
            Found found = describe(document, sentence, mentions, hit, zone, segment, fronted, sharedSubject);
            if (hit.trigger().verbOnly() && found.type() == EventType.Visit && found.participants().stream().noneMatch(k -> k.startsWith("person/")))
                continue; // "the jets would arrive in Ukraine next year": a visit is a person's trip (GUIDELINES §5)
            out.addAll(perDestination(document, mentions, hit, legs, found));
        }
        return out;
    }

    /**
     * "visited Finland on Monday and Sweden on Tuesday": one visit per destination followed by its own day. A country
     * visited is a participant (the place of the visit is its city, where the text names one).
     */
    private List<Found> perDestination(Document document, List<Mention> mentions, Hit hit, Span zone, Found f) {
        // zone: from the trigger to the next trigger or the end of the sentence ("Finland on Monday (4 November) and Sweden …")
        if (hit.trigger().type() != EventType.Visit || hit.noun())
            return List.of(f);
        String text = document.text();
        Map<Mention, TimeExpression> legs = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Entity.Kind kind = kind(document, m);
            if (m.span().begin() < hit.word().end() || !zone.contains(m.span()) || kind != Entity.Kind.PLACE && kind != Entity.Kind.COUNTRY)
                continue;
            for (TimeExpression t : document.timesIn(zone))
                if (isDays(t) && t.span().begin() >= m.span().end()
                        && LEG_GAP.matcher(text.substring(m.span().end(), t.span().begin())).matches())
                    legs.put(m, t);
        }
        if (legs.size() < 2 || legs.values().stream().map(TimeExpression::start).distinct().count() < 2)
            return List.of(f);
        List<Found> out = new ArrayList<>();
        legs.forEach((destination, day) -> {
            boolean place = kind(document, destination) == Entity.Kind.PLACE;
            List<String> participants = new ArrayList<>(f.participants().stream()
                    .filter(k -> legs.keySet().stream().noneMatch(other -> other.entityKey().equals(k))).toList());
            if (!place)
                participants.add(destination.entityKey());
            Dated date = new Dated(day.start(), day.end(), day.granularity(), day.phrase(), DATED_CONFIDENCE);
            out.add(new Found(f.type(), f.portfolio(), f.anaphoric(), f.future(), f.sentence(), date,
                    place ? destination.entityKey() : null, List.copyOf(participants), f.organiser(), null, f.trigger()));
        });
        return out;
    }

    /** Accepted triggers of the sentence, in text order. */
    private List<Hit> hits(Document document, Sentence sentence, List<Mention> mentions) {
        String text = document.text();
        List<Hit> hits = new ArrayList<>();
        for (Trigger trigger : TRIGGERS) {
            Matcher m = trigger.pattern().matcher(text).region(sentence.span().begin(), sentence.span().end());
            while (m.find()) {
                Span word = new Span(m.start(), m.end());
                if (hits.stream().anyMatch(h -> h.word().overlaps(word)))
                    continue;
                String portfolio = m.pattern().pattern().contains("<portfolio>") ? m.group("portfolio") : null;
                Hit hit = phrase(document, sentence, mentions, trigger, word, portfolio);
                List<Mention> after = objects(document, mentions, word.end(), sentence.span().end(), true);
                if (trigger.topicInside() && objects(document, mentions, word.end(), sentence.span().end(), false).isEmpty())
                    // "discuss guarantees with Kyiv": a party, or a group met in a place ("with the leaders of … in Vilnius"),
                    // not a place alone
                    after = groupInAPlace(document, mentions, word.end(), sentence.span().end());
                // "hosted the NATO summit" is the summit; "hosted Zelenskyy" a meeting with him.
                boolean hostsSomeone = !HOST.matcher(word.of(text)).matches()
                        || after.stream().anyMatch(o -> kind(document, o) == Entity.Kind.PERSON);
                // "met the leaders of the Baltic states", "met his counterparts": a group of officials is someone to meet.
                boolean metGroup = MEET.matcher(word.of(text)).matches()
                        && GROUP_AFTER.matcher(text).region(word.end(), sentence.span().end()).lookingAt();
                if ((!trigger.needsArgument() || hit.noun() && !trigger.verbOnly() || !after.isEmpty() || metGroup) && hostsSomeone)
                    hits.add(hit);
            }
        }
        hits.sort(Comparator.comparing(Hit::word));
        return hits;
    }

    /** Reads leftwards over adjectives and mentions ("NATO Defence Ministers’ Meeting", "Rutte’s first trip"). */
    private Hit phrase(Document document, Sentence sentence, List<Mention> mentions, Trigger trigger, Span word, String portfolio) {
        String text = document.text();
        List<Mention> modifiers = new ArrayList<>();
        int begin = word.begin();
        boolean possessed = false;
        if (!VERB_FORM.matcher(word.of(text)).matches()) {
            while (true) {
                Matcher adjective = MODIFIER_BEFORE.matcher(text).region(sentence.span().begin(), begin);
                Mention before = mentionBefore(document, mentions, begin);
                if (adjective.find()) {
                    begin = adjective.start();
                } else if (before != null) {
                    modifiers.add(before);
                    possessed |= text.substring(before.span().end(), begin).matches("['’]s\\s+");
                    begin = before.span().begin();
                } else {
                    break;
                }
            }
        }
        Matcher determiner = DETERMINER_BEFORE.matcher(text).region(sentence.span().begin(), begin);
        boolean hasDeterminer = determiner.find();
        boolean definite = hasDeterminer && DEFINITE.matcher(determiner.group(1)).matches() && modifiers.isEmpty();
        boolean noun = hasDeterminer || possessed || !modifiers.isEmpty() || begin < word.begin();
        return new Hit(trigger, word, new Span(begin, word.end()), portfolio, modifiers, noun, definite);
    }

    /** A modifier mention right before {@code index}: an organisation, country or place, or any possessor. */
    private static Mention mentionBefore(Document document, List<Mention> mentions, int index) {
        String text = document.text();
        for (Mention m : mentions) {
            if (m.span().end() > index)
                continue;
            String between = text.substring(m.span().end(), index);
            boolean possessive = between.matches("['’]s\\s+");
            if (possessive || between.matches("\\s+") && !Titles.isPerson(document, m))
                return m;
        }
        return null;
    }

    // ---- presence ---------------------------------------------------------------------------

    /**
     * "Zelenskyy was in Brussels on Thursday", "Currently in Brussels, President Zelenskyy is …": a national official
     * present in a city other than his country's capital is on a visit there. Dated by a day of the sentence, else, in
     * the present tense, by the publication date. Officials of organisations (whose seat the text does not give) and
     * people without a known post are left out.
     */
    private List<Found> presenceVisits(Document document, Sentence sentence) {
        String text = document.text();
        List<Mention> mentions = document.mentionsIn(sentence.span());
        List<Found> out = new ArrayList<>();
        for (Mention place : mentions) {
            if (kind(document, place) != Entity.Kind.PLACE)
                continue;
            Mention person = null;
            boolean present = false;
            boolean opening = PRESENT_IN_OPENING.matcher(text).region(sentence.span().begin(), place.span().begin()).matches();
            for (Mention m : mentions) {
                if (kind(document, m) != Entity.Kind.PERSON)
                    continue;
                if (m.span().end() <= place.span().begin()) {
                    Matcher in = PRESENT_IN.matcher(text).region(m.span().end(), place.span().begin());
                    if (in.matches()) {
                        person = m;
                        present = in.group(1).matches("(?i)is|are");
                        break;
                    }
                } else if (opening && PERSON_AFTER_OPENING.matcher(text).region(place.span().end(), m.span().begin()).matches()) {
                    person = m;
                    present = true;
                    break;
                }
            }
            if (person == null || !awayFromHome(document, person.entityKey(), place.entityKey()))
                continue;
            LocalDate published = document.metadata().published();
            List<TimeExpression> days = document.timesIn(sentence.span()).stream().filter(EventAnnotator::isDays).toList();
            Dated date = !days.isEmpty() ? dated(text, days, null, DATED_CONFIDENCE)
                    : present && published != null ? new Dated(published, published, Granularity.DAY, null, PUBLICATION_DATED_CONFIDENCE) : null;
            if (date != null)
                out.add(new Found(EventType.Visit, null, false, false, sentence, date, place.entityKey(), List.of(person.entityKey()),
                        null, null, place.span()));
        }
        return out;
    }

    /** The person holds a post in a country whose capital is not the place's city. */
    private boolean awayFromHome(Document document, String person, String place) {
        String city = places.city(place);
        List<String> homes = document.roles().stream().filter(r -> person.equals(r.personKey())).map(Facts.Role::organisationKey)
                .filter(k -> document.entity(k).map(e -> e.kind() == Entity.Kind.COUNTRY).orElse(false)).distinct().toList();
        String cityStandsFor = document.entity(city).map(Entity::standsFor).orElse(null);
        return !homes.isEmpty() && !homes.contains(cityStandsFor);
    }

    // ---- clauses ---------------------------------------------------------------------------

    /**
     * Cuts the sentence at clause punctuation, subordinating words and long quotations, never inside
     * a mention, a date or a trigger, nor at a comma inside a list of actors ("Japan, South Korea").
     */
    private List<Span> segments(Document document, Sentence sentence, List<Mention> mentions, List<Hit> hits) {
        String text = document.text();
        List<Span> protectedSpans = new ArrayList<>();
        mentions.forEach(m -> protectedSpans.add(m.span()));
        document.timesIn(sentence.span()).forEach(t -> protectedSpans.add(t.span()));
        hits.forEach(h -> protectedSpans.add(h.phrase()));
        Matcher anaphoric = ANAPHORIC_TIME.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (anaphoric.find())
            protectedSpans.add(new Span(anaphoric.start(), anaphoric.end()));
        // "the Ukraine Defense Contact Group (UDCG) met", "on Monday (4 November 2024) and": a short aside is no clause.
        Matcher aside = SHORT_ASIDE.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (aside.find())
            protectedSpans.add(new Span(aside.start() - 1, aside.end() + 1));

        TreeSet<Integer> cuts = new TreeSet<>(List.of(sentence.span().begin(), sentence.span().end()));
        Matcher b = BOUNDARY.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (b.find()) {
            int at = b.start();
            boolean inside = protectedSpans.stream().anyMatch(s -> s.begin() < at && at < s.end());
            if (!inside && !(b.group().equals(",") && listComma(document, mentions, at)))
                cuts.add(at);
        }
        Matcher q = QUOTED.matcher(text).region(sentence.span().begin(), sentence.span().end());
        while (q.find())
            if (q.group(1).strip().split("\\s+").length >= 3) { // a quotation, not scare quotes ("irreversible")
                cuts.add(q.start());
                cuts.add(q.end());
            }
        List<Span> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous)
                segments.add(new Span(previous, cut));
            previous = cut;
        }
        return segments;
    }

    private static boolean listComma(Document document, List<Mention> mentions, int comma) {
        String text = document.text();
        boolean after = mentions.stream().anyMatch(m -> m.span().begin() > comma
                && text.substring(comma + 1, m.span().begin()).matches("\\s+(?:the\\s+)?"));
        boolean before = mentions.stream().anyMatch(m -> m.span().end() == comma);
        return before && after;
    }

    /** "On Thursday, …" and "At that time, …": a first clause with a date and no trigger dates the sentence. */
    private Dated frontedDate(Document document, Sentence sentence, List<Span> segments, List<Hit> hits) {
        if (segments.size() < 2)
            return null;
        Span first = segments.get(0);
        if (hits.stream().anyMatch(h -> first.contains(h.word())))
            return null;
        List<TimeExpression> times = document.timesIn(first);
        if (!times.isEmpty()) {
            // Only a date that opens the sentence dates it: "…for 2025, the minister said after a meeting" does not.
            String lead = document.text().substring(first.begin(), times.get(0).span().begin());
            return FRONTED_LEAD.matcher(lead).matches() ? dated(document.text(), times, null, SENTENCE_DATED_CONFIDENCE) : null;
        }
        if (!ANAPHORIC_TIME.matcher(first.of(document.text())).find() || sentence.index() == 0)
            return null;
        List<TimeExpression> before = document.timesIn(document.sentences().get(sentence.index() - 1).span());
        return before.isEmpty() ? null : dated(document.text(), List.of(before.get(before.size() - 1)), null, SENTENCE_DATED_CONFIDENCE);
    }

    /** Several days close together make a range ("on Thursday and Friday"); otherwise the first date after the trigger. */
    private static Dated dated(String text, List<TimeExpression> times, Span trigger, double confidence) {
        LocalDate start = times.stream().map(TimeExpression::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = times.stream().map(TimeExpression::end).max(Comparator.naturalOrder()).orElseThrow();
        boolean days = times.stream().allMatch(t -> t.granularity() == Granularity.DAY || t.granularity() == Granularity.DAYS);
        if (days && ChronoUnit.DAYS.between(start, end) <= 7) {
            Span words = new Span(times.get(0).span().begin(), times.get(times.size() - 1).span().end());
            return new Dated(start, end, start.equals(end) ? Granularity.DAY : Granularity.DAYS, words.of(text), confidence);
        }
        TimeExpression chosen = times.stream().filter(t -> trigger == null || t.span().begin() >= trigger.end()).findFirst()
                .orElse(times.get(times.size() - 1));
        return new Dated(chosen.start(), chosen.end(), chosen.granularity(), chosen.phrase(), confidence);
    }

    // ---- one trigger -----------------------------------------------------------------------

    /** Date, place and participants of one trigger from its stretch of the sentence ({@code zone}). */
    private Found describe(Document document, Sentence sentence, List<Mention> mentions, Hit hit, Span zone, Span segment,
                           Dated fronted, Span sharedSubject) {
        List<TimeExpression> times = document.timesIn(zone);
        Dated date = lasting(document.text(), zone, hit, times.isEmpty() ? fronted : dated(document.text(), times, hit.word(), DATED_CONFIDENCE));
        // The frame's tense, not the quoted words' ("“… we will pay more later,” she said on the sidelines of the summit")
        boolean future = FUTURE.matcher(QUOTED.matcher(segment.of(document.text())).replaceAll("")).find();
        LocalDate published = document.metadata().published();
        boolean next = NEXT_BEFORE.matcher(document.text()).region(zone.begin(), hit.word().begin()).find();
        if (next && date != null && published != null && !date.start().isAfter(published))
            date = null; // "adopted a resolution on Thursday calling for an invitation at the next summit"
        future |= next;
        String location = location(document, mentions, zone, hit);
        if (location == null && WHERE_OPENING.matcher(zone.of(document.text())).lookingAt())
            location = placeBefore(document, mentions, zone.begin());
        if (location == null && !hit.definite()) // "In Stockholm, Rutte held talks …", "met with the president, NAME, in Helsinki"
            location = sentenceVenue(document, sentence);
        Nearby nearby = null;
        if (date == null && !future) {
            // "…said in Tallinn on Tuesday after a meeting of …", "…told the summit" after "…on Thursday": a past
            // event without a date of its own happened on the day the sentence, or the one before, speaks of.
            // Kept aside: it dates the event only if nothing better does once mentions are clustered.
            TimeExpression day = nearbyDay(document, sentence, hit.word());
            if (day != null) {
                long apart = daysApart(document.text(), day, hit.word());
                nearby = new Nearby(new Dated(day.start().plusDays(apart), day.end().plusDays(apart), day.granularity(), day.phrase(),
                        NEARBY_CONFIDENCE), locationAround(document, day));
            }
        }
        EventType type = hit.trigger().type();
        String portfolio = portfolio(hit.portfolio());
        if (type == EventType.Meeting) {
            // Ministers meeting among themselves (no one named after the verb) hold a ministerial meeting.
            int subject = subjectBegin(document.text(), sentence, zone);
            Matcher ministers = MINISTERS_SUBJECT.matcher(document.text()).region(subject, hit.phrase().begin());
            boolean amongThemselves = objects(document, mentions, hit.word().end(), zone.end(), false).isEmpty();
            if (ministers.find() && amongThemselves) {
                type = EventType.MinisterialMeeting;
                portfolio = portfolio(ministers.group("portfolio"));
            } else if (amongThemselves && LEADERS_SUBJECT.matcher(document.text()).region(subject, hit.phrase().begin()).find()) {
                type = EventType.Summit;
            }
        }
        Set<String> participants = new LinkedHashSet<>();
        String organiser = null;
        List<Mention> named = new ArrayList<>(hit.modifiers());
        if (!hit.trigger().topicInside())
            named.addAll(mentions.stream().filter(m -> hit.word().contains(m.span())).toList());
        for (Mention m : named)
            if (isActor(document, m, mentions)) {
                participants.add(m.entityKey());
                if (organiser == null && kind(document, m) == Entity.Kind.ORGANISATION)
                    organiser = m.entityKey();
            }
        if (takesSubject(document, hit, sentence)) {
            participants.addAll(subjects(document, mentions, zone, hit));
            if (participants.isEmpty() && sharedSubject != null)
                participants.addAll(subjects(document, mentions, sharedSubject, hit));
            if (participants.isEmpty())
                // "…, Sweden's state secretary, NAME, said during a visit to Kyiv", "NAME, in a speech to …, said": the
                // person set off by a comma right before the clause.
                mentions.stream().filter(m -> m.span().end() <= segment.begin() && kind(document, m) == Entity.Kind.PERSON)
                        .reduce((a, b) -> b)
                        .filter(m -> SPEECH_VERB_OPENING.matcher(segment.of(document.text())).lookingAt()
                                || document.text().substring(m.span().end(), segment.begin()).isBlank()
                                && document.text().startsWith(",", segment.begin()))
                        .ifPresent(m -> participants.add(m.entityKey()));
        }
        if (participants.isEmpty() && PARTICIPLE_OPENING.matcher(segment.of(document.text())).lookingAt())
            // "Speaking at a news conference in Kyiv, Zelenskyy said …": the subject of the main clause.
            objects(document, mentions, segment.end(), sentence.span().end(), false).stream().limit(1)
                    .forEach(m -> participants.add(m.entityKey()));
        List<Mention> objects = objects(document, mentions, hit.word().end(), zone.end(), false);
        objects.forEach(m -> participants.add(m.entityKey()));
        if (organiser == null) // "a meeting of NATO defense ministers"
            organiser = objects.stream().filter(m -> kind(document, m) == Entity.Kind.ORGANISATION)
                    .map(Mention::entityKey).findFirst().orElse(null);
        return new Found(type, portfolio, hit.definite(), future, sentence, date, location, List.copyOf(participants), organiser, nearby, hit.word());
    }

    /**
     * "wrapped up two days of talks … on Wednesday": the days run up to the day named; "began three days of talks on
     * Monday": they run from it.
     */
    private static Dated lasting(String text, Span zone, Hit hit, Dated date) {
        if (date == null || date.granularity() != Granularity.DAY)
            return date;
        Matcher days = DAYS_OF.matcher(text).region(zone.begin(), hit.phrase().begin());
        if (!days.find()) {
            // "a two-day visit … on Monday": the same, as an adjective of the trigger
            days = N_DAY.matcher(text).region(hit.phrase().begin(), hit.word().begin());
            if (!days.find())
                return date;
        }
        int n = Dates.smallNumber(days.group(1));
        boolean ending = ENDING.matcher(text).region(zone.begin(), days.start()).find()
                || ENDED_AFTER.matcher(text).region(hit.word().end(), zone.end()).find();
        LocalDate start = ending ? date.start().minusDays(n - 1) : date.start();
        return new Dated(start, start.plusDays(n - 1), Granularity.DAYS, date.text(), date.confidence());
    }

    /** The last day-precise date of the sentence before the trigger, else of one of the two sentences before it. */
    private static TimeExpression nearbyDay(Document document, Sentence sentence, Span trigger) {
        TimeExpression found = null;
        for (TimeExpression t : document.timesIn(sentence.span()))
            if (t.span().end() <= trigger.begin() && isOccasion(t) && !inRelativeClause(document.text(), sentence.span(), t.span(), trigger))
                found = t;
        // "…met the press after their talks in Warsaw on Monday": a past day later in the sentence, outside reported words.
        LocalDate published = document.metadata().published();
        for (TimeExpression t : document.timesIn(sentence.span()))
            if (found == null && t.span().begin() >= trigger.end() && isOccasion(t) && published != null && !t.start().isAfter(published)
                    && !REPORTED.matcher(document.text().substring(trigger.end(), t.span().begin())).find())
                found = t;
        // A quotation over two sentences puts the day two sentences back.
        for (int back = 1; found == null && back <= 2 && sentence.index() - back >= 0; back++)
            for (TimeExpression t : document.timesIn(document.sentences().get(sentence.index() - back).span()))
                if (isOccasion(t))
                    found = t;
        return found;
    }

    /**
     * "… on Wednesday, a day before NATO ministers sat down with …": the event is that many days after (or, with
     * "after", before) the day named earlier in the sentence.
     */
    private static long daysApart(String text, TimeExpression day, Span trigger) {
        if (day.span().end() > trigger.begin())
            return 0;
        Matcher apart = DAYS_APART.matcher(text).region(day.span().end(), trigger.begin());
        if (!apart.find())
            return 0;
        int n = Dates.smallNumber(apart.group(1));
        return apart.group(2).equalsIgnoreCase("before") ? n : -n;
    }

    /** "Rutte, who took office on 1 October, met …": the date of a relative clause describes its antecedent, not the event. */
    private static boolean inRelativeClause(String text, Span sentence, Span time, Span trigger) {
        return RELATIVE_OPENING.matcher(text.substring(sentence.begin(), time.begin())).find()
                && text.substring(time.end(), trigger.begin()).contains(",");
    }

    private static boolean isDays(TimeExpression t) { return isDays(t.granularity()); }

    /** A day on which something happens; "by the end of the year" is a deadline. */
    private static boolean isOccasion(TimeExpression t) { return isDays(t) && !DEADLINE.matcher(t.phrase()).find(); }

    private static boolean isDays(Granularity g) { return g == Granularity.DAY || g == Granularity.DAYS; }

    /** The place named in the clause of a date phrase: "in Tallinn on Tuesday". */
    private String locationAround(Document document, TimeExpression day) {
        Sentence sentence = document.sentenceAt(day.span().begin()).orElseThrow();
        List<Mention> mentions = document.mentionsIn(sentence.span());
        for (Span segment : segments(document, sentence, mentions, List.of()))
            if (segment.contains(day.span()))
                return location(document, mentions, segment);
        return null;
    }

    private static String portfolio(String word) {
        return word == null ? null : word.toLowerCase(Locale.ROOT).replace("defense", "defence");
    }

    /** A verb trigger has its subject; a noun trigger only after "at", "during", "attend"… */
    private static boolean takesSubject(Document document, Hit hit, Sentence sentence) {
        if (!hit.noun())
            return true;
        String text = document.text();
        int begin = hit.phrase().begin();
        Matcher determiner = DETERMINER_BEFORE.matcher(text).region(sentence.span().begin(), begin);
        if (determiner.find())
            begin = determiner.start();
        return ATTENDANCE_BEFORE.matcher(text).region(sentence.span().begin(), begin).find();
    }

    /** Actors of the clause before the trigger, except possessors of other things ("Ukraine’s call"). */
    private List<String> subjects(Document document, List<Mention> mentions, Span zone, Hit hit) {
        String text = document.text();
        List<String> out = new ArrayList<>();
        for (Mention m : mentions)
            if (zone.begin() <= m.span().begin() && m.span().end() <= Math.min(zone.end(), hit.phrase().begin())
                    && !POSSESSIVE_AFTER.matcher(text.substring(m.span().end())).find() && isActor(document, m, mentions))
                out.add(m.entityKey());
        return out;
    }

    /**
     * Mentions right after a trigger, across glue words and titles: actors only, or, to accept a
     * verb trigger, places too ("visited Kyiv").
     */
    private List<Mention> objects(Document document, List<Mention> mentions, int index, int limit, boolean placesToo) {
        String text = document.text();
        List<Mention> out = new ArrayList<>();
        int i = index;
        while (i < limit) {
            int at = i;
            while (at < limit && Character.isWhitespace(text.charAt(at)))
                at++;
            int timeEnd = placesToo ? timeEndingFrom(document, at) : -1;
            if (timeEnd > 0) { // "met on Tuesday in Warsaw", "met last week in London"
                i = timeEnd;
                continue;
            }
            Mention m = startingAt(mentions, at);
            if (m != null) {
                if (isActor(document, m, mentions) || placesToo && kind(document, m) == Entity.Kind.PLACE)
                    out.add(m);
                else if (!Titles.isPerson(document, m) && !isQualifier(document, m, mentions))
                    break;
                i = m.span().end();
                continue;
            }
            Matcher token = NEXT_TOKEN.matcher(text).region(i, limit);
            if (!token.lookingAt() || !(token.group(1).equals(",") || GLUE.matcher(token.group(1)).matches()
                    || titles.isTitleWord(token.group(1)) || titles.isDemonymWord(token.group(1))
                    || placesToo && PLACE_GLUE.matcher(token.group(1)).matches()))
                break;
            i = token.end();
        }
        return out;
    }

    /** The end of a date phrase starting at {@code index}, or -1. */
    private static int timeEndingFrom(Document document, int index) {
        for (TimeExpression t : document.times())
            if (t.span().begin() == index)
                return t.span().end();
        return -1;
    }

    private static Mention startingAt(List<Mention> mentions, int index) {
        for (Mention m : mentions)
            if (m.span().begin() == index)
                return m;
        return null;
    }

    /** People, organisations (news outlets aside) and countries, unless they only qualify a title. */
    private boolean isActor(Document document, Mention m, List<Mention> mentions) {
        Entity e = document.entity(m.entityKey()).orElseThrow();
        return switch (e.kind()) {
            case PERSON -> true;
            case ORGANISATION, COUNTRY -> !e.types().contains("NewsOutlet") && !isQualifier(document, m, mentions);
            case PLACE -> false;
        };
    }

    private boolean isQualifier(Document document, Mention m, List<Mention> mentions) {
        return titles.qualifiesPerson(document, m, mentions);
    }

    private static Entity.Kind kind(Document document, Mention m) { return document.entity(m.entityKey()).orElseThrow().kind(); }

    /** The most specific place of the stretch: "NATO Headquarters" over "Brussels" when both are named. */
    private String location(Document document, List<Mention> mentions, Span zone) {
        return location(document, mentions, zone, null);
    }

    /**
     * The most specific place of the stretch that is where something happens: after "in", "at" and
     * the like (or "to" for a visit), or naming the event ("the Washington summit"). A place standing
     * for its government ("Kyiv wants the summit to …", "an invitation to Kyiv") is no venue.
     */
    private String location(Document document, List<Mention> mentions, Span zone, Hit hit) {
        return mostSpecific(venues(document, mentions, zone, hit));
    }

    /** The places of the stretch after "in", "at" and the like (or naming the event), in text order. */
    private List<String> venues(Document document, List<Mention> mentions, Span zone, Hit hit) {
        String text = document.text();
        Pattern before = hit != null && hit.trigger().type() == EventType.Visit ? LOCATIVE_OR_DESTINATION : LOCATIVE;
        return mentions.stream().filter(m -> zone.contains(m.span()) && kind(document, m) == Entity.Kind.PLACE)
                .filter(m -> hit != null && hit.modifiers().contains(m)
                        || before.matcher(text.substring(Math.max(zone.begin(), m.span().begin() - 40), m.span().begin())).find())
                .map(Mention::entityKey).distinct().toList();
    }

    private String mostSpecific(List<String> found) {
        for (String place : found)
            if (found.stream().anyMatch(other -> places.within(place, other)))
                return place;
        return found.isEmpty() ? null : found.get(0);
    }

    // ---- one event per real event ----------------------------------------------------------

    /** "the meeting" joins the latest compatible event; a new mention joins one of its type that agrees. */
    private void cluster(List<Cluster> clusters, Found f, LocalDate published) {
        // A day already past is no future, whatever a quotation in its sentence says ("we will pay later," she said on Monday).
        Dated when = f.date() != null ? f.date() : f.nearby() != null ? f.nearby().date() : null;
        boolean past = when != null && published != null && !when.end().isAfter(published);
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            boolean typeFits = f.anaphoric() ? subsumes(f.type(), c.type) : c.type == f.type();
            // A new mention, unlike "the meeting", must also agree with the day the cluster's clause spoke of,
            // and not look ahead to what the cluster reports as done ("will meet again in Oslo in March").
            boolean sameTime = f.anaphoric() || c.date != null || c.nearby == null || f.date() == null
                    || c.nearby.date().overlaps(f.date());
            boolean sameTense = f.anaphoric() || !f.future() || c.future;
            // Nor does a dated mention of what happened join an undated one still to come ("the alliance's next summit").
            sameTense &= f.future() && !past || !c.future || c.date != null || when == null;
            // Nor is a new mention by other people the same event ("Scholz, in a speech …" after Zelenskyy's address).
            // A summit or ministerial gathers many: each mention may name other attendees of the same one.
            boolean samePeople = f.anaphoric() || f.participants().isEmpty() || c.participants.isEmpty() || MULTILATERAL.contains(c.type)
                    || f.participants().stream().anyMatch(c.participants::contains);
            if (typeFits && sameTime && sameTense && samePeople && compatible(c, f.date(), f.location())) {
                        c.add(f);
                return;
            }
        }
        clusters.add(new Cluster(f));
    }

    /** Clusters of "the meeting" alone, before any fuller mention, join a later compatible event. */
    private void mergeAnaphoricOnly(List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster a = clusters.get(i);
            for (int j = i + 1; j < clusters.size(); j++) {
                Cluster b = clusters.get(j);
                if (a.anaphoricOnly && a.type != b.type && subsumes(a.type, b.type) && compatible(b, a.date, a.location)) {
                    b.absorb(a);
                    clusters.remove(i--);
                    break;
                }
            }
        }
    }

    /**
     * Where the subject of the clause starts: the clause itself, or for a relative clause ("… goes to defence ministers,
     * who meet in Brussels next week") the few words it hangs on.
     */
    private static int subjectBegin(String text, Sentence sentence, Span zone) {
        if (!RELATIVE_PRONOUN.matcher(text).region(zone.begin(), zone.end()).lookingAt())
            return zone.begin();
        Matcher antecedent = ANTECEDENT.matcher(text).region(sentence.span().begin(), zone.begin());
        return antecedent.find() ? antecedent.start() : zone.begin();
    }

    /**
     * A ministerial meeting is a meeting: "the meeting" may refer back to one. A summit is one too
     * in the ontology, but articles call it "the summit", and letting "the meeting" refer to the
     * summit mentioned in passing ("the Washington Summit’s decision") loses the meeting itself.
     */
    private static boolean subsumes(EventType general, EventType specific) {
        return general == specific || general == EventType.Meeting && specific == EventType.MinisterialMeeting;
    }

    private boolean compatible(Cluster c, Dated date, String location) {
        boolean dates = c.date == null || date == null || c.date.overlaps(date);
        boolean where = c.location == null || location == null || places.city(c.location).equals(places.city(location));
        return dates && where;
    }

    /** Another event of the document in the same city with a common participant; else the publication date for reporting events. */
    private void inferDate(Document document, Cluster c, List<Cluster> clusters) {
        if (c.location != null) {
            Set<LocalDate> starts = new TreeSet<>();
            for (Cluster other : clusters)
                if (other != c && other.date != null && isDays(other.date.granularity()) && sameCity(document, other, c.location)
                        && (c.participants.isEmpty() || other.participants.stream().anyMatch(c.participants::contains)))
                    starts.add(other.date.start());
            if (starts.size() == 1) {
                LocalDate day = starts.iterator().next();
                c.date = new Dated(day, day, Granularity.DAY, null, ANCHORED_CONFIDENCE);
                return;
            }
        }
        if (c.nearby != null && !c.future) {
            c.date = c.nearby.date();
            if (c.location == null)
                c.location = c.nearby.location();
            return;
        }
        LocalDate published = document.metadata().published();
        if (REPORTING.contains(c.type) && !c.future && published != null)
            c.date = new Dated(published, published, Granularity.DAY, null, PUBLICATION_DATED_CONFIDENCE);
    }

    /** A meeting of a ministers' contact group ("the Ukraine Defense Contact Group met …") is a ministerial meeting. */
    private void ministerialGroup(Document document, Cluster c) {
        if (c.type != EventType.Meeting)
            return;
        c.participants.stream().filter(k -> k.startsWith("organisation/") && MINISTERIAL_BODY.matcher(labelOf(document, k)).find())
                .findFirst().ifPresent(group -> {
                    c.type = EventType.MinisterialMeeting;
                    c.organiser = group;
                });
    }

    /**
     * The other event is in the place's city, or is a visit to the country whose capital it is ("visited Finland on
     * Monday …" and "met the president in Helsinki").
     */
    private boolean sameCity(Document document, Cluster other, String place) {
        String city = places.city(place);
        if (other.location != null)
            return places.city(other.location).equals(city);
        String country = document.entity(city).map(Entity::standsFor).orElse(null);
        return other.type == EventType.Visit && country != null && other.participants.contains(country);
    }

    /**
     * "In Ottawa, the minister briefed the committee …", "a correspondent in Brussels, who reported from Rutte’s
     * briefing": a place-less event takes the place named after "in" or "at" in another clause of a sentence that
     * mentions it, when all such places of those sentences lie in one city.
     */
    private String sentenceLocation(Document document, Cluster c) {
        return venueOf(document, c.triggers.stream().map(t -> document.sentenceAt(t.begin()).orElseThrow()).toList());
    }

    private String sentenceVenue(Document document, Sentence sentence) { return venueOf(document, List.of(sentence)); }

    /** The place named after "in" or "at" in the sentences, when all such places lie in one city. */
    private String venueOf(Document document, List<Sentence> sentences) {
        Set<String> found = new LinkedHashSet<>();
        for (Sentence sentence : sentences)
            found.addAll(venues(document, document.mentionsIn(sentence.span()), sentence.span(), null));
        Set<String> cities = new TreeSet<>();
        found.forEach(p -> cities.add(places.city(p)));
        return cities.size() == 1 ? mostSpecific(List.copyOf(found)) : null;
    }

    /**
     * A place-less event takes the city of the other events of its day when they all agree; not a planned talk, press
     * conference or address ("will be speaking with …", "are scheduled to hold a press conference"): it may be held by
     * phone or elsewhere, and the text has not said where.
     */
    private void inheritLocation(Cluster c, List<Cluster> clusters) {
        if (c.future && (c.type == EventType.Meeting || REPORTING.contains(c.type)))
            return;
        Set<String> cities = new TreeSet<>();
        for (Cluster other : clusters)
            if (other != c && other.location != null && (other.date.start().equals(c.date.start()) // or a day within a span of days
                    || isDays(other.date.granularity()) && isDays(c.date.granularity()) && other.date.overlaps(c.date))
                    && (c.participants.isEmpty() || other.participants.stream().anyMatch(c.participants::contains)))
                cities.add(places.city(other.location));
        if (cities.size() == 1)
            c.location = cities.iterator().next();
    }

    /**
     * Type, date and city. A press conference, briefing or address is one person's (or a few people's) on a day, and
     * articles name its place or not: it is keyed by the people who give it instead of the city.
     */
    private String key(Cluster c) {
        String key = c.type.name().toLowerCase(Locale.ROOT) + "-" + datePart(c);
        List<String> people = c.participants.stream().filter(k -> k.startsWith("person/")).sorted().toList();
        if (REPORTING.contains(c.type) && !people.isEmpty())
            return key + "-" + people.stream().map(k -> k.substring(k.indexOf('/') + 1)).collect(Collectors.joining("-"));
        return c.location == null ? key : key + "-" + UriScheme.slug(places.city(c.location).replaceFirst("^place/", ""));
    }

    /** The day when known; else the month or year; summits by year. */
    private static String datePart(Cluster c) {
        LocalDate start = c.date.start();
        if (c.type == EventType.Summit)
            return String.valueOf(start.getYear());
        return switch (c.date.granularity()) {
            case DAY, DAYS -> start.toString();
            case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-w" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> start.toString().substring(0, 7);
            default -> String.valueOf(start.getYear());
        };
    }

    /** A period coarser than days gives its first day as start and no end (CONTRACT: ag:endDate only for spans of days). */
    private Facts.Event event(Document document, String key, Cluster c) {
        LocalDate end = c.date.granularity() == Granularity.DAYS ? c.date.end() : null;
        return new Facts.Event(key, c.type, label(document, c), c.date.start(), end, c.location,
                List.copyOf(c.participants), c.date.text(), c.evidence, c.date.confidence(), isDays(c.date.granularity()));
    }

    // ---- labels ------------------------------------------------------------------------------

    /** "NATO defence ministers' meeting, Brussels, 17–18 October 2024", "Visit by Mark Rutte, Kyiv, 3 October 2024". */
    private String label(Document document, Cluster c) {
        StringBuilder sb = new StringBuilder(what(document, c));
        if (c.location != null)
            sb.append(", ").append(labelOf(document, places.city(c.location)));
        return sb.append(", ").append(when(c)).toString();
    }

    private String what(Document document, Cluster c) {
        String organiser = c.organiser == null ? "" : labelOf(document, c.organiser) + " ";
        List<String> people = c.participants.stream().filter(k -> k.startsWith("person/")).map(k -> labelOf(document, k)).toList();
        String by = people.isEmpty() ? "" : " by " + joined(people);
        return switch (c.type) {
            case MinisterialMeeting -> capitalise(organiser + (c.portfolio == null ? "ministerial meeting" : c.portfolio + " ministers' meeting"));
            case Summit -> capitalise(organiser + "summit");
            case Meeting -> c.participants.isEmpty() ? "Meeting"
                    : "Meeting of " + joined(c.participants.stream().map(k -> labelOf(document, k)).toList());
            case Visit -> "Visit" + by;
            case PressConference -> "Press conference" + by;
            case Briefing -> "Briefing" + by;
            case Address -> "Address" + by;
            case Event -> "Event";
        };
    }

    private static String joined(List<String> names) {
        if (names.size() == 1)
            return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    private String labelOf(Document document, String key) {
        return document.entity(key).map(Entity::label)
                .orElseGet(() -> catalog.byKey(key).map(KnownActor::label).orElse(key));
    }

    /** "3 October 2024", "17–18 October 2024", "July 2024", "2024"; summits by year, as keyed. */
    private static String when(Cluster c) {
        LocalDate s = c.date.start();
        LocalDate e = c.date.end();
        if (c.type == EventType.Summit)
            return String.valueOf(s.getYear());
        return switch (c.date.granularity()) {
            case DAY -> DAY.format(s);
            case DAYS -> s.getMonth() == e.getMonth() ? s.getDayOfMonth() + "–" + DAY.format(e) : DAY.format(s) + " – " + DAY.format(e);
            case WEEK -> "week of " + DAY.format(s);
            case MONTH -> MONTH.format(s);
            default -> String.valueOf(s.getYear());
        };
    }
}
