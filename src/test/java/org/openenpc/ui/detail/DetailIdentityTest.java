package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.protocol.Asb;
import org.openenpc.ui.PrinterHealth;
import org.openenpc.ui.detail.StatusLine.Severity;

/** Issue 10: a MAC conflict and a duplicate MAC are warnings with a hint in the detail pane and "needs attention". */
class DetailIdentityTest {

    private static final MacAddress OTHER = MacAddress.parse("00:11:22:33:44:55");

    private static Printer printer() {
        return VectorPrinters.full("127.0.1.5", Instant.parse("2024-05-01T12:00:00Z"), new Asb(0x14, 0x00, 0x00, 0x0f));
    }

    private static List<StatusLine> lines(Printer p) {
        DetailViewModel vm = new DetailViewModel();
        vm.show(p);
        return List.copyOf(vm.getStatusLines());
    }

    @Test
    void otherMacsAtTheAddressAreAWarningNamingThem() {
        Printer p = printer().withMacConflicts(List.of(OTHER), false);
        assertThat(lines(p)).anySatisfy(l -> {
            assertThat(l.severity()).isEqualTo(Severity.WARNING);
            assertThat(l.text()).contains("1 other MAC(s): 00:11:22:33:44:55");
            assertThat(l.hint()).contains("forging replies");
        });
        assertThat(PrinterHealth.attention(p, 10, false)).isEqualTo("Other MACs at this address");
    }

    @Test
    void aDuplicateMacIsAWarning() {
        Printer p = printer().withMacConflicts(List.of(), true);
        assertThat(lines(p)).anySatisfy(l -> {
            assertThat(l.severity()).isEqualTo(Severity.WARNING);
            assertThat(l.text()).isEqualTo("Another device at another address reports the same MAC");
        });
        assertThat(PrinterHealth.attention(p, 10, false)).isEqualTo("Duplicate MAC");
    }

    @Test
    void aPrinterWithoutConflictsHasNoIdentityLine() {
        assertThat(lines(printer())).noneMatch(l -> l.text().contains("MAC"));
        assertThat(PrinterHealth.attention(printer(), 10, false)).isEmpty();
    }
}
