package org.alliancegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the FILE|DIR arguments of {@code load} into article files, in a stable order. */
public final class ArticleFiles {
    private ArticleFiles() {}

    /**
     * Files are taken as given; directories contribute their {@code *.txt} entries (recursively,
     * sorted) that are not directories. Links are not followed into directories; a {@code *.txt}
     * that is a FIFO, a device or a dangling link is listed too, so the reader refuses it by name
     * instead of it vanishing silently.
     */
    public static List<Path> expand(List<Path> args) {
        List<Path> files = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(p -> !Files.isDirectory(p))
                        .filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + arg, e);
                }
            } else {
                files.add(arg);
            }
        }
        return files;
    }
}
