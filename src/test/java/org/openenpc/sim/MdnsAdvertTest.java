package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.mdns.TxtRecord;

/** What a simulated printer would announce; no JmDNS here (that runs in MdnsNamespaceTest's namespace). */
class MdnsAdvertTest {

    private static SimulatedPrinter printer(String ip, PrinterProfile p) {
        return new SimulatedPrinter(PrinterSpec.of(ip, p), 0, false);
    }

    @Test
    void anInkjetAnnouncesIppWithTheBonjourPrintingKeys() {
        SimulatedPrinter p = printer("127.0.1.5", PrinterProfile.ET_2850);
        MdnsAdvert a = MdnsAdvert.of(p, 8631);
        String uuid = IppPrinterAttributes.uuid(p).toString().substring("urn:uuid:".length()); // as IPP says
        assertThat(a.instanceName()).isEqualTo("EPSON ET-2850 Series (127-0-1-5)");
        assertThat(a.hostName()).isEqualTo("sim-127-0-1-5");
        assertThat(a.rawPort()).isZero();
        assertThat(a.ippTxt()).containsExactly(Map.entry("txtvers", "1"), Map.entry("qtotal", "1"),
                Map.entry("rp", "ipp/print"), Map.entry("ty", "EPSON ET-2850 Series"),
                Map.entry("product", "(ET-2850 Series)"), Map.entry("note", ""),
                Map.entry("adminurl", "http://127.0.1.5:8631/"), Map.entry("pdl", "application/pdf,image/pwg-raster"),
                Map.entry("UUID", uuid), Map.entry("Color", "T"));
    }

    @Test
    void tmPrintersAnnounceTheRawPortAndNoColourScannersNothing() {
        MdnsAdvert tm = MdnsAdvert.of(printer("127.0.1.6", PrinterProfile.TM_M30II), 8632);
        assertThat(tm.rawPort()).isEqualTo(9100);
        assertThat(tm.ippTxt()).containsEntry("Color", "F");
        assertThatThrownBy(() -> MdnsAdvert.of(printer("127.0.1.7", PrinterProfile.SCANNER), 8633))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTxtRdataKeepsOrderAndTheEmptyNoteAndReadsBack() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("txtvers", "1");
        keys.put("note", "");
        byte[] raw = MdnsAdvertiser.txt(keys);
        assertThat(new String(raw, StandardCharsets.US_ASCII)).isEqualTo("\u0009txtvers=1\u0005note=");
        SimulatedPrinter inkjet = printer("127.0.1.5", PrinterProfile.INKJET);
        TxtRecord back = TxtRecord.decode(MdnsAdvertiser.txt(MdnsAdvert.of(inkjet, 631).ippTxt()));
        assertThat(back.values()).containsEntry("uuid", IppPrinterAttributes.uuid(inkjet).toString().substring(9))
                .containsEntry("note", "").hasSize(10);
        assertThatThrownBy(() -> MdnsAdvertiser.txt(Map.of("k", "v".repeat(300))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWildcardOrDuplicateAddressIsRefusedBeforeAnyJmdnsExists() throws Exception {
        MdnsAdvert a = MdnsAdvert.of(printer("127.0.1.5", PrinterProfile.INKJET), 631);
        MdnsAdvert wildcard = new MdnsAdvert((java.net.Inet4Address) java.net.InetAddress.getByName("0.0.0.0"),
                "EPSON X", "X", "u", false, 631, 0);
        // both checks run over the whole list before the first JmDNS.create, so nothing is sent from this JVM
        assertThatThrownBy(() -> MdnsAdvertiser.start(List.of(wildcard))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wildcard");
        assertThatThrownBy(() -> MdnsAdvertiser.start(List.of(a, a))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two printers");
    }
}
