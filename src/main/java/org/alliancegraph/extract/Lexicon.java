package org.alliancegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word lists and small tables kept as data under {@code /lexicon/} (titles, demonyms, verbs of
 * saying…), so that extending them needs no code change. Lines starting with '#' and blank
 * lines are comments; table columns are separated by tabs.
 */
final class Lexicon {
    static final String DIRECTORY = "/lexicon/";

    private Lexicon() {}

    /** One word or phrase a line. */
    static Set<String> words(String file) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(file))
            words.add(line.strip());
        return words;
    }

    /** Rows of exactly {@code columns} tab-separated cells. */
    static List<List<String>> table(String file, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(file)) {
            String[] cells = line.split("\t");
            if (cells.length != columns)
                throw new IllegalStateException(DIRECTORY + file + ": expected " + columns + " columns in \"" + line + "\"");
            List<String> row = new ArrayList<>();
            for (String cell : cells)
                row.add(cell.strip());
            rows.add(row);
        }
        return rows;
    }

    private static List<String> lines(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + DIRECTORY + file);
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; )
                if (!line.isBlank() && !line.startsWith("#"))
                    lines.add(line);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
