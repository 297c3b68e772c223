package org.openenpc.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus files that ship beside the agent (packaging/prometheus): the alerting rules pass
 * {@code promtool check rules} and their unit tests pass {@code promtool test rules}; every alert has what
 * Alertmanager routing and a reader need; the scrape and web-config examples are valid. The promtool tests
 * are skipped, with a sentence on stderr, where promtool is not installed (failed in CI).
 */
class AlertRulesTest {

    static final Path DIR = Path.of("packaging/prometheus");
    static final Path RULES = DIR.resolve("openenpc-rules.yml");
    static final Path TESTS = DIR.resolve("tests/openenpc-rules.test.yml");

    @TempDir
    Path tmp;

    @Test
    void promtoolChecksTheRules() throws Exception {
        Promtool.Result r = Promtool.run(Path.of("."), "check", "rules", RULES.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS: " + RuleFile.alerts(RULES).size() + " rules found");
    }

    @Test
    void theRulesUnitTestsPass() throws Exception {
        Promtool.Result r = Promtool.run(Path.of("."), "test", "rules", TESTS.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void everyAlertHasForASeverityASummaryAndADescription() throws IOException {
        List<RuleFile.Alert> alerts = RuleFile.alerts(RULES);
        assertThat(alerts).extracting(RuleFile.Alert::name).contains("OpenENPCPrinterDown", "OpenENPCSupplyLow",
                "OpenENPCSupplyEmptySoon", "OpenENPCPrinterError", "OpenENPCPrinterSnmpDown", "OpenENPCAgentDown");
        assertThat(Files.readString(RULES)).contains("  - name: openenpc\n");
        for (RuleFile.Alert a : alerts) {
            assertThat(a.text()).as(a.name())
                    .containsPattern("\n\\s+for: \\d+[mh]\n")
                    .containsPattern("\n\\s+severity: (critical|warning|info)\n")
                    .containsPattern("\n\\s+summary: '.+'\n")
                    .containsPattern("\n\\s+description: '.+'\n");
        }
    }

    @Test
    void everyPrinterAlertNamesThePrinterAndFiresWithoutItsInfoSeries() throws IOException {
        for (RuleFile.Alert a : RuleFile.alerts(RULES)) {
            if (!a.expr().contains("printer")) {
                continue; // the agent's own alert
            }
            assertThat(a.expr()).as(a.name())
                    .contains("* on(job, instance, printer) group_left(name, location, model, address) openenpc_printer_info")
                    .contains("unless on(job, instance, printer) openenpc_printer_info");
            assertThat(a.text()).as(a.name()).contains("{{ $labels.printer }}", "$labels.name");
        }
    }

    @Test
    void everyAlertIsTestedFiringAndNotFiring() throws IOException {
        String tests = Files.readString(TESTS);
        for (RuleFile.Alert a : RuleFile.alerts(RULES)) {
            Matcher m = Pattern.compile("alertname: " + a.name() + "\n\\s+exp_alerts:(.*)\n").matcher(tests);
            boolean fires = false;
            boolean silent = false;
            while (m.find()) {
                silent |= m.group(1).strip().equals("[]");
                fires |= m.group(1).isBlank();
            }
            assertThat(fires).as(a.name() + " has a test where it fires").isTrue();
            assertThat(silent).as(a.name() + " has a test where it does not fire").isTrue();
        }
    }

    @Test
    void theScrapeExampleIsAValidConfigWithAndWithoutItsHttpsJob() throws Exception {
        Promtool.Result plain = Promtool.run(Path.of("."), "check", "config", DIR.resolve("scrape-example.yml").toString());
        assertThat(plain.exit()).as(plain.output()).isZero();
        assertThat(plain.output()).contains("is valid prometheus config file syntax");

        // The commented https + basic_auth job, uncommented: from its "- job_name" line to the end.
        List<String> lines = Files.readAllLines(DIR.resolve("scrape-example.yml"));
        int start = lines.indexOf("  # - job_name: openenpc-tls");
        assertThat(start).as("the commented https job").isPositive();
        StringBuilder https = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            https.append(i < start ? l : l.replaceFirst("^  # ?", "  ")).append('\n');
        }
        Files.writeString(tmp.resolve("scrape-example.yml"), https);
        Files.copy(RULES, tmp.resolve("openenpc-rules.yml"));
        Promtool.Result tls = Promtool.run(tmp, "check", "config", "scrape-example.yml");
        assertThat(tls.exit()).as(https + tls.output()).isZero();
        assertThat(https).contains("scheme: https", "basic_auth:", "password_file:");
    }

    @Test
    void theWebConfigExampleIsValidOnceItsCertificateExists() throws Exception {
        String web = Files.readString(DIR.resolve("web-config.example.yml"));
        assertThat(web).contains("tls_server_config:", "  cert_file: ", "  key_file: ", "basic_auth_users:",
                "htpasswd -nBC 10 \"\" | tr -d ':\\n'");
        // promtool loads the certificate and key; this test has none, so it checks the rest of the file.
        String withoutTls = web.replaceAll("(?m)^tls_server_config:\n(  .*\n)*", "");
        assertThat(withoutTls).doesNotContain("cert_file");
        Files.writeString(tmp.resolve("web.yml"), withoutTls);
        Promtool.Result r = Promtool.run(tmp, "check", "web-config", "web.yml");
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("SUCCESS");
    }
}
