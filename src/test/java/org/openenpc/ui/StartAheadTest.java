package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class StartAheadTest {

    @Test
    void awaitReturnsOnlyOnceEveryTaskRanInOrderOnAnotherThread() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        StartAhead.begin(List.of(() -> {
            await(release);
            ran.add(Thread.currentThread() == caller ? "caller" : "first");
        }, () -> ran.add("second")));
        Thread waiter = new Thread(StartAhead::await);
        waiter.start();
        waiter.join(200);
        assertThat(waiter.isAlive()).as("await while a task still runs").isTrue();
        release.countDown();
        waiter.join(5_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void aFailingTaskIsSkippedAndAwaitDoesNotThrow() {
        List<String> ran = new CopyOnWriteArrayList<>();
        StartAhead.begin(List.of(() -> {
            throw new IllegalStateException("no");
        }, () -> ran.add("after")));
        StartAhead.await();
        assertThat(ran).containsExactly("after");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
