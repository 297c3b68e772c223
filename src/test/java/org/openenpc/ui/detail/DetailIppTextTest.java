package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.model.IppAttribute;
import org.openenpc.model.IppView;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpCondition;

/** The IPP section's lines, rows, raw attributes and its part of "Copy all", without JavaFX. */
class DetailIppTextTest {

    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");
    private static final String IP = "127.0.77.40";

    private static IppView view(String name, List<SnmpCondition> conditions, List<IppAttribute> attributes) {
        return new IppView("ipp://" + IP + ":631/ipp/print", "Kyocera ECOSYS P3145dn", name, "Room 2", "Office laser",
                "4f1c0000-0000-3000-8000-000000000001", "stopped", List.of("media-jam-error", "toner-low-report"),
                "Paper jam in tray 1", conditions, List.of(), "MFG:Kyocera;MDL:ECOSYS P3145dn;",
                "http://" + IP + ":631/", List.of(), "2S0_2F00.002.005", 12345L, attributes, AT, null);
    }

    private static DetailViewModel shown(IppView v) {
        DetailViewModel vm = new DetailViewModel(ZoneOffset.UTC);
        vm.show(Printer.seen(IP, AT).withIpp(v));
        return vm;
    }

    @Test
    void rowsCarryEveryFactAndTheRawReasonKeywords() {
        DetailViewModel vm = shown(view("KM001A5", List.of(), List.of()));
        assertThat(vm.ippShownProperty().get()).isTrue();
        assertThat(vm.getIppRows()).extracting(Row::label, Row::value).contains(
                org.assertj.core.groups.Tuple.tuple("Printer URI", "ipp://127.0.77.40:631/ipp/print"),
                org.assertj.core.groups.Tuple.tuple("Make and model", "Kyocera ECOSYS P3145dn"),
                org.assertj.core.groups.Tuple.tuple("UUID", "4f1c0000-0000-3000-8000-000000000001"),
                org.assertj.core.groups.Tuple.tuple("State", "stopped"),
                org.assertj.core.groups.Tuple.tuple("State reasons", "media-jam-error, toner-low-report"),
                org.assertj.core.groups.Tuple.tuple("State message", "Paper jam in tray 1"),
                org.assertj.core.groups.Tuple.tuple("Page count", "12,345"),
                org.assertj.core.groups.Tuple.tuple("Firmware", "2S0_2F00.002.005"),
                org.assertj.core.groups.Tuple.tuple("Device ID", "MFG:Kyocera;MDL:ECOSYS P3145dn;"),
                org.assertj.core.groups.Tuple.tuple("Web page", "http://127.0.77.40:631/"),
                org.assertj.core.groups.Tuple.tuple("Read at", "2024-05-01 12:00:00"));
        assertThat(vm.getIppLines()).extracting(StatusLine::severity).containsExactly(StatusLine.Severity.OK);
        // Without SNMP, the badge names IPP as where the state came from.
        assertThat(vm.statusSummaryProperty().get()).isEqualTo("IPP: stopped");
    }

    @Test
    void aJamIsAnErrorLineWithTheSnmpHint() {
        SnmpCondition jam = new SnmpCondition("paper-jam", "Paper jam", SnmpCondition.Severity.ERROR,
                "printer-state-reasons");
        DetailViewModel vm = shown(view("", List.of(jam), List.of()));
        assertThat(vm.getIppLines()).extracting(StatusLine::severity, StatusLine::text, StatusLine::hint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StatusLine.Severity.ERROR, "Paper jam",
                        "Open the cover and remove the jammed paper."));
        assertThat(vm.getIppRows()).extracting(Row::label, Row::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Name", "\u2014"));
    }

    @Test
    void aSilentPrinterSaysSinceWhen() {
        DetailViewModel vm = shown(view("", List.of(), List.of()).silent(AT.plusSeconds(60)));
        assertThat(vm.getIppLines().get(0).severity()).isEqualTo(StatusLine.Severity.WARNING);
        assertThat(vm.getIppLines().get(0).text()).isEqualTo("IPP has not answered since 2024-05-01 12:01:00");
        assertThat(vm.getIppLines().get(0).hint()).contains("read at 2024-05-01 12:00:00");
    }

    @Test
    void rawAttributesAreOnePerLineUnderTheirGroupAndEscaped() {
        List<IppAttribute> attrs = List.of(
                new IppAttribute("operation-attributes", "attributes-charset", "charset", List.of("utf-8")),
                new IppAttribute("printer-attributes", "printer-name", "nameWithoutLanguage", List.of("KM\u001b[2J")),
                new IppAttribute("printer-attributes", "x-\u202eevil", "keyword", List.of("a", "b\r\nforged")));
        DetailViewModel vm = shown(view("KM\u001b[2J", List.of(), attrs));
        assertThat(vm.ippRawTitleProperty().get()).isEqualTo("Every IPP attribute as received (3)");
        assertThat(vm.ippRawTextProperty().get()).isEqualTo("""
                operation-attributes
                  attributes-charset (charset): utf-8
                printer-attributes
                  printer-name (nameWithoutLanguage): KM\\x1b[2J
                  x-\\u202eevil (keyword): a, b\\x0d\\x0aforged
                """);
        assertThat(vm.getIppRows()).extracting(Row::value).contains("KM\\x1b[2J");
    }

    @Test
    void copyAllHasTheIppPartOnlyWithIpp() {
        DetailViewModel vm = shown(view("KM001A5", List.of(),
                List.of(new IppAttribute("printer-attributes", "printer-state", "enum", List.of("5")))));
        String all = vm.allAsText();
        assertThat(all).contains("IPP status\n", "  State reasons      media-jam-error, toner-low-report\n",
                "Every IPP attribute as received (1)\nprinter-attributes\n  printer-state (enum): 5\n");
        assertThat(all.indexOf("IPP status")).isLessThan(all.indexOf("Raw replies"));
        DetailViewModel plain = new DetailViewModel(ZoneOffset.UTC);
        plain.show(Printer.seen(IP, AT));
        assertThat(plain.ippShownProperty().get()).isFalse();
        assertThat(plain.allAsText()).doesNotContain("IPP status");
        plain.show(null);
        assertThat(plain.getIppRows()).isEmpty();
    }
}
