package org.openenpc.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --metrics-listen's forms, never a DNS lookup. */
class ListenAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1:9377 | 127.0.0.1:9377 | true",
        "localhost:80   | 127.0.0.1:80   | true",
        "[::1]:9377     | [0:0:0:0:0:0:0:1]:9377 | true",
        ":9377          | 0.0.0.0:9377   | false",
        "192.0.2.10:0   | 192.0.2.10:0   | false",
    })
    void parses(String text, String shown, boolean loopback) throws MetricsSetupException {
        ListenAddress a = ListenAddress.parse(text);
        assertThat(a.text(a.port())).isEqualTo(shown);
        assertThat(a.loopback()).isEqualTo(loopback);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1          | use ADDR:PORT",
        "127.0.0.1:65536    | between 0 and 65535",
        "256.1.1.1:80       | is not an IPv4 address",
        "printer.local:80   | no host names",
        "[dead]:80          | is not an IPv6 address",
        "'127.0.0.1\u001b[2J:80' | 127.0.0.1\\x1b[2J:80",
    })
    void refusesWithASentence(String text, String expected) {
        assertThatThrownBy(() -> ListenAddress.parse(text)).isInstanceOf(MetricsSetupException.class)
                .hasMessageStartingWith("--metrics-listen \"").hasMessageContaining(expected).hasMessageEndingWith(".");
    }
}
