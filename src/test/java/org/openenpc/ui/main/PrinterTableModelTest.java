package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;

/** Rows update in place, follow a device whose MAC becomes known, and filter live. */
class PrinterTableModelTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    private static Printer printer(String ip, String mac, String model) {
        Printer p = Printer.seen(ip, T);
        return new Printer(ip, mac == null ? null : MacAddress.parse(mac), model, "", "", p.ipSettings(), p.status(),
                "", p.sources(), p.answered(), p.replies(), T, T, null);
    }

    @Test
    void updatesInPlaceAndFollowsTheMac() {
        PrinterTableModel m = new PrinterTableModel();
        m.upsert(List.of(printer("127.0.1.1", null, "")));
        PrinterRow row = m.rows().get(0);
        m.upsert(List.of(printer("127.0.1.1", "64:eb:8c:00:00:01", "TM-T88V")));
        assertThat(m.rows()).containsExactly(row);
        assertThat(row.modelProperty().get()).isEqualTo("TM-T88V");
        m.upsert(List.of(printer("127.0.1.9", "64:eb:8c:00:00:01", "TM-T88V")));
        assertThat(m.rows()).containsExactly(row);
        assertThat(row.ipProperty().get()).isEqualTo("127.0.1.9");
        m.upsert(List.of(printer("127.0.1.9", "64:eb:8c:00:00:02", "TM-m30")));
        assertThat(m.rows()).hasSize(2);
    }

    @Test
    void filterMatchesAnyVisibleTextAndReactsToUpdates() {
        PrinterTableModel m = new PrinterTableModel();
        m.upsert(List.of(printer("127.0.1.1", null, "TM-T88V"), printer("127.0.1.2", null, "TM-m30")));
        m.filterProperty().set("m30");
        assertThat(m.filtered()).extracting(r -> r.ipProperty().get()).containsExactly("127.0.1.2");
        m.upsert(List.of(printer("127.0.1.1", null, "TM-m30II")));
        assertThat(m.filtered()).hasSize(2);
        m.filterProperty().set("");
        assertThat(m.filtered()).hasSize(2);
    }
}
