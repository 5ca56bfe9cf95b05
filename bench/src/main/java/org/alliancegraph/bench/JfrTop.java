package org.alliancegraph.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a JFR recording went: execution samples counted by the method on top of
 * the stack (self) and by every method on the stack (inclusive, filtered by {@code --match}).
 * {@code java … JfrTop --jfr FILE [--match REGEX] [--top 25]}
 */
public final class JfrTop {
    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path file = Path.of(args.string("--jfr", null));
        Pattern match = Pattern.compile(args.string("--match", "org\\.alliancegraph|org\\.apache\\.jena\\.(tdb2|dboe)"));
        int top = args.integer("--top", 25);
        args.done();
        Map<String, Integer> self = new HashMap<>(), inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null)
                continue;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty())
                continue;
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames)
                if (seen.add(name(f)))
                    inclusive.merge(name(f), 1, Integer::sum);
        }
        System.out.printf("%d execution samples%n%nself (top of stack):%n", samples);
        print(self, top, samples, null);
        System.out.printf("%ninclusive (on the stack), matching %s:%n", match);
        print(inclusive, top, samples, match);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int top, int total, Pattern match) {
        counts.entrySet().stream()
                .filter(e -> match == null || match.matcher(e.getKey()).find())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
    }
}
