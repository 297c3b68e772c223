package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * One physical printer, however many protocols it answers: the registry merges ENPC, SNMP, IPP and DNS-SD facts
 * from one address into one printer, whose supplies and conditions combine SNMP's and IPP's (issue 12).
 */
class PrinterSourcesTest {

    private static final Instant T = Instant.parse("2026-12-03T09:00:00Z");

    static Supply supply(String name, String colour, Supply.Kind kind, Integer percent, String source) {
        return new Supply(name, colour, kind, percent, percent == null ? "level not reported" : "ok", source);
    }

    static SnmpView snmp(List<SnmpCondition> conditions, List<Supply> supplies) {
        return new SnmpView("", "", "", "", "ET-2850", "running", "idle", "X5SK000123", 1200L, conditions, supplies, "",
                T, null);
    }

    static IppView ipp(String uuid, List<SnmpCondition> conditions, List<Supply> supplies) {
        return new IppView("ipp://127.0.1.5:631/ipp/print", "EPSON ET-2850 Series", "ET-2850", "", "", uuid,
                "idle", List.of(), "", conditions, supplies, "MFG:EPSON;MDL:ET-2850;", "http://127.0.1.5/",
                List.of("ipp://127.0.1.5:631/ipp/print"), "1.0", 1200L, List.of(), T, null);
    }

    static MdnsService ad(String type, String instance, String uuid) {
        return new MdnsService(instance, type, "EPSON1A2B3C.local.", "127.0.1.5", 631,
                Map.of("ty", "EPSON ET-2850 Series", "uuid", uuid, "rp", "ipp/print"), Map.of(), "127.0.0.1", T);
    }

    @Test
    void enpcSnmpIppAndMdnsFromOneAddressAreOnePrinterWithEveryProtocol() {
        DeviceRegistry r = new DeviceRegistry();
        MacAddress mac = MacAddress.parse("64:eb:8c:00:01:05");
        r.upsert(Observation.of("127.0.1.5", T, "ENPC broadcast", "Q 03-0000").withMac(mac).withModel("ET-2850 Series"));
        r.upsert(Observation.of("127.0.1.5", T, "SNMP", null).withSnmp(snmp(List.of(), List.of())));
        RegistryChange c = r.upsert(Observation.of("127.0.1.5", T, "IPP", null)
                .withIpp(ipp("e3248000-80ce-11db-8000-64eb8c000105", List.of(), List.of())));
        assertThat(c.added()).isFalse();
        assertThat(c.changed()).contains(PrinterField.IPP);
        c = r.upsert(Observation.of("127.0.1.5", T, "mDNS", null)
                .withMdns(ad("_ipp._tcp", "EPSON ET-2850 Series", "e3248000-80ce-11db-8000-64eb8c000105")));
        assertThat(c.changed()).contains(PrinterField.MDNS);
        assertThat(r.size()).isEqualTo(1);
        Printer p = r.deviceAt("127.0.1.5");
        assertThat(p.protocols()).containsExactly("ENPC", "SNMP", "IPP", "mDNS");
        assertThat(p.mac()).isEqualTo(mac);
        assertThat(p.model()).isEqualTo("ET-2850 Series");
        assertThat(p.uuid()).isEqualTo("e3248000-80ce-11db-8000-64eb8c000105");
        assertThat(p.key()).isEqualTo("mac:64:eb:8c:00:01:05");
    }

    @Test
    void aRepeatedAnnouncementIsNoChangeAndTheServicesAreBoundedAndOrdered() {
        DeviceRegistry r = new DeviceRegistry();
        r.upsert(Observation.of("127.0.1.5", T, "mDNS", null).withMdns(ad("_printer._tcp", "P", "")));
        r.upsert(Observation.of("127.0.1.5", T, "mDNS", null).withMdns(ad("_ipp._tcp", "P", "")));
        RegistryChange again = r.upsert(Observation.of("127.0.1.5", T.plusSeconds(5), "mDNS", null)
                .withMdns(ad("_ipp._tcp", "P", "")));
        assertThat(again.changed()).doesNotContain(PrinterField.MDNS);
        for (int i = 0; i < 20; i++) {
            r.upsert(Observation.of("127.0.1.5", T, "mDNS", null).withMdns(ad("_ipp._tcp", "flood " + i, "")));
        }
        Printer p = r.deviceAt("127.0.1.5");
        assertThat(p.mdns()).hasSize(Printer.MAX_MDNS_SERVICES);
        assertThat(p.mdns().get(0).type()).isEqualTo("_ipp._tcp");
        assertThat(p.mdns()).last().extracting(MdnsService::type).isEqualTo("_printer._tcp");
        assertThat(p.protocols()).containsExactly("mDNS");
    }

    @Test
    void suppliesMergePerSupplyAKnownLevelWinsAndEachNamesItsSource() {
        Supply snmpBlack = supply("Black Ink", "black", Supply.Kind.COLORANT, null, "ST2");
        Supply snmpCyan = supply("Cyan Ink", "cyan", Supply.Kind.COLORANT, 40, "ST2");
        Supply ippBlack = supply("Black ink", "black", Supply.Kind.COLORANT, 70, IppView.SOURCE);
        Supply ippCyan = supply("Cyan ink", "cyan", Supply.Kind.COLORANT, 41, IppView.SOURCE);
        Supply ippBox = supply("Maintenance box", "", Supply.Kind.WASTE, 90, IppView.SOURCE);
        Printer p = Printer.seen("127.0.1.5", T).withSnmp(snmp(List.of(), List.of(snmpBlack, snmpCyan)))
                .withIpp(ipp("", List.of(), List.of(ippBlack, ippCyan, ippBox)));
        assertThat(p.supplies()).containsExactly(ippBlack, snmpCyan, ippBox);
        assertThat(Printer.seen("127.0.1.6", T).withIpp(ipp("", List.of(), List.of(ippBox))).supplies())
                .containsExactly(ippBox);
        assertThat(Printer.seen("127.0.1.7", T).supplies()).isEmpty();
    }

    @Test
    void conditionsOfBothSourcesOncePerKeyErrorsFirst() {
        SnmpCondition lowSnmp = new SnmpCondition("ink-low", "Ink low", SnmpCondition.Severity.WARNING, "ST2");
        SnmpCondition lowIpp = new SnmpCondition("ink-low", "Ink low", SnmpCondition.Severity.WARNING,
                "printer-state-reasons");
        SnmpCondition jam = new SnmpCondition("paper-jam", "Paper jam", SnmpCondition.Severity.ERROR,
                "printer-state-reasons");
        Printer p = Printer.seen("127.0.1.5", T).withSnmp(snmp(List.of(lowSnmp), List.of()))
                .withIpp(ipp("", List.of(lowIpp, jam), List.of()));
        assertThat(p.conditions()).containsExactly(jam, lowSnmp);
        assertThat(p.hasStatusError()).isTrue();
        assertThat(p.withIpp(null).hasStatusError()).isFalse();
        assertThat(StatusLine.describe(p)).isEqualTo("idle, Paper jam; Ink low");
        assertThat(StatusLine.describe(Printer.seen("127.0.1.8", T).withIpp(ipp("", List.of(jam), List.of()))))
                .isEqualTo("idle, Paper jam");
    }

    @Test
    void theUuidComesFromIppElseFromATxtRecord() {
        Printer p = Printer.seen("127.0.1.5", T);
        DeviceRegistry r = new DeviceRegistry();
        r.upsert(Observation.of("127.0.1.5", T, "mDNS", null).withMdns(ad("_ipp._tcp", "P",
                "urn:uuid:E3248000-80CE-11DB-8000-64EB8C000105")));
        assertThat(r.deviceAt("127.0.1.5").uuid()).isEqualTo("e3248000-80ce-11db-8000-64eb8c000105");
        assertThat(p.withIpp(ipp("abc", List.of(), List.of())).uuid()).isEqualTo("abc");
        assertThat(p.uuid()).isEmpty();
    }
}
