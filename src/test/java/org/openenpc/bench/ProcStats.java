package org.openenpc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's and the machine's counters from Linux's {@code /proc}, read from outside the process: CPU ticks
 * (utime + stime, {@code /proc/PID/stat}), VmRSS and VmHWM ({@code /proc/PID/status}), all CPUs' busy ticks
 * ({@code /proc/stat}) and the load average. Ticks are USER_HZ (100 on Linux x86-64).
 */
final class ProcStats {
    /** USER_HZ: the unit of /proc's CPU times (sysconf(_SC_CLK_TCK), 100 on every x86-64 Linux). */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcStats() {
    }

    /** utime + stime of {@code pid}, in ticks. */
    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // fields after the command name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** A field of {@code /proc/PID/status} in kB ("VmRSS", "VmHWM"), or -1. */
    static long statusKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }

    /** Busy ticks of all CPUs together (everything but idle and iowait), from {@code /proc/stat}. */
    static long machineBusyTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
            if (i != 4 && i != 5) {
                busy += Long.parseLong(f[i]);
            }
        }
        return busy;
    }

    /** "0.52 0.61 0.70": the 1, 5 and 15 minute load averages. */
    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    /** The 1-minute load average. */
    static double load1() throws IOException {
        return Double.parseDouble(loadAverage().split(" ")[0]);
    }
}
