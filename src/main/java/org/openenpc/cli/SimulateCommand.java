package org.openenpc.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet4Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.openenpc.sim.Faults;
import org.openenpc.sim.Loopback;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.Profiles;
import org.openenpc.sim.SimCounters;
import org.openenpc.sim.SimError;
import org.openenpc.sim.SimStatus;
import org.openenpc.sim.SimulatedPrinter;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code openenpc simulate}: runs simulated ENPC printers on loopback addresses until Ctrl+C or for
 * {@code --seconds}, then prints the traffic counters. Bad input raises {@link ParameterException}
 * with one sentence (exit code 2). Runs on the caller's thread; the simulator has its own.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate Epson ENPC printers on loopback addresses (127.0.0.0/8 only).",
            "Each printer answers on its own 127.x.y.z address; broadcasts go to 127.255.255.255.",
            "With --snmp-port the printers also answer SNMP v1/v2c (system, Host Resources and Printer MIB,",
            "Epson ST2 status for inkjets) on their own addresses; the scanner never does.",
            "With --ipp the inkjets and lasers also answer IPP Get-Printer-Attributes over HTTP (TCP) on their",
            "own addresses; the ipp-laser and ipp-inkjet profiles (other makers) answer only IPP."})
public final class SimulateCommand implements Callable<Integer> {
    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "50", description = "Number of printers (1–19000; default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--base", defaultValue = "127.0.1.1", description = "First printer address, in 127.0.0.0/8 (default ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--port", defaultValue = "3289", description = "UDP port (default ${DEFAULT-VALUE}; 0 = a free ephemeral port).")
    int port;

    @Option(names = "--profile", description = "mix, office (an Epson inkjet, IPP-only laser and colour inkjet, an Epson"
            + " laser, an ET-2850; needs --ipp), tm-t88v, tm-m30, tm-m30ii, inkjet, et-2850 (serves the captured"
            + " waste-ink-error ST2), laser, scanner, ipp-laser or ipp-inkjet (IPP only, need --ipp) (default: mix,"
            + " or office with --ipp).")
    String profile;

    @Option(names = "--ipp", description = "Printers that can also answer IPP over HTTP on TCP port --ipp-port.")
    boolean ipp;

    @Option(names = "--mdns", description = {"Announce each IPP printer over DNS-SD (mDNS: _ipp._tcp, _printer._tcp,"
            + " and _pdl-datastream._tcp for TM printers). Needs --ipp. Refused outside a private network",
            "namespace holding only lo, so the announcements cannot reach a LAN. Reliable up to 50 printers."})
    boolean mdns;

    @Option(names = "--ipp-port", paramLabel = "N", description = "TCP port of IPP (default 631, which needs privileges; "
            + "0 = a free ephemeral port, printed at start). Implies --ipp.")
    Integer ippPort;

    @Option(names = "--snmp-port", paramLabel = "N", description = "Also answer SNMP on UDP port N (0 = a free ephemeral "
            + "port; 161 needs privileges, try 1161). Default: no SNMP.")
    Integer snmpPort;

    @Option(names = "--community", defaultValue = SimulatorConfig.DEFAULT_COMMUNITY,
            description = "SNMP community answered; others get no answer (default ${DEFAULT-VALUE}).")
    String community;

    @Option(names = "--no-snmp", paramLabel = "LIST", description = "Printers (numbers or IPs) without an SNMP agent.")
    String noSnmp;

    @Option(names = "--raise", paramLabel = "ERROR@LIST", description = "Start these printers in an error: paper-out, "
            + "paper-jam, cover-open, ink-out (ink or toner) or waste-ink-full, e.g. paper-jam@3,127.0.1.7. Repeatable.")
    List<String> raise = new ArrayList<>();

    @Option(names = "--print-rate", paramLabel = "PPM", defaultValue = "0", description = "Every printer prints PPM pages "
            + "per minute while it has no error, draining ink and toner (default ${DEFAULT-VALUE}: idle).")
    int printRate;

    @Option(names = "--loss", paramLabel = "P", description = "Loss probability in both directions (0–1).")
    Double loss;

    @Option(names = "--request-loss", paramLabel = "P", description = "Probability a request is not heard.")
    Double requestLoss;

    @Option(names = "--reply-loss", paramLabel = "P", description = "Probability a reply is lost.")
    Double replyLoss;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "0", description = "Delay before each reply, ms.")
    long delayMs;

    @Option(names = "--jitter", paramLabel = "MS", defaultValue = "0", description = "Extra delay drawn from 0..MS per reply.")
    long jitterMs;

    @Option(names = "--duplicate", paramLabel = "P", defaultValue = "0", description = "Probability a reply is sent twice.")
    double duplicate;

    @Option(names = "--malformed", paramLabel = "P", defaultValue = "0", description = "Share of replies sent malformed.")
    double malformed;

    @Option(names = "--silent", paramLabel = "P", defaultValue = "0", description = "Share of printers that never answer.")
    double silent;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random fault (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seconds", paramLabel = "N", description = "Run for N seconds (default: until Ctrl+C).")
    Long seconds;

    @Option(names = "--offline", paramLabel = "LIST", description = "Printers (1-based numbers or IPs, comma-separated) that are offline.")
    String offline;

    @Option(names = "--cover-open", paramLabel = "LIST", description = "Printers whose cover is open.")
    String coverOpen;

    @Option(names = "--paper-near-end", paramLabel = "LIST", description = "Printers whose paper is nearly out.")
    String paperNearEnd;

    @Option(names = "--paper-end", paramLabel = "LIST", description = "Printers out of paper.")
    String paperEnd;

    @Override
    public Integer call() throws Exception {
        SimulatorConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        if (mdns) {
            check(config.ipp(), "--mdns announces IPP printers; add --ipp.");
            String refused = MulticastCheck.refusal();
            check(refused == null, refused);
        }
        Simulator sim = simulator(config);
        try {
            sim.start();
        } catch (BindException e) {
            spec.commandLine().getErr().println(bindFailure(e, config));
            return 1;
        }
        org.openenpc.sim.MdnsAdvertiser advertiser = null;
        if (mdns) {
            List<org.openenpc.sim.MdnsAdvert> adverts = sim.printers().stream()
                    .filter(p -> p.answersIpp())
                    .map(p -> org.openenpc.sim.MdnsAdvert.of(p, p.ippPort())).toList();
            try {
                advertiser = org.openenpc.sim.MdnsAdvertiser.start(adverts);
            } catch (java.io.IOException | RuntimeException e) {
                sim.close();
                spec.commandLine().getErr().println("openenpc: cannot announce over mDNS: " + e.getMessage());
                return 1;
            }
            if (adverts.size() > org.openenpc.sim.MdnsAdvertiser.RELIABLE_PRINTERS) {
                spec.commandLine().getErr().println("openenpc: warning: " + adverts.size() + " printers announce over"
                        + " mDNS from one process; above " + org.openenpc.sim.MdnsAdvertiser.RELIABLE_PRINTERS
                        + " some are not found (each printer's responder hears every other's traffic).");
            }
        }
        // On Ctrl+C the hook wakes this thread and waits (briefly) until it has closed and reported.
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(done, SHUTDOWN_GRACE_SECONDS);
        }, "enpc-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            try (sim) {
                try {
                    out.println(summary(sim) + (advertiser == null ? "" : " mDNS: announcing " + advertiser.size()
                            + " IPP printers."));
                    out.flush();
                    if (seconds == null) {
                        stop.await();
                    } else {
                        stop.await(seconds, TimeUnit.SECONDS);
                    }
                } finally {
                    if (advertiser != null) {
                        advertiser.close(); // bounded; the goodbyes go out before the printers stop answering
                    }
                }
            }
            out.println(counters(sim.counters()) + (sim.config().snmp() ? " SNMP: answered "
                    + sim.counters().snmpAnswered() + ", ignored " + sim.counters().snmpIgnored() + "." : "")
                    + (sim.config().ipp() ? " IPP: answered " + sim.counters().ippAnswered() + ", refused "
                    + sim.counters().ippRefused() + "." : ""));
            out.flush();
            return 0;
        } finally {
            done.countDown();
            removeHook(hook);
        }
    }

    /** One sentence naming the port that could not be bound and what to try instead. */
    private static String bindFailure(BindException e, SimulatorConfig config) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("cannot bind TCP")) {
            return "Cannot serve IPP on TCP port " + config.ippPort() + ": " + m + (config.ippPort() < 1024
                    ? ". Ports below 1024 need root or CAP_NET_BIND_SERVICE; try --ipp-port 0 or 8631."
                    : ". Is another simulator using it? Try --ipp-port 0.");
        }
        return "Cannot start the simulator: " + m + ". Is another simulator running on that port? Try --port 0.";
    }

    private static void awaitQuietly(CountDownLatch latch, long seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl+C: the JVM is already stopping and runs the hook itself.
        }
    }

    SimulatorConfig config() {
        check(count >= 1 && count <= SimulatorConfig.MAX_PRINTERS,
                "--count must be between 1 and " + SimulatorConfig.MAX_PRINTERS + ", not " + count + ".");
        check(port >= 0 && port <= 0xFFFF, "--port must be between 0 and 65535, not " + port + ".");
        check(seconds == null || seconds > 0, "--seconds must be positive.");
        Inet4Address first;
        try {
            first = Loopback.parse(base);
        } catch (IllegalArgumentException e) {
            throw usage("--base: " + e.getMessage() + ".");
        }
        List<PrinterSpec> specs;
        try {
            specs = SimulatorConfig.range(count, Loopback.require(first, "--base"), cycle());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage() + ".");
        }
        specs = applyStatus(specs, "--offline", offline, s -> s.withOffline(true));
        specs = applyStatus(specs, "--cover-open", coverOpen, s -> s.withCoverOpen(true));
        specs = applyStatus(specs, "--paper-near-end", paperNearEnd, s -> s.withPaperNearEnd(true));
        specs = applyStatus(specs, "--paper-end", paperEnd, s -> s.withPaperEnd(true));
        if (noSnmp != null) {
            List<PrinterSpec> out = new ArrayList<>(specs);
            for (String item : noSnmp.split(",", -1)) {
                int i = indexOf(specs, "--no-snmp", item.trim());
                out.set(i, out.get(i).withSnmp(false));
            }
            specs = out;
        }
        check(snmpPort == null || snmpPort >= 0 && snmpPort <= 0xFFFF,
                "--snmp-port must be between 0 and 65535, not " + snmpPort + ".");
        check(printRate >= 0 && printRate <= SimulatorConfig.MAX_PRINT_RATE,
                "--print-rate must be between 0 and " + SimulatorConfig.MAX_PRINT_RATE + " pages per minute.");
        check(!community.isEmpty(), "--community must not be empty.");
        check(ippPort == null || ippPort >= 0 && ippPort <= 0xFFFF,
                "--ipp-port must be between 0 and 65535, not " + ippPort + ".");
        boolean serveIpp = ipp || ippPort != null;
        for (PrinterProfile pp : cycle()) {
            check(serveIpp || pp.answersEnpc(), "--profile " + pp.cliName() + " answers only IPP; add --ipp.");
        }
        try {
            return SimulatorConfig.builder().printers(specs).port(port).seed(seed).faults(faults())
                    .snmpPort(snmpPort == null ? SimulatorConfig.SNMP_OFF : snmpPort).snmpCommunity(community)
                    .printRate(printRate)
                    .ippPort(!serveIpp ? SimulatorConfig.IPP_OFF : ippPort == null ? SimulatorConfig.IPP_PORT : ippPort)
                    .build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage() + ".");
        }
    }

    /** A simulator for {@code config}, not started, with the --raise errors in force. */
    Simulator simulator(SimulatorConfig config) {
        Simulator sim = new Simulator(config);
        for (Raise r : raises(config.printers())) {
            sim.printers().get(r.index()).raise(r.error());
        }
        return sim;
    }

    /** One --raise: printer index (0-based) and error. */
    record Raise(int index, SimError error) {
    }

    /** Parses every --raise ERROR@LIST; usage error for unknown errors, printers, or errors the profile cannot have. */
    List<Raise> raises(List<PrinterSpec> specs) {
        List<Raise> out = new ArrayList<>();
        for (String r : raise) {
            int at = r.indexOf('@');
            check(at > 0 && at < r.length() - 1, "--raise: \"" + r + "\" is not ERROR@LIST, e.g. paper-jam@1,3.");
            SimError e;
            try {
                e = SimError.ofCliName(r.substring(0, at));
            } catch (IllegalArgumentException ex) {
                throw usage("--raise: " + ex.getMessage() + ".");
            }
            for (String item : r.substring(at + 1).split(",", -1)) {
                int i = indexOf(specs, "--raise", item.trim());
                PrinterProfile pp = specs.get(i).profile();
                check(pp.snmp().supports(e), "--raise: " + e.cliName() + " is not possible on printer " + (i + 1)
                        + " (" + pp.cliName() + ").");
                out.add(new Raise(i, e));
            }
        }
        return out;
    }

    private Faults faults() {
        double both = probability("--loss", loss == null ? 0 : loss);
        check(delayMs >= 0, "--delay must not be negative.");
        check(jitterMs >= 0, "--jitter must not be negative.");
        return Faults.builder()
                .requestLoss(probability("--request-loss", requestLoss == null ? both : requestLoss))
                .replyLoss(probability("--reply-loss", replyLoss == null ? both : replyLoss))
                .delay(Duration.ofMillis(delayMs)).jitter(Duration.ofMillis(jitterMs))
                .duplicate(probability("--duplicate", duplicate))
                .malformed(probability("--malformed", malformed))
                .silentShare(probability("--silent", silent))
                .build();
    }

    private double probability(String option, double p) {
        check(p >= 0 && p <= 1, option + " must be a probability between 0 and 1, not " + p + ".");
        return p;
    }

    /** Applies {@code change} to the status of every printer the list names (1-based numbers or IPs). */
    private List<PrinterSpec> applyStatus(List<PrinterSpec> specs, String option, String list,
                                          UnaryOperator<SimStatus> change) {
        if (list == null) {
            return specs;
        }
        List<PrinterSpec> out = new ArrayList<>(specs);
        for (String item : list.split(",", -1)) {
            int i = indexOf(specs, option, item.trim());
            out.set(i, out.get(i).withStatus(change.apply(out.get(i).status())));
        }
        return out;
    }

    private int indexOf(List<PrinterSpec> specs, String option, String item) {
        if (item.matches("\\d{1,6}")) {
            int n = Integer.parseInt(item);
            check(n >= 1 && n <= specs.size(), option + ": printer number " + n + " is not between 1 and "
                    + specs.size() + ".");
            return n - 1;
        }
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).ip().getHostAddress().equals(item)) {
                return i;
            }
        }
        throw usage(option + ": \"" + item + "\" is neither a printer number (1–" + specs.size()
                + ") nor the address of a simulated printer.");
    }

    private String summary(Simulator sim) {
        List<SimulatedPrinter> ps = sim.printers();
        String range = ps.size() == 1 ? ps.get(0).address()
                : ps.get(0).address() + "–" + ps.get(ps.size() - 1).address();
        String stop = seconds == null ? "Ctrl+C to stop." : "Stopping after " + seconds + " s.";
        String snmp = sim.config().snmp() ? " SNMP on port " + sim.snmpPort() + " (community \"" + community
                + "\", " + ps.stream().filter(SimulatedPrinter::answersSnmp).count() + " printers)." : "";
        String printing = printRate > 0 ? " Printing " + printRate + " pages per minute." : "";
        return "Simulating " + ps.size() + (ps.size() == 1 ? " printer" : " printers") + " on " + range
                + " port " + sim.port() + " (" + profileLabel() + ", seed " + seed + "); loopback broadcast "
                + Loopback.BROADCAST.getHostAddress() + "." + snmp + ipp(sim) + printing + " " + stop;
    }

    /** " IPP on TCP port 631 (12 printers, e.g. ipp://127.0.1.7:631/ipp/print; 3 answer only IPP)." or "". */
    private static String ipp(Simulator sim) {
        if (!sim.config().ipp()) {
            return "";
        }
        List<SimulatedPrinter> answering = sim.printers().stream().filter(SimulatedPrinter::answersIpp).toList();
        if (answering.isEmpty()) {
            return " IPP on TCP port " + sim.ippPort() + " (no printer of these profiles answers IPP).";
        }
        long only = answering.stream().filter(p -> !p.answersEnpc()).count();
        SimulatedPrinter first = answering.get(0);
        return " IPP on TCP port " + sim.ippPort() + " (" + answering.size()
                + (answering.size() == 1 ? " printer" : " printers") + ", e.g. ipp://" + first.address() + ":"
                + sim.ippPort() + "/ipp/print" + (only > 0 ? "; " + only + " answer only IPP" : "") + ").";
    }

    private List<PrinterProfile> cycle() {
        try {
            return Profiles.parse(profile != null ? profile : ipp || ippPort != null ? "office" : "mix");
        } catch (IllegalArgumentException e) {
            throw usage("--profile: " + e.getMessage() + ".");
        }
    }

    private String profileLabel() {
        List<PrinterProfile> cycle = cycle();
        return cycle.size() == 1 ? cycle.get(0).cliName() : cycle == Profiles.OFFICE ? "office" : "mix";
    }

    private static String counters(SimCounters c) {
        return "Received " + c.received() + " datagrams, sent " + c.repliesSent() + " replies, ignored "
                + c.ignored() + ", dropped " + c.dropped() + ".";
    }

    private void check(boolean ok, String sentence) {
        if (!ok) {
            throw usage(sentence);
        }
    }

    private ParameterException usage(String sentence) {
        return new ParameterException(spec.commandLine(), sentence);
    }
}
