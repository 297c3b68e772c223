package org.openenpc.cli;

import java.io.PrintWriter;

import org.openenpc.discovery.ScanListener;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.model.Printer;

/** Prints a one-line, self-overwriting progress indicator to a terminal. Called on the scan thread. */
final class ProgressPrinter implements ScanListener {
    private final PrintWriter err;
    private long lastPrint;
    private int lastLength;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void deviceAdded(Printer printer) {
        // Shown through the counters; the table comes at the end.
    }

    @Override
    public void progress(ScanProgress p) {
        long now = System.nanoTime();
        if (now - lastPrint < 250_000_000L) {
            return;
        }
        lastPrint = now;
        String sent = p.targetsTotal() == 0 ? "" : String.format(" %d/%d targets,", p.targetsSent(), p.targetsTotal());
        String line = String.format("round %d,%s %d printers, %d replies, %d malformed%s, %.1f s", p.round() + 1, sent,
                p.devices(), p.replies(), p.malformed(), p.outOfScope() == 0 ? "" : ", " + p.outOfScope() + " out of scope",
                p.elapsed().toMillis() / 1000.0);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
    }

    @Override
    public void finished(org.openenpc.discovery.ScanSummary summary) {
        // Blank the progress line so the summary that follows is not mixed with its tail.
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
    }
}
