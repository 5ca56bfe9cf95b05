package org.alliancegraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory that cannot take writes: a full disk (simulated with the file size limit,
 * {@code ulimit -f}, which needs no privileges: writes beyond it fail with EFBIG "File too large",
 * as on a full disk) and a read-only directory. The command line says so in one line, exits 3,
 * and what was stored before stays whole.
 */
class DataDirectoryFaultsTest {
    static final Duration PATIENCE = Duration.ofMinutes(4);
    static final boolean ROOT_USER = "root".equals(System.getProperty("user.name"));

    @Test
    void fullDiskStopsTheLoadWithAClearErrorAndLosesNothing(@TempDir Path tmp) throws Exception {
        Path seeds = tmp.resolve("first"), more = tmp.resolve("more");
        List<Path> first = GeneratedArticles.write(seeds, 5);
        // Enough articles to outgrow the limit even in batched transactions (which copy few index blocks).
        List<Path> all = GeneratedArticles.write(more, 1200);
        Map<String, StoreAudit.Expected> expected = StoreAudit.expectations(all);
        Path data = tmp.resolve("data");
        try (CliProcess load = CliProcess.start(tmp, "load", seeds.toString(), "--data", data.toString())) {
            assertEquals(0, load.exitCode(PATIENCE), load.tail());
        }
        // TDB2 creates its files at 8 MiB; forbid any file to grow past its size now.
        long largestKiB = largestFile(data) / 1024;
        String log;
        try (CliProcess load = CliProcess.startLimited(tmp, "ulimit -f " + largestKiB + ";",
                "load", more.toString(), "--data", data.toString())) {
            assertEquals(3, load.exitCode(PATIENCE), "exit 3: the store could not be used\n" + load.tail());
            log = load.log();
        }
        assertTrue(log.contains("error: ") && log.contains("File too large") && log.contains("were not stored"), log);
        assertFalse(log.contains("\tat "), "no stack trace:\n" + log);

        StoreAudit.Result audit = StoreAudit.audit(data, expected);
        assertEquals(List.of(), audit.broken(), "no half-written article");
        assertTrue(audit.present().containsAll(first.stream().map(p -> p.getFileName().toString().replace(".txt", "")).toList()),
                "the articles stored before are all there");
        assertTrue(audit.absent().size() > 0, "the limit did stop the load");

        try (CliProcess load = CliProcess.start(tmp, "load", more.toString(), "--data", data.toString())) {
            assertEquals(0, load.exitCode(PATIENCE), "with room again the load completes\n" + load.tail());
        }
        assertEquals(all.size(), StoreAudit.audit(data, expected).present().size());
    }

    @Test
    void readOnlyDataDirectoryIsAClearError(@TempDir Path tmp) throws Exception {
        Path articles = tmp.resolve("articles");
        GeneratedArticles.write(articles, 3);
        Path data = tmp.resolve("data");
        try (CliProcess load = CliProcess.start(tmp, "load", articles.toString(), "--data", data.toString())) {
            assertEquals(0, load.exitCode(PATIENCE), load.tail());
        }
        ReadOnly readOnly = ReadOnly.make(data);
        try {
            for (String command : List.of("load", "serve")) {
                String[] args = command.equals("load")
                        ? new String[] {"load", articles.toString(), "--force", "--data", data.toString()}
                        : new String[] {"serve", "--port", "0", "--data", data.toString()};
                try (CliProcess p = CliProcess.start(tmp, args)) {
                    assertEquals(3, p.exitCode(PATIENCE), command + ": exit 3\n" + p.tail());
                    String log = p.log();
                    assertTrue(log.contains("error: data directory " + data.toAbsolutePath() + " is not writable"), log);
                    assertFalse(log.contains("\tat "), "no stack trace:\n" + log);
                }
            }
        } finally {
            readOnly.undo();
        }
    }

    static long largestFile(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).max().orElseThrow();
        }
    }

    /**
     * Makes a directory read-only for this process. chmod does that for ordinary users; root
     * ignores permission bits, so as root the directory's file system is made read-only instead:
     * it is moved onto a tmpfs mounted there and remounted read-only (needs CAP_SYS_ADMIN).
     */
    record ReadOnly(Path dir, boolean mounted) {
        static ReadOnly make(Path dir) throws Exception {
            if (!ROOT_USER) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.toList())
                        p.toFile().setWritable(false, false);
                }
                return new ReadOnly(dir, false);
            }
            Path copy = dir.resolveSibling(dir.getFileName() + "-copy");
            assertEquals(0, run("cp", "-a", dir.toString(), copy.toString()));
            boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", dir.toString()) == 0;
            assumeTrue(mounted, "root without permission to mount: cannot make a read-only directory here");
            assertEquals(0, run("sh", "-c", "cp -a '" + copy + "'/. '" + dir + "'/"));
            assertEquals(0, run("mount", "-o", "remount,ro", dir.toString()));
            return new ReadOnly(dir, true);
        }

        void undo() throws Exception {
            if (mounted) {
                assertEquals(0, run("umount", dir.toString()));
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.toList())
                    p.toFile().setWritable(true, true);
            }
        }

        static int run(String... command) throws Exception {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        }
    }
}
