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
        for (String cmd : new String[] {"scan", "status", "simulate"}) {
            Result h = run(cmd, "--help");
            assertThat(h.code()).isZero();
            assertThat(h.out()).contains("Usage: openenpc " + cmd);
        }
        assertThat(run("--help").out()).contains("scan").contains("status").contains("simulate");
    }
}
