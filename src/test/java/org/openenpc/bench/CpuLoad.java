package org.openenpc.bench;

import java.io.File;
import java.util.List;

/**
 * A busy process pinned to one core ({@code taskset -c CORE sh -c 'while :; do :; done'}), standing for
 * another program keeping one of the machine's cores busy while a benchmark measures. Started and
 * stopped by the benchmark; a shutdown hook kills it if the benchmark ends without {@link #stop()}
 * (an exception, Ctrl-C). Sends nothing anywhere.
 */
final class CpuLoad implements AutoCloseable {
    private final int core;
    private Process busy;
    private Thread hook;

    private CpuLoad(int core) {
        this.core = core;
    }

    /** Null, with the reason printed, when {@code taskset} is not on the PATH. */
    static CpuLoad onCore(int core) {
        if (taskset() == null) {
            System.out.println("cpu load: taskset not found (Debian: util-linux); the series with a CPU load is skipped");
            return null;
        }
        return new CpuLoad(core);
    }

    private static String taskset() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            File f = new File(dir, "taskset");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    /** Starts the busy process (no-op when it runs). */
    void start() throws java.io.IOException {
        if (busy != null && busy.isAlive()) {
            return;
        }
        busy = new ProcessBuilder(List.of(taskset(), "-c", Integer.toString(core), "sh", "-c", "while :; do :; done"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Process p = busy;
        hook = new Thread(p::destroyForcibly, "cpu-load-kill");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Kills the busy process and waits for it (no-op when none runs). */
    void stop() throws InterruptedException {
        if (busy == null) {
            return;
        }
        busy.destroyForcibly();
        busy.waitFor();
        busy = null;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    int core() {
        return core;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
