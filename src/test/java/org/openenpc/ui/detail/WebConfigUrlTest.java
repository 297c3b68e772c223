package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openenpc.model.IppView;
import org.openenpc.model.Printer;

/** Which page "Open Web Config" opens: the printer's own printer-more-info only when it is a web page on its address. */
class WebConfigUrlTest {

    private static final String IP = "127.0.77.40";

    static Printer withMoreInfo(String moreInfo) {
        IppView v = new IppView("ipp://" + IP + ":631/ipp/print", "Kyocera ECOSYS P3145dn", "", "", "", "", "idle",
                List.of(), "", List.of(), List.of(), "", moreInfo, List.of(), "", null, List.of(),
                Instant.parse("2024-05-01T12:00:00Z"), null);
        return Printer.seen(IP, Instant.parse("2024-05-01T12:00:00Z")).withIpp(v);
    }

    @Test
    void withoutIppItIsTheEpsonPage() {
        assertThat(WebConfigUrl.of(Printer.seen(IP, Instant.EPOCH))).isEqualTo("http://" + IP + "/");
        assertThat(WebConfigUrl.of(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.77.40/", "http://127.0.77.40:8000/", "https://127.0.77.40/status/info",
            "HTTP://127.0.77.40/index.html?lang=en", "  https://127.0.77.40:443/  "})
    void aWebPageOnThePrintersOwnAddressIsOpened(String moreInfo) {
        assertThat(WebConfigUrl.of(withMoreInfo(moreInfo))).isEqualTo(moreInfo.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://example.invalid/", "http://127.0.77.41/", "http://127.0.77.40.example.invalid/",
            "http://admin:secret@127.0.77.40/", "http://x@127.0.77.40/", "ftp://127.0.77.40/", "file:///etc/passwd",
            "javascript:alert(1)", "ipp://127.0.77.40:631/ipp/print", "http://127.0.77.40\u202e/", "http://[::1]/",
            "http://127.0.77.40\r\nX: y/", "//127.0.77.40/", "127.0.77.40", "http:///path", "http://2130706472/"})
    void anyOtherTargetFallsBackToTheEpsonPage(String moreInfo) {
        assertThat(WebConfigUrl.of(withMoreInfo(moreInfo))).isEqualTo("http://" + IP + "/");
    }

    @Test
    void theViewModelOpensThatPage() {
        DetailViewModel vm = new DetailViewModel();
        vm.show(withMoreInfo("http://127.0.77.40:8631/"));
        assertThat(vm.webConfigUrl()).isEqualTo("http://127.0.77.40:8631/");
        vm.show(withMoreInfo("https://example.invalid/phish"));
        assertThat(vm.webConfigUrl()).isEqualTo("http://127.0.77.40/");
        vm.show(null);
        assertThat(vm.webConfigUrl()).isEmpty();
    }
}
