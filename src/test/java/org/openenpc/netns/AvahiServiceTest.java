package org.openenpc.netns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** avahi-browse -rpt's parsable lines, as avahi 0.8 printed them for ippeveprinter and for a JmDNS service. */
class AvahiServiceTest {

    static final String OUT = """
            +;lo;IPv4;Test\\032Printer;Internet Printer;local
            =;lo;IPv4;Test\\032Printer;Internet Printer;local;openenpc-peers.local;127.0.0.1;8631;"qtotal=1" \
            "txtvers=1" "TLS=1.2" "note=Test Lab" "adminurl=https://localhost:8631/" "ty=Example Model" "rp=ipp/print"
            =;lo;IPv4;OpenENPC\\032Test\\032Printer\\0462;Internet Printer;local;sim.local;127.0.0.1;631;\
            "say=\\"hi\\"" "flag" "ty=OpenENPC Simulator"
            =;lo;IPv4;broken;Internet Printer;local;sim.local;127.0.0.1;port;""
            """;

    @Test
    void resolvedLinesAreParsedAndTheRestLeftOut() {
        List<AvahiService> s = AvahiService.parse(OUT);
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).isEqualTo(new AvahiService("lo", "IPv4", "Test Printer", "Internet Printer", "local",
                "openenpc-peers.local", "127.0.0.1", 8631, s.get(0).txt()));
        assertThat(s.get(0).txt()).containsEntry("ty", "Example Model").containsEntry("rp", "ipp/print")
                .containsEntry("note", "Test Lab").hasSize(7);
        assertThat(s.get(1).name()).isEqualTo("OpenENPC Test Printer.2");
        assertThat(s.get(1).txt()).containsEntry("say", "\"hi\"").containsEntry("flag", "")
                .containsEntry("ty", "OpenENPC Simulator");
    }

    @Test
    void unescapeTakesDecimalEscapesAsUtf8Bytes() {
        assertThat(AvahiService.unescape("Caf\\195\\169\\032\\\\\\059x")).isEqualTo("Café \\;x");
        assertThat(AvahiService.unescape("trailing\\")).isEqualTo("trailing\\");
    }
}
