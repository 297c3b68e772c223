package org.openenpc.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openenpc.netns.PrivateNetwork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A new user's session, in a private namespace: the real CLI's {@code simulate --ipp --mdns} in one JVM, then
 * {@code scan --broadcast 127.255.255.255 --mdns} (table, then JSON) in others. Every simulated printer is one row
 * with its supplies, answering ENPC, SNMP, IPP and mDNS; each scan ends well within 30 s.
 */
class CliTwoProcessTest {

    static final List<String> IPS = List.of("127.0.1.1", "127.0.1.2", "127.0.1.3", "127.0.1.4", "127.0.1.5");

    @Test
    void aScanWithMdnsListsTheFiveSimulatedPrintersWithSuppliesAndProtocols() throws Exception {
        PrivateNetwork.assumeAvailable();
        PrivateNetwork.Result r = PrivateNetwork.runJava(Duration.ofSeconds(90), CliTwoProcessChild.class);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).contains("mDNS: announcing 5 IPP printers.")
                .containsPattern("TABLE exit 0 ms \\d+").containsPattern("JSON exit 0 ms \\d+");
        for (String label : List.of("TABLE", "JSON")) {
            Matcher ms = Pattern.compile(label + " exit 0 ms (\\d+)").matcher(r.out());
            assertThat(ms.find()).isTrue();
            assertThat(Long.parseLong(ms.group(1))).as(label + " scan time, ms").isLessThan(30_000);
        }

        List<String> table = r.out().lines().filter(l -> l.startsWith("TABLE ")).map(l -> l.substring(6)).toList();
        assertThat(table.get(0)).as(r.toString()).contains("PROTOCOLS", "SUPPLIES");
        int protocols = table.get(0).indexOf("PROTOCOLS");
        int supplies = table.get(0).indexOf("SUPPLIES");
        for (String ip : IPS) {
            String row = table.stream().filter(l -> l.contains(" " + ip + " ")).findFirst().orElseThrow(
                    () -> new AssertionError("no row for " + ip + "\n" + r));
            assertThat(row.substring(protocols, supplies).strip()).as(row).isEqualTo("ENPC SNMP IPP mDNS");
            assertThat(row.substring(supplies)).as(row).matches("black \\d+%; cyan \\d+%; magenta \\d+.*");
        }
        assertThat(table).as(r.toString()).contains("5 printers");

        String json = r.out().lines().filter(l -> l.startsWith("JSON ") && !l.startsWith("JSON exit "))
                .map(l -> l.substring(5)).collect(Collectors.joining("\n"));
        JsonNode rows = new ObjectMapper().readTree(json);
        assertThat(rows.isArray()).as(json).isTrue();
        assertThat(rows).as(json).hasSize(5);
        for (JsonNode p : rows) {
            assertThat(IPS).contains(p.get("ip").asText());
            assertThat(p.get("protocols").toString()).isEqualTo("[\"ENPC\",\"SNMP\",\"IPP\",\"mDNS\"]");
            assertThat(p.get("uuid").asText()).matches("[0-9a-f-]{36}");
            JsonNode s = p.get("supplies");
            assertThat(s.size()).as(p.toString()).isEqualTo(5); // four inks and the waste ink pad
            for (JsonNode supply : s) {
                assertThat(supply.get("level").isInt()).as(supply.toString()).isTrue();
                assertThat(supply.get("level").asInt()).as(supply.toString()).isBetween(0, 100);
            }
            assertThat(s.get(0).get("colour").asText()).isEqualTo("black");
            assertThat(s.get(4).get("kind").asText()).isEqualTo("waste");
        }
    }
}
