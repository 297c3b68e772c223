package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bad input ends with exit code 2 and one clear line, never a stack trace; nothing is sent. */
class CliErrorsTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "scan --range 127.0.0.300/24           | 127.0.0.300/24",
        "scan --range 127.0.0.0/33             | 127.0.0.0/33",
        "scan --range 127.0.0.9-127.0.0.1      | 127.0.0.9-127.0.0.1",
        "scan --range printer.local            | printer.local",
        "scan --broadcast 127.255.255.256      | 127.255.255.256",
        "scan --range 127.0.0.0/8              | 16,777,21",
        "scan --range 127.0.1.0/24 --port 0    | 0",
        "scan --range 127.0.1.0/24 --port 70000 | 70000",
        "scan --range 127.0.1.0/24 --rate 0    | 0",
        "scan --range 127.0.1.0/24 --retries -1 | -1",
        "scan --range 127.0.1.0/24 --format xml | xml",
        "scan --range 127.0.1.0/24 --timeout abc | abc",
        "scan --frobnicate                     | --frobnicate",
        "status 127.0.1.0/24                   | 127.0.1.0/24",
        "status not-an-ip                      | not-an-ip",
        "status                                | IP",
        "nonsense                              | nonsense",
        "scan --range 127.0.1.0/24 --snmp-port 0 | 0",
        "scan --range 127.0.1.0/24 --snmp-port 70000 | 70000",
        "scan --range 127.0.1.0/24 --snmp-timeout 10 | 10 ms",
        "scan --range 127.0.1.0/24 --snmp-retries 11 | 11",
        "scan --range 127.0.1.0/24 --no-snmp --snmp-discovery | --snmp-discovery",
        "status 127.0.1.1 --snmp-port 65536     | 65536",
        "status 127.0.1.1 --format xml          | xml",
        "watch --range 127.0.1.0/24 --interval 0 | 0",
        "watch --range 127.0.1.0/24 --interval abc | abc",
        "watch --range 127.0.1.0/24 --count -1  | -1",
        "watch --range 127.0.1.0/24 --format csv | csv",
        "watch --range 127.0.1.0/24 --snmp-port -5 | -5",
        "watch --range 127.0.0.0/8             | 16,777,21",
    })
    void badInputIsExitCodeTwoWithOneClearLine(String args, String mentioned) {
        Result r = run(args.trim().split("\\s+"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(mentioned.trim()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().findFirst().orElse("")).startsWith("openenpc: ");
    }

    @Test
    void versionAndHelp() {
        Result v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("OpenENPC ");
        for (String cmd : new String[] {"scan", "status", "watch", "simulate"}) {
            Result h = run(cmd, "--help");
            assertThat(h.code()).isZero();
            assertThat(h.out()).contains("Usage: openenpc " + cmd);
        }
        assertThat(run("--help").out()).contains("scan").contains("status").contains("watch").contains("simulate");
        assertThat(run("scan", "--help").out()).contains("--snmp-port").contains("--community").contains("--no-snmp")
                .contains("--snmp-timeout");
    }

    @ParameterizedTest(name = "community \"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "caf\u00e9", "a\u0007b"})
    void aBadCommunityIsOneClearLine(String community) {
        for (String cmd : new String[] {"scan", "status", "watch"}) {
            Result r = run(cmd, cmd.equals("status") ? "127.0.1.1" : "--range=127.0.1.0/24", "--community", community);
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err()).startsWith("openenpc: The SNMP community must be non-empty printable ASCII.")
                    .doesNotContain("Exception");
        }
    }
}
