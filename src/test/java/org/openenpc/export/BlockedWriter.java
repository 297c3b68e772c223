package org.openenpc.export;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A test process: starts {@link AtomicFileWriter#write} of {@code args[0]}, writes past the buffer,
 * says "inside" on stdout and blocks inside the body until it is killed (a latch nobody counts down).
 */
public final class BlockedWriter {
    private BlockedWriter() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFileWriter.write(Path.of(args[0]), out -> {
            out.write(new byte[200_000]);
            System.out.println("inside");
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
