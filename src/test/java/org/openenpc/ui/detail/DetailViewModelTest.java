package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;

/** The view model without a toolkit, on printers built from the captured vectors. */
class DetailViewModelTest {

    static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");
    private final DetailViewModel vm = new DetailViewModel(ZoneOffset.ofHours(2));

    private Map<String, String> rows() {
        return vm.getIdentityRows().stream().collect(Collectors.toMap(Row::label, Row::value));
    }

    @Test
    void identityRowsHoldTheExactValuesFromTheReplies() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        Map<String, String> rows = rows();
        assertThat(rows).containsEntry("Model", "TM-T88V")
                .containsEntry("MAC", "02:00:00:00:00:00")
                .containsEntry("IP address", "127.0.1.5")
                .containsEntry("Reported IP", "192.168.1.9") // parsed from the captured vector, never a target
                .containsEntry("Mask", "255.255.255.0")
                .containsEntry("Gateway", "192.168.1.1") // parsed from the captured vector
                .containsEntry("IP flags", "00 04  (GUESS: address mode, DHCP/APIPA)")
                .containsEntry("Port 9100 held by", "nobody")
                .containsEntry("First seen", "2024-05-01 14:00:00")
                .containsEntry("Last seen", "2024-05-01 14:00:05")
                .containsEntry("Discovered by", "ENPC broadcast, ENPC unicast")
                .containsEntry("Answered", "Q 00-0010, Q 03-0000, Q 03-0010, Q 03-0017, Q 03-0131")
                .containsEntry("Interface card", "\u2014");
        assertThat(vm.getIdentityRows()).extracting(Row::label).startsWith("Model", "MAC", "Interface card",
                "NIC name", "IP address");
    }

    @Test
    void titleIsTheModelOrTheIpWhileTheModelIsUnknown() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        assertThat(vm.titleProperty().get()).isEqualTo("TM-T88V");
        vm.show(VectorPrinters.of("127.0.1.6", AT, VectorPrinters.NIC));
        assertThat(vm.titleProperty().get()).isEqualTo("127.0.1.6");
        assertThat(rows()).containsEntry("NIC name", "UB-EEAE083ENSN").containsEntry("MAC", "aa:bb:cc:dd:ee:ff");
    }

    @Test
    void badgeFollowsTheStatusLevel() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        assertThat(vm.levelProperty().get()).isEqualTo(PrinterStatus.Level.OK);
        assertThat(vm.statusSummaryProperty().get()).isEqualTo("Ready");
        vm.show(VectorPrinters.of("127.0.1.6", AT, VectorPrinters.BASIC));
        assertThat(vm.levelProperty().get()).isEqualTo(PrinterStatus.Level.UNKNOWN);
    }

    @Test
    void webConfigUrlAndCopyValues() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        assertThat(vm.webConfigUrl()).isEqualTo("http://127.0.1.5/");
        assertThat(vm.ipProperty().get()).isEqualTo("127.0.1.5");
        assertThat(vm.macProperty().get()).isEqualTo("02:00:00:00:00:00");
    }

    @Test
    void allAsTextHoldsIdentityStatusAndRawReplies() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        String all = vm.allAsText();
        assertThat(all).startsWith("TM-T88V\n")
                .contains("Identity\n", "  MAC                02:00:00:00:00:00\n", "  Gateway            192.168.1.1\n") // parsed from the captured vector
                .contains("Status\n", "  [OK] Online, ready \u2014 Nothing to do.\n", "ASB bytes 14 00 00 0f")
                .contains("Raw replies\n", vm.rawTextProperty().get());
        assertThat(all.indexOf("Identity")).isLessThan(all.indexOf("Status\n"));
        assertThat(all.indexOf("Status\n")).isLessThan(all.indexOf("Raw replies"));
    }

    @Test
    void showNullClearsEverything() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        vm.show(null);
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.getPrinter()).isNull();
        assertThat(vm.getIdentityRows()).isEmpty();
        assertThat(vm.getStatusLines()).isEmpty();
        assertThat(vm.rawTextProperty().get()).isEmpty();
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.allAsText()).isEmpty();
        assertThat(vm.webConfigUrl()).isEmpty();
    }

    @Test
    void anUnchangedSnapshotFiresNoListChanges() {
        Printer p = VectorPrinters.full("127.0.1.5", AT);
        vm.show(p);
        List<String> events = new java.util.ArrayList<>();
        vm.getIdentityRows().addListener((ListChangeListener<Row>) c -> events.add("rows"));
        vm.getStatusLines().addListener((ListChangeListener<StatusLine>) c -> events.add("lines"));
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        assertThat(events).isEmpty();
        vm.show(VectorPrinters.full("127.0.1.5", AT.plusSeconds(60)));
        assertThat(events).containsExactly("rows");
    }

    /** A view's listeners live on the returned list; a fresh wrapper per call could be collected with them. */
    @Test
    void listsAreTheSameReadOnlyViewEveryTime() {
        assertThat(vm.getIdentityRows()).isSameAs(vm.getIdentityRows());
        assertThat(vm.getStatusLines()).isSameAs(vm.getStatusLines());
    }

    @Test
    void listsAreReadOnlyForCallers() {
        vm.show(VectorPrinters.full("127.0.1.5", AT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.getIdentityRows().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
