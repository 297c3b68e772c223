package org.openenpc.snmp;

import java.net.Inet4Address;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.openenpc.model.SnmpView;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * Reads one printer's status over a shared {@link SnmpClient}: first one GET of the system, Host
 * Resources and Printer-MIB scalars (if that goes unanswered the printer has no SNMP, and nothing
 * more is sent), then at once and in parallel the supplies, colorant and alert tables and the Epson
 * ST2 block (direct object first, then the EPSON-CTRL tunnel). Never blocks; the future completes
 * on SNMP4J's threads. Thread-safe.
 */
public final class PrinterStatusReader {

    /** Walk limits: generous for real tables, small enough that a broken agent costs little. */
    static final int MAX_TABLE_OBJECTS = 600;
    static final int MAX_COLORANTS = 64;

    static final List<String> SCALARS = List.of(PrinterOids.SYS_DESCR, PrinterOids.SYS_NAME,
            PrinterOids.SYS_LOCATION, PrinterOids.SYS_CONTACT, PrinterOids.HR_DEVICE_DESCR,
            PrinterOids.HR_DEVICE_STATUS, PrinterOids.HR_PRINTER_STATUS, PrinterOids.HR_PRINTER_ERROR_STATE,
            PrinterOids.PRT_GENERAL_SERIAL, PrinterOids.PRT_MARKER_LIFE_COUNT);

    private final SnmpClient client;
    private final Clock clock;

    public PrinterStatusReader(SnmpClient client) {
        this(client, Clock.systemUTC());
    }

    PrinterStatusReader(SnmpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Reads {@code address}; the result is never exceptional. */
    public CompletableFuture<SnmpReadResult> read(Inet4Address address, SnmpSettings settings) {
        return client.get(address, settings, SCALARS).thenCompose(first -> {
            if (first instanceof SnmpOutcome.TimedOut t) {
                return CompletableFuture.completedFuture(new SnmpReadResult.NoAnswer(t.sentence()));
            }
            if (first instanceof SnmpOutcome.Failed f) {
                return CompletableFuture.completedFuture(new SnmpReadResult.Error(f.sentence()));
            }
            return rest(address, settings, (SnmpOutcome.Answered) first);
        }).exceptionally(t -> new SnmpReadResult.Error("reading " + address.getHostAddress()
                + " over SNMP failed: " + t.getMessage()));
    }

    private CompletableFuture<SnmpReadResult> rest(Inet4Address address, SnmpSettings settings,
                                                    SnmpOutcome.Answered scalars) {
        CompletableFuture<Map<OID, Variable>> supplies =
                walked(client.walk(address, settings, PrinterOids.PRT_SUPPLIES_ENTRY, MAX_TABLE_OBJECTS));
        CompletableFuture<Map<OID, Variable>> colorants =
                walked(client.walk(address, settings, PrinterOids.PRT_COLORANT_VALUE, MAX_COLORANTS));
        CompletableFuture<Map<OID, Variable>> alerts =
                walked(client.walk(address, settings, PrinterOids.PRT_ALERT_ENTRY, MAX_TABLE_OBJECTS));
        CompletableFuture<byte[]> st2 = st2(address, settings);
        return CompletableFuture.allOf(supplies, colorants, alerts, st2).thenApply(done -> {
            Map<String, Variable> byOid = new HashMap<>();
            scalars.values().forEach((oid, v) -> byOid.put(oid.toDottedString(), v));
            PrinterReading reading = new PrinterReading(byOid, supplyRows(supplies.join()),
                    colorantNames(colorants.join()), alertRows(alerts.join()), st2.join());
            SnmpView view = SnmpViewMapper.view(reading, clock.instant());
            return new SnmpReadResult.Answered(view);
        });
    }

    /** The ST2 value from the direct object, else from the EPSON-CTRL tunnel; null when neither has one. */
    private CompletableFuture<byte[]> st2(Inet4Address address, SnmpSettings settings) {
        return st2At(address, settings, PrinterOids.EPSON_ST2).thenCompose(direct -> direct != null
                ? CompletableFuture.completedFuture(direct)
                : st2At(address, settings, PrinterOids.EPSON_CTRL_ST2));
    }

    private CompletableFuture<byte[]> st2At(Inet4Address address, SnmpSettings settings, String oid) {
        return client.get(address, settings, List.of(oid)).thenApply(o -> {
            if (o instanceof SnmpOutcome.Answered a && a.get(oid) instanceof OctetString s
                    && St2Parser.parse(s.getValue()) instanceof St2Result.Ok) {
                return s.getValue();
            }
            return null;
        });
    }

    /** A later table that times out or fails counts as not reported: the printer did answer. */
    private static CompletableFuture<Map<OID, Variable>> walked(CompletableFuture<SnmpOutcome> walk) {
        return walk.thenApply(o -> o instanceof SnmpOutcome.Answered a ? a.values() : Map.<OID, Variable>of());
    }

    static List<MarkerSupplies.Row> supplyRows(Map<OID, Variable> walked) {
        List<MarkerSupplies.Row> rows = new ArrayList<>();
        PrinterReading.rows(walked, PrinterOids.PRT_SUPPLIES_ENTRY).values().forEach(cols -> rows.add(
                new MarkerSupplies.Row(PrinterReading.text(cols.get(PrinterOids.SUPPLIES_DESCRIPTION)),
                        intOr(cols.get(PrinterOids.SUPPLIES_MAX_CAPACITY), -2),
                        intOr(cols.get(PrinterOids.SUPPLIES_LEVEL), -2),
                        intOr(cols.get(PrinterOids.SUPPLIES_COLORANT_INDEX), 0),
                        intOr(cols.get(PrinterOids.SUPPLIES_TYPE), MarkerSupplies.TYPE_UNKNOWN),
                        intOr(cols.get(PrinterOids.SUPPLIES_CLASS), 1))));
        return rows;
    }

    static Map<Integer, String> colorantNames(Map<OID, Variable> walked) {
        Map<Integer, String> names = new HashMap<>();
        walked.forEach((oid, v) -> names.put(oid.last(), PrinterReading.text(v)));
        return names;
    }

    static List<PrinterAlerts.Alert> alertRows(Map<OID, Variable> walked) {
        List<PrinterAlerts.Alert> rows = new ArrayList<>();
        PrinterReading.rows(walked, PrinterOids.PRT_ALERT_ENTRY).values().forEach(cols -> rows.add(
                new PrinterAlerts.Alert(intOr(cols.get(PrinterOids.ALERT_SEVERITY), -1),
                        intOr(cols.get(PrinterOids.ALERT_CODE), -1),
                        PrinterReading.text(cols.get(PrinterOids.ALERT_DESCRIPTION)))));
        return rows;
    }

    private static int intOr(Variable v, int fallback) {
        Long n = PrinterReading.number(v);
        return n == null ? fallback : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }
}
