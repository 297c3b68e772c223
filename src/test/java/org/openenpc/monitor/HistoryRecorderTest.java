package org.openenpc.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.discovery.ScanProgress;
import org.openenpc.discovery.ScanScope;
import org.openenpc.discovery.ScanSummary;
import org.openenpc.inventory.Inventories;
import org.openenpc.inventory.Inventory;
import org.openenpc.inventory.ScanInfo;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;

/** The recorder keeps rounds while the database is locked and says so once; a broken database stops it. */
class HistoryRecorderTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;

    static MonitorRound round(int n, boolean complete, Printer... answered) {
        ScanScope scope = ScanScope.builder().addRange("127.0.0.0/24").port(23289).build();
        ScanSummary summary = new ScanSummary(List.of(answered), new ScanProgress(1, 1, 1, 1, 1, 0, 1, Duration.ZERO),
                1, !complete, "", List.of());
        Instant at = T0.plusSeconds(60L * n);
        return new MonitorRound(n, MonitorRound.Purpose.SCAN, scope, at, at.plusSeconds(2), summary, List.of(answered),
                List.of());
    }

    static Printer printer(String ip, String mac) {
        return new Printer(ip, MacAddress.parse(mac), "TM-T88V", "", "", Printer.IpSettings.NONE, PrinterStatus.UNKNOWN,
                "", new TreeSet<>(Set.of("ENPC unicast")), new TreeSet<>(), new TreeMap<>(), T0, T0, null);
    }

    @Test
    void aLockedDatabaseQueuesRoundsAndRecordsThemWhenFree() throws Exception {
        Path file = dir.resolve("inventory.db");
        List<String> problems = new ArrayList<>();
        List<ScanInfo> recorded = new ArrayList<>();
        try (Inventory inv = Inventories.open(file.toString());
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = other.createStatement()) {
            HistoryRecorder r = new HistoryRecorder(inv, problems::add, recorded::add);
            r.accept(round(1, true, printer("127.0.0.2", "00:26:ab:00:00:02")));
            s.execute("BEGIN EXCLUSIVE");
            r.accept(round(2, true, printer("127.0.0.2", "00:26:ab:00:00:02")));
            r.accept(round(3, true, printer("127.0.0.3", "00:26:ab:00:00:03")));
            assertThat(r.pending()).isEqualTo(2);
            assertThat(problems).singleElement().asString().contains("locked").contains("retried");
            s.execute("ROLLBACK");
            r.accept(round(4, true, printer("127.0.0.2", "00:26:ab:00:00:02")));
            assertThat(r.pending()).isZero();
            assertThat(recorded).hasSize(4);
            assertThat(problems).last().asString().contains("recording again");
            assertThat(inv.devices()).hasSize(2);
            assertThat(inv.scans(10)).extracting(ScanInfo::startedAt)
                    .containsExactly(T0.plusSeconds(240), T0.plusSeconds(180), T0.plusSeconds(120), T0.plusSeconds(60));
            assertThat(r.stopped()).isFalse();
        }
    }

    @Test
    void aCutShortRoundIsRecordedButMarksNobodyGone() throws Exception {
        try (Inventory inv = Inventories.open(dir.resolve("i.db").toString())) {
            HistoryRecorder r = new HistoryRecorder(inv, p -> { }, s -> { });
            r.accept(round(1, true, printer("127.0.0.2", "00:26:ab:00:00:02")));
            r.accept(round(2, false));
            assertThat(inv.scans(1).get(0).complete()).isFalse();
            assertThat(inv.devices().get(0).present()).isTrue();
            r.accept(round(3, true));
            assertThat(inv.devices().get(0).present()).isFalse();
        }
    }
}
