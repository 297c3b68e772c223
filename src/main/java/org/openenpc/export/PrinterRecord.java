package org.openenpc.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;

/**
 * The flat, stable export view of one {@link Printer}: plain strings, booleans and lists, so JSON
 * and CSV files do not change shape when the model does. Unknown text is {@code ""}. Immutable;
 * built on whichever thread runs the export.
 *
 * @param ip        address the device answered from
 * @param mac       lower-case colon-separated MAC, or "" when unknown
 * @param model     printer model name
 * @param cardName  interface card name
 * @param nicName   NIC name
 * @param address   IP address the device reports for itself (ipSettings)
 * @param mask      subnet mask it reports
 * @param gateway   default gateway it reports
 * @param ipFlags   the reported IP flags in hex
 * @param status    decoded printer status
 * @param holder    IPv4 of the client holding TCP 9100, "" when not asked
 * @param sources   how it was found
 * @param answered  requests it answered
 * @param firstSeen first reply, ISO-8601 UTC with milliseconds ("2026-11-27T10:00:00.123Z")
 * @param lastSeen  latest reply, same format
 */
@JsonPropertyOrder({"ip", "mac", "model", "cardName", "nicName", "address", "mask", "gateway", "ipFlags", "status",
        "holder", "sources", "answered", "firstSeen", "lastSeen"})
public record PrinterRecord(String ip, String mac, String model, String cardName, String nicName, String address,
                            String mask, String gateway, String ipFlags, Status status, String holder,
                            List<String> sources, List<String> answered, String firstSeen, String lastSeen) {

    /**
     * Fixed millisecond precision (unlike {@link Instant#toString()}, whose length varies) keeps
     * CSV columns aligned and lets spreadsheets sort the text as time.
     */
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public PrinterRecord {
        sources = sources == null ? List.of() : List.copyOf(sources);
        answered = answered == null ? List.of() : List.copyOf(answered);
    }

    /**
     * The decoded status, flattened.
     *
     * @param reported false when the printer never reported a status
     * @param summary  plain-language text, e.g. "Offline, cover open"
     * @param level    ERROR, WARNING, OK or UNKNOWN
     * @param raw      the status bytes in hex
     */
    @JsonPropertyOrder({"reported", "summary", "level", "online", "coverOpen", "paperNearEnd", "paperEnd",
            "autocutterError", "recoverableError", "unrecoverableError", "drawerPin3", "paperFeeding", "raw"})
    public record Status(boolean reported, String summary, String level, boolean online, boolean coverOpen,
                         boolean paperNearEnd, boolean paperEnd, boolean autocutterError, boolean recoverableError,
                         boolean unrecoverableError, boolean drawerPin3, boolean paperFeeding, String raw) {

        static Status of(PrinterStatus s) {
            return new Status(s.reported(), s.summary(), s.level().name(), s.online(), s.coverOpen(),
                    s.paperNearEnd(), s.paperEnd(), s.autocutterError(), s.recoverableError(),
                    s.unrecoverableError(), s.drawerPin3(), s.paperFeeding(), text(s.raw()));
        }
    }

    /** The export view of {@code p}. */
    public static PrinterRecord of(Printer p) {
        Printer.IpSettings ips = p.ipSettings() == null ? Printer.IpSettings.NONE : p.ipSettings();
        PrinterStatus status = p.status() == null ? PrinterStatus.UNKNOWN : p.status();
        return new PrinterRecord(text(p.ip()), p.macText(), text(p.model()), text(p.cardName()),
                text(p.nicName()), text(ips.address()), text(ips.mask()), text(ips.gateway()),
                text(ips.flagsHex()), Status.of(status), text(p.holder()), List.copyOf(p.sources()),
                List.copyOf(p.answered()), time(p.firstSeen()), time(p.lastSeen()));
    }

    /** One record per printer, in the same order. */
    public static List<PrinterRecord> of(List<Printer> printers) {
        return printers.stream().map(PrinterRecord::of).toList();
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
