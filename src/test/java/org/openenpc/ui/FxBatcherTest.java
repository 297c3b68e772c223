package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterField;

/** The batcher with a direct executor: coalescing, one post per batch, nothing when idle. */
class FxBatcherTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    private static Printer printer(String ip, String model) {
        Printer p = Printer.seen(ip, T);
        return new Printer(ip, null, model, "", "", p.ipSettings(), p.status(), "", p.sources(), p.answered(),
                p.replies(), T, T, null);
    }

    private static ScanProgress progress(long replies) {
        return new ScanProgress(0, 0, 0, 10, replies, 0, 1, Duration.ofMillis(5));
    }

    @Test
    void coalescesUpdatesOfOneDeviceAndPostsOnceperFlush() {
        List<FxBatcher.Batch> batches = new ArrayList<>();
        AtomicInteger posts = new AtomicInteger();
        FxBatcher b = new FxBatcher(r -> {
            posts.incrementAndGet();
            r.run();
        }, batches::add);
        b.deviceAdded(printer("127.0.1.1", ""));
        b.deviceChanged(printer("127.0.1.1", "TM-T88V"), Set.of(PrinterField.MODEL));
        b.deviceAdded(printer("127.0.1.2", "TM-m30"));
        b.progress(progress(3));
        b.progress(progress(7));
        b.flush();
        assertThat(posts.get()).isEqualTo(1);
        assertThat(batches).hasSize(1);
        FxBatcher.Batch batch = batches.get(0);
        assertThat(batch.upserts()).extracting(Printer::ip, Printer::model)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("127.0.1.1", "TM-T88V"),
                        org.assertj.core.groups.Tuple.tuple("127.0.1.2", "TM-m30"));
        assertThat(batch.progress().replies()).isEqualTo(7);
        b.flush();
        assertThat(posts.get()).as("nothing pending, nothing posted").isEqualTo(1);
    }

    @Test
    void finishedFlushesAtOnceWithTheSummary() {
        List<FxBatcher.Batch> batches = new ArrayList<>();
        FxBatcher b = new FxBatcher(Runnable::run, batches::add);
        b.deviceAdded(printer("127.0.1.1", "TM-T88V"));
        ScanSummary s = new ScanSummary(List.of(), progress(1), 1, false, "", List.of());
        b.finished(s);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).finished()).isSameAs(s);
        assertThat(batches.get(0).upserts()).hasSize(1);
        assertThat(b.batches()).isEqualTo(1);
    }

    @Test
    void theTimerPostsAboutOncePerPeriodNotOncePerEvent() throws Exception {
        List<FxBatcher.Batch> batches = new CopyOnWriteArrayList<>();
        AtomicInteger posts = new AtomicInteger();
        FxBatcher b = FxBatcher.start(r -> {
            posts.incrementAndGet();
            r.run();
        }, batches::add, Duration.ofMillis(100));
        long end = System.nanoTime() + 500_000_000L;
        int events = 0;
        while (System.nanoTime() < end) {
            b.deviceAdded(printer("127.0.2." + (events % 250 + 1), "TM"));
            events++;
        }
        b.finished(new ScanSummary(List.of(), progress(0), 1, false, "", List.of()));
        assertThat(events).isGreaterThan(1000);
        assertThat(posts.get()).isBetween(2, 12);
        assertThat(batches.stream().mapToInt(x -> x.upserts().size()).sum()).isLessThanOrEqualTo(events);
    }

    @Test
    void theTimerPostsNoBatchWhileThePreviousOneStillWaitsForTheFxThread() throws Exception {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        List<FxBatcher.Batch> batches = new CopyOnWriteArrayList<>();
        FxBatcher b = FxBatcher.start(queued::add, batches::add, Duration.ofMillis(10));
        b.deviceAdded(printer("127.0.2.1", "TM"));
        org.awaitility.Awaitility.await().until(() -> queued.size() == 1);
        b.deviceAdded(printer("127.0.2.2", "TM"));
        b.deviceAdded(printer("127.0.2.3", "TM"));
        Thread.sleep(100); // ten periods: the second batch must wait for the first to run
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        org.awaitility.Awaitility.await().until(() -> queued.size() == 2);
        queued.get(1).run();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).upserts()).extracting(Printer::ip).containsExactly("127.0.2.2", "127.0.2.3");
        b.close();
    }

    @Test
    void newDevicesAreSpreadOverBatchesAndTheSummaryComesLast() {
        List<FxBatcher.Batch> batches = new ArrayList<>();
        FxBatcher b = new FxBatcher(Runnable::run, batches::add);
        for (int i = 0; i < 2500; i++) {
            b.deviceAdded(printer("127.1." + (i / 250) + "." + (i % 250 + 1), "TM"));
        }
        b.deviceChanged(printer("127.1.0.1", "TM-T88V"), Set.of(PrinterField.MODEL)); // still pending: merged
        assertThat(b.flush()).isTrue();
        assertThat(batches.get(0).upserts()).hasSize(FxBatcher.MAX_ADDS_PER_BATCH);
        assertThat(batches.get(0).upserts().get(0).model()).isEqualTo("TM-T88V");
        b.finished(new ScanSummary(List.of(), progress(1), 1, false, "", List.of()));
        assertThat(batches).hasSize(3);
        assertThat(batches.stream().mapToInt(x -> x.upserts().size()).sum()).isEqualTo(2500);
        assertThat(batches.get(1).finished()).isNull();
        assertThat(batches.get(2).finished()).isNotNull();
    }
}
