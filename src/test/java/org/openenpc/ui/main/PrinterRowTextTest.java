package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.model.HostileText;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;

/** The table's cells, its filter and the monitoring notifications see device text escaped. */
class PrinterRowTextTest {

    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");
    private static final String ALERT = HostileText.CLEAR + "Fuser" + HostileText.FORGED_ROW;
    private static final String SUPPLY = "Toner" + HostileText.RLO;

    private static Printer printer(List<SnmpCondition> conditions, int level) {
        Printer seen = Printer.seen("127.0.95.1", AT);
        SnmpView v = new SnmpView("", "", "", "", "", "", "idle", "", null, conditions,
                List.of(new Supply(SUPPLY, "black", level, "ok", "Printer-MIB")), "", AT, null);
        return new Printer(seen.ip(), null, HostileText.ALL, HostileText.TITLE + "card", "", seen.ipSettings(),
                seen.status(), "", seen.sources(), seen.answered(), seen.replies(), AT, AT, v);
    }

    @Test
    void cellsHoldTheEscapedText() {
        PrinterRow row = new PrinterRow(printer(List.of(new SnmpCondition("alert-9999", ALERT,
                SnmpCondition.Severity.ERROR, "prtAlertTable")), 50));

        for (String cell : List.of(row.model(), row.card(), row.summary(), row.attentionProperty().get())) {
            assertThat(HostileText.rawControls(cell.getBytes(StandardCharsets.UTF_8))).as(cell).isEmpty();
        }
        assertThat(row.model()).isEqualTo(SafeText.escape(HostileText.ALL));
        assertThat(row.card()).isEqualTo("\\x1b]0;pwned\\x07card");
        assertThat(row.summary()).contains(SafeText.escape(ALERT));
        assertThat(row.attentionProperty().get()).contains(SafeText.escape(ALERT));
        assertThat(row.matches("\\x1b]0;pwned")).isTrue(); // the filter finds what the cell shows
    }

    @Test
    void notificationsHoldTheEscapedText() {
        Printer before = printer(List.of(), 50);
        Printer after = printer(List.of(new SnmpCondition("alert-9999", ALERT, SnmpCondition.Severity.ERROR,
                "prtAlertTable")), 5);

        List<String> alerts = Alerts.between(before, after, 15);

        assertThat(alerts).hasSize(2).allSatisfy(a -> {
            assertThat(HostileText.rawControls(a.getBytes(StandardCharsets.UTF_8))).as(a).isEmpty();
            assertThat(a).startsWith(SafeText.escape(HostileText.ALL));
        });
        assertThat(alerts.get(0)).endsWith(SafeText.escape(ALERT));
        assertThat(alerts.get(1)).contains(SafeText.escape(SUPPLY));
    }
}
