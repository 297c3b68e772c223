package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.model.Printer;
import org.openenpc.model.SnmpView;
import org.openenpc.snmp.MarkerSupplies;
import org.openenpc.snmp.PrinterReading;
import org.openenpc.snmp.SnmpViewMapper;

/**
 * Pins the CLI's {@code status} text byte for byte, so shared formatting can move without changing it;
 * and what its JSON says of each supply.
 */
class StatusReportTest {

    @Test
    void formatIsStable() {
        String out = StatusReport.format(VectorPrinters.full("127.0.1.5", Instant.parse("2024-05-01T12:00:00Z")));
        assertThat(out.replace("\r\n", "\n")).isEqualTo("""
                Printer 127.0.1.5
                  Model              TM-T88V
                  MAC                02:00:00:00:00:00
                  IP address         192.168.1.9
                  Mask               255.255.255.0
                  Gateway            192.168.1.1
                  IP flags           00 04
                  Status             Ready  (ASB 14 00 00 0f)
                  Port 9100 held by  nobody
                  Answered           Q 00-0010, Q 03-0000, Q 03-0010, Q 03-0017, Q 03-0131
                  First seen         2024-05-01T12:00:00Z
                  Last seen          2024-05-01T12:00:05Z
                Replies
                  Q 00-0010  result 0000  37 bytes  (NetworkConfig)
                    mac: 02:00:00:00:00:00
                    flags: 00 04
                    ip: 192.168.1.9
                    mask: 255.255.255.0
                    gateway: 192.168.1.1
                    unknown @14 (1 bytes): 01  [unknown (01 in captures)]
                    unknown @21 (2 bytes): 00 04  [flags (GUESS: address mode, DHCP/APIPA)]
                    unknown @35 (2 bytes): 80 7c  [unknown]
                    0000  45 50 53 4f 4e 71 00 00 00 10 00 00 00 17 01 02
                    0010  00 00 00 00 00 00 04 c0 a8 01 09 ff ff ff 00 c0
                    0020  a8 01 01 80 7c
                  Q 03-0000  result 0000  147 bytes  (BasicInfo)
                    model: TM-T88V
                    ids: 20 02 64
                    unknown @14 (2 bytes): 00 05  [constant 00 05 in every capture]
                    0000  45 50 53 4f 4e 71 03 00 00 00 00 00 00 85 00 05
                    0010  20 02 64 54 4d 2d 54 38 38 56 00 00 00 00 00 00
                    0020  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0030  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0040  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0050  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0060  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0070  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0080  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
                    0090  00 00 00
                  Q 03-0010  result 0000  27 bytes  (TmStatus)
                    asb: 14 00 00 0f (online, cover closed, paper present, drawer pin 3 high)
                    unknown @14 (1 bytes): 0e  [unknown (0e in captures)]
                    unknown @18 (1 bytes): 0f  [ASB byte 4: meaning not confirmed]
                    unknown @19 (8 bytes): ff ff ff ff ff ff ff ff  [unknown, model-dependent]
                    0000  45 50 53 4f 4e 71 03 00 00 10 00 00 00 0d 0e 14
                    0010  00 00 0f ff ff ff ff ff ff ff ff
                  Q 03-0017  result 0000  18 bytes  (Holder)
                    ip: 0.0.0.0
                    0000  45 50 53 4f 4e 71 03 00 00 17 00 00 00 04 00 00
                    0010  00 00
                  Q 03-0131  result FFFF  14 bytes  (ErrorResult)
                    0000  45 50 53 4f 4e 71 03 00 01 31 ff ff 00 00
                """);
    }

    @Test
    void jsonSuppliesSayWhereEachLevelCameFrom() throws Exception {
        // ST2 says black's level is not reported (0x69); the supplies table says 50 %.
        byte[] st2 = {'@', 'B', 'D', 'C', ' ', 'S', 'T', '2', '\r', '\n', 12, 0,
            0x01, 1, 0x04, 0x0f, 7, 3, 1, 0x00, 0x69, 3, 0x01, 42};
        SnmpView v = SnmpViewMapper.view(new PrinterReading(Map.of(), List.of(
                new MarkerSupplies.Row("Black Ink Bottle", 4500, 2250, 1, 5, 3)), Map.of(1, "black"), List.of(), st2),
                Instant.parse("2024-05-01T12:00:00Z"));
        Printer tm = VectorPrinters.full("127.0.1.5", Instant.parse("2024-05-01T12:00:00Z"));
        Printer p = new Printer(tm.ip(), tm.mac(), tm.model(), tm.cardName(), tm.nicName(), tm.ipSettings(),
                tm.status(), tm.holder(), tm.sources(), tm.answered(), tm.replies(), tm.firstSeen(), tm.lastSeen(), v);
        JsonNode supplies = new ObjectMapper().readTree(StatusReport.json(p, "", "", "")).get("supplies");
        assertThat(supplies).hasSize(2);
        assertThat(supplies.get(0).get("name").asText()).isEqualTo("Black Ink Bottle");
        assertThat(supplies.get(0).get("level").asInt()).isEqualTo(50);
        assertThat(supplies.get(0).get("source").asText()).isEqualTo("Printer-MIB");
        assertThat(supplies.get(1).get("name").asText()).isEqualTo("Cyan ink");
        assertThat(supplies.get(1).get("level").asInt()).isEqualTo(42);
        assertThat(supplies.get(1).get("source").asText()).isEqualTo("ST2");
        assertThat(supplies.get(1).get("kind").asText()).isEqualTo("colorant");
    }

    @Test
    void macConflictsShowInTextAndJson() throws Exception {
        Printer p = VectorPrinters.full("127.0.1.5", Instant.parse("2024-05-01T12:00:00Z"))
                .withMacConflicts(List.of(org.openenpc.model.MacAddress.parse("00:11:22:33:44:55")), true);
        assertThat(StatusReport.format(p)).contains("(another address reports the same MAC)")
                .contains("Other MACs here").contains("00:11:22:33:44:55");
        JsonNode json = new ObjectMapper().readTree(StatusReport.json(p, "", "", ""));
        assertThat(json.get("duplicateMac").asBoolean()).isTrue();
        assertThat(json.get("otherMacs").get(0).asText()).isEqualTo("00:11:22:33:44:55");
    }
}
