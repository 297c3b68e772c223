package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.SimulatorConfig;

import picocli.CommandLine;

class SimulateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cl = new CommandLine(new SimulateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--base 203.0.113.1               | outside 127.0.0.0/8",
        "--base 127.0.1.300            | not an IPv4 address",
        "--count 0                     | --count must be between 1 and 19000, not 0.",
        "--count 19001                 | --count must be between 1 and 19000",
        "--loss 1.5                    | --loss must be a probability between 0 and 1, not 1.5.",
        "--malformed -0.5              | --malformed must be a probability",
        "--count 3 --offline 7         | --offline: printer number 7 is not between 1 and 3.",
        "--count 3 --cover-open 1,x    | --cover-open: \"x\" is neither a printer number",
        "--count 3 --paper-end 127.0.9.9 | --paper-end: \"127.0.9.9\" is neither",
        "--profile plotter             | unknown profile \"plotter\"",
        "--port 70000                  | --port must be between 0 and 65535",
        "--delay -5                    | --delay must not be negative.",
    })
    void badInputIsAUsageErrorWithOneClearSentence(String args, String message) {
        assertThat(execute(args.trim().split("\\s+"))).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }

    @Test
    void statusOptionsTakeNumbersAndAddresses() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs("--count", "5", "--offline", "2", "--cover-open", "127.0.1.3",
                "--paper-end", "1,5", "--paper-near-end", "5");
        List<PrinterSpec> specs = cmd.config().printers();
        assertThat(specs).extracting(PrinterSpec::status).containsExactly(
                SimStatus.IDLE.withPaperEnd(true),
                SimStatus.IDLE.withOffline(true),
                SimStatus.IDLE.withCoverOpen(true),
                SimStatus.IDLE,
                SimStatus.IDLE.withPaperEnd(true).withPaperNearEnd(true));
    }

    @Test
    void lossSetsBothDirectionsUnlessOverridden() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs("--loss", "0.2", "--reply-loss", "0.5", "--silent", "0.1", "--seed", "7");
        SimulatorConfig c = cmd.config();
        assertThat(c.faults().requestLoss()).isEqualTo(0.2);
        assertThat(c.faults().replyLoss()).isEqualTo(0.5);
        assertThat(c.faults().silentShare()).isEqualTo(0.1);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.port()).isEqualTo(SimulatorConfig.ENPC_PORT);
        assertThat(c.printers()).hasSize(50);
    }

    @Test
    void runsForTheGivenSecondsAndReports() {
        assertThat(execute("--seconds", "1", "--count", "3", "--port", "0")).isZero();
        assertThat(out.toString())
                .containsPattern("Simulating 3 printers on 127\\.0\\.1\\.1–127\\.0\\.1\\.3 port \\d+ \\(mix, seed 1\\); "
                        + "loopback broadcast 127\\.255\\.255\\.255\\. Stopping after 1 s\\.")
                .contains("Received 0 datagrams, sent 0 replies, ignored 0, dropped 0.");
    }
}
