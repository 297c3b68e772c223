package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Profiles;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
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
        "--snmp-port 70000             | --snmp-port must be between 0 and 65535",
        "--port 1161 --snmp-port 1161  | the SNMP port must differ from the ENPC port 1161.",
        "--raise paper-jam             | --raise: \"paper-jam\" is not ERROR@LIST",
        "--raise melted@1              | --raise: unknown error \"melted\"; use one of paper-out, paper-jam",
        "--count 2 --raise paper-out@3 | --raise: printer number 3 is not between 1 and 2.",
        "--profile tm-m30 --raise ink-out@1 | --raise: ink-out is not possible on printer 1 (tm-m30).",
        "--profile laser --raise waste-ink-full@1 | --raise: waste-ink-full is not possible on printer 1 (laser).",
        "--count 2 --no-snmp 9         | --no-snmp: printer number 9 is not between 1 and 2.",
        "--print-rate 7000             | --print-rate must be between 0 and 6000",
        "--ipp-port 70000              | --ipp-port must be between 0 and 65535, not 70000.",
        "--ipp-port -1                 | --ipp-port must be between 0 and 65535, not -1.",
        "--profile ipp-laser           | --profile ipp-laser answers only IPP; add --ipp.",
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
    void snmpOptionsReachTheConfigAndTheRaisesTheirPrinters() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs("--count", "4", "--profile", "inkjet", "--snmp-port", "0", "--community", "sim",
                "--no-snmp", "2", "--print-rate", "30", "--raise", "paper-jam@1,127.0.1.3", "--raise", "ink-out@3");
        SimulatorConfig c = cmd.config();
        assertThat(c.snmpPort()).isZero();
        assertThat(c.snmpCommunity()).isEqualTo("sim");
        assertThat(c.printRate()).isEqualTo(30);
        assertThat(c.printers()).extracting(PrinterSpec::snmpDisabled).containsExactly(false, true, false, false);
        Simulator sim = cmd.simulator(c); // not started: no sockets
        assertThat(sim.printers()).extracting(SimulatedPrinter::errors).containsExactly(
                Set.of(SimError.PAPER_JAM), Set.of(), Set.of(SimError.PAPER_JAM, SimError.INK_OUT), Set.of());
        assertThat(sim.printers().get(1).answersSnmp()).isFalse();
    }

    @Test
    void snmpIsOffUnlessAsked() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs("--count", "2");
        assertThat(cmd.config().snmp()).isFalse();
        assertThat(cmd.config().printRate()).isZero();
    }

    @Test
    void withSnmpTheSummaryNamesItsPortAndTheCountersItsTraffic() {
        assertThat(execute("--seconds", "1", "--count", "3", "--port", "0", "--snmp-port", "0", "--base", "127.0.42.1",
                "--profile", "inkjet")).isZero();
        assertThat(out.toString())
                .containsPattern("loopback broadcast 127\\.255\\.255\\.255\\. SNMP on port \\d+ \\(community \"public\", "
                        + "3 printers\\)\\. Stopping after 1 s\\.")
                .contains("SNMP: answered 0, ignored 0.");
    }

    @Test
    void helpListsTheSnmpOptions() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("--snmp-port", "--community", "--no-snmp", "--raise", "--print-rate",
                "waste-ink-full", "et-2850");
    }

    @Test
    void runsForTheGivenSecondsAndReports() {
        assertThat(execute("--seconds", "1", "--count", "3", "--port", "0")).isZero();
        assertThat(out.toString())
                .containsPattern("Simulating 3 printers on 127\\.0\\.1\\.1–127\\.0\\.1\\.3 port \\d+ \\(mix, seed 1\\); "
                        + "loopback broadcast 127\\.255\\.255\\.255\\. Stopping after 1 s\\.")
                .contains("Received 0 datagrams, sent 0 replies, ignored 0, dropped 0.");
    }

    @Test
    void ippIsOffUnlessAskedAndThenOnPort631() {
        SimulateCommand off = new SimulateCommand();
        new CommandLine(off).parseArgs("--count", "10");
        assertThat(off.config().ipp()).isFalse();
        assertThat(off.config().printers()).extracting(PrinterSpec::profile).containsExactlyElementsOf(Profiles.MIX);
        SimulateCommand on = new SimulateCommand();
        new CommandLine(on).parseArgs("--ipp", "--profile", "ipp-inkjet");
        assertThat(on.config().ippPort()).isEqualTo(SimulatorConfig.IPP_PORT);
        SimulateCommand port = new SimulateCommand();
        new CommandLine(port).parseArgs("--ipp-port", "0");
        assertThat(port.config().ippPort()).isZero();
    }

    @Test
    void withIppTheSummaryNamesItsPortAndTheCountersItsTraffic() {
        assertThat(execute("--seconds", "1", "--count", "3", "--port", "0", "--ipp-port", "0", "--base", "127.0.44.1",
                "--profile", "ipp-laser")).isZero();
        assertThat(out.toString())
                .containsPattern("loopback broadcast 127\\.255\\.255\\.255\\. IPP on TCP port [1-9]\\d* \\(3 printers, "
                        + "e\\.g\\. ipp://127\\.0\\.44\\.1:\\d+/ipp/print; 3 answer only IPP\\)\\. Stopping after 1 s\\.")
                .contains("IPP: answered 0, refused 0.");
    }

    @Test
    void aTakenIppPortIsOneSentenceNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.44.10", 0));
            int port = taken.getLocalPort();
            assertThat(execute("--seconds", "1", "--count", "1", "--port", "0", "--ipp-port", "" + port, "--base",
                    "127.0.44.10", "--profile", "inkjet")).isEqualTo(1);
            assertThat(err.toString()).startsWith("Cannot serve IPP on TCP port " + port + ": cannot bind TCP 127.0.44.10:"
                    + port).contains("Try --ipp-port 0.").doesNotContain("Exception", "\tat ");
            assertThat(err.toString().trim().lines()).hasSize(1);
        }
    }

    @Test
    void helpListsTheIppOptionsAndProfiles() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("--ipp", "--ipp-port", "ipp-laser", "ipp-inkjet");
    }
}
