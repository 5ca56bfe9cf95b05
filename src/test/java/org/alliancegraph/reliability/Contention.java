package org.alliancegraph.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client sends a slow (pathological) request while others keep asking a simple one until it
 * has been answered: what the slow client got, and whether the others were served meanwhile.
 */
final class Contention {
    /**
     * @param slow the slow request's answer; {@code slowNanos} how long it took
     * @param answered simple requests answered 200; {@code failed} those that were not (other status or error)
     * @param answeredBeforeSlowEnded whether a simple request was answered before the slow one was
     */
    record Outcome(RawHttp.Answer slow, long slowNanos, int answered, int failed, boolean answeredBeforeSlowEnded) {}

    private Contention() {}

    static Outcome run(Callable<RawHttp.Answer> slowRequest, Callable<RawHttp.Answer> simpleRequest, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        try {
            long start = System.nanoTime();
            Future<RawHttp.Answer> slow = pool.submit(slowRequest);
            Thread.sleep(200); // let the slow request get going first
            AtomicInteger answered = new AtomicInteger(), failed = new AtomicInteger();
            AtomicLong firstAnswerAt = new AtomicLong(Long.MAX_VALUE);
            List<Future<?>> others = new ArrayList<>();
            for (int c = 0; c < clients; c++)
                others.add(pool.submit(() -> {
                    while (!slow.isDone()) {
                        try {
                            if (simpleRequest.call().status() == 200) {
                                answered.incrementAndGet();
                                firstAnswerAt.accumulateAndGet(System.nanoTime(), Math::min);
                            } else
                                failed.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            RawHttp.Answer answer = slow.get(3, TimeUnit.MINUTES);
            long ended = System.nanoTime();
            for (Future<?> f : others)
                f.get(1, TimeUnit.MINUTES);
            return new Outcome(answer, ended - start, answered.get(), failed.get(), firstAnswerAt.get() < ended);
        } finally {
            pool.shutdownNow();
        }
    }
}
