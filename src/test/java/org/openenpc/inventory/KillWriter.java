package org.openenpc.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.Printer;

/**
 * A child process for {@link KillNineTest}: records scans of {@code count} printers into the file given, one after
 * another without pause, changing levels each time so every scan writes observations, until it is killed. Prints
 * "recorded N" after each commit.
 */
public final class KillWriter {

    private KillWriter() {
    }

    public static void main(String[] args) {
        String file = args[0];
        int count = Integer.parseInt(args[1]);
        try (Inventory inv = Inventories.open(file)) {
            for (int round = 0; ; round++) {
                Instant at = TestPrinters.T0.plusSeconds(300L * (inv.scans(1).isEmpty() ? 0 : inv.scans(1).get(0).id()));
                List<Printer> answered = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String ip = "127.1." + (i / 250) + "." + (i % 250 + 1);
                    String mac = String.format("00:26:ab:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff);
                    Printer p = TestPrinters.printer(ip, mac, "TM-T88V", at);
                    answered.add(TestPrinters.withSnmp(p, 100 - (round % 100), round, round % 7 == 0 ? "Paper jam" : null));
                }
                ScanInfo s = inv.recordScan(TestPrinters.scan(at, true, answered.toArray(Printer[]::new)));
                System.out.println("recorded " + s.id());
                System.out.flush();
            }
        }
    }
}
