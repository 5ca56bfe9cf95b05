package org.alliancegraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documented competency queries, {@code queries/*.rq} in the repository, read from the
 * classpath so that the packaged jar serves the same files. Sorted by name.
 */
public final class QueryCatalogue {
    public static final String RESOURCE_DIR = "queries";
    private static volatile QueryCatalogue instance;

    private final List<CatalogueQuery> queries;

    private QueryCatalogue(List<CatalogueQuery> queries) { this.queries = List.copyOf(queries); }

    /** The catalogue on the classpath, read once. */
    public static QueryCatalogue load() {
        if (instance == null) {
            synchronized (QueryCatalogue.class) {
                if (instance == null)
                    instance = new QueryCatalogue(readAll());
            }
        }
        return instance;
    }

    public List<CatalogueQuery> all() { return queries; }

    public Optional<CatalogueQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public CatalogueQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no query named " + name + " in the catalogue"));
    }

    private static List<CatalogueQuery> readAll() {
        URL dir = QueryCatalogue.class.getResource("/" + RESOURCE_DIR);
        if (dir == null)
            throw new IllegalStateException("the query catalogue (" + RESOURCE_DIR + "/) is missing from the classpath");
        try {
            URI uri = dir.toURI();
            if (!"jar".equals(uri.getScheme()))
                return readDirectory(Path.of(uri));
            return readDirectory(jarFileSystem(uri).provider().getPath(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's file system, opened once and kept: the catalogue is read once per JVM. */
    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<CatalogueQuery> readDirectory(Path dir) throws IOException {
        List<CatalogueQuery> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - 3);
                result.add(CatalogueQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        result.sort((a, b) -> a.name().compareTo(b.name()));
        return Collections.unmodifiableList(result);
    }
}
