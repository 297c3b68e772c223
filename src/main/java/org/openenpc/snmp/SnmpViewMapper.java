package org.openenpc.snmp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.model.SupplyMerge;
import org.openenpc.protocol.Hex;

/**
 * Builds the model's {@link SnmpView} from one {@link PrinterReading}: ST2 wins where it speaks
 * (printer status, serial), the standard MIBs fill in the rest. Supplies of both are combined by
 * {@link SupplyMerge} (per supply, a known level wins over an unknown one). Conditions from ST2, then
 * hrPrinterDetectedErrorState, then prtAlertTable are merged by key (the more severe copy wins) and
 * ordered errors first. Pure; any thread.
 */
public final class SnmpViewMapper {

    private static final String[] DEVICE_STATUS = {"", "unknown", "running", "warning", "testing", "down"};
    private static final String[] PRINTER_STATUS = {"", "other", "unknown", "idle", "printing", "warmup"};

    private SnmpViewMapper() {
    }

    public static SnmpView view(PrinterReading r, Instant readAt) {
        St2Status st2 = r.st2Value() == null ? null
                : St2Parser.parse(r.st2Value()) instanceof St2Result.Ok ok ? ok.status() : null;
        List<SnmpCondition> conditions = new ArrayList<>();
        if (st2 != null) {
            conditions.addAll(St2Mapping.conditions(st2));
        }
        conditions.addAll(ErrorStateBits.conditions(r.octets(PrinterOids.HR_PRINTER_ERROR_STATE)));
        conditions.addAll(PrinterAlerts.conditions(r.alerts()));

        List<Supply> supplies = SupplyMerge.merge(st2 != null ? St2Mapping.supplies(st2) : List.of(),
                MarkerSupplies.supplies(r.supplies(), r.colorants()));
        String printerStatus = st2 != null && st2.statusReported() ? st2.statusText()
                : word(PRINTER_STATUS, r.number(PrinterOids.HR_PRINTER_STATUS));
        boolean st2Serial = st2 != null && !st2.serial().isEmpty();
        String serial = st2Serial ? st2.serial() : r.text(PrinterOids.PRT_GENERAL_SERIAL);
        Map<String, String> raw = new HashMap<>();
        raw(raw, SnmpView.SYS_DESCR, r, PrinterOids.SYS_DESCR);
        raw(raw, SnmpView.SYS_NAME, r, PrinterOids.SYS_NAME);
        raw(raw, SnmpView.LOCATION, r, PrinterOids.SYS_LOCATION);
        raw(raw, SnmpView.CONTACT, r, PrinterOids.SYS_CONTACT);
        raw(raw, SnmpView.DEVICE_DESCR, r, PrinterOids.HR_DEVICE_DESCR);
        if (st2Serial) {
            put(raw, SnmpView.SERIAL, serial, serialRecordHex(st2));
        } else {
            raw(raw, SnmpView.SERIAL, r, PrinterOids.PRT_GENERAL_SERIAL);
        }
        return new SnmpView(r.text(PrinterOids.SYS_DESCR), r.text(PrinterOids.SYS_NAME),
                r.text(PrinterOids.SYS_LOCATION), r.text(PrinterOids.SYS_CONTACT), r.text(PrinterOids.HR_DEVICE_DESCR),
                word(DEVICE_STATUS, r.number(PrinterOids.HR_DEVICE_STATUS)), printerStatus, serial,
                r.number(PrinterOids.PRT_MARKER_LIFE_COUNT), merge(conditions), supplies,
                st2 != null ? Hex.of(r.st2Value()) : "", readAt, null, raw);
    }

    /** Keeps the octets of the scalar at {@code oid} as hex under {@code field} when its text is not plain. */
    private static void raw(Map<String, String> raw, String field, PrinterReading r, String oid) {
        byte[] octets = r.octets(oid);
        put(raw, field, r.text(oid), octets == null ? "" : Hex.of(octets));
    }

    private static void put(Map<String, String> raw, String field, String text, String hex) {
        if (!hex.isEmpty() && !OctetText.plain(text)) {
            raw.put(field, hex);
        }
    }

    /** The data of the ST2 serial record (type 0x40) as hex, "" when absent. */
    private static String serialRecordHex(St2Status st2) {
        return st2.records().stream().filter(rec -> rec.type() == St2Decoder.TYPE_SERIAL).findFirst()
                .map(St2Status.Record::hex).orElse("");
    }

    /** One condition per key (an ERROR replaces a WARNING of the same key), errors first, else in order. */
    public static List<SnmpCondition> merge(List<SnmpCondition> all) {
        Map<String, SnmpCondition> byKey = new LinkedHashMap<>();
        for (SnmpCondition c : all) {
            SnmpCondition seen = byKey.get(c.key());
            if (seen == null || (seen.severity() == SnmpCondition.Severity.WARNING
                    && c.severity() == SnmpCondition.Severity.ERROR)) {
                byKey.put(c.key(), c);
            }
        }
        List<SnmpCondition> out = new ArrayList<>();
        byKey.values().stream().filter(c -> c.severity() == SnmpCondition.Severity.ERROR).forEach(out::add);
        byKey.values().stream().filter(c -> c.severity() != SnmpCondition.Severity.ERROR).forEach(out::add);
        return out;
    }

    /** The enumeration's word for {@code value}, "unknown (N)" outside it, "" when not reported. */
    static String word(String[] words, Long value) {
        if (value == null) {
            return "";
        }
        return value >= 1 && value < words.length ? words[value.intValue()] : "unknown (" + value + ")";
    }
}
