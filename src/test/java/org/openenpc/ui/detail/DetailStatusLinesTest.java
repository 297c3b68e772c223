package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.protocol.Asb;
import org.openenpc.ui.detail.StatusLine.Severity;

/** Status lines for each ASB condition, from the captured status reply with its ASB bytes replaced. */
class DetailStatusLinesTest {

    private static List<StatusLine> lines(Asb asb) {
        DetailViewModel vm = new DetailViewModel();
        vm.show(VectorPrinters.full("127.0.1.5", Instant.parse("2024-05-01T12:00:00Z"), asb));
        return List.copyOf(vm.getStatusLines());
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(new Asb(0x1c, 0x00, 0x00, 0x0f), Severity.ERROR, "Offline", "power switch"),
                Arguments.of(new Asb(0x34, 0x00, 0x00, 0x0f), Severity.ERROR, "Cover open", "Close the printer cover."),
                Arguments.of(new Asb(0x14, 0x00, 0x03, 0x0f), Severity.WARNING, "Paper near end", "new roll ready"),
                Arguments.of(new Asb(0x14, 0x00, 0x0c, 0x0f), Severity.ERROR, "Paper end", "Load a new paper roll."),
                Arguments.of(new Asb(0x14, 0x08, 0x00, 0x0f), Severity.ERROR, "Autocutter error", "jammed paper"),
                Arguments.of(new Asb(0x14, 0x40, 0x00, 0x0f), Severity.ERROR, "Recoverable error", "after FEED"),
                Arguments.of(new Asb(0x14, 0x20, 0x00, 0x0f), Severity.ERROR, "Unrecoverable error", "service"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void eachConditionHasItsLineWithAHint(Asb asb, Severity severity, String text, String hintPart) {
        List<StatusLine> lines = lines(asb);
        assertThat(lines.get(0)).satisfies(l -> {
            assertThat(l.severity()).isEqualTo(severity);
            assertThat(l.text()).isEqualTo(text);
            assertThat(l.hint()).isNotBlank().contains(hintPart);
        });
        assertThat(lines).extracting(StatusLine::severity).doesNotContain(Severity.OK);
        assertThat(lines).allSatisfy(l -> assertThat(l.hint()).isNotBlank());
    }

    @Test
    void idleIsOkReadyWithTheRawAsbLine() {
        List<StatusLine> lines = lines(Asb.IDLE);
        assertThat(lines.get(0)).isEqualTo(new StatusLine(Severity.OK, "Online, ready", "Nothing to do."));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.severity()).isEqualTo(Severity.INFO);
            assertThat(l.text()).isEqualTo("ASB bytes 14 00 00 0f");
            assertThat(l.hint()).contains("pin 3 is high");
        });
    }

    @Test
    void paperEndDoesNotAlsoSayNearEnd() {
        assertThat(lines(new Asb(0x14, 0x00, 0x0f, 0x0f))).extracting(StatusLine::text)
                .contains("Paper end").doesNotContain("Paper near end");
    }

    @Test
    void severalProblemsAreAllListedOfflineFirst() {
        assertThat(lines(new Asb(0x3c, 0x48, 0x0f, 0x0f))).extracting(StatusLine::text).startsWith(
                "Offline", "Cover open", "Paper end", "Autocutter error", "Recoverable error");
    }

    @Test
    void unreportedStatusIsInfoAboutSnmp() {
        DetailViewModel vm = new DetailViewModel();
        vm.show(VectorPrinters.of("127.0.1.7", Instant.EPOCH, VectorPrinters.BASIC));
        assertThat(vm.getStatusLines()).singleElement().satisfies(l -> {
            assertThat(l.severity()).isEqualTo(Severity.INFO);
            assertThat(l.text()).isEqualTo(
                    "This device does not report ESC/POS status over ENPC (inkjets report status via SNMP).");
            assertThat(l.hint()).isNotBlank();
        });
    }
}
