package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openenpc.discovery.InterfaceAddress4;
import org.openenpc.discovery.InterfaceInfo;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.discovery.Ipv4;
import org.openenpc.sim.Simulator;
import org.openenpc.sim.SimulatorConfig;

/**
 * {@code status} refuses what is certainly not one host (exit code 2, one sentence, nothing sent)
 * and nothing else. Addresses that would leave the machine if the refusal broke (the limited
 * broadcast, multicast, a real subnet's broadcast) are only sent to from an empty network namespace.
 */
class SingleHostCheckTest {

    /** eth0 192.168.4.20/23 (reported broadcast), wlan0 10.1.2.3/24 (none reported), a /31, a down and a loopback one. */
    private static final InterfaceSource FAKE = () -> List.of(
            new InterfaceInfo("eth0", "Ethernet", true, false,
                    List.of(new InterfaceAddress4(Ipv4.parseIPv4("192.168.4.20"), 23, Ipv4.parseIPv4("192.168.5.255")))),
            new InterfaceInfo("wlan0", "Wi-Fi", true, false,
                    List.of(new InterfaceAddress4(Ipv4.parseIPv4("10.1.2.3"), 24, null))),
            new InterfaceInfo("ptp0", "Point to point", true, false,
                    List.of(new InterfaceAddress4(Ipv4.parseIPv4("172.16.0.0"), 31, null))),
            new InterfaceInfo("down0", "Down", false, false,
                    List.of(new InterfaceAddress4(Ipv4.parseIPv4("172.17.0.1"), 24, null))),
            new InterfaceInfo("lo", "Loopback", true, true,
                    List.of(new InterfaceAddress4(Ipv4.parseIPv4("127.0.0.1"), 8, null))));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "0.0.0.0         | the unspecified address",
        "255.255.255.255 | the limited broadcast address",
        "127.255.255.255 | the broadcast address of the loopback network 127.0.0.0/8",
        "127.0.0.0       | the network address of the loopback network 127.0.0.0/8",
        "224.0.0.251     | a multicast address (224.0.0.0/4)",
        "239.255.255.250 | a multicast address (224.0.0.0/4)",
        "240.0.0.1       | a reserved address (240.0.0.0/4)",
        "192.168.5.255   | the broadcast address of eth0's subnet 192.168.4.0/23",
        "192.168.4.0     | the network address of eth0's subnet 192.168.4.0/23",
        "10.1.2.255      | the broadcast address of wlan0's subnet 10.1.2.0/24",
        "10.1.2.0        | the network address of wlan0's subnet 10.1.2.0/24",
    })
    void refused(String address, String why) {
        assertThat(SingleHostCheck.whyNotAHost(Ipv4.parseIPv4(address), FAKE)).hasValueSatisfying(
                w -> assertThat(w).startsWith(why));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "192.168.4.255, inside eth0's /23 it is a host",
        "192.168.5.0, inside eth0's /23 it is a host",
        "10.9.9.255, no local subnet says so; it may be a host in a /23",
        "10.9.9.0, no local subnet says so",
        "172.16.0.1, a /31 has no broadcast address",
        "172.17.0.255, the interface is down",
        "127.0.0.1, loopback host",
        "127.0.1.255, loopback host in 127/8",
        "223.255.255.255, last unicast address before multicast",
    })
    void allowed(String address, String because) {
        assertThat(SingleHostCheck.whyNotAHost(Ipv4.parseIPv4(address), FAKE)).as(because).isEmpty();
    }

    /** Loopback only: the simulator listens on 127.255.255.255, so a broadcast would be counted. */
    @Test
    void loopbackBroadcastAndUnspecifiedAreExitCodeTwoAndNothingIsSent() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().count(3).base("127.0.66.1").port(0).seed(3).build())) {
            for (String address : new String[] {"127.255.255.255", "0.0.0.0", "127.0.0.0", "127.255.255.255/32"}) {
                CliErrorsTest.Result r = CliErrorsTest.run("status", address, "--port", "" + sim.port(), "--timeout", "300",
                        "--no-snmp");
                assertThat(r.code()).as(address + ": " + r.err()).isEqualTo(2);
                assertOneSentence(r.err(), address);
                assertThat(r.out()).isEmpty();
            }
            assertThat(sim.counters().received()).as("datagrams the simulator received").isZero();
        }
    }

    static void assertOneSentence(String err, String address) {
        assertThat(err.lines().toList()).as(err).hasSize(1);
        assertThat(err).startsWith("openenpc: status asks one printer, and " + address + " is ")
                .contains("use scan").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(err.strip()).endsWith(".");
    }

    /**
     * The limited broadcast, multicast and a local subnet's broadcast and network address, asked
     * from a network namespace with only loopback and a veth pair (10.99.0.1/24) whose other end is
     * in the same namespace: even a broken refusal could reach no real interface. A loopback host
     * is still asked (exit code 1, no answer), so the refusals are not the harness failing.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void broadcastsThatWouldLeaveTheMachineAreRefusedInAnEmptyNetworkNamespace() throws Exception {
        String setup = "ip link add v0 type veth peer name v1 && ip addr add 10.99.0.1/24 dev v0"
                + " && ip link set v0 up && ip link set v1 up && ip link set lo up";
        Assumptions.assumeTrue(CliOutputTest.run("unshare", "--net", "sh", "-c", setup),
                "SKIPPED: needs root with unshare and ip (a network namespace with a veth pair)");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> c = new ArrayList<>(List.of("unshare", "--net", "sh", "-c", setup + " && exec \"$0\" \"$@\"",
                java, "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StatusRuns.class.getName()));
        List<String> refused = List.of("255.255.255.255", "224.0.0.251", "10.99.0.255", "10.99.0.0", "0.0.0.0");
        c.addAll(refused);
        c.add("127.0.70.1");
        Process p = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, String[]> runs = new HashMap<>();
        out.lines().forEach(line -> runs.put(line.split("\t", 2)[0], line.split("\t", 3)));
        for (String address : refused) {
            String[] run = runs.get(address);
            assertThat(run).as(address + " in " + out).isNotNull();
            assertThat(run[1]).as(address + ": " + run[2]).isEqualTo("2");
            assertOneSentence(run[2] + "\n", address);
        }
        assertThat(runs.get("10.99.0.255")[2]).contains("the broadcast address of v0's subnet 10.99.0.0/24");
        assertThat(runs.get("10.99.0.0")[2]).contains("the network address of v0's subnet 10.99.0.0/24");
        assertThat(runs.get("127.0.70.1")[1]).as("a host is asked").isEqualTo("1");
        assertThat(runs.get("127.0.70.1")[2]).isEqualTo("openenpc: no ENPC reply from 127.0.70.1 port 9 after 1 try;"
                + " nothing answers IPP at 127.0.70.1:631 (connection refused).");
    }
}
