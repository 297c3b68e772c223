package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** SNMP discovery's model from an IEEE 1284 device ID: decoded like every SNMP text, cut at the NUL. */
class SnmpEnricherTextTest {

    private static Map<OID, Variable> id(byte[] value) {
        Map<OID, Variable> m = new LinkedHashMap<>();
        m.put(new OID("1.3.6.1.4.1.1248.1.2.2.1.1.1.1.1"), new OctetString(value));
        return m;
    }

    @Test
    void aUtf8DeviceIdIsDecodedAsUtf8() {
        byte[] utf8 = "MFG:EPSON;CMD:ESCPL2;MDL:ET-2850 Büro;CLS:PRINTER;".getBytes(StandardCharsets.UTF_8);
        assertThat(SnmpEnricher.deviceIdModel(id(utf8))).isEqualTo("ET-2850 Büro");
    }

    @Test
    void aLatin1DeviceIdFallsBackToLatin1AndStopsAtTheNul() {
        byte[] latin1 = "MDL:ET-2850 Büro;\0MDL:junk".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SnmpEnricher.deviceIdModel(id(latin1))).isEqualTo("ET-2850 Büro");
    }

    @Test
    void controlCharactersAreKeptForTheSanitiserAndOtherTypesGiveNothing() {
        assertThat(SnmpEnricher.deviceIdModel(id("MODEL:X\u001b[2J;".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("X\u001b[2J");
        assertThat(SnmpEnricher.deviceIdModel(Map.of(new OID("1.3.6.1"), new Integer32(7)))).isEmpty();
    }
}
