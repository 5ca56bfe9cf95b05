package org.alliancegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of plausible articles for fault and load tests, written at test time: a few templates
 * filled deterministically from the article's number (donor, minister, amount, city, date, stance),
 * so every run writes the same files and each file is a different article.
 */
public final class GeneratedArticles {
    private static final String[][] DONORS = {
            {"Germany", "German", "Defence Minister Katrin Vollmer", "Vollmer", "Berlin"},
            {"France", "French", "Armed Forces Minister Claire Duval", "Duval", "Paris"},
            {"Poland", "Polish", "Defence Minister Marek Nowicki", "Nowicki", "Warsaw"},
            {"Canada", "Canadian", "Defence Minister Paul Ferrand", "Ferrand", "Ottawa"},
            {"Norway", "Norwegian", "Foreign Minister Ingrid Solberg", "Solberg", "Oslo"},
            {"Denmark", "Danish", "Defence Minister Anders Holm", "Holm", "Copenhagen"},
            {"Japan", "Japanese", "State Minister Kenji Morita", "Morita", "Tokyo"},
            {"Sweden", "Swedish", "Defence Minister Erik Lind", "Lind", "Stockholm"},
    };
    private static final String[] AID = {"military aid", "humanitarian aid", "budget support", "air defence"};
    private static final String[] CITIES = {"Brussels", "Kyiv", "Vilnius", "The Hague", "Ramstein"};
    private static final String[] STANCES = {
            "supported Ukraine's eventual membership of NATO but would not put a date on it",
            "said Ukraine's path to NATO membership was irreversible",
            "called on allies to invite Ukraine to join NATO",
            "said there was no consensus among allies on inviting Ukraine",
    };
    private static final String[] TEMPLATES = {
            """
            title: %1$s pledges %5$s for Ukraine (report %9$d)
            published: %8$s
            publisher: Northsea Wire
            ---
            %1$s pledges %5$s for Ukraine

            %1$s will provide Ukraine with %6$s million euros in %5$s, %2$s %3$s told reporters in %7$s on Wednesday.

            "We will stand with Ukraine for as long as it takes," %4$s said after meeting NATO Secretary General Mark Rutte.

            Asked about Ukraine's bid to join the alliance, %4$s %10$s.
            """,
            """
            title: Ministers meet in %7$s as %1$s adds %5$s (report %9$d)
            published: %8$s
            publisher: Meridian Policy Report
            author: Elin Marsh
            ---
            Ministers meet in %7$s as %1$s adds %5$s

            Defence ministers of the Ukraine Defense Contact Group met in %7$s on Tuesday. %2$s %3$s announced %6$s million dollars in %5$s for Ukraine over the next two years.

            Volodymyr Zelenskyy thanked the allies. "Every package saves lives," the Ukrainian president said.

            %4$s %10$s, according to officials in the room.
            """,
            """
            %1$s and Ukraine sign %5$s agreement (report %9$d)

            KYIV, %8$s — %1$s signed an agreement on %5$s worth %6$s million euros with Ukraine on Thursday, %2$s %3$s said in %7$s.

            Mark Rutte welcomed the agreement. NATO allies have pledged 40 billion euros in military aid for next year.

            %4$s %10$s.
            """,
    };

    private GeneratedArticles() {}

    /** Writes {@code count} articles as {@code gen_0000.txt…} into {@code dir}; returns their paths in order. */
    public static List<Path> write(Path dir, int count) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = dir.resolve(String.format("gen_%04d.txt", i));
                Files.writeString(file, article(i), StandardCharsets.UTF_8);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words only the text of article number {@code i} has (below 950 articles): its amount, e.g.
     * "87 million" (37 and 950 have no common factor, so the amounts differ).
     */
    public static String distinctivePhrase(int i) { return millions(i) + " million"; }

    /** The number of article {@code i}'s file {@code gen_NNNN.txt}. */
    public static int number(String fileName) { return Integer.parseInt(fileName.substring(4, 8)); }

    private static int millions(int i) { return 50 + (i * 37) % 950; }

    /** The text of article number {@code i}. */
    public static String article(int i) {
        String[] donor = DONORS[i % DONORS.length];
        String aid = AID[(i / DONORS.length) % AID.length];
        int millions = millions(i);
        String city = CITIES[(i / 3) % CITIES.length];
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays((i * 7L) % 700);
        String stance = STANCES[(i / 5) % STANCES.length];
        return String.format(TEMPLATES[i % TEMPLATES.length],
                donor[0], donor[1], donor[2], donor[3], aid, millions, city, date, i, stance);
    }

    /** For experiments by hand: {@code java -cp target/test-classes …GeneratedArticles DIR COUNT}. */
    public static void main(String[] args) {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
