package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.model.SnmpView;
import org.openenpc.protocol.Hex;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** SNMP text: UTF-8 when valid, Latin-1 otherwise, exact; and the raw bytes of fields that are not plain. */
class OctetTextTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void validUtf8IsDecodedAsUtf8() {
        assertThat(OctetText.decode("Büro 3.OG".getBytes(StandardCharsets.UTF_8))).isEqualTo("Büro 3.OG");
        assertThat(OctetText.decode("東京 本社 \uD83D\uDDA8".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("東京 本社 \uD83D\uDDA8");
    }

    @Test
    void invalidUtf8FallsBackToLatin1ByteForByte() {
        assertThat(OctetText.decode("Büro 3.OG".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("Büro 3.OG");
        assertThat(OctetText.decode(bytes(0xC3))).as("truncated sequence").isEqualTo("Ã");
        assertThat(OctetText.decode(bytes(0xC0, 0xAF))).as("overlong '/'").isEqualTo("À¯");
        assertThat(OctetText.decode(bytes(0xED, 0xA0, 0x80))).as("encoded surrogate").isEqualTo("í\u00a0\u0080");
        assertThat(OctetText.decode(bytes(0xFF, 0xFE))).isEqualTo("ÿþ");
    }

    @Test
    void controlCharactersAndNulsAreKeptForTheCallerAndTheSanitiser() {
        assertThat(OctetText.decode(bytes(0x1B, ']', '0', ';', 'x', 0x07, 0))).isEqualTo("\u001b]0;x\u0007\u0000");
        assertThat(OctetText.decode(bytes(0xC2, 0x9B, '2', 'J'))).as("C1 CSI in UTF-8").isEqualTo("\u009b2J");
        assertThat(OctetText.decode(bytes(0x9B, '2', 'J'))).as("C1 CSI as one byte").isEqualTo("\u009b2J");
        assertThat(OctetText.decode(bytes(0xE2, 0x80, 0xAE))).isEqualTo("\u202e");
    }

    @Test
    void emptyNullAndNonOctetVariables() {
        assertThat(OctetText.decode(new byte[0])).isEmpty();
        assertThat(OctetText.decode((byte[]) null)).isEmpty();
        assertThat(OctetText.decode((Variable) new Integer32(5))).isNull();
        assertThat(OctetText.decode((Variable) new OctetString("x"))).isEqualTo("x");
    }

    @Test
    void plainMeansPrintableAsciiWithoutBackslash() {
        assertThat(OctetText.plain("EPSON ET-2850 (2nd floor) ~")).isTrue();
        assertThat(OctetText.plain("")).isTrue();
        assertThat(OctetText.plain("Büro")).isFalse();
        assertThat(OctetText.plain("a\tb")).isFalse();
        assertThat(OctetText.plain("\\x1b")).isFalse();
    }

    @Test
    void everyReadingPathUsesTheDecoder() {
        Variable utf8 = new OctetString("Büro 3.OG".getBytes(StandardCharsets.UTF_8));
        Variable latin1 = new OctetString("Büro 3.OG\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PrinterReading.text(utf8)).isEqualTo("Büro 3.OG");
        assertThat(PrinterReading.text(latin1)).as("NUL padding trimmed as before").isEqualTo("Büro 3.OG");
        assertThat(St2Decoder.serial("ÄB1\0\0".getBytes(StandardCharsets.UTF_8))).isEqualTo("ÄB1");
        assertThat(St2Decoder.serial(bytes('X', 0x1B, 'Y'))).as("exact, escaped at output").isEqualTo("X\u001bY");
    }

    @Test
    void theViewKeepsTheRawHexOfTextFieldsThatAreNotPlain() {
        byte[] name = bytes(0x1B, ']', '0', ';', 'p', 'w', 'n', 0x07);
        byte[] location = "Büro 3.OG".getBytes(StandardCharsets.UTF_8);
        byte[] contact = bytes('B', 0xFC, 'r', 'o'); // Latin-1
        Map<String, Variable> scalars = new HashMap<>();
        scalars.put(PrinterOids.SYS_DESCR, new OctetString("EPSON ET-2850"));
        scalars.put(PrinterOids.SYS_NAME, new OctetString(name));
        scalars.put(PrinterOids.SYS_LOCATION, new OctetString(location));
        scalars.put(PrinterOids.SYS_CONTACT, new OctetString(contact));
        scalars.put(PrinterOids.HR_DEVICE_DESCR, new OctetString("C:\\spool"));
        scalars.put(PrinterOids.PRT_GENERAL_SERIAL, new OctetString("X8RV267409\0"));
        SnmpView v = SnmpViewMapper.view(new PrinterReading(scalars, List.of(), Map.of(), List.of(), null),
                Instant.EPOCH);

        assertThat(v.sysName()).isEqualTo("\u001b]0;pwn\u0007");
        assertThat(v.location()).isEqualTo("Büro 3.OG");
        assertThat(v.contact()).isEqualTo("Büro");
        assertThat(v.rawHex()).containsOnlyKeys(SnmpView.SYS_NAME, SnmpView.LOCATION, SnmpView.CONTACT,
                SnmpView.DEVICE_DESCR);
        assertThat(v.rawHex(SnmpView.SYS_NAME)).isEqualTo("1b 5d 30 3b 70 77 6e 07");
        assertThat(v.rawHex(SnmpView.LOCATION)).isEqualTo(Hex.of(location));
        assertThat(v.rawHex(SnmpView.CONTACT)).isEqualTo("42 fc 72 6f");
        assertThat(v.rawHex(SnmpView.DEVICE_DESCR)).as("a backslash could pass for an escape")
                .isEqualTo(Hex.of("C:\\spool".getBytes(StandardCharsets.US_ASCII)));
        assertThat(v.rawHex(SnmpView.SYS_DESCR)).isEmpty();
        assertThat(v.rawHex(SnmpView.SERIAL)).as("NUL padding is not worth a raw dump").isEmpty();
        assertThat(v.silent(Instant.EPOCH).rawHex()).isEqualTo(v.rawHex());
    }

    @Test
    void anSt2SerialThatIsNotPlainKeepsItsRecordBytes() {
        byte[] st2 = new St2Bytes().record(0x01, 0x04).record(0x40, 'A', 0x1B, 'B').build();
        Map<String, Variable> scalars = Map.of(PrinterOids.PRT_GENERAL_SERIAL, new OctetString("IGNORED"));
        SnmpView v = SnmpViewMapper.view(new PrinterReading(scalars, List.of(), Map.of(), List.of(), st2),
                Instant.EPOCH);
        assertThat(v.serial()).isEqualTo("A\u001bB");
        assertThat(v.rawHex(SnmpView.SERIAL)).isEqualTo("41 1b 42");
    }

    @Test
    void tableCellsAreDecodedTheSameWay() {
        OID descr = new OID(PrinterOids.PRT_SUPPLIES_ENTRY + "." + PrinterOids.SUPPLIES_DESCRIPTION + ".1.1");
        List<MarkerSupplies.Row> rows = PrinterStatusReader.supplyRows(
                Map.of(descr, new OctetString("Schwarz \u2013 Tinte".getBytes(StandardCharsets.UTF_8))));
        assertThat(rows).singleElement().extracting(MarkerSupplies.Row::description).isEqualTo("Schwarz \u2013 Tinte");
        Map<Integer, String> colorants = PrinterStatusReader.colorantNames(
                Map.of(new OID(PrinterOids.PRT_COLORANT_VALUE + ".1.1"), new OctetString(bytes('g', 0xE9, 'l', 'b'))));
        assertThat(colorants).containsEntry(1, "gélb");
    }
}
