package org.openenpc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.openenpc.export.PrinterRecord;
import org.openenpc.model.IppAttribute;
import org.openenpc.model.IppView;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.model.RawReply;
import org.openenpc.protocol.ReplyDump;
import org.openenpc.protocol.ReplyFields;
import org.openenpc.protocol.UnknownBytes;

/**
 * Formats everything known about one printer, each raw reply decoded and its SNMP status, as text or JSON.
 * In the text every value a device sent passes {@link SafeText} (its SNMP text fields that are not plain
 * ASCII also show their raw bytes); JSON carries the exact strings. Pure; the CLI's main thread.
 */
final class StatusReport {
    private StatusReport() {
    }

    static String format(Printer p) {
        StringBuilder sb = new StringBuilder();
        sb.append("Printer ").append(p.ip()).append('\n');
        row(sb, "Model", p.model());
        row(sb, "MAC", p.macText() + (p.duplicateMac() ? "  (another address reports the same MAC)" : ""));
        row(sb, "Other MACs here", String.join(", ", p.otherMacs().stream().map(Object::toString).toList())
                + (p.otherMacs().isEmpty() ? "" : "  (replies from this address carried them: another device or a forger)"));
        row(sb, "Card", p.cardName());
        row(sb, "NIC name", p.nicName());
        Printer.IpSettings s = p.ipSettings();
        if (s != Printer.IpSettings.NONE) {
            row(sb, "IP address", s.address());
            row(sb, "Mask", s.mask());
            row(sb, "Gateway", s.gateway());
            row(sb, "IP flags", s.flagsHex());
        }
        row(sb, "Status", p.status().summary() + (p.status().reported() ? "  (ASB " + p.status().raw() + ")" : ""));
        row(sb, "Port 9100 held by", p.holder().isEmpty() ? "" : ("0.0.0.0".equals(p.holder()) ? "nobody" : p.holder()));
        row(sb, "Answered", String.join(", ", p.answered()));
        row(sb, "First seen", p.firstSeen().toString());
        row(sb, "Last seen", p.lastSeen().toString());
        if (!p.replies().isEmpty()) {
            sb.append("Replies\n");
            for (RawReply r : p.replyList()) {
                reply(sb, r);
            }
        }
        if (p.snmp() != null) {
            snmp(sb, p.snmp());
        }
        if (p.ipp() != null) {
            ipp(sb, p.ipp());
        }
        return sb.toString();
    }

    /** The IPP section: identity, state, reasons, supplies in plain words, then every attribute as received. */
    static void ipp(StringBuilder sb, IppView v) {
        sb.append("IPP").append(v.stale() ? "  (not answering since " + v.silentSince() + "; its last answer)" : "")
                .append('\n');
        row(sb, "URI", v.uri());
        row(sb, "Make and model", v.makeAndModel());
        row(sb, "Name", v.name());
        row(sb, "Location", v.location());
        row(sb, "Info", v.info());
        row(sb, "UUID", v.uuid());
        row(sb, "State", v.state());
        row(sb, "State reasons", String.join(", ", v.stateReasons()));
        row(sb, "State message", v.stateMessage());
        row(sb, "Page count", v.pageCount() == null ? "" : v.pageCount().toString());
        row(sb, "Firmware", v.firmware());
        row(sb, "Device ID", v.deviceId());
        row(sb, "Web page", v.moreInfo());
        row(sb, "Errors", v.conditions().isEmpty() ? "none" : "");
        conditions(sb, v.conditions());
        supplies(sb, v.supplies());
        sb.append("  Attributes (").append(v.attributes().size()).append(")\n");
        for (IppAttribute a : v.attributes()) {
            sb.append("    ").append(SafeText.escape(a.name())).append(" (").append(SafeText.escape(a.syntax()))
                    .append("): ").append(SafeText.escape(String.join(", ", a.values()))).append('\n');
        }
    }

    private static void conditions(StringBuilder sb, List<SnmpCondition> conditions) {
        for (SnmpCondition c : conditions) {
            sb.append(String.format("    %-7s %s%n", c.severity() == SnmpCondition.Severity.ERROR ? "error" : "warning",
                    SafeText.escape(c.text())));
        }
    }

    private static void supplies(StringBuilder sb, List<Supply> supplies) {
        if (!supplies.isEmpty()) {
            sb.append("  Supplies\n");
            for (Supply s : supplies) {
                String label = s.colour().isEmpty() || s.name().toLowerCase(java.util.Locale.ROOT).contains(s.colour())
                        ? s.name() : s.name() + " (" + s.colour() + ")";
                sb.append(String.format("    %-28s %s%n", SafeText.escape(label), SafeText.escape(level(s))));
            }
        }
    }

    /** The SNMP section: identity, state, errors and supplies in plain words. */
    static void snmp(StringBuilder sb, SnmpView v) {
        sb.append("SNMP\n");
        row(sb, "Description", v.sysDescr(), v.rawHex(SnmpView.SYS_DESCR));
        row(sb, "Device", v.deviceDescr(), v.rawHex(SnmpView.DEVICE_DESCR));
        row(sb, "Name", v.sysName(), v.rawHex(SnmpView.SYS_NAME));
        row(sb, "Location", v.location(), v.rawHex(SnmpView.LOCATION));
        row(sb, "Contact", v.contact(), v.rawHex(SnmpView.CONTACT));
        row(sb, "Serial", v.serial(), v.rawHex(SnmpView.SERIAL));
        row(sb, "Printer status", v.printerStatus());
        row(sb, "Device status", v.deviceStatus());
        row(sb, "Page count", v.pageCount() == null ? "" : v.pageCount().toString());
        row(sb, "Errors", v.conditions().isEmpty() ? "none" : "");
        conditions(sb, v.conditions());
        supplies(sb, v.supplies());
    }

    /** "40 %", "40 % (low)", "unknown (level not reported)". */
    static String level(Supply s) {
        if (s.percent() == null) {
            return "unknown (" + s.state() + ")";
        }
        return s.percent() + " %" + ("ok".equals(s.state()) || s.state().isEmpty() ? "" : " (" + s.state() + ")");
    }

    /** True when some ENPC request was answered (not only SNMP or IPP). */
    static boolean answeredEnpc(Printer p) {
        return p.sources().stream().anyMatch(src -> src.startsWith("ENPC")) || !p.answered().isEmpty();
    }

    /** Which protocols answered, and why the others did not. */
    static String protocols(Printer p, String enpcMissing, String snmpMissing, String ippMissing) {
        StringBuilder sb = new StringBuilder("Protocols\n");
        row(sb, "ENPC", enpcMissing.isEmpty() ? "answered" : "did not answer: " + enpcMissing);
        row(sb, "SNMP", snmpMissing.isEmpty() ? "answered" : "did not answer: " + snmpMissing);
        row(sb, "IPP", ippMissing.isEmpty() ? "answered" : "did not answer: " + ippMissing);
        return sb.toString();
    }

    private static final ObjectMapper JSON = org.openenpc.export.JsonEscapes.apply(new ObjectMapper())
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The JSON form: ip, mac, model, serial, printerStatus, enpcStatus, errors (plain-language strings, SNMP's and
     * IPP's), supplies (name, colour, level in percent or null, state, source; SNMP's and IPP's merged), answered
     * {enpc, snmp, ipp}, what did not answer, and the IPP answer with every attribute.
     */
    static String json(Printer p, String enpcMissing, String snmpMissing, String ippMissing)
            throws JsonProcessingException {
        SnmpView v = p.snmp();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ip", p.ip());
        m.put("mac", p.macText());
        m.put("model", p.model());
        m.put("duplicateMac", p.duplicateMac());
        m.put("otherMacs", p.otherMacs().stream().map(Object::toString).toList());
        m.put("serial", v == null ? "" : v.serial());
        m.put("printerStatus", v != null ? v.printerStatus() : p.ipp() != null ? p.ipp().state() : "");
        m.put("enpcStatus", p.status().reported() ? p.status().summary() : "");
        PrinterRecord record = PrinterRecord.of(p);
        m.put("errors", record.errors());
        m.put("supplies", record.supplies());
        m.put("pageCount", v != null && v.pageCount() != null ? v.pageCount()
                : p.ipp() == null ? null : p.ipp().pageCount());
        Map<String, Object> answered = new LinkedHashMap<>();
        answered.put("enpc", enpcMissing.isEmpty());
        answered.put("snmp", snmpMissing.isEmpty());
        answered.put("ipp", ippMissing.isEmpty());
        m.put("answered", answered);
        List<String> notAnswered = new ArrayList<>();
        if (!enpcMissing.isEmpty()) {
            notAnswered.add("ENPC: " + enpcMissing);
        }
        if (!snmpMissing.isEmpty()) {
            notAnswered.add("SNMP: " + snmpMissing);
        }
        if (!ippMissing.isEmpty()) {
            notAnswered.add("IPP: " + ippMissing);
        }
        m.put("notAnswered", notAnswered);
        m.put("sources", List.copyOf(p.sources()));
        m.put("snmpRawHex", rawHex(v));
        m.put("protocols", p.protocols());
        m.put("uuid", p.uuid());
        m.put("ipp", record.ipp());
        return JSON.writeValueAsString(m) + "\n";
    }

    /** The raw bytes of the SNMP text fields that are not plain ASCII, by field name in display order. */
    static Map<String, String> rawHex(SnmpView v) {
        Map<String, String> raw = new LinkedHashMap<>();
        if (v != null) {
            for (String field : SnmpView.TEXT_FIELDS) {
                if (!v.rawHex(field).isEmpty()) {
                    raw.put(field, v.rawHex(field));
                }
            }
        }
        return raw;
    }

    private static void reply(StringBuilder sb, RawReply r) {
        ReplyDump d = ReplyDump.of(r.request(), r.bytes());
        sb.append("  ").append(SafeText.escape(d.headline())).append('\n');
        for (ReplyFields.Field f : d.fields()) {
            // ENPC text arrives escaped by AsciiField; SafeText leaves that as it is.
            sb.append("    ").append(f.name()).append(": ").append(SafeText.escape(f.value())).append('\n');
        }
        for (UnknownBytes u : d.unknown()) {
            sb.append("    unknown ").append(u).append('\n');
        }
        for (String line : d.hexLines()) {
            sb.append("    ").append(line).append(System.lineSeparator());
        }
    }

    /** One "label value" line, the value made safe; nothing when the value is empty. */
    private static void row(StringBuilder sb, String label, String value) {
        row(sb, label, value, "");
    }

    /** As {@link #row(StringBuilder, String, String)}, followed by "(raw: hex)" when {@code rawHex} is not empty. */
    private static void row(StringBuilder sb, String label, String value, String rawHex) {
        if (!value.isEmpty()) {
            String raw = rawHex.isEmpty() ? "" : "  (raw: " + rawHex + ")";
            sb.append(String.format("  %-18s %s%s%n", label, SafeText.escape(value), raw));
        }
    }
}
