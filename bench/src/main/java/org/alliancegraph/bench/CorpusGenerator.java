package org.alliancegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of news-like articles for the benchmarks, written from our own templates:
 * pledges in several currency styles, meetings and summits, direct quotes and reported speech,
 * membership stances, bylines, captions, "Read also" boilerplate and CONTRACT §4 header blocks
 * (full, partial or none). Actors come from the reference list and from outside it.
 *
 * <p>Article {@code i} depends only on {@code (seed, i)}: the same seed gives the same bytes, and
 * the 1k corpus is the first thousand articles of the 10k one.
 *
 * <p>{@code java … CorpusGenerator --count N --out DIR [--seed S]}
 */
public final class CorpusGenerator {
    public static final long DEFAULT_SEED = 20241016L;

    private final long seed;

    public CorpusGenerator(long seed) { this.seed = seed; }

    /** The file name of article {@code index}: sorted names keep generation order. */
    public String fileName(int index) {
        return String.format(Locale.ROOT, "%06d_%016x.txt", index, random(index).nextLong());
    }

    /** The bytes of article {@code index}. */
    public byte[] article(int index) {
        SplittableRandom r = random(index);
        r.nextLong(); // the file name's hex part
        return new ArticleWriter(r).write().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes articles {@code 0..count-1} into {@code dir}; returns the total bytes written. */
    public long writeCorpus(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] text = article(i);
            Files.write(dir.resolve(fileName(i)), text);
            bytes += text.length;
        }
        return bytes;
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }

    public static void main(String[] args) throws IOException {
        Args a = new Args(args);
        int count = a.integer("--count", 1000);
        Path out = Path.of(a.string("--out", "target/bench/corpus-" + count));
        long seed = a.longValue("--seed", DEFAULT_SEED);
        a.done();
        long start = System.nanoTime();
        long bytes = new CorpusGenerator(seed).writeCorpus(out, count);
        System.err.printf(Locale.ROOT, "wrote %d articles (%d bytes, seed %d) to %s in %.1f s%n",
                count, bytes, seed, out, (System.nanoTime() - start) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary. Entries marked "outside" are not in the reference list of known actors.

    /** A person with the title the text gives them and the country or organisation they act for. */
    record Person(String name, String surname, String title, String actor) {}

    private static final Person[] KNOWN_PEOPLE = {
        new Person("Mark Rutte", "Rutte", "NATO Secretary General", "NATO"),
        new Person("Volodymyr Zelenskyy", "Zelenskyy", "Ukrainian President", "Ukraine"),
        new Person("Andrii Sybiha", "Sybiha", "Ukrainian Foreign Minister", "Ukraine"),
        new Person("Jens Stoltenberg", "Stoltenberg", "former NATO Secretary General", "NATO"),
        new Person("Donald Trump", "Trump", "US President", "United States"),
    };
    private static final String[] FIRST_NAMES = {
        "Anna", "Lars", "Sofia", "Tomas", "Ingrid", "Marek", "Elena", "Pieter", "Kristjan", "Agnes",
        "Jonas", "Claire", "Matteo", "Helga", "Radu", "Ewa", "Henrik", "Lucia", "Oskar", "Marta",
    };
    private static final String[] SURNAMES = {
        "Kowalczyk", "Lindqvist", "Moreau", "Van der Berg", "Tamm", "Novak", "Rossi", "Jensen",
        "Ionescu", "Schneider", "Kask", "Dubois", "Halvorsen", "Varga", "Ozols", "Petrauskas",
        "Fischer", "Horvat", "Nieminen", "Costa",
    };
    private static final String[] PERSON_TITLES = {
        "Defence Minister", "Foreign Minister", "Prime Minister", "President", "Finance Minister",
    };
    /** Donor countries with their demonym; the last ones are outside the reference list. */
    private static final String[][] COUNTRIES = {
        {"Germany", "German"}, {"France", "French"}, {"United Kingdom", "British"}, {"United States", "US"},
        {"Denmark", "Danish"}, {"Latvia", "Latvian"}, {"Netherlands", "Dutch"}, {"Norway", "Norwegian"},
        {"Sweden", "Swedish"}, {"Canada", "Canadian"}, {"Poland", "Polish"}, {"Japan", "Japanese"},
        {"Australia", "Australian"}, {"Finland", "Finnish"}, {"Estonia", "Estonian"}, {"Lithuania", "Lithuanian"},
        {"Italy", "Italian"}, {"Spain", "Spanish"}, {"Belgium", "Belgian"}, {"Czech Republic", "Czech"},
        {"Croatia", "Croatian"}, {"Slovenia", "Slovenian"}, {"Iceland", "Icelandic"}, {"Luxembourg", "Luxembourgish"},
        {"Bulgaria", "Bulgarian"}, {"Montenegro", "Montenegrin"},
    };
    private static final String[][] CITIES = {
        {"Brussels", "NATO Headquarters"}, {"Kyiv", "the Mariinskyi Palace"}, {"Washington", "the White House"},
        {"Vilnius", "the Lithuanian Presidential Palace"}, {"Warsaw", "the Chancellery"}, {"Berlin", "the Chancellery"},
        {"The Hague", "the World Forum"}, {"Ramstein", "Ramstein Air Base"}, {"Lviv", "the city hall"},
        {"Zagreb", "the government building"}, {"Reykjavik", "Harpa"},
    };
    private static final String[] OUTLETS = {
        "Ukrinform", "Diplomatic Times", "Politico", "European Pravda", "Reuters", "Associated Press",
        "Baltic Courier", "Atlantic Ledger", "Kyiv Morning Post", "The Brussels Observer",
    };
    private static final String[] AID = {
        "military aid", "military assistance", "financial aid", "budget support", "humanitarian aid",
        "air defence support", "reconstruction funding", "winter energy assistance",
    };
    private static final String[] ITEMS = {
        "Leopard 2 tanks", "M1A1 Abrams tanks", "F-16 fighter jets", "Patriot air defence systems",
        "155mm artillery shells", "armoured personnel carriers", "IRIS-T launchers", "demining vehicles",
    };
    private static final String[] EVENTS = {
        "a meeting of NATO defence ministers", "a meeting of NATO foreign ministers", "the NATO summit",
        "a meeting of the Ukraine Defence Contact Group", "a joint press conference", "the NATO-Ukraine Council",
        "a donors' conference", "a European Council summit",
    };
    private static final String[] STANCE_QUOTES = {
        "Ukraine's path to membership is irreversible",
        "the door of NATO remains open and Ukraine will walk through it",
        "Ukraine will be a member of NATO in the future",
        "an invitation now with membership later will have no political cost",
        "there is no timeline for Ukraine's accession while the war goes on",
        "we are in this for the long haul",
        "we need to understand what is behind the plan before we can support it",
        "support for Ukraine is an investment in our own security",
    };
    private static final String[] REPORTED = {
        "there is no consensus among the 32 allies on inviting Ukraine at this stage",
        "the alliance is on track to deliver on its pledge by the end of the year",
        "Ukraine urgently needs more air defence before the winter",
        "the allies must increase production of ammunition",
        "his country would not block a decision on Ukraine's membership",
        "an invitation to Ukraine would be premature while hostilities continue",
        "Russia shows no sign of preparing for a truce",
        "the coalition would keep training Ukrainian pilots next year",
    };
    private static final String[] FILLER = {
        "Russia launched its full-scale invasion of Ukraine in February 2022.",
        "The 32 allies are divided on how fast Ukraine could join the alliance.",
        "Air defence remains Kyiv's most urgent need as strikes on energy infrastructure continue.",
        "Diplomats, speaking anonymously, said the question of an invitation would not be settled soon.",
        "Several allies have warned that their stocks of ammunition are running low.",
        "The package comes on top of earlier commitments made at the Washington summit.",
        "Officials said the details would be worked out in the coming weeks.",
        "Critics say the pace of deliveries has lagged far behind the announcements.",
        "Ukraine's parliament, the Verkhovna Rada, is expected to debate the plan next week.",
        "The European Union has also promised to use proceeds from frozen Russian assets.",
    };
    private static final String[] HEADLINES = {
        "Allies pledge more air defence for Ukraine", "NATO chief rules out quick invitation",
        "Zelenskyy presents victory plan in Brussels", "New aid package announced ahead of winter",
        "Defence ministers discuss ammunition shortfall", "Ukraine's path to NATO 'irreversible', says alliance",
    };

    // ---------------------------------------------------------------------------------------------

    /** Writes one article from its own random stream. */
    private static final class ArticleWriter {
        private final SplittableRandom r;
        private final StringBuilder out = new StringBuilder(4096);
        private final LocalDate published;
        private final String outlet;
        private final String author;
        private final List<Person> cast = new ArrayList<>();

        ArticleWriter(SplittableRandom r) {
            this.r = r;
            this.published = LocalDate.of(2022, 3, 1).plusDays(r.nextInt(3 * 365));
            this.outlet = pick(OUTLETS);
            this.author = pick(FIRST_NAMES) + " " + pick(SURNAMES);
            cast.add(KNOWN_PEOPLE[r.nextInt(2)]); // Rutte or Zelenskyy leads most stories
            int extra = 1 + r.nextInt(3);
            for (int i = 0; i < extra; i++) {
                Person p = r.nextInt(3) == 0 ? pick(KNOWN_PEOPLE) : invented();
                if (!cast.contains(p))
                    cast.add(p);
            }
            if (cast.size() == 1)
                cast.add(invented());
        }

        String write() {
            String headline = pick(HEADLINES);
            int style = r.nextInt(10);
            if (style < 6)
                fullHeader(headline);
            else if (style < 8)
                out.append("published: ").append(published).append("\n---\n");
            // else: no header; the text carries what can be inferred
            out.append(headline).append(style >= 8 ? " — " + surnameOf(cast.get(0)) : "").append('\n');
            if (r.nextInt(3) == 0)
                caption();
            if (r.nextInt(2) == 0)
                out.append("By ").append(author).append(" – ").append(outlet.toUpperCase(Locale.ROOT)).append('\n');
            if (style >= 8)
                dateline();
            int paragraphs = 6 + r.nextInt(8);
            for (int p = 0; p < paragraphs; p++) {
                paragraph();
                out.append(r.nextInt(3) == 0 ? "\n" : "\n\n");
            }
            if (r.nextInt(2) == 0)
                related();
            return out.toString();
        }

        private void fullHeader(String headline) {
            out.append("title: ").append(headline).append('\n');
            out.append("published: ").append(published).append('\n');
            out.append("publisher: ").append(outlet).append('\n');
            if (r.nextBoolean())
                out.append("author: ").append(author).append('\n');
            if (r.nextBoolean())
                out.append("source-url: https://news.example.org/").append(published.getYear()).append('/')
                   .append(Long.toHexString(r.nextLong() & 0xffffffffL)).append('\n');
            out.append("---\n");
        }

        private void caption() {
            Person a = cast.get(0), b = cast.get(cast.size() - 1);
            out.append(a.title()).append(' ').append(a.name()).append(" meets with ").append(b.title()).append(' ')
               .append(b.name()).append(" in ").append(pick(CITIES)[0]).append(' ').append(shortDate(published)).append(".\n");
        }

        private void dateline() {
            out.append(pick(CITIES)[0].toUpperCase(Locale.ROOT)).append(", ").append(longDate(published))
               .append(" — ").append(outlet).append(" reports from the ").append(pick(EVENTS).replaceFirst("^(a|the) ", ""))
               .append(".\n");
        }

        /** One to three sentences; "Read also" lines stand alone. */
        private void paragraph() {
            int sentences = 1 + r.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                if (i > 0)
                    out.append(' ');
                if (sentence())
                    return;
            }
        }

        /** Appends one sentence; true if it was boilerplate that ends the paragraph. */
        private boolean sentence() {
            switch (r.nextInt(10)) {
                case 0, 1 -> pledge();
                case 2 -> inKind();
                case 3 -> meeting();
                case 4 -> directQuote();
                case 5 -> reportedSpeech();
                case 6 -> stance();
                case 7 -> {
                    readAlso();
                    return true;
                }
                default -> out.append(pick(FILLER));
            }
            return false;
        }

        private void pledge() {
            String[] donor = pick(COUNTRIES);
            String amount = amount();
            String aid = pick(AID);
            Person speaker = pick(cast);
            switch (r.nextInt(5)) {
                case 0 -> out.append(donor[0]).append(" will provide ").append(amount).append(" in ").append(aid)
                        .append(" to Ukraine ").append(period()).append(", ").append(speaker.name()).append(" said.");
                case 1 -> out.append("The ").append(donor[1]).append(" government has pledged ").append(amount)
                        .append(" of ").append(aid).append(" for Ukraine, according to ").append(outlet).append('.');
                case 2 -> out.append(surnameOf(speaker)).append(" announced that ").append(donor[0]).append(" had committed ")
                        .append(amount).append(" to Ukraine's ").append(aid).append(' ').append(period()).append('.');
                case 3 -> out.append("Allies agreed to a pledge of ").append(amount).append(" worth of ").append(aid)
                        .append(" within a year, ").append(speaker.title()).append(' ').append(speaker.name()).append(" told reporters.");
                default -> out.append(donor[0]).append(" has delivered ").append(amount).append(" in ").append(aid)
                        .append(" to Ukraine since ").append(published.getYear() - 1).append(", officials in ")
                        .append(pick(CITIES)[0]).append(" said.");
            }
        }

        private void inKind() {
            String[] donor = pick(COUNTRIES);
            int n = 4 + r.nextInt(60);
            out.append(donor[0]).append(" will send ").append(n).append(' ').append(pick(ITEMS))
               .append(" to Ukraine, ").append(donor[1]).append(' ').append(pick(PERSON_TITLES).toLowerCase(Locale.ROOT))
               .append(' ').append(invented(donor).name()).append(" announced on ").append(weekday(published)).append('.');
        }

        private void meeting() {
            Person a = cast.get(0), b = cast.get(1 + r.nextInt(cast.size() - 1));
            String[] city = pick(CITIES);
            LocalDate day = published.plusDays(r.nextInt(10));
            switch (r.nextInt(3)) {
                case 0 -> out.append(a.name()).append(" met ").append(b.title()).append(' ').append(b.name()).append(" in ")
                        .append(city[0]).append(" on ").append(longDate(day)).append('.');
                case 1 -> out.append("As reported, ").append(pick(EVENTS)).append(" is being held on ")
                        .append(month(day)).append(' ').append(day.getDayOfMonth()).append('-').append(day.getDayOfMonth() + 1)
                        .append(" at ").append(city[1]).append(". A Ukrainian delegation is also attending the event.");
                default -> out.append(surnameOf(a)).append(" was in ").append(city[0]).append(" to chair ").append(pick(EVENTS))
                        .append(", which included representatives from NATO's partner nations.");
            }
        }

        private void directQuote() {
            Person p = pick(cast);
            String words = capitalise(pick(STANCE_QUOTES)) + ", and " + pick(REPORTED);
            switch (r.nextInt(3)) {
                case 0 -> out.append('“').append(words).append(",” ").append(p.name()).append(" said.");
                case 1 -> out.append(p.title()).append(' ').append(p.name()).append(" said: \"").append(words).append(".\"");
                default -> out.append('"').append(words).append('"').append(", ").append(surnameOf(p)).append(" told ")
                        .append(outlet).append('.');
            }
        }

        private void reportedSpeech() {
            Person p = pick(cast);
            switch (r.nextInt(3)) {
                case 0 -> out.append(p.name()).append(" said that ").append(pick(REPORTED)).append('.');
                case 1 -> out.append("According to ").append(surnameOf(p)).append(", ").append(pick(REPORTED)).append('.');
                default -> out.append(capitalise(pick(REPORTED))).append(", ").append(surnameOf(p))
                        .append(" stressed, reports ").append(pick(OUTLETS)).append('.');
            }
        }

        private void stance() {
            Person p = pick(cast);
            switch (r.nextInt(3)) {
                case 0 -> out.append(p.title()).append(' ').append(p.name())
                        .append(" said Ukraine's path to membership is “irreversible”.");
                case 1 -> out.append(pick(COUNTRIES)[0]).append(" does not support inviting Ukraine to join NATO at the ")
                        .append(pick(EVENTS).replaceFirst("^(a|the) ", "")).append(", ").append(surnameOf(p)).append(" said.");
                default -> out.append(surnameOf(p)).append(" refrained from specifying a timeline for Ukraine's accession.");
            }
        }

        private void readAlso() {
            if (out.charAt(out.length() - 1) == ' ')
                out.setLength(out.length() - 1);
            out.append(out.charAt(out.length() - 1) == '\n' ? "" : "\n")
               .append(r.nextBoolean() ? "Read also: " : "READ MORE: ").append(pick(HEADLINES));
        }

        private void related() {
            out.append("Related\n");
            int n = 2 + r.nextInt(2);
            for (int i = 0; i < n; i++)
                out.append("- ").append(pick(HEADLINES)).append('\n');
        }

        /** An amount in one of the styles news text uses. */
        private String amount() {
            int whole = 1 + r.nextInt(60);
            String decimal = r.nextInt(3) == 0 ? "." + (1 + r.nextInt(9)) : "";
            String n = whole + decimal;
            return switch (r.nextInt(9)) {
                case 0 -> "EUR " + n + " billion";
                case 1 -> "€" + n + "bn";
                case 2 -> "nearly $" + n + " billion";
                case 3 -> "£" + n + "bn";
                case 4 -> n + " billion euros";
                case 5 -> "$" + (100 + r.nextInt(900)) + " million";
                case 6 -> "more than " + n + " billion Norwegian kroner";
                case 7 -> "USD " + n + " million";
                default -> "about €" + (10 + r.nextInt(990)) + "m";
            };
        }

        private String period() {
            return switch (r.nextInt(4)) {
                case 0 -> "next year";
                case 1 -> "in " + (published.getYear() + 1);
                case 2 -> "over the next " + (2 + r.nextInt(4)) + " years";
                default -> "by the end of " + month(published.plusMonths(2));
            };
        }

        private Person invented() {
            return invented(pick(COUNTRIES));
        }

        private Person invented(String[] country) {
            String surname = pick(SURNAMES);
            String title = pick(PERSON_TITLES);
            return new Person(pick(FIRST_NAMES) + " " + surname, surname, country[1] + " " + title, country[0]);
        }

        private String surnameOf(Person p) { return r.nextInt(4) == 0 ? p.name() : p.surname(); }

        private <T> T pick(T[] options) { return options[r.nextInt(options.length)]; }

        private <T> T pick(List<T> options) { return options.get(r.nextInt(options.size())); }

        private String weekday(LocalDate d) { return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH); }

        private static String month(LocalDate d) { return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH); }

        private String longDate(LocalDate d) {
            return r.nextBoolean() ? month(d) + " " + d.getDayOfMonth() + ", " + d.getYear()
                    : d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
        }

        private static String shortDate(LocalDate d) {
            String m = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            return m + (m.equals("May") ? "" : ".") + " " + d.getDayOfMonth() + ", " + d.getYear();
        }

        private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
    }
}
