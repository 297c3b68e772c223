package org.openenpc.snmp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Variable;

/**
 * The raw answers of one printer read, before interpretation: the scalars by OID, the rows of the
 * supplies and alert tables, the colorant names by index, and the ST2 value as sent (null when the
 * printer has none). Built by {@link PrinterStatusReader}, turned into a view by {@link SnmpViewMapper}.
 * Immutable once built; any thread.
 */
public record PrinterReading(Map<String, Variable> scalars, List<MarkerSupplies.Row> supplies,
                             Map<Integer, String> colorants, List<PrinterAlerts.Alert> alerts, byte[] st2Value) {

    public PrinterReading {
        scalars = Map.copyOf(scalars);
        supplies = List.copyOf(supplies);
        colorants = Map.copyOf(colorants);
        alerts = List.copyOf(alerts);
    }

    /**
     * The scalar at {@code oid} as text: octets decoded by {@link OctetText} (UTF-8 when valid, else
     * Latin-1), NULs as blanks, blanks trimmed; "" if absent. Exact otherwise: control characters
     * stay, for SafeText to escape at output.
     */
    public String text(String oid) {
        return text(scalars.get(oid));
    }

    /** The scalar at {@code oid} as a number, or null when absent or not a number. */
    public Long number(String oid) {
        return number(scalars.get(oid));
    }

    /** The scalar at {@code oid} as raw octets, or null when absent or not an OCTET STRING. */
    public byte[] octets(String oid) {
        return scalars.get(oid) instanceof OctetString s ? s.getValue() : null;
    }

    static String text(Variable v) {
        if (v == null) {
            return "";
        }
        if (v instanceof OctetString s) {
            return OctetText.decode(s.getValue()).replace('\0', ' ').strip();
        }
        return v.toString().strip();
    }

    static Long number(Variable v) {
        if (v instanceof Integer32 i) {
            return (long) i.getValue();
        }
        if (v instanceof UnsignedInteger32 u) { // also Counter32 and Gauge32
            return u.getValue();
        }
        return null;
    }

    /** A table walk's objects grouped by row ("device.index" suffix), each row by column number. */
    static Map<String, Map<Integer, Variable>> rows(Map<OID, Variable> walked, String entry) {
        OID base = new OID(entry);
        Map<String, Map<Integer, Variable>> rows = new LinkedHashMap<>();
        walked.forEach((oid, value) -> {
            if (oid.size() > base.size() + 1 && oid.startsWith(base)) {
                int column = oid.get(base.size());
                String row = new OID(oid.getValue(), base.size() + 1, oid.size() - base.size() - 1).toDottedString();
                rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, value);
            }
        });
        return rows;
    }
}
