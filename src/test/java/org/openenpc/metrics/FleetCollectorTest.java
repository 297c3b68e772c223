package org.openenpc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openenpc.model.IppView;
import org.openenpc.model.MacAddress;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.SnmpView;
import org.openenpc.model.Supply;
import org.openenpc.model.UserFields;
import org.openenpc.monitor.PrinterMonitor.Known;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The mapping of what the monitor knows to the contract's series, without a network. */
class FleetCollectorTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final String MAC = "64:eb:8c:00:00:01";

    static Printer printer(String ip, String mac, String model, PrinterStatus status) {
        return new Printer(ip, mac == null ? null : MacAddress.parse(mac), model, "UB-E03", "EPSON000001",
                Printer.IpSettings.NONE, status, "", new TreeSet<>(List.of("ENPC broadcast")),
                new TreeSet<>(List.of("Q 03-0000")), new TreeMap<>(), AT, AT, null);
    }

    static PrinterStatus status(boolean online, boolean coverOpen, boolean paperNearEnd) {
        return new PrinterStatus(true, online, coverOpen, false, false, false, false, false, paperNearEnd, false, "");
    }

    static Printer withSnmp(Printer p, List<SnmpCondition> conditions, List<Supply> supplies, String location) {
        return p.withSnmp(new SnmpView("EPSON", "sysname-1", location, "", "ET-2850", "running", "idle", "X8RV0001",
                1234L, conditions, supplies, "", AT, null));
    }

    static String text(FleetCollector c) throws IOException {
        PrometheusRegistry r = new PrometheusRegistry();
        r.register(c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, r.scrape(), EscapingScheme.ALLOW_UTF8);
        return out.toString(StandardCharsets.UTF_8);
    }

    static FleetCollector collector(Known... known) {
        return new FleetCollector(() -> List.of(known), true, UserFieldsSource.NONE, 100);
    }

    @Test
    void anOnlinePrinterWithoutConditionsIsOkAndEveryOtherStateIsZero() throws IOException {
        Printer p = withSnmp(printer("127.0.0.5", MAC, "ET-2850", status(true, false, false)), List.of(), List.of(), "");
        String t = text(collector(new Known(p, true)));
        assertThat(t).contains("openenpc_printer_up{printer=\"" + MAC + "\"} 1")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"ok\"} 1")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"error\"} 0")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"warning\"} 0")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"offline\"} 0")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"unknown\"} 0")
                .contains("openenpc_printer_snmp_up{printer=\"" + MAC + "\"} 1")
                .contains("openenpc_page_count_total{printer=\"" + MAC + "\"} 1234")
                .contains("openenpc_printer_last_seen_timestamp_seconds{printer=\"" + MAC + "\"} 1.7961192E9")
                .contains("openenpc_printers_known 1")
                .doesNotContain("openenpc_printer_condition{");
    }

    @Test
    void offlineWinsAndAPrinterNeverReportedIsUnknown() throws IOException {
        Printer off = withSnmp(printer("127.0.0.6", "64:eb:8c:00:00:02", "ET-2850", status(true, false, false)),
                List.of(), List.of(), "");
        Printer bare = printer("127.0.0.7", null, "", PrinterStatus.UNKNOWN);
        Printer noSnmp = printer("127.0.0.8", "64:eb:8c:00:00:03", "TM-T88V", status(true, false, false));
        String t = text(collector(new Known(off, false), new Known(bare, true), new Known(noSnmp, true)));
        assertThat(t).contains("openenpc_printer_up{printer=\"64:eb:8c:00:00:02\"} 0")
                .contains("openenpc_printer_state{printer=\"64:eb:8c:00:00:02\",openenpc_printer_state=\"offline\"} 1")
                .contains("openenpc_printer_state{printer=\"127.0.0.7\",openenpc_printer_state=\"unknown\"} 1")
                .contains("openenpc_printer_snmp_up{printer=\"64:eb:8c:00:00:02\"} 0")
                // never answered SNMP (a receipt printer without an agent): no series, not "SNMP down"
                .doesNotContain("openenpc_printer_snmp_up{printer=\"64:eb:8c:00:00:03\"}")
                .doesNotContain("openenpc_printer_snmp_up{printer=\"127.0.0.7\"}");
    }

    @Test
    void conditionsAppearWhileActiveWithStableSnakeCaseKeysAndDisappearAfter() throws IOException {
        List<SnmpCondition> c = List.of(new SnmpCondition("paper-jam", "Paper jam", SnmpCondition.Severity.ERROR, "ST2"),
                new SnmpCondition("toner-low", "Toner low", SnmpCondition.Severity.WARNING, "prtAlertTable"),
                new SnmpCondition("st2-error-0x1A", "Error 1A", SnmpCondition.Severity.ERROR, "ST2"),
                new SnmpCondition("paper-out", "Paper out", SnmpCondition.Severity.ERROR, "ST2"));
        // The ENPC flags add what SNMP did not say: the cover; the near end is paper-low, not a second media key.
        Printer p = withSnmp(printer("127.0.0.5", MAC, "ET-2850", status(true, true, false)), c, List.of(), "");
        String t = text(collector(new Known(p, true)));
        assertThat(t).contains("openenpc_printer_condition{condition=\"paper_jam\",printer=\"" + MAC + "\",severity=\"error\"} 1")
                .contains("openenpc_printer_condition{condition=\"toner_low\",printer=\"" + MAC + "\",severity=\"warning\"} 1")
                .contains("openenpc_printer_condition{condition=\"st2_error_0x1a\",printer=\"" + MAC + "\",severity=\"error\"} 1")
                .contains("openenpc_printer_condition{condition=\"media_empty\",printer=\"" + MAC + "\",severity=\"error\"} 1")
                .contains("openenpc_printer_condition{condition=\"cover_open\",printer=\"" + MAC + "\",severity=\"error\"} 1")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"error\"} 1");

        Printer cleared = withSnmp(printer("127.0.0.5", MAC, "ET-2850", status(true, false, true)), List.of(), List.of(), "");
        String after = text(collector(new Known(cleared, true)));
        assertThat(after).contains("openenpc_printer_condition{condition=\"media_low\",printer=\"" + MAC + "\",severity=\"warning\"} 1")
                .doesNotContain("paper_jam").doesNotContain("cover_open")
                .contains("openenpc_printer_state{printer=\"" + MAC + "\",openenpc_printer_state=\"warning\"} 1");
    }

    @Test
    void theNamedKeysAreTheContractsAndUnknownCodesKeepTheirKey() {
        assertThat(ConditionKeys.key("paper-out")).isEqualTo("media_empty");
        assertThat(ConditionKeys.key("paper-low")).isEqualTo("media_low");
        assertThat(ConditionKeys.key("cover-open")).isEqualTo("cover_open");
        assertThat(ConditionKeys.key("waste-ink-full")).isEqualTo("waste_full");
        assertThat(ConditionKeys.key("alert-1234")).isEqualTo("alert_1234");
        assertThat(ConditionKeys.key("hr-bit-5")).isEqualTo("hr_bit_5");
        assertThat(ConditionKeys.key("ipp-spool-area-full")).isEqualTo("ipp_spool_area_full");
        assertThat(ConditionKeys.key("--\u001b[2J--")).isEqualTo("2j");
        assertThat(ConditionKeys.key("")).isEqualTo("unknown");
    }

    @Test
    void aSupplyIsAbsentWhenItsLevelIsUnknownNeverZero() throws IOException {
        List<Supply> s = List.of(new Supply("Black Ink", "black", Supply.Kind.COLORANT, 40, "ok", "ST2"),
                new Supply("Cyan Ink", "cyan", Supply.Kind.COLORANT, null, "level not reported", "ST2"),
                new Supply("Toner Cartridge", "black", Supply.Kind.COLORANT, 0, "empty", "Printer-MIB"),
                new Supply("Maintenance box", "", Supply.Kind.WASTE, 75, "ok", "ST2"));
        Printer p = withSnmp(printer("127.0.0.5", MAC, "ET-2850", status(true, false, false)), List.of(), s, "");
        String t = text(collector(new Known(p, true)));
        assertThat(t).contains("openenpc_supply_level_ratio{colour=\"black\",kind=\"ink\",printer=\"" + MAC
                        + "\",supply=\"Black Ink\"} 0.4")
                .contains("openenpc_supply_level_ratio{colour=\"black\",kind=\"toner\",printer=\"" + MAC
                        + "\",supply=\"Toner Cartridge\"} 0.0")
                .contains("openenpc_supply_level_ratio{colour=\"\",kind=\"waste\",printer=\"" + MAC
                        + "\",supply=\"Maintenance box\"} 0.75")
                .doesNotContain("Cyan Ink");
    }

    @Test
    void labelsAreSanitisedAndCutTo128Chars() throws IOException {
        String hostile = "Evil\u001b]0;pwned\u0007 \"quoted\"\r\nforged{x=\"1\"} 1\u202e" + "x".repeat(300);
        Printer p = withSnmp(printer("127.0.0.5", MAC, hostile, status(true, false, false)), List.of(),
                List.of(new Supply(hostile, "black\n", Supply.Kind.COLORANT, 50, "ok", "ST2")), "room\n7");
        String t = text(collector(new Known(p, true)));
        String info = t.lines().filter(l -> l.startsWith("openenpc_printer_info{")).findFirst().orElseThrow();
        String model = between(info, "model=\"", "\",name=");
        assertThat(model).startsWith("Evil\\\\x1b]0;pwned\\\\x07 \\\"quoted\\\"\\\\x0d\\\\x0aforged{x=\\\"1\\\"} 1\\\\u202exxx");
        assertThat(unescape(model)).hasSize(LabelText.MAX_LENGTH);
        assertThat(info).contains("location=\"room\\\\x0a7\"");
        assertThat(t).contains("colour=\"black\\\\x0a\"");
        // Every line is one sample or comment: nothing the device sent broke out of its label.
        assertThat(t.lines()).allMatch(l -> l.startsWith("#") || l.startsWith("openenpc_"));
        assertThat(LabelText.of("a".repeat(127) + "\ud83d\ude00")).hasSize(127); // a pair is never split
    }

    @Test
    void infoCarriesTheUsersNameAndLocationWhenRecordedElseTheDevices() throws IOException {
        Printer p = withSnmp(printer("127.0.0.5", MAC, "ET-2850", status(true, false, false)), List.of(), List.of(),
                "2nd floor");
        String own = text(collector(new Known(p, true)));
        assertThat(own).contains("openenpc_printer_info{address=\"127.0.0.5\",location=\"2nd floor\",mac=\"" + MAC
                + "\",model=\"ET-2850\",name=\"sysname-1\",printer=\"" + MAC + "\",protocols=\"ENPC,SNMP\",serial=\"X8RV0001\"} 1");
        FleetCollector withUser = new FleetCollector(() -> List.of(new Known(p, true)), true,
                x -> new UserFields("Reception", "Lobby", "", "", ""), 100);
        assertThat(text(withUser)).contains("location=\"Lobby\"").contains("name=\"Reception\"");
    }

    @Test
    void theIdIsTheMacElseTheUuidElseTheAddressAndASecondClaimUsesItsAddress() throws IOException {
        Printer withMac = printer("127.0.0.5", MAC, "A", PrinterStatus.UNKNOWN);
        Printer sameMac = printer("127.0.0.9", MAC, "B", PrinterStatus.UNKNOWN);
        IppView ipp = new IppView("ipp://127.0.0.8:631/ipp/print", "Laser", "laser", "", "", "AbC-1", "idle",
                List.of(), "", List.of(), List.of(), "", "", List.of(), "", 5000L, List.of(), AT, null);
        Printer uuidOnly = printer("127.0.0.8", null, "", PrinterStatus.UNKNOWN).withIpp(ipp);
        String t = text(collector(new Known(withMac, true), new Known(sameMac, true), new Known(uuidOnly, true)));
        assertThat(t).contains("openenpc_printer_up{printer=\"" + MAC + "\"} 1")
                .contains("openenpc_printer_up{printer=\"127.0.0.9\"} 1")
                .contains("openenpc_printer_up{printer=\"uuid:abc-1\"} 1")
                .contains("openenpc_page_count_total{printer=\"uuid:abc-1\"} 5000");
    }

    @Test
    void printersOverTheCapAreCountedNotExported() throws IOException {
        List<Known> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(new Known(printer("127.0.1." + i, null, "", PrinterStatus.UNKNOWN), true));
        }
        String t = text(new FleetCollector(() -> many, false, UserFieldsSource.NONE, 25));
        assertThat(t.lines().filter(l -> l.startsWith("openenpc_printer_up{"))).hasSize(25);
        assertThat(t).contains("openenpc_printers_known 30").contains("openenpc_printers_not_exported 5")
                .doesNotContain("openenpc_printer_snmp_up{"); // SNMP not asked: absent
    }

    @Test
    void openMetricsShowsTheStateSetAndInfoTypes() throws IOException {
        Printer p = printer("127.0.0.5", MAC, "ET-2850", status(true, false, false));
        PrometheusRegistry r = new PrometheusRegistry();
        r.register(collector(new Known(p, true)));
        new AgentCounters(r, "1.2.3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenMetricsTextFormatWriter.create().write(out, r.scrape(), EscapingScheme.ALLOW_UTF8);
        String t = out.toString(StandardCharsets.UTF_8);
        assertThat(t).contains("# TYPE openenpc_printer_state stateset").contains("# TYPE openenpc_printer info")
                .contains("openenpc_build_info{version=\"1.2.3\"} 1").contains("# TYPE openenpc_scan_duration_seconds histogram")
                .endsWith("# EOF\n");
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from) + from.length();
        return s.substring(a, s.indexOf(to, a));
    }

    /** The label value as the writer had it, before the exposition's own escaping. */
    private static String unescape(String v) {
        return v.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
