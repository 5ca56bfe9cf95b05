package org.alliancegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.TestSupport;

/**
 * The command line ({@code org.alliancegraph.cli.Main}) in its own JVM, for faults only a real
 * process shows: SIGKILL, file size limits. Standard error goes to a file the test can watch;
 * the Loader logs one DEBUG line per stored article there ("loaded SLUG (N triples)").
 */
final class CliProcess implements AutoCloseable {
    private static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m");
    private static final Pattern SERVING = Pattern.compile("serving \\d+ article\\(s\\) at http://([^:/]+):(\\d+)/");
    private static final Pattern LOADED = Pattern.compile("loaded (\\S+) \\((?:\\d+ triples|unchanged)\\)");

    private final Process process;
    private final Path stderr;

    private CliProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /** Starts {@code Main args…}; {@code shellPrefix} (e.g. "ulimit -f 8192;") runs in a shell first when given. */
    static CliProcess startLimited(Path workDir, String shellPrefix, String... args) {
        return start(workDir, shellPrefix, DEFAULT_JVM_OPTIONS, args);
    }

    /** Starts {@code Main args…} in a JVM with these options instead of the default heap (e.g. "-Xmx96m"). */
    static CliProcess startWithJvmOptions(Path workDir, List<String> jvmOptions, String... args) {
        return start(workDir, null, jvmOptions, args);
    }

    static CliProcess start(Path workDir, String... args) { return startLimited(workDir, null, args); }

    private static CliProcess start(Path workDir, String shellPrefix, List<String> jvmOptions, String... args) {
        try {
            Path log4j = workDir.resolve("log4j2-test.properties");
            Files.writeString(log4j, """
                    appender.console.type = Console
                    appender.console.name = STDERR
                    appender.console.target = SYSTEM_ERR
                    appender.console.layout.type = PatternLayout
                    appender.console.layout.pattern = %-5level %c{1} %msg%n
                    rootLogger.level = WARN
                    rootLogger.appenderRef.stderr.ref = STDERR
                    logger.ag.name = org.alliancegraph
                    logger.ag.level = INFO
                    logger.loader.name = org.alliancegraph.store.Loader
                    logger.loader.level = DEBUG
                    """);
            List<String> java = new ArrayList<>();
            java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            java.addAll(jvmOptions);
            java.addAll(List.of("-Dlog4j2.configurationFile=" + log4j.toUri(),
                    "-cp", System.getProperty("java.class.path"), "org.alliancegraph.cli.Main"));
            java.addAll(List.of(args));
            List<String> command = java;
            if (shellPrefix != null) {
                StringBuilder sh = new StringBuilder(shellPrefix).append(" exec");
                for (String a : java)
                    sh.append(" '").append(a.replace("'", "'\\''")).append('\'');
                command = List.of("/bin/sh", "-c", sh.toString());
            }
            Path stderr = Files.createTempFile(workDir, "cli-", ".log");
            Process p = new ProcessBuilder(command).directory(TestSupport.ROOT.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile()).start();
            return new CliProcess(p, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String log() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Slugs the process has logged as stored so far, in order. */
    List<String> loaded() {
        List<String> slugs = new ArrayList<>();
        Matcher m = LOADED.matcher(log());
        while (m.find())
            slugs.add(m.group(1));
        return slugs;
    }

    /** Waits until at least {@code n} articles are logged as stored; false if the process ended or time ran out. */
    boolean awaitLoaded(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (loaded().size() >= n)
                return true;
            if (!process.isAlive())
                return loaded().size() >= n;
            Thread.sleep(20);
        }
        return false;
    }

    /** Where a {@code serve} process listens, once it logs that it serves. */
    record Listening(String host, int port) {}

    /** Waits until a {@code serve} process serves; fails with its log if it ends or time runs out first. */
    Listening awaitServing(Duration timeout) throws InterruptedException {
        for (long deadline = System.nanoTime() + timeout.toNanos(); System.nanoTime() < deadline; Thread.sleep(100)) {
            Matcher m = SERVING.matcher(log());
            if (m.find())
                return new Listening(m.group(1), Integer.parseInt(m.group(2)));
            if (!process.isAlive())
                break;
        }
        throw new AssertionError("serve did not start:\n" + tail());
    }

    boolean isAlive() { return process.isAlive(); }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks, no transaction clean-up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the exit code; kills the process and fails if it takes longer than {@code timeout}. */
    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish within " + timeout + "; log:\n" + tail());
        }
        return process.exitValue();
    }

    /** The end of the log, for failure messages. */
    String tail() {
        String log = log();
        return log.length() > 4000 ? "…" + log.substring(log.length() - 4000) : log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive())
            kill();
    }
}
