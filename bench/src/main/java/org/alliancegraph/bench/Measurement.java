package org.alliancegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Wall time, CPU time and peak resident memory of the measured part of a benchmark process.
 * CPU time over wall time says how many cores the work kept busy (2.0 = both on this machine).
 */
final class Measurement {
    private final long startNanos = System.nanoTime();
    private final long startCpuNanos = cpuNanos();

    record Result(double wallSeconds, double cpuCores, long peakRssMb) {}

    Result stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = (cpuNanos() - startCpuNanos) / 1e9;
        return new Result(wall, cpu / Math.max(wall, 1e-9), peakRssMb());
    }

    /** One CSV row: bench,n,wall_s,articles_per_s,triples,triples_per_s,cpu_cores,peak_rss_mb. */
    static String csv(String bench, long articles, long triples, Result r) {
        return String.format(Locale.ROOT, "%s,%d,%.3f,%.1f,%d,%.0f,%.2f,%d", bench, articles, r.wallSeconds(),
                articles / r.wallSeconds(), triples, triples / r.wallSeconds(), r.cpuCores(), r.peakRssMb());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** VmHWM: the process's peak resident set, heap and memory-mapped store files included. */
    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:"))
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
