package org.alliancegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

import org.alliancegraph.store.StoreConfig;

/**
 * The answers of SPARQL queries on a store, to show that a rewritten query answers exactly what
 * the old one did on a large store (the catalogue tests check the seeds only). For each query file
 * it writes the rows, in the order the query returns them, to {@code OUT/NAME.tsv} (one value per
 * column in N-Triples syntax) and prints {@code name,rows,sha256} where the digest is over the
 * rows sorted, so ties in ORDER BY do not count. Compare two runs with {@code diff} of the files.
 * Federated queries (SERVICE) are skipped. Not a timing tool: speed is measured over HTTP by
 * bench/query.sh.
 * <pre>QueryAnswers --data DIR --queries queries/ --out DIR [--timeout-s 3600]</pre>
 */
public final class QueryAnswers {
    private QueryAnswers() {}

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path data = Path.of(args.string("--data", null));
        Path out = Path.of(args.string("--out", null));
        List<Path> files = queryFiles(args.string("--queries", "queries"));
        long timeoutSeconds = args.longValue("--timeout-s", 3600);
        args.done();
        Files.createDirectories(out);
        DatasetGraph dsg = StoreConfig.open(data, null);
        for (Path file : files) {
            String text = Files.readString(file);
            if (text.contains("SERVICE"))
                continue;
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            List<String> rows = answers(dsg, QueryFactory.create(text), timeoutSeconds);
            Files.write(out.resolve(name + ".tsv"), rows, StandardCharsets.UTF_8);
            System.out.println(name + "," + (rows.size() - 1) + "," + sortedDigest(rows.subList(1, rows.size())));
        }
        System.exit(0); // the text index's and TDB2's threads
    }

    /** Comma-separated files or directories of {@code *.rq}, each directory's files in name order. */
    static List<Path> queryFiles(String list) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String item : list.split(",")) {
            Path p = Path.of(item.strip());
            if (Files.isDirectory(p))
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".rq")).sorted().forEach(files::add);
                }
            else
                files.add(p);
        }
        return files;
    }

    /** A header line of the variable names, then one tab-separated line per row. */
    private static List<String> answers(DatasetGraph dsg, Query query, long timeoutSeconds) {
        return Txn.calculateRead(dsg, () -> {
            // Its own timeout instead of the store's 30 s: the old form of a query may take longer.
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                    .timeout(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<String> lines = new ArrayList<>();
                lines.add(String.join("\t", vars));
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> cells = new ArrayList<>(vars.size());
                    for (String v : vars)
                        cells.add(row.contains(v) ? FmtUtils.stringForNode(row.get(v).asNode()) : "");
                    lines.add(String.join("\t", cells));
                }
                return lines;
            }
        });
    }

    private static String sortedDigest(List<String> rows) throws Exception {
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String r : sorted)
            sha.update((r + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
